import BriefContent

/// `{{site.*}}`: the site's settings, the same on every page.
public struct SiteContext: Sendable, Hashable {
    public var title: String
    /// brief.yml's `description`; nil when it has none (an empty one is none), so a section
    /// `{{#site.description}}` shows only a real one.
    public var description: String?
    public var language: String
    /// brief.yml's `author`; nil when it has none, like `description`.
    public var author: String?
    /// `base_url` from brief.yml (may be empty).
    public var baseURL: String
    /// `brief`, for `<meta name="generator">`.
    public var generator: String

    public init(config: SiteConfig) {
        title = config.title
        description = config.description.isEmpty ? nil : config.description
        language = config.language
        author = config.author.isEmpty ? nil : config.author
        baseURL = config.baseURL
        generator = "brief"
    }
}

import BriefContent

/// `{{site.*}}`: the site's settings, the same on every page.
public struct SiteContext: Sendable, Hashable {
    public var title: String
    public var description: String
    public var language: String
    public var author: String
    /// `base_url` from brief.yml (may be empty).
    public var baseURL: String
    /// `brief`, for `<meta name="generator">`.
    public var generator: String

    public init(config: SiteConfig) {
        title = config.title
        description = config.description
        language = config.language
        author = config.author
        baseURL = config.baseURL
        generator = "brief"
    }
}

/// `tags/SLUG/index.html`: the briefings with one tag, latest first. Template `tag`.
public struct TagPage: PageModel {
    public static let templateName = "tag"
    public var site: SiteContext
    public var page: PageContext
    /// `{{tag.name}}`, `{{tag.slug}}`, `{{tag.count}}`, `{{tag.href}}` (this page).
    public var tag: TagLink
    public var briefings: [BriefingCard]
    /// Relative link to the list of all tags.
    public var allTags: String

    public init(site: SiteContext, page: PageContext, tag: TagLink, briefings: [BriefingCard]) {
        self.site = site
        self.page = page
        self.tag = tag
        self.briefings = briefings
        allTags = page.link(to: TagsIndexPage.path)
    }

    /// `tags/SLUG/index.html`.
    public static func path(forSlug slug: String) -> String { "tags/\(slug)/index.html" }
}

/// `tags/SLUG/index.html` (and `tags/SLUG/page/N/index.html`): the briefings with one tag,
/// latest first, `paginate` to a page. Template `tag`.
public struct TagPage: PageModel {
    public static let templateName = "tag"
    public var site: SiteContext
    public var page: PageContext
    /// `{{tag.name}}`, `{{tag.slug}}`, `{{tag.count}}`, `{{tag.href}}` (this page).
    public var tag: TagLink
    /// The cards, shared with the tag's other pages at the same depth (`BriefingCardList`), so
    /// that a briefing listed under two tags is rendered once.
    public var briefings: BriefingCardList
    /// Relative link to the list of all tags.
    public var allTags: String
    public var pagination: Pagination

    public init(site: SiteContext, page: PageContext, tag: TagLink, briefings: [BriefingCard], pagination: Pagination) {
        self.init(site: site, page: page, tag: tag, cards: BriefingCardList(briefings), pagination: pagination)
    }

    init(site: SiteContext, page: PageContext, tag: TagLink, cards briefings: BriefingCardList, pagination: Pagination) {
        self.site = site
        self.page = page
        self.tag = tag
        self.briefings = briefings
        allTags = page.link(to: TagsIndexPage.path)
        self.pagination = pagination
    }

    /// `tags/SLUG/index.html`, the tag's first page.
    public static func path(forSlug slug: String) -> String { folder(forSlug: slug) + "index.html" }

    /// `tags/SLUG/`, the folder of the tag's pages.
    public static func folder(forSlug slug: String) -> String { "tags/\(slug)/" }
}

/// `tags/index.html`: every tag with its number of briefings, by name. Template `tags`.
public struct TagsIndexPage: PageModel {
    public static let templateName = "tags"
    public static let path = "tags/index.html"
    public var site: SiteContext
    public var page: PageContext
    public var tags: [TagLink]
    public var hasTags: Bool

    public init(site: SiteContext, page: PageContext, tags: [TagLink]) {
        self.site = site
        self.page = page
        self.tags = tags
        hasTags = !tags.isEmpty
    }
}

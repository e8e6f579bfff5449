import BriefContent

/// The home page (and its later pages): briefings, latest first. Template `index`.
public struct IndexPage: PageModel {
    public static let templateName = "index"
    public var site: SiteContext
    public var page: PageContext
    public var briefings: [BriefingCard]
    public var pagination: Pagination

    public init(site: SiteContext, page: PageContext, briefings: [BriefingCard], pagination: Pagination) {
        self.site = site
        self.page = page
        self.briefings = briefings
        self.pagination = pagination
    }
}

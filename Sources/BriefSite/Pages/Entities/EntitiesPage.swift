/// Every entity of the site by type, with counts: `entities/index.html`. Template `entities`.
public struct EntitiesPage: PageModel {
    public static let templateName = "entities"
    public var site: SiteContext
    public var page: PageContext
    /// People, places, organisations, groups, other; each most mentioned first.
    public var groups: [EntityGroupView]
    public var count: Int

    public init(site: SiteContext, page: PageContext, groups: [EntityGroupView]) {
        self.site = site
        self.page = page
        self.groups = groups
        count = groups.reduce(0) { $0 + $1.count }
    }
}

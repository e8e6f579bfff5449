/// One entity's page, `entities/ID/index.html`, and its further pages
/// `entities/ID/page/N/index.html` (`EntityPaging`). Template `entity`.
public struct EntityPage: PageModel {
    public static let templateName = "entity"
    public var site: SiteContext
    public var page: PageContext
    public var entity: EntityView
    /// Between the entity's pages (`Newer`, `Older`: both its lists are latest first).
    public var pagination: Pagination

    public init(site: SiteContext, page: PageContext, entity: EntityView, pagination: Pagination? = nil) {
        self.site = site
        self.page = page
        self.entity = entity
        self.pagination = pagination ?? Pagination(current: 1, total: 1, from: page, folder: EntityPaging.folder(ofEntity: entity.id))
    }
}

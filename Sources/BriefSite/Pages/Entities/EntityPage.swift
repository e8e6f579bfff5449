/// One entity's page, `entities/ID/index.html`. Template `entity`.
public struct EntityPage: PageModel {
    public static let templateName = "entity"
    public var site: SiteContext
    public var page: PageContext
    public var entity: EntityView

    public init(site: SiteContext, page: PageContext, entity: EntityView) {
        self.site = site
        self.page = page
        self.entity = entity
    }
}

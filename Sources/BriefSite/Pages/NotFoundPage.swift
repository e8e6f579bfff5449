/// `404.html`: shown by static hosts for any missing path, so its links cannot be relative:
/// they start from `base_url` (or `/` without one). Template `404`.
public struct NotFoundPage: PageModel {
    public static let templateName = "404"
    public static let path = "404.html"
    public var site: SiteContext
    public var page: PageContext

    public init(site: SiteContext, page: PageContext) {
        self.site = site
        self.page = page
    }
}

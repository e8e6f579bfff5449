/// `search/index.html`: the search box and results, filled by `assets/search.js` from
/// `search/index.js`. Template `search`.
public struct SearchPage: PageModel {
    public static let templateName = "search"
    public static let path = "search/index.html"
    public var site: SiteContext
    public var page: PageContext
    /// Relative link to the index script (`index.js`).
    public var indexScript: String
    /// Relative link to the search script (`../assets/search.js`).
    public var searchScript: String

    public init(site: SiteContext, page: PageContext) {
        self.site = site
        self.page = page
        indexScript = page.link(to: SearchIndex.path)
        searchScript = page.link(to: "\(Theme.assetsFolder)/search.js")
    }
}

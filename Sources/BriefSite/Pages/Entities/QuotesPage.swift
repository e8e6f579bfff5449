/// Every quote of the site by speaker, latest first in each: `quotes/index.html`. Template `quotes`.
public struct QuotesPage: PageModel {
    public static let templateName = "quotes"
    public var site: SiteContext
    public var page: PageContext
    /// Speakers by name, the unattributed group last.
    public var groups: [SpeakerQuotesView]
    public var count: Int

    public init(site: SiteContext, page: PageContext, groups: [SpeakerQuotesView]) {
        self.site = site
        self.page = page
        self.groups = groups
        count = groups.reduce(0) { $0 + $1.count }
    }
}

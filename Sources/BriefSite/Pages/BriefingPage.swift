import BriefContent

/// One briefing's page, `briefings/SLUG/index.html`. Template `briefing`.
public struct BriefingPage: PageModel {
    public static let templateName = "briefing"
    public var site: SiteContext
    public var page: PageContext
    public var briefing: BriefingView

    public init(site: SiteContext, page: PageContext, briefing: BriefingView) {
        self.site = site
        self.page = page
        self.briefing = briefing
    }
}

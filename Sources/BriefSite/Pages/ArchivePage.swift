/// `archive/index.html`: every briefing, grouped by month, newest first; undated ones last in
/// their own group. Template `archive`.
public struct ArchivePage: PageModel {
    public static let templateName = "archive"
    public static let path = "archive/index.html"
    public var site: SiteContext
    public var page: PageContext
    public var groups: [ArchiveGroup]
    public var hasGroups: Bool

    public init(site: SiteContext, page: PageContext, groups: [ArchiveGroup]) {
        self.site = site
        self.page = page
        self.groups = groups
        hasGroups = !groups.isEmpty
    }
}

/// `{{groups}}` on the archive page: the briefings of one month (or the undated ones).
public struct ArchiveGroup: Sendable, Hashable {
    /// `August 2025`, or `Undated`.
    public var title: String
    /// An anchor for the group: `2025-08`, or `undated`.
    public var id: String
    public var count: Int
    /// Cards of the group's briefings, latest first.
    public var briefings: [BriefingCard]

    public init(title: String, id: String, briefings: [BriefingCard]) {
        self.title = title
        self.id = id
        self.briefings = briefings
        count = briefings.count
    }
}

/// Every quote of the site by speaker, latest first in each: `quotes/index.html`, and
/// `quotes/page/N/index.html` after it, `quotesPerPage` quotes to a page. Template `quotes`.
public struct QuotesPage: PageModel {
    public static let templateName = "quotes"
    public var site: SiteContext
    public var page: PageContext
    /// This page's speakers by name, the unattributed group last; the first may go on from the
    /// previous page and the last on to the next.
    public var groups: [SpeakerQuotesView]
    /// The quotes on all pages.
    public var count: Int
    public var pagination: Pagination

    public init(site: SiteContext, page: PageContext, groups: [SpeakerQuotesView], count: Int? = nil, pagination: Pagination? = nil) {
        self.site = site
        self.page = page
        self.groups = groups
        self.count = count ?? groups.reduce(0) { $0 + $1.quotes.count }
        self.pagination = pagination ?? Pagination(current: 1, total: 1, from: page, folder: Self.folder, labels: Pagination.inOrder)
    }

    /// `quotes/`.
    public static let folder = "quotes/"

    /// Quotes to a page: ten times `paginate` (a quote is a line, a briefing card a paragraph);
    /// 0, all on one page, when `paginate` is 0 or so large that ten times it is no number.
    static func quotesPerPage(paginate: Int) -> Int {
        let (size, overflow) = paginate.multipliedReportingOverflow(by: 10)
        return overflow ? 0 : size
    }

    /// Part of a speaker group on one page: positions `members` of group `group`.
    struct Slice: Equatable {
        var group: Int
        var members: Range<Int>
        var isContinued: Bool { members.lowerBound > 0 }
    }

    /// Groups of `groupSizes` quotes, in order, cut into pages of at most `size` quotes (all on
    /// one page when `size` is 0): a group that does not fit goes on at the top of the next page.
    /// There is always one page, empty when there are no quotes.
    static func pages(groupSizes: [Int], size: Int) -> [[Slice]] {
        var pages: [[Slice]] = [[]]
        var room = size > 0 ? size : Int.max
        for (group, count) in groupSizes.enumerated() {
            var start = 0
            while start < count {
                if room == 0 {
                    pages.append([])
                    room = size
                }
                let end = min(count, start + room)
                pages[pages.count - 1].append(Slice(group: group, members: start..<end))
                room -= end - start
                start = end
            }
        }
        return pages
    }
}

/// How an entity's page is cut into pages (`entities/ID/index.html`, then
/// `entities/ID/page/N/index.html`): its two lists, briefings and quotes, are paged side by side,
/// ten times `paginate` of each to a page (as on the quotes pages: an entity page lists a briefing
/// as one line, title, date and source, not as a card with its summary and tags like the index
/// and tag pages, so a page of `paginate` lines would be mostly page around them: at 10,000
/// briefings that made 11,349 more files, against about 1,100). Page N shows the N-th slice of
/// each; there are as many pages as the longer list needs, so a list that runs out early leaves
/// the later pages showing only the other. The note, aliases and "seen with" are on the first
/// page only.
struct EntityPaging: Sendable, Hashable {
    /// Briefings to a page; 0 puts every briefing on one page.
    let briefingsPerPage: Int
    /// Quotes to a page; 0 puts every quote on one page.
    let quotesPerPage: Int

    /// Pages of `QuotesPage.quotesPerPage(paginate:)` briefings and as many quotes (one page for
    /// everything when `paginate` is 0).
    init(paginate: Int) {
        let lines = QuotesPage.quotesPerPage(paginate: max(paginate, 0))
        briefingsPerPage = lines
        quotesPerPage = lines
    }

    init(briefingsPerPage: Int, quotesPerPage: Int) {
        self.briefingsPerPage = briefingsPerPage
        self.quotesPerPage = quotesPerPage
    }

    /// Everything on one page: a site's own `entity` template that shows no `pagination`.
    static let onePage = EntityPaging(briefingsPerPage: 0, quotesPerPage: 0)

    /// One page: its number (from 1), positions into the entity's briefings (latest first) and
    /// into its listed quotes.
    struct Page: Sendable, Hashable {
        var number: Int
        var briefings: Range<Int>
        var quotes: Range<Int>
    }

    /// The pages of an entity with `briefings` briefings and `quotes` listed quotes. There is
    /// always one page (empty lists when there is nothing).
    func pages(briefings: Int, quotes: Int) -> [Page] {
        let briefingPages = Pagination.pages(of: briefings, size: briefingsPerPage)
        let quotePages = Pagination.pages(of: quotes, size: quotesPerPage)
        return (0..<max(briefingPages.count, quotePages.count)).map { n in
            Page(
                number: n + 1,
                briefings: n < briefingPages.count ? briefingPages[n] : briefings..<briefings,
                quotes: n < quotePages.count ? quotePages[n] : quotes..<quotes)
        }
    }

    /// `entities/ID/`, the folder of an entity's pages.
    static func folder(ofEntity id: String) -> String { "entities/\(id)/" }

    /// Page `number` (from 1) of entity `id`: `entities/ID/index.html`, `entities/ID/page/N/index.html`.
    static func path(ofPage number: Int, entity id: String) -> String {
        Pagination.path(ofPage: number, in: folder(ofEntity: id))
    }
}

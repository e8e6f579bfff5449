import BriefContent
import Foundation

extension SitePages {
    /// Entity pages (each entity's pages, `EntityPaging`), the entities index and the quotes
    /// pages, from the site model only. Pages are rendered in parallel (a busy entity's page lists
    /// many briefings), in entity order.
    func entityPages(_ model: SiteModel) async -> [OutputFile] {
        let sources = EntityPageSources(model, baseURL: config.baseURL, paging: entityPaging)
        let entities = model.entities
        let pages = self
        var files = await withTaskGroup(of: (Int, [OutputFile]).self) { group in
            for index in entities.indices {
                group.addTask {
                    let listed = sources.listedQuotes(of: index)
                    let entityPages = sources.pages(of: index, listed: listed)
                    return (index, entityPages.map { page in
                        let (path, page) = pages.entityPage(index, page, of: entityPages.count, listed: listed, sources: sources)
                        return OutputFile(path: path, contents: pages.renderer.renderData(page))
                    })
                }
            }
            var results = [[OutputFile]](repeating: [], count: entities.count)
            for await (index, made) in group { results[index] = made }
            return results.flatMap { $0 }
        }
        files.append(entitiesIndex(model))
        quotesPages(model) { files.append(OutputFile(path: $0, contents: Data($1))) }
        return files
    }

    /// How entity pages are cut (`EntityPaging(paginate:)`), unless the site's own `entity`
    /// template shows no links between pages (made before entity pages had them): then all on one.
    var entityPaging: EntityPaging {
        renderer.showsPagination(EntityPage.templateName) ? EntityPaging(paginate: config.paginate) : .onePage
    }

    /// Page `page` (of `total`) of entity `number`, whose listed quotes are `listed`
    /// (`EntityPageSources.listedQuotes(of:)`): its path and model.
    func entityPage(
        _ number: Int, _ page: EntityPaging.Page, of total: Int, listed: [Int], sources: EntityPageSources
    ) -> (String, EntityPage) {
        let id = sources.model.entities[number].id
        let path = EntityPaging.path(ofPage: page.number, entity: id)
        let context = PageContext(kind: "entity", path: path, baseURL: config.baseURL)
        let pagination = Pagination(current: page.number, total: total, from: context, folder: EntityPaging.folder(ofEntity: id))
        return (path, EntityPage(site: site, page: context, entity: sources.view(of: number, page: page, listed: listed, from: context), pagination: pagination))
    }

    /// `entities/index.html`: by type, most mentioned first.
    func entitiesIndex(_ model: SiteModel) -> OutputFile {
        let context = PageContext(kind: "entities", path: EntityID.indexPath, baseURL: config.baseURL)
        let counts = model.entities.map { EntityCount(id: $0.id, name: $0.name, type: $0.type, count: $0.mentionCount) }
        let page = EntitiesPage(site: site, page: context, groups: EntityGroupView.grouped(counts, from: context))
        return OutputFile(path: EntityID.indexPath, contents: renderer.renderData(page))
    }

    /// The quotes pages (`QuotesPage`): every quote by speaker, latest first within each
    /// speaker, `QuotesPage.quotesPerPage` to a page, each handed to `emit` as soon as it is
    /// rendered (and then let go), as its path and bytes.
    func quotesPages(_ model: SiteModel, emit: (String, [UInt8]) -> Void) {
        // Grouped first, then each page's views made: no list of views beside the groups.
        let listed = listedQuotes(model)
        let grouping = Self.speakerGrouping(of: listed, in: model.quotes)
        let size = renderer.showsPagination(QuotesPage.templateName) ? QuotesPage.quotesPerPage(paginate: config.paginate) : 0
        let pages = QuotesPage.pages(groupSizes: grouping.map(\.members.count), size: size)
        for (offset, slices) in pages.enumerated() {
            let path = Pagination.path(ofPage: offset + 1, in: QuotesPage.folder)
            let context = PageContext(kind: "quotes", path: path, baseURL: config.baseURL)
            let groups = model.quotes.withUnsafeBufferPointer { quotes in
                slices.map { Self.speakerGroup($0, of: grouping, listed: listed, quotes: quotes, on: context) }
            }
            let page = QuotesPage(
                site: site, page: context, groups: groups, count: listed.count,
                pagination: Pagination(
                    current: offset + 1, total: pages.count, from: context, folder: QuotesPage.folder, labels: Pagination.inOrder))
            emit(path, renderer.renderBytes(page, capacity: Self.renderingCapacity(of: groups)))
        }
    }

    /// A quote the quotes pages list: its index in `model.quotes`, with its briefing.
    private typealias ListedQuote = (quote: Int, briefing: DatedBriefing)
    /// The positions in the listed quotes of one speaker's quotes (`speaker` nil: the unattributed).
    private typealias SpeakerGroup = (speaker: String?, members: [Int])

    /// `listed` by speaker (`SpeakerQuotesView.grouping`): speakers by name, the unattributed last.
    private static func speakerGrouping(of listed: [ListedQuote], in quotes: [SiteQuote]) -> [SpeakerGroup] {
        listed.withUnsafeBufferPointer { listed in
            quotes.withUnsafeBufferPointer { quotes in
                SpeakerQuotesView.grouping(count: listed.count) { (quotes[listed[$0].quote].quote.speakerID, quotes[listed[$0].quote].quote.speaker) }
            }
        }
    }

    /// The part `slice` of a speaker group shown on the page `context`: its quotes' views, with
    /// the group's whole count and "(continued)" when the group began on an earlier page.
    private static func speakerGroup(
        _ slice: QuotesPage.Slice, of grouping: [SpeakerGroup], listed: [ListedQuote], quotes: UnsafeBufferPointer<SiteQuote>,
        on context: PageContext
    ) -> SpeakerQuotesView {
        let group = grouping[slice.group]
        // One link to the speaker's page per group, not one per quote.
        let speakerID = group.members.first.flatMap { quotes[listed[$0].quote].quote.speakerID }
        let speakerHref = speakerID.map(context.entityLink)
        let views = group.members[slice.members].map { member in
            quoteView(listed[member], quotes: quotes, on: context, groupSpeakerID: speakerID, groupSpeakerHref: speakerHref)
        }
        return SpeakerQuotesView(
            speaker: group.speaker ?? SpeakerQuotesView.unattributed, speakerHref: group.speaker == nil ? nil : views.first?.speakerHref,
            isUnattributed: group.speaker == nil, quotes: views, count: group.members.count, isContinued: slice.isContinued)
    }

    /// One listed quote's view on the page `context`; a quote of the group's own speaker takes
    /// the group's link (`groupSpeakerHref`) instead of making it again.
    private static func quoteView(
        _ item: ListedQuote, quotes: UnsafeBufferPointer<SiteQuote>, on context: PageContext, groupSpeakerID: String?, groupSpeakerHref: String?
    ) -> QuoteView {
        let briefing = item.briefing
        // The quote read in place (a copy retained and released each of its fields).
        let speakerHref = quotes[item.quote].quote.speakerID == groupSpeakerID
            ? groupSpeakerHref : quotes[item.quote].quote.speakerID.map(context.entityLink)
        return QuoteView(
            quotes[item.quote].quote, briefingHref: briefing.link(from: context), briefingTitle: briefing.title, date: briefing.date,
            dateISO: briefing.dateISO, isOnBriefingPage: false, speakerHref: speakerHref)
    }

    /// Room to render a page of `groups` in, up front (its text twice over, plus markup per
    /// quote): growing a large page by doubling keeps the old and the new buffer at once. Room
    /// not written to costs no memory.
    private static func renderingCapacity(of groups: [SpeakerQuotesView]) -> Int {
        var text = 0
        var count = 0
        for group in groups {
            for quote in group.quotes {
                text += quote.text.utf8.count + quote.briefingTitle.utf8.count + quote.href.utf8.count
                    + quote.briefingHref.utf8.count + (quote.speakerHref?.utf8.count ?? 0)
                count += 1
            }
        }
        return 2 * text + 512 * count + 65_536
    }

    /// A briefing as the quotes pages show it: its title and dates made once for all its quotes
    /// (its link depends on the page: quotes/index.html and quotes/page/N/ are not in one folder,
    /// so the link made last is kept with the root it was made from). Used by one thread.
    private final class DatedBriefing {
        let path: String
        let title: String
        let date: String?
        let dateISO: String?
        private var linkRoot: String?
        private var linkFromRoot = ""

        init(_ summary: BriefingSummary) {
            path = summary.path
            title = summary.title
            date = summary.date.map(DateText.long)
            dateISO = summary.date?.isoDay
        }

        /// `context.link(to: path)`, made once per page root rather than once per quote (the
        /// pages list a speaker's quotes together, so a briefing's quotes fall on few pages).
        func link(from context: PageContext) -> String {
            if linkRoot != context.root {
                linkFromRoot = context.link(to: path)
                linkRoot = context.root
            }
            return linkFromRoot
        }
    }

    /// Every quote of the model whose briefing is in it (its index in `model.quotes`), with that
    /// briefing; only briefings with quotes are dated.
    private func listedQuotes(_ model: SiteModel) -> [(quote: Int, briefing: DatedBriefing)] {
        var dated = [DatedBriefing?](repeating: nil, count: model.briefings.count)
        func datedBriefing(_ b: Int) -> DatedBriefing {
            if let briefing = dated[b] { return briefing }
            let briefing = DatedBriefing(model.briefings[b])
            dated[b] = briefing
            return briefing
        }
        if model.numbering.quotesKnowTheirBriefings {
            let quoteBriefings = model.numbering.quoteBriefings
            return model.quotes.indices.map { ($0, datedBriefing(quoteBriefings[$0])) }
        }
        // A slug's first briefing, as links resolve it.
        var bySlug: [String: Int] = [:]
        bySlug.reserveCapacity(model.briefings.count)
        for (b, summary) in model.briefings.enumerated() where bySlug[summary.slug] == nil { bySlug[summary.slug] = b }
        return model.quotes.indices.compactMap { q in bySlug[model.quotes[q].briefingSlug].map { (q, datedBriefing($0)) } }
    }
}

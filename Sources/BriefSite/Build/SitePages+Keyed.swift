import BriefAnnotate
import BriefContent

// The index and entity pages of `SitePages`, each keyed by what it shows so that a rebuild
// renders only those whose inputs changed. The entity pages are the same as `entityPages`.
extension SitePages {
    /// The index, in pages of `paginate` briefings (all on one page when it is 0), each keyed by
    /// its cards (`cardKeys`: each summary's `CacheKeys.cardKey`, same order) and its place among
    /// the pages.
    func plannedIndexPages(_ summaries: [BriefingSummary], cardKeys: [UInt64], session: BuildSession) -> [PlannedFile] {
        precondition(cardKeys.count == summaries.count)
        let pages = Pagination.pages(of: summaries.count, size: config.paginate)
        var listing = FNV64()
        listing.add(session.keys.pages(using: [IndexPage.templateName]))
        return pages.enumerated().map { offset, range in
            let chunk = summaries[range]
            let number = offset + 1
            let path = Pagination.path(ofPage: number)
            let key = Self.listingPageKey(listing, number: number, of: pages.count, cards: range, cardKeys: cardKeys)
            return session.keyed(path, key: key) {
                let context = PageContext(kind: "index", path: path, baseURL: config.baseURL)
                let page = IndexPage(
                    site: site, page: context, briefings: chunk.map { BriefingCard($0, from: context) },
                    pagination: Pagination(current: number, total: pages.count, from: context))
                // Bytes, written as they are (no `Data` copy).
                return renderer.renderBytes(page)
            }
        }
    }

    /// The key of page `number` of `pageCount` of a listing of cards (the index, a tag's pages):
    /// `listing`, what every page of the listing shows alike (its templates; a tag's name, slug
    /// and count) hashed, then the page's place and its cards (`positions` into `cardKeys`).
    static func listingPageKey(
        _ listing: FNV64, number: Int, of pageCount: Int, cards positions: some Sequence<Int>, cardKeys: [UInt64]
    ) -> UInt64 {
        var hasher = listing
        hasher.add(number)
        hasher.add(pageCount)
        for position in positions { hasher.add(cardKeys[position]) }
        return hasher.value
    }

    /// Entity pages (each entity's pages, `EntityPaging`), each keyed by what it shows: every key
    /// is worked out first (in parallel), then only the pages whose key the output lacks are
    /// rendered, in parallel. `cardKeys`: each briefing's `CacheKeys.cardKey`, in
    /// `model.briefings` order.
    func plannedEntityPages(_ model: SiteModel, cardKeys: [UInt64], session: BuildSession) async -> [PlannedFile] {
        precondition(cardKeys.count == model.briefings.count)
        var sources = EntityPageSources(model, paging: entityPaging)
        let entities = model.entities
        // Each card and entity hashed once: pages list the same briefings and entities many times.
        // By entity number (position in `entities`).
        let entityKeys = entities.map { entity in
            var hasher = FNV64()
            CacheKeys.add(entity, to: &hasher)
            return hasher.value
        }
        // Each entity's listed quotes found once, for its keys and its pages.
        let keys = Slots<[UInt64]>(count: entities.count)
        let templatesKey = session.keys.pages(using: [EntityPage.templateName])
        let listedQuotes = Slots<[Int]>(count: entities.count)
        let tables = sources
        await IndexedWork.forEach(count: entities.count) { index in
            let listed = tables.listedQuotes(of: index)
            keys.put(index, Self.entityPageKeys(
                index, listed: listed, sources: tables, cardKeys: cardKeys, entityKeys: entityKeys, pages: templatesKey))
            listedQuotes.put(index, listed)
        }
        let keyList = keys.collect()
        let listedList = listedQuotes.collect()
        var planned: [PlannedFile?] = []
        var stale: [(entity: Int, page: Int, slot: Int)] = []
        for (index, entity) in entities.enumerated() {
            for (offset, key) in keyList[index].enumerated() {
                let path = offset == 0 ? entity.path : EntityPaging.path(ofPage: offset + 1, entity: entity.id)
                if session.manifest.isIntact(path, key: key, in: session.staging.current) {
                    planned.append(PlannedFile(path: path, key: key, source: .unchanged))
                } else {
                    stale.append((index, offset + 1, planned.count))
                    planned.append(nil)
                }
            }
        }
        if !stale.isEmpty {
            // Cards only for the briefings the stale pages list (all of them in a clean build).
            sources.addCards(baseURL: config.baseURL, for: stale.map { ($0.entity, $0.page) })
            let full = sources
            let pages = self
            let written = Slots<PlannedFile>(count: stale.count)
            let toRender = stale
            // A briefing's card is on the page of every entity it mentions: each worker renders
            // it once and reuses the bytes (a memo per worker: memos are not shared while in use).
            let memos = TemplateMemoPool()
            await IndexedWork.forEach(count: toRender.count) { position in
                let (number, pageNumber, _) = toRender[position]
                let listed = listedList[number]
                let entityPages = full.pages(of: number, listed: listed)
                let (path, page) = pages.entityPage(
                    number, entityPages[pageNumber - 1], of: entityPages.count, listed: listed, sources: full)
                let bytes = memos.with { pages.renderer.renderBytes(page, memo: $0) }
                written.put(position, session.staging.write(path, key: keyList[number][pageNumber - 1], bytes: bytes))
            }
            for (position, file) in written.collect().enumerated() { planned[stale[position].slot] = file }
        }
        return planned.compactMap { $0 }
    }

    /// What each page of entity `number` (its position in `model.entities`) shows, hashed: the
    /// entity and how many pages and quotes it has, the page's number, its quotes with their
    /// briefings and the cards of its briefings, and on the first page "seen with". `listed`:
    /// `sources.listedQuotes(of: number)`.
    static func entityPageKeys(
        _ number: Int, listed: [Int], sources: EntityPageSources, cardKeys: [UInt64], entityKeys: [UInt64], pages: UInt64
    ) -> [UInt64] {
        let model = sources.model
        let entityPages = sources.pages(of: number, listed: listed)
        let briefings = sources.briefings(of: number)
        var common = FNV64()
        common.add(pages)
        common.add(entityKeys[number])
        common.add(entityPages.count)
        common.add(listed.count)
        // Read in place: copying each quote out of its array retained every field. What a quote
        // shows of its briefing (title, date, path, slug) is in the briefing's card key.
        let quoteBriefings = model.numbering.quoteBriefings
        let byCard = quoteBriefings.count == model.quotes.count
        // Each quote's own fields by its key (`SiteModel.quoteKeys`: number, text, kind, speaker),
        // hashed once a build for every key that lists it.
        let quoteKeys = model.quoteKeys
        return model.quotes.withUnsafeBufferPointer { all in
            entityPages.map { page in
                var hasher = common
                hasher.add(page.number)
                hasher.add(page.quotes.count)
                for q in listed[page.quotes] {
                    if byCard {
                        hasher.add(cardKeys[quoteBriefings[q]])
                    } else {
                        hasher.add(all[q].id)
                        hasher.add(all[q].briefingTitle)
                        hasher.add(day: all[q].date)
                        hasher.add(all[q].briefingPath)
                    }
                    hasher.add(quoteKeys[q])
                }
                if page.number == 1 {
                    let related = sources.seenWith[number]
                    hasher.add(related.count)
                    for (other, count) in related {
                        hasher.add(entityKeys[other])
                        hasher.add(count)
                    }
                }
                hasher.add(page.briefings.count)
                for b in briefings[page.briefings] { hasher.add(cardKeys[b]) }
                return hasher.value
            }
        }
    }
}

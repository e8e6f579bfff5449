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
        return pages.enumerated().map { offset, range in
            let chunk = summaries[range]
            let number = offset + 1
            let path = Pagination.path(ofPage: number)
            var hasher = FNV64()
            hasher.add(session.keys.pages)
            hasher.add(number)
            hasher.add(pages.count)
            for index in range { hasher.add(cardKeys[index]) }
            return session.keyed(path, key: hasher.value) {
                let context = PageContext(kind: "index", path: path, baseURL: config.baseURL)
                let page = IndexPage(
                    site: site, page: context, briefings: chunk.map { BriefingCard($0, from: context) },
                    pagination: Pagination(current: number, total: pages.count, from: context))
                return renderer.renderData(page)
            }
        }
    }

    /// Entity pages keyed by the entity, its quotes, the cards of its briefings and "seen with":
    /// every key is worked out first (in parallel), then only the pages whose key the output lacks
    /// are rendered, in parallel (a busy entity's page lists thousands of briefings). `cardKeys`:
    /// each briefing's `CacheKeys.cardKey`, in `model.briefings` order.
    func plannedEntityPages(_ model: SiteModel, cardKeys: [UInt64], session: BuildSession) async -> [PlannedFile] {
        precondition(cardKeys.count == model.briefings.count)
        var sources = EntityPageSources(model)
        let entities = model.entities
        // Each card and entity hashed once: pages list the same briefings and entities many times.
        // By entity number (position in `entities`).
        let entityKeys = entities.map { entity in
            var hasher = FNV64()
            CacheKeys.add(entity, to: &hasher)
            return hasher.value
        }
        let keys = Slots<UInt64>(count: entities.count)
        let tables = sources
        await IndexedWork.forEach(count: entities.count) { index in
            keys.put(index, Self.entityPageKey(
                index, sources: tables, cardKeys: cardKeys, entityKeys: entityKeys, pages: session.keys.pages))
        }
        let keyList = keys.collect()
        var planned = [PlannedFile?](repeating: nil, count: entities.count)
        var stale: [Int] = []
        for (index, entity) in entities.enumerated() {
            if session.manifest.isIntact(entity.path, key: keyList[index], in: session.staging.current) {
                planned[index] = PlannedFile(path: entity.path, key: keyList[index], source: .unchanged)
            } else {
                stale.append(index)
            }
        }
        if !stale.isEmpty {
            // Cards only for the briefings the stale pages list (all of them in a clean build).
            sources.addCards(baseURL: config.baseURL, for: stale.count == entities.count ? nil : stale)
            let full = sources
            let pages = self
            let written = Slots<PlannedFile>(count: stale.count)
            let toRender = stale
            // A briefing's card is on the page of every entity it mentions: each worker renders
            // it once and reuses the bytes (a memo per worker: memos are not shared while in use).
            let memos = TemplateMemoPool()
            await IndexedWork.forEach(count: toRender.count) { position in
                let number = toRender[position]
                let entity = entities[number]
                let context = PageContext(kind: "entity", path: entity.path, baseURL: pages.config.baseURL)
                let page = EntityPage(site: pages.site, page: context, entity: full.view(of: number, from: context))
                let bytes = memos.with { pages.renderer.renderBytes(page, memo: $0) }
                written.put(position, session.staging.write(entity.path, key: keyList[number], bytes: bytes))
            }
            for (position, file) in written.collect().enumerated() { planned[stale[position]] = file }
        }
        return planned.compactMap { $0 }
    }

    /// What the page of entity `number` (its position in `model.entities`) shows, hashed: the
    /// entity, its quotes with their briefings, "seen with" and the cards of the briefings that mention it.
    private static func entityPageKey(
        _ number: Int, sources: EntityPageSources, cardKeys: [UInt64], entityKeys: [UInt64], pages: UInt64
    ) -> UInt64 {
        let model = sources.model
        let quotes = sources.quotes(of: number)
        let related = sources.seenWith[number]
        var hasher = FNV64()
        hasher.add(pages)
        hasher.add(entityKeys[number])
        hasher.add(quotes.count)
        // Read in place: copying each quote out of its array retained every field. What a quote
        // shows of its briefing (title, date, path, slug) is in the briefing's card key.
        let quoteBriefings = model.numbering.quoteBriefings
        let byCard = quoteBriefings.count == model.quotes.count
        model.quotes.withUnsafeBufferPointer { all in
            for q in quotes {
                if byCard {
                    hasher.add(cardKeys[quoteBriefings[q]])
                    hasher.add(all[q].quote.number)
                } else {
                    hasher.add(all[q].id)
                    hasher.add(all[q].briefingTitle)
                    hasher.add(day: all[q].date)
                    hasher.add(all[q].briefingPath)
                }
                hasher.add(all[q].quote.text)
                hasher.add(all[q].quote.kind.rawValue)
                hasher.add(all[q].quote.speakerID)
                hasher.add(all[q].quote.speaker)
            }
        }
        hasher.add(related.count)
        for (other, count) in related {
            hasher.add(entityKeys[other])
            hasher.add(count)
        }
        let briefings = sources.briefings(of: number)
        hasher.add(briefings.count)
        for b in briefings { hasher.add(cardKeys[b]) }
        return hasher.value
    }
}

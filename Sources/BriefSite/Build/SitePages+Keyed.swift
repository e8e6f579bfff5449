import BriefAnnotate
import BriefContent

// The index and entity pages of `SitePages`, each keyed by what it shows so that a rebuild
// renders only those whose inputs changed. Same pages as `indexPages` and `entityPages`.
extension SitePages {
    func plannedIndexPages(_ summaries: [BriefingSummary], session: BuildSession) -> [PlannedFile] {
        let size = config.paginate > 0 ? config.paginate : max(summaries.count, 1)
        let starts = Array(stride(from: 0, to: max(summaries.count, 1), by: size))
        return starts.enumerated().map { offset, start in
            let chunk = summaries[min(start, summaries.count)..<min(start + size, summaries.count)]
            let number = offset + 1
            let path = Pagination.path(ofPage: number)
            var hasher = FNV64()
            hasher.add(session.keys.pages)
            hasher.add(number)
            hasher.add(starts.count)
            for summary in chunk { CacheKeys.addCard(summary, to: &hasher) }
            return session.keyed(path, key: hasher.value) {
                let context = PageContext(kind: "index", path: path, baseURL: config.baseURL)
                let page = IndexPage(
                    site: site, page: context, briefings: chunk.map { BriefingCard($0, from: context) },
                    pagination: Pagination(current: number, total: starts.count, from: context))
                return renderer.renderData(page)
            }
        }
    }

    /// Entity pages keyed by the entity, its quotes, the cards of its briefings and "seen with";
    /// those to render are rendered in parallel (a busy entity's page lists thousands of briefings).
    func plannedEntityPages(_ model: SiteModel, session: BuildSession) async -> [PlannedFile] {
        let sources = EntityPageSources(model, baseURL: config.baseURL)
        let entities = model.entities
        let pages = self
        // Each card and entity hashed once: pages list the same briefings and entities many times.
        let cardHashes = model.briefings.map { summary in
            var hasher = FNV64()
            CacheKeys.addCard(summary, to: &hasher)
            return hasher.value
        }
        var entityHashes: [String: UInt64] = [:]
        entityHashes.reserveCapacity(entities.count)
        for entity in entities {
            var hasher = FNV64()
            CacheKeys.add(entity, to: &hasher)
            entityHashes[entity.id] = hasher.value
        }
        let entityHashesByID = entityHashes
        return await withTaskGroup(of: (Int, PlannedFile).self) { group in
            for (index, entity) in entities.enumerated() {
                group.addTask {
                    let quotes = sources.quotesBySpeaker[entity.id] ?? []
                    let related = sources.seenWith[entity.id] ?? []
                    var hasher = FNV64()
                    hasher.add(session.keys.pages)
                    hasher.add(entityHashesByID[entity.id] ?? 0)
                    hasher.add(quotes.count)
                    // Read in place: copying each summary or quote out of its array retained every field.
                    model.quotes.withUnsafeBufferPointer { all in
                        for q in quotes {
                            hasher.add(all[q].id)
                            hasher.add(all[q].quote.text)
                            hasher.add(all[q].quote.kind.rawValue)
                            hasher.add(all[q].quote.speakerID)
                            hasher.add(all[q].quote.speaker)
                            hasher.add(all[q].briefingTitle)
                            hasher.add(all[q].date?.isoDay)
                            hasher.add(all[q].briefingPath)
                        }
                    }
                    hasher.add(related.count)
                    for (other, count) in related {
                        if let known = entityHashesByID[other.id] {
                            hasher.add(known)
                        } else {
                            CacheKeys.add(other, to: &hasher)
                        }
                        hasher.add(count)
                    }
                    let briefings = sources.briefingsByEntity[entity.id] ?? []
                    hasher.add(briefings.count)
                    for b in briefings { hasher.add(cardHashes[b]) }
                    let file = session.keyed(entity.path, key: hasher.value) {
                        let context = PageContext(kind: "entity", path: entity.path, baseURL: pages.config.baseURL)
                        return pages.renderer.renderData(EntityPage(site: pages.site, page: context, entity: sources.view(of: entity, from: context)))
                    }
                    return (index, file)
                }
            }
            var results = [PlannedFile?](repeating: nil, count: entities.count)
            for await (index, file) in group { results[index] = file }
            return results.compactMap { $0 }
        }
    }
}

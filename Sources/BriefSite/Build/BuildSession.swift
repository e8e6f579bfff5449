import BriefAnnotate
import BriefContent
import Foundation

/// The reuse side of one build: the per-briefing cache and the last output's manifest, read at
/// the start, consulted by the parallel steps, and written after the new output is in place.
///
/// Cross-briefing pages are keyed by the summaries they show, so a rebuild renders only the pages
/// whose inputs changed; every other file is hard-linked from the current output.
struct BuildSession: Sendable {
    let keys: CacheKeys
    let cache: BuildCache
    let manifest: OutputManifest
    let cacheFolder: URL
    let outputDirectory: URL
    /// The new output tree, written into as pages are made.
    let staging: StagingTree
    /// The next cache file, written into as entries are made.
    let cacheWriter: CacheWriter
    /// Problems with the cache that did not stop the build.
    var warnings: [String] = []

    init(siteDirectory: URL, output: AtomicOutput, keys: CacheKeys) {
        self.init(keys: keys, reuse: Reuse(siteDirectory: siteDirectory, output: output))
    }

    init(keys: CacheKeys, reuse: Reuse) {
        self.keys = keys
        outputDirectory = reuse.staging.output.destination
        cacheFolder = reuse.cacheFolder
        cache = reuse.cache
        manifest = reuse.manifest
        staging = reuse.staging
        cacheWriter = CacheWriter(folder: cacheFolder, old: cache)
        staging.prepareToFinish()
    }

    /// What the last build left, read before the content is known (it does not depend on it),
    /// so the build can read it while it loads the content: the cache, the output's manifest,
    /// and the staging tree (which starts listing the spare tree).
    struct Reuse: Sendable {
        let cacheFolder: URL
        let cache: BuildCache
        let manifest: OutputManifest
        let staging: StagingTree

        /// `listing` says whether the spare tree is to be listed (`StagingTree`).
        init(siteDirectory: URL, output: AtomicOutput, listing: Gate = .open(true)) {
            cacheFolder = siteDirectory.appendingPathComponent(BuildCache.folderName, isDirectory: true)
            cache = BuildCache.load(from: cacheFolder)
            manifest = OutputManifest.load(from: OutputManifest.url(in: cacheFolder, for: output.destination))
            staging = StagingTree(output: output, previous: manifest, listing: listing)
        }
    }

    /// Where the tree an output replaces is kept for the next build: in the cache folder when it
    /// is on the output's file system, else beside the output (`SpareLocation`).
    static func spareURL(siteDirectory: URL, outputDirectory: URL) -> URL {
        SpareLocation.url(siteDirectory: siteDirectory, outputDirectory: outputDirectory)
    }

    /// One briefing after step 1, with what the cache knows of it.
    struct Annotated: Sendable {
        var annotated: AnnotatedBriefing
        var key: UInt64
        var entry: CachedBriefing
        /// True when the entry was made in this build (it must be saved).
        var isFresh: Bool
        /// The groups of the registry's names its words touch (`RegistryDependence`).
        var registryGroups: [Int32] = []
    }

    /// One briefing after step 2.
    struct Rendered: Sendable {
        var summary: BriefingSummary
        var page: PlannedFile
        /// Its parts of the search index and data files (made from the body and summary, also
        /// when the page is kept). The data files' parts are empty when made in this build
        /// (`dataFromSummary`): a full build would hold tens of MB of them until the pages.
        var fragments: CachedBriefing.Fragments
        /// True when `data/*.json` take this briefing's elements from `summary`, not `fragments`.
        var dataFromSummary = false
        /// With `dataFromSummary`: where the cache's rows file holds the elements made for it in
        /// this build, which the data files read back rather than make again (nil: made again).
        var dataPlaces: CacheWriter.DataFragmentPlaces? = nil
        /// `CacheKeys.hash` of `summary`.
        var summaryHash: UInt64
        /// `CacheKeys.cardKey` of `summary`: worked out here, in parallel, for every page that
        /// lists cards (the index, tag and entity pages' keys).
        var cardKey: UInt64
        var key: UInt64
    }

    /// Step 1 for every briefing in parallel: the cached annotation when the key matches and the
    /// entry is sound, else `BriefingRenderer.annotate`. Results in input order.
    /// An entry is used only while the registry (content/entities/) gives it the stamp it was
    /// made under (`CacheKeys.registryStamp`): a note changes the annotations of the briefings
    /// whose words touch its names, not of every briefing. The groups a briefing touches come
    /// from `registryGroups` (the last build's table, for the same first words) or its text.
    func annotate(
        _ briefings: [Briefing], with renderer: BriefingRenderer, registryGroups table: RegistryGroups? = nil,
        observer: (any BuildObserver)? = nil
    ) async -> [Annotated] {
        let counter = observer.map { _ in ProgressCounter() }
        // A fixed number of workers (`IndexedWork`): only their briefings are in flight.
        var inputs = briefings
        return await IndexedWork.map(taking: &inputs) { _, briefing in
            let key = keys.key(for: briefing)
            var result: Annotated
            // The light part only: the annotation and body are read if the page is rendered.
            if let entry = cache.entry(key, withBody: false) {
                let groups = keys.registry.isEmpty ? [] : table?.groups[key] ?? renderer.registryGroups(of: briefing)
                if entry.registryStamp == keys.registryStamp(groups: groups) {
                    result = Annotated(annotated: entry.annotated(briefing), key: key, entry: entry, isFresh: false)
                    result.registryGroups = groups
                    return done(result)
                }
            }
            let annotated = renderer.annotate(briefing)
            result = Annotated(annotated: annotated, key: key, entry: CachedBriefing(annotated, keys: keys), isFresh: true)
            result.registryGroups = annotated.registryGroups
            return done(result)
        }

        /// Reported from the workers as they finish, so observers must be thread-safe.
        @Sendable func done(_ result: Annotated) -> Annotated {
            if let observer, let counter { observer.briefingsRendered(counter.increment(), of: briefings.count) }
            return result
        }
    }

    /// Step 2 for every briefing in parallel: nothing when the page on disk was made from the same
    /// inputs; else weave (from the cached annotation when there is one) and render. Results in input order; `briefings` is emptied. `entities` is the merge of these
    /// briefings' summaries, in this order (`SiteEntities.resolved(_:at:)`).
    func render(
        _ briefings: inout [Annotated], with renderer: BriefingRenderer, entities: SiteEntities,
        pages: PageRenderer, site: SiteContext, config: SiteConfig
    ) async -> [Rendered] {
        // Each briefing's text and annotation go as soon as its page is made (`briefings` is
        // left empty), so they are not all alive while the pages are rendered.
        cacheWriter.plan(keys: briefings.map(\.key))
        // A page per briefing, and about half as many again for the site pages and the search
        // index (a rebuild that writes few files reserves room it does not fill; a table entry each).
        staging.expect(files: briefings.count + briefings.count / 2)
        let resolutions = ResolutionMemo(entities)
        // Each worker's pages share a memo: an entity's entry in the panels is made once.
        return await IndexedWork.map(taking: &briefings, perWorker: { BriefingPageMemo() }) { memo, index, item in
            renderOne(
                item, at: index, with: renderer, entities: entities, resolutions: resolutions, pages: pages, site: site, config: config,
                memo: memo)
        }
    }

    /// Step 2 for one briefing.
    private func renderOne(
        _ item: Annotated, at index: Int, with renderer: BriefingRenderer, entities: SiteEntities, resolutions: ResolutionMemo,
        pages: PageRenderer, site: SiteContext, config: SiteConfig, memo: BriefingPageMemo
    ) -> Rendered {
        // `entities` was merged from these briefings' summaries, in this order: each summary's
        // entries resolve from the merge's record of them (another summary by hashing its ids).
        let (summary, entityNumbers) = entities.resolvedNumbering(item.annotated.summary, at: index)
        let path = summary.path
        // A summary the merge left as it was is the one the entry's keys were made from.
        let isAsCached = summary.isUnchangedCopy(of: item.annotated.summary)
        let cardKey = isAsCached ? item.entry.cardKey : CacheKeys.cardKey(summary)
        let summaryHash = CacheKeys.hash(card: cardKey, detail: isAsCached ? item.entry.detailKey : CacheKeys.detailKey(summary))
        let bodyKey = keys.bodyKey(
            CacheKeys.annotationKey(item.key, registryStamp: item.entry.registryStamp), entityIDs: item.entry.entityIDs, positions: item.entry.entityIDPositions, summaryIndex: index,
            resolutions: resolutions, linkedPaths: item.entry.linkedBriefingPaths, links: renderer.links)
        let pageKey = keys.pageKey(body: bodyKey, summary: summaryHash)
        let searchKey = CacheKeys.searchKey(body: bodyKey, summary: summaryHash)
        // The page on disk was made from these inputs and the entry has its search entry: keep
        // both, without even reading the body.
        if !item.isFresh, item.entry.bodyKey == bodyKey, item.entry.searchKey == searchKey, let fragments = item.entry.fragments,
            manifest.isIntact(path, key: pageKey, in: staging.current) {
            return Rendered(
                summary: summary, page: PlannedFile(path: path, key: pageKey, source: .unchanged), fragments: fragments,
                summaryHash: summaryHash, cardKey: cardKey, key: item.key)
        }
        // Copied only here: the kept page above (nearly every briefing of an edit's rebuild)
        // reads the item in place, without retaining each of its fields for a copy.
        var item = item
        let pageIsIntact = manifest.isIntact(path, key: pageKey, in: staging.current)
        // The body is needed for the page or the search entry (else nothing is rendered).
        let needsBody = !pageIsIntact || item.entry.searchKey != searchKey || item.entry.fragments == nil
        if needsBody, item.entry.heavy == nil {
            // The heavy part, read now.
            if let heavy = cache.heavy(item.key, light: item.entry.entities) {
                item.entry.heavy = heavy
                item.annotated.annotation = heavy.annotation
            } else {
                // Unreadable or damaged: annotated again (the same annotation, made afresh).
                let annotated = renderer.annotate(item.annotated.briefing)
                item.annotated.annotation = annotated.annotation
                item.entry = CachedBriefing(annotated, keys: keys)
                item.isFresh = true
            }
        }
        var entry = item.entry
        // New only when annotated in this build: a body woven again from the stored annotation
        // leaves the heavy part as it is (only the row's `bodyKey` changes).
        let heavyIsNew = item.isFresh
        var changed = item.isFresh
        var rendered: RenderedBriefing?
        if needsBody {
            // Woven from the annotation (the cache keeps no body HTML).
            rendered = renderer.render(item.annotated, entities: entities, resolved: summary, summaryIndex: index)
            if entry.bodyKey != bodyKey {
                entry.bodyKey = bodyKey
                changed = true
            }
        }
        let fragments: CachedBriefing.Fragments
        if let rendered, entry.searchKey != searchKey || entry.fragments == nil {
            fragments = CachedBriefing.Fragments(briefing: rendered, summary: summary)
            entry.searchKey = searchKey
            entry.fragments = fragments
            changed = true
        } else {
            // The body was not needed: the cached fragments are current.
            fragments = entry.fragments!
        }
        let page: PlannedFile
        if pageIsIntact {
            page = PlannedFile(path: path, key: pageKey, source: .unchanged)
        } else {
            // A page that is not intact always needs the body (`needsBody`).
            let rendered = rendered!
            let model = BriefingPage(
                site: site, page: PageContext(kind: "briefing", path: path, baseURL: config.baseURL),
                briefing: BriefingView(rendered, pageMemo: memo, entityNumbers: entityNumbers))
            // Written now: the page's bytes are not kept.
            page = staging.write(
                path, key: pageKey, bytes: pages.renderBytes(model, capacity: rendered.bodyHTMLUTF8.count + 16_384, memo: memo.memo))
        }
        if changed {
            // Saved now: the body is not kept until the end of the build.
            let places = cacheWriter.append(item.key, entry, heavyIsNew: heavyIsNew)
            // Read back from the cache file when the data files are made (else made again from
            // the summary): tens of MB of them are not kept in memory until then.
            let kept = CachedBriefing.Fragments(search: fragments.search, briefing: .empty, quotes: .empty, searchHash: fragments.searchHash)
            return Rendered(
                summary: summary, page: page, fragments: kept, dataFromSummary: true, dataPlaces: places, summaryHash: summaryHash,
                cardKey: cardKey, key: item.key)
        }
        return Rendered(summary: summary, page: page, fragments: fragments, summaryHash: summaryHash, cardKey: cardKey, key: item.key)
    }

    /// A page keyed by its inputs: rendered only when the output holds no file made from them.
    func keyed(_ path: String, key: UInt64, render: () -> Data) -> PlannedFile {
        if manifest.isIntact(path, key: key, in: staging.current) {
            return PlannedFile(path: path, key: key, source: .unchanged)
        }
        return staging.write(path, key: key, data: render())
    }

    /// `keyed(_:key:render:)` for a file made as bytes (written without a `Data` copy).
    func keyed(_ path: String, key: UInt64, render: () -> [UInt8]) -> PlannedFile {
        if manifest.isIntact(path, key: key, in: staging.current) {
            return PlannedFile(path: path, key: key, source: .unchanged)
        }
        return staging.write(path, key: key, bytes: render())
    }

    /// `keyed(_:key:render:)` for a large file, written as `make` makes it (see `StreamedFile`).
    func keyed(_ path: String, key: UInt64, streaming make: (inout StreamedFile) -> Void) -> PlannedFile {
        if manifest.isIntact(path, key: key, in: staging.current) {
            return PlannedFile(path: path, key: key, source: .unchanged)
        }
        return staging.write(path, key: key, streaming: make)
    }

    /// Files made together from one set of inputs (`inputs`, a `GroupKeys` hash) with the
    /// templates `templates`, all keyed by both: made (and written) only when the last build's
    /// files of that key are not all intact.
    func keyedGroup(_ name: String, templates: [String], inputs: UInt64, make: () -> [OutputFile]) -> [PlannedFile] {
        keyedStream(name, templates: templates, inputs: inputs) { emit in make().forEach(emit) }
    }

    /// Like `keyedGroup`, for many pages made one after another: `make` hands each file over as
    /// soon as it is rendered and it is written at once, so only one page's bytes are alive.
    func keyedStream(_ name: String, templates: [String], inputs: UInt64, make: ((OutputFile) -> Void) -> Void) -> [PlannedFile] {
        let key = groupKey(name, templates: templates, inputs: inputs)
        let paths = manifest.paths(withKey: key)
        if !paths.isEmpty, paths.allSatisfy({ manifest.isIntact($0, key: key, in: staging.current) }) {
            return paths.map { PlannedFile(path: $0, key: key, source: .unchanged) }
        }
        var planned: [PlannedFile] = []
        make { planned.append(staging.write($0.path, key: key, data: $0.contents)) }
        return planned
    }

    /// `keyedStream` for pages rendered as bytes (`path`, `bytes`): written as they are, without
    /// a `Data` copy of each page.
    func keyedPages(_ name: String, templates: [String], inputs: UInt64, make: ((String, [UInt8]) -> Void) -> Void) -> [PlannedFile] {
        let key = groupKey(name, templates: templates, inputs: inputs)
        let paths = manifest.paths(withKey: key)
        if !paths.isEmpty, paths.allSatisfy({ manifest.isIntact($0, key: key, in: staging.current) }) {
            return paths.map { PlannedFile(path: $0, key: key, source: .unchanged) }
        }
        var planned: [PlannedFile] = []
        make { path, bytes in planned.append(staging.write(path, key: key, bytes: bytes)) }
        return planned
    }

    /// The key of a group of site files: the templates they are made with and the settings, the
    /// group's name and what it is made from.
    private func groupKey(_ name: String, templates: [String], inputs: UInt64) -> UInt64 {
        var hasher = FNV64()
        hasher.add(keys.pages(using: templates))
        hasher.add(name)
        hasher.add(inputs)
        return hasher.value
    }

    /// `data/*.json`, each made only when what it lists changed: briefings and quotes from the
    /// briefings' fragments (cached ones concatenated), entities from the model.
    func plannedDataFiles(_ model: SiteModel, _ rendered: [Rendered]) -> [PlannedFile] {
        var summaries = FNV64()
        summaries.add(BuildCache.formatVersion)
        summaries.add(rendered.count)
        // Fields read in place: a `Rendered` copied out per item retained each of its fields.
        rendered.withUnsafeBufferPointer { rendered in
            for index in rendered.indices { summaries.add(rendered[index].summaryHash) }
        }
        // entities.json lists, per entity, its fields, the briefings mentioning it and the quotes
        // it said: not every summary field (a word count changes with nearly every edit).
        var entities = FNV64()
        entities.add(BuildCache.formatVersion)
        entities.add(model.entities.count)
        for entity in model.entities { CacheKeys.add(entity, to: &entities) }
        // Which entities each briefing mentions and who said each quote, as the model's entity
        // numbers (a number below the entity count is the entity at that position, hashed
        // above; the ids of the others follow): the same inputs as every id of every briefing
        // and quote, without hashing each id string again.
        let numbering = model.numbering
        entities.add(numbering.entityCount)
        entities.add(numbering.ids.count)
        for id in numbering.ids[numbering.entityCount...] { entities.add(id) }
        entities.add(numbering.briefingEntities.count)
        numbering.briefingEntities.withUnsafeBytes { entities.add($0) }
        entities.add(numbering.briefingStarts.count)
        numbering.briefingStarts.withUnsafeBytes { entities.add($0) }
        for quotes in numbering.quotes {
            entities.add(quotes.count)
            quotes.withUnsafeBytes { entities.add($0) }
        }
        model.briefings.withUnsafeBufferPointer { briefings in
            entities.add(briefings.count)
            for briefing in briefings {
                entities.add(briefing.slug)
                entities.add(briefing.quotes.count)
                for quote in briefing.quotes { entities.add(quote.number) }
            }
        }
        // quotes.json shows each quote with its briefing's slug, day and path: an edit that
        // changes no quote (most edits) keeps its 16 MB (10,000 briefings) instead of writing them.
        var quotes = FNV64()
        quotes.add(BuildCache.formatVersion)
        model.forEachBriefingWithQuotes { summary, quoteKeys in
            quotes.add(summary.slug)
            quotes.add(day: summary.date)
            quotes.add(summary.path)
            quotes.add(quoteKeys.count)
            for key in quoteKeys { quotes.add(key) }
        }
        // One file at a time, written as made.
        return SiteData.paths.map { path in
            var hasher = FNV64()
            // The settings and the program (no template).
            hasher.add(keys.pages(using: []))
            hasher.add(path)
            switch path {
            case "data/entities.json": hasher.add(entities.value)
            case "data/quotes.json": hasher.add(quotes.value)
            default: hasher.add(summaries.value)
            }
            return keyed(path, key: hasher.value) { (file: inout StreamedFile) in
                // Records made from summaries are written straight into one buffer that goes to
                // the file a part at a time (an array per record was made, copied and let go).
                switch path {
                case "data/briefings.json", "data/quotes.json":
                    let isBriefings = path == "data/briefings.json"
                    var json = JSONWriter(capacity: SiteData.flushSize + 4_096)
                    json.openArray()
                    // This build's elements as the cache file holds them (the same bytes the
                    // summary makes: they were made from it).
                    let written = cacheWriter.dataFragments()
                    rendered.withUnsafeBufferPointer { rendered in
                        for index in rendered.indices {
                            if rendered[index].dataFromSummary, let written, let places = rendered[index].dataPlaces,
                                written.withBytes(isBriefings ? places.briefing : places.quotes, { json.appendElements(BorrowedBytes(bytes: $0)) }) {
                                json.flush(into: &file, atLeast: SiteData.flushSize)
                                continue
                            }
                            switch (rendered[index].dataFromSummary, isBriefings) {
                            case (true, true): SiteData.writeBriefingRecord(rendered[index].summary, to: &json)
                            case (true, false): SiteData.writeQuoteRecords(rendered[index].summary, to: &json)
                            case (false, true): json.appendElements(rendered[index].fragments.briefing)
                            case (false, false): json.appendElements(rendered[index].fragments.quotes)
                            }
                            json.flush(into: &file, atLeast: SiteData.flushSize)
                        }
                    }
                    json.closeArray()
                    json.flush(into: &file, atLeast: 0)
                default:
                    SiteData.writeEntities(model, into: &file)
                }
            }
        }
    }

    /// The search page and the index (`SearchShards`): the briefings' documents (cached ones as
    /// stored), then one per entity and quote; made only when some document changed. The index's
    /// manifest carries the documents' key (not the templates or brief.yml, which no file of the
    /// index shows: a layout edit made the whole index again to write the page alone); each
    /// other file of the index is keyed by its own bytes, so a change rewrites only the shards
    /// and chunks whose bytes it changes. The page is keyed by the templates and settings.
    func plannedSearchFiles(_ rendered: [Rendered], model: SiteModel, pages: SitePages) -> [PlannedFile] {
        let pageKey = groupKey("search-page", templates: [SearchPage.templateName], inputs: 0)
        let page =
            manifest.isIntact(SearchPage.path, key: pageKey, in: staging.current)
            ? PlannedFile(path: SearchPage.path, key: pageKey, source: .unchanged)
            : staging.write(SearchPage.path, key: pageKey, bytes: pages.searchPage())
        var hasher = FNV64()
        hasher.add(BuildCache.formatVersion)
        // The index's format is the program's.
        hasher.add(ProgramIdentity.hash)
        hasher.add(rendered.count)
        // The documents' bytes (their hashes, stored with them), not the keys they were made
        // under: most edits leave a briefing's document as it was (it holds the start of the
        // text), and the index is then kept.
        rendered.withUnsafeBufferPointer { rendered in
            for index in rendered.indices { hasher.add(rendered[index].fragments.searchHash) }
        }
        // The entities' and quotes' documents are made only when needed: keyed by what they
        // show (`SearchEntry(entity:)`, `SearchEntry(quote:speaker:)`), every entity in order and
        // each quote with its briefing's title and path; speakers are among the entities.
        hasher.add(model.entities.count)
        for entity in model.entities { CacheKeys.add(entity, to: &hasher) }
        model.forEachBriefingWithQuotes { briefing, quoteKeys in
            hasher.add(briefing.title)
            hasher.add(briefing.path)
            hasher.add(briefing.slug)
            hasher.add(quoteKeys.count)
            for key in quoteKeys { hasher.add(key) }
        }
        let indexKey = hasher.value
        if manifest.isIntact(SearchShards.manifestPath, key: indexKey, in: staging.current) {
            // The index was made from these inputs: it is kept if it is whole.
            let kept = manifest.records.compactMap { path, record in
                SearchShards.isIndexPath(path.path) ? PlannedFile(path: path.path, key: record.key, source: .unchanged) : nil
            }
            if kept.allSatisfy({ manifest.isIntact($0.path, key: $0.key, in: staging.current) }) {
                return kept.sorted { $0.path < $1.path } + [page]
            }
        }
        // Each entity's and quote's document is made here, on every core, each entry made and
        // let go in turn (only the documents are held, end to end in each chunk's store).
        let otherCount = SearchEntry.entryCount(of: model)
        let ranges = IndexedWork.chunks(of: otherCount, minimum: 2_000)
        let made = Slots<SearchDocumentStore>(count: ranges.count)
        let speakers = SearchDocumentMaker.QuoteSpeakers(model)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            made.put(chunk, SearchDocumentStore.entries(ranges[chunk], of: model, speakers: speakers))
        }
        let stores = (0..<ranges.count).map { made.take($0) }
        // Every document's bytes, read in place by `write`: the briefings' are kept alive by
        // `rendered` (read in place here: `for item in rendered` copied each item, a retain of
        // every field), the others by their stores.
        var documents: [UnsafeRawBufferPointer] = []
        documents.reserveCapacity(rendered.count + otherCount)
        rendered.withUnsafeBufferPointer { rendered in
            for index in rendered.indices { rendered[index].fragments.search.withUnsafeBytes { documents.append($0) } }
        }
        for store in stores { documents.append(contentsOf: store.views) }
        // In a rebuild that keeps most pages the other lanes have little to do, and this one,
        // which makes every shard again, is the build's tail: the shards are then made on every
        // core. In a full build the lanes keep every core busy, and a split would only add its
        // second reading of every document.
        let keptPages = rendered.reduce(0) { kept, item in
            if case .unchanged = item.page.source { return kept + 1 }
            return kept
        }
        let partitions = keptPages * 2 > rendered.count ? IndexedWork.workerCount : 1
        // `write` hands the row chunks over first; the files are listed in the index's own
        // order (manifest, shards, chunks).
        var planned: [PlannedFile] = []
        var chunks: [PlannedFile] = []
        withExtendedLifetime((rendered, stores)) {
            documents.withUnsafeBufferPointer { documents in
                SearchShards.write(views: documents, partitions: partitions) { path, bytes in
                    let fileKey = path == SearchShards.manifestPath ? indexKey : bytes.withUnsafeBytes { FNV64.hash($0) }
                    let file =
                        manifest.isIntact(path, key: fileKey, in: staging.current)
                        ? PlannedFile(path: path, key: fileKey, source: .unchanged) : staging.write(path, key: fileKey, bytes: bytes)
                    if path.hasPrefix(SearchShards.docsFolder + "/") { chunks.append(file) } else { planned.append(file) }
                }
            }
        }
        planned += chunks
        planned.append(page)
        return planned
    }

    /// Saves the cache (when anything in it changed), on another thread: it holds nothing of the
    /// output, so it is written beside the completion of the new tree, not after it in the serial
    /// end of the build. Its warning is handed to `finish(cacheWarning:manifest:)`.
    func saveCache(_ rendered: [Rendered]) -> Task<String?, Never> {
        let keys = rendered.map(\.key)
        return Task.detached { [cacheWriter] in cacheWriter.finish(keys: keys) }
    }

    /// Saves the new output's manifest; returns warnings (the cache's first).
    func finish(cacheWarning: String?, manifest newManifest: OutputManifest) -> [String] {
        var warnings = self.warnings
        if let cacheWarning { warnings.append(cacheWarning) }
        if let warning = newManifest.save(to: OutputManifest.url(in: cacheFolder, for: outputDirectory)) {
            // Without a manifest the next build rewrites everything; it is still correct.
            if warnings.isEmpty { warnings.append(warning) }
        }
        return warnings
    }
}

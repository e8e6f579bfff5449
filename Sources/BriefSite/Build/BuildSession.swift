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
        self.keys = keys
        self.outputDirectory = output.destination
        cacheFolder = siteDirectory.appendingPathComponent(BuildCache.folderName, isDirectory: true)
        cache = BuildCache.load(from: cacheFolder)
        manifest = OutputManifest.load(from: OutputManifest.url(in: cacheFolder, for: output.destination))
        staging = StagingTree(output: output, previous: manifest)
        cacheWriter = CacheWriter(folder: cacheFolder)
    }

    /// Where the tree an output replaces is kept for the next build: in the cache folder when it
    /// is on the output's file system (else the replaced tree is deleted as before).
    static func spareURL(siteDirectory: URL, outputDirectory: URL) -> URL {
        let cache = siteDirectory.appendingPathComponent(BuildCache.folderName, isDirectory: true)
        var hasher = FNV64()
        hasher.add(outputDirectory.standardizedFileURL.path)
        return cache.appendingPathComponent("spare-\(String(hasher.value, radix: 16))", isDirectory: true)
    }

    /// One briefing after step 1, with what the cache knows of it.
    struct Annotated: Sendable {
        var annotated: AnnotatedBriefing
        var key: UInt64
        var entry: CachedBriefing
        /// True when the entry was made in this build (it must be saved).
        var isFresh: Bool
    }

    /// One briefing after step 2.
    struct Rendered: Sendable {
        var summary: BriefingSummary
        var page: PlannedFile
        /// The briefing's search entry (made from the body, also when the page is kept).
        var searchEntry: SearchEntry
        var key: UInt64
    }

    /// Step 1 for every briefing in parallel: the cached annotation when the key matches and the
    /// entry is sound, else `BriefingRenderer.annotate`. Results in input order.
    func annotate(
        _ briefings: [Briefing], with renderer: BriefingRenderer, observer: (any BuildObserver)? = nil
    ) async -> [Annotated] {
        let counter = observer.map { _ in ProgressCounter() }
        // A fixed number of workers (`IndexedWork`): only their briefings are in flight.
        var inputs = briefings
        return await IndexedWork.map(taking: &inputs) { _, briefing in
            let key = keys.key(for: briefing)
            let result: Annotated
            if let entry = cache.entry(key, withBody: false) {
                result = Annotated(annotated: entry.annotated(briefing), key: key, entry: entry, isFresh: false)
            } else {
                let annotated = renderer.annotate(briefing)
                result = Annotated(annotated: annotated, key: key, entry: CachedBriefing(annotated), isFresh: true)
            }
            // Reported from the workers as they finish, so observers must be thread-safe.
            if let observer, let counter { observer.briefingsRendered(counter.increment(), of: briefings.count) }
            return result
        }
    }

    /// Step 2 for every briefing in parallel: nothing when the page on disk was made from the same
    /// inputs; the cached body in the page when only templates or settings changed; else weave and
    /// render. Results in input order; `briefings` is emptied.
    func render(
        _ briefings: inout [Annotated], with renderer: BriefingRenderer, entities: SiteEntities,
        pages: PageRenderer, site: SiteContext, config: SiteConfig
    ) async -> [Rendered] {
        // Each briefing's text and annotation go as soon as its page is made (`briefings` is
        // left empty), so they are not all alive while the pages are rendered.
        await IndexedWork.map(taking: &briefings) { _, item in
            renderOne(item, with: renderer, entities: entities, pages: pages, site: site, config: config)
        }
    }

    /// Step 2 for one briefing.
    private func renderOne(
        _ item: Annotated, with renderer: BriefingRenderer, entities: SiteEntities,
        pages: PageRenderer, site: SiteContext, config: SiteConfig
    ) -> Rendered {
        let summary = entities.resolved(item.annotated.summary)
        let path = summary.path
        let bodyKey = keys.bodyKey(item.key, annotation: item.annotated.annotation, entities: entities)
        let pageKey = keys.pageKey(body: bodyKey, summary: summary)
        let searchKey = CacheKeys.searchKey(body: bodyKey, summary: summary)
        var entry = item.entry
        var changed = item.isFresh
        // The page on disk was made from these inputs and the entry has its search entry: keep
        // both, without even reading the body.
        if !changed, entry.bodyKey == bodyKey, entry.searchKey == searchKey, let search = entry.searchEntry,
            manifest.isIntact(path, key: pageKey, in: outputDirectory) {
            return Rendered(summary: summary, page: PlannedFile(path: path, key: pageKey, source: .unchanged), searchEntry: search, key: item.key)
        }
        if entry.bodyKey == bodyKey, !entry.hasBody, let full = cache.entry(item.key), full.bodyKey == bodyKey {
            entry.bodyHTML = full.bodyHTML
            entry.hasBody = true
        }
        let rendered: RenderedBriefing
        if entry.bodyKey == bodyKey, entry.hasBody {
            rendered = RenderedBriefing(
                briefing: item.annotated.briefing, bodyHTML: entry.bodyHTML, summary: summary,
                annotation: item.annotated.annotation)
        } else {
            rendered = renderer.render(item.annotated, entities: entities, resolved: summary)
            entry.bodyKey = bodyKey
            entry.bodyHTML = rendered.bodyHTML
            entry.hasBody = true
            changed = true
        }
        let search: SearchEntry
        if entry.searchKey == searchKey, let cached = entry.searchEntry {
            search = cached
        } else {
            search = SearchEntry(briefing: rendered)
            entry.searchKey = searchKey
            entry.searchEntry = search
            changed = true
        }
        let page: PlannedFile
        if manifest.isIntact(path, key: pageKey, in: outputDirectory) {
            page = PlannedFile(path: path, key: pageKey, source: .unchanged)
        } else {
            let model = BriefingPage(
                site: site, page: PageContext(kind: "briefing", path: path, baseURL: config.baseURL),
                briefing: BriefingView(rendered))
            // Written now: the page's bytes are not kept.
            page = staging.write(path, key: pageKey, bytes: pages.renderBytes(model, capacity: rendered.bodyHTML.utf8.count + 16_384))
        }
        // Saved now: the body is not kept until the end of the build.
        if changed { cacheWriter.append(item.key, entry) }
        return Rendered(summary: summary, page: page, searchEntry: search, key: item.key)
    }

    /// A page keyed by its inputs: rendered only when the output holds no file made from them.
    func keyed(_ path: String, key: UInt64, render: () -> Data) -> PlannedFile {
        if manifest.isIntact(path, key: key, in: outputDirectory) {
            return PlannedFile(path: path, key: key, source: .unchanged)
        }
        return staging.write(path, key: key, data: render())
    }

    /// Files made together from one set of inputs (`inputs`, a `GroupKeys` hash), all keyed by
    /// it: made (and written) only when the last build's files of that key are not all intact.
    func keyedGroup(_ name: String, inputs: UInt64, make: () -> [OutputFile]) -> [PlannedFile] {
        var hasher = FNV64()
        hasher.add(keys.pages)
        hasher.add(name)
        hasher.add(inputs)
        let key = hasher.value
        let paths = manifest.paths(withKey: key)
        if !paths.isEmpty, paths.allSatisfy({ manifest.isIntact($0, key: key, in: outputDirectory) }) {
            return paths.map { PlannedFile(path: $0, key: key, source: .unchanged) }
        }
        return make().map { staging.write($0.path, key: key, data: $0.contents) }
    }

    /// Like `keyedGroup`, for large files of fixed `paths`: each one is made and written before the
    /// next is made, from its bytes (no `Data` copy), so only one is alive at a time.
    func keyedFiles(_ name: String, inputs: UInt64, paths: [String], make: (String) -> [UInt8]) -> [PlannedFile] {
        var hasher = FNV64()
        hasher.add(keys.pages)
        hasher.add(name)
        hasher.add(inputs)
        let key = hasher.value
        if Set(manifest.paths(withKey: key)) == Set(paths), paths.allSatisfy({ manifest.isIntact($0, key: key, in: outputDirectory) }) {
            return paths.map { PlannedFile(path: $0, key: key, source: .unchanged) }
        }
        return paths.map { staging.write($0, key: key, bytes: make($0)) }
    }

    /// `data/*.json`, encoded only when the model they list changed (every summary and entity).
    func plannedDataFiles(_ model: SiteModel) -> [PlannedFile] {
        var hasher = FNV64()
        hasher.add(BuildCache.formatVersion)
        for summary in model.briefings { CacheKeys.add(summary, to: &hasher) }
        for entity in model.entities { CacheKeys.add(entity, to: &hasher) }
        let key = hasher.value
        let paths = SiteData.paths
        if paths.allSatisfy({ manifest.isIntact($0, key: key, in: outputDirectory) }) {
            return paths.map { PlannedFile(path: $0, key: key, source: .unchanged) }
        }
        // One file at a time, its bytes written as made (no `Data` copy).
        return paths.map { path in staging.write(path, key: key, bytes: SiteData.bytes(of: path, model)) }
    }

    /// Saves the cache (when anything in it changed) and the new output's manifest; returns warnings.
    func finish(_ rendered: [Rendered], manifest newManifest: OutputManifest) -> [String] {
        var warnings = self.warnings
        if let warning = cacheWriter.finish(keys: rendered.map(\.key), old: cache) { warnings.append(warning) }
        if let warning = newManifest.save(to: OutputManifest.url(in: cacheFolder, for: outputDirectory)) {
            // Without a manifest the next build rewrites everything; it is still correct.
            if warnings.isEmpty { warnings.append(warning) }
        }
        return warnings
    }
}

import BriefAnnotate
import BriefContent
import Foundation

/// Builds a site: the library entry point behind `brief build`, usable without a process.
///
/// Phases, each finished before the next starts:
/// 1. load: `brief.yml`, every content file, front matter, the theme (all problems collected);
/// 2. per briefing, in parallel: annotate (or take it from the cache), merge entities site-wide,
///    then render the page (or keep the one on disk, or re-render the cached body); each child
///    task returns its result, nothing is shared (`BuildSession`);
/// 3. site pages (index, entities, tags, archive, search, feed, sitemap) from the small
///    `BriefingSummary` values, each keyed by what it shows or by its own bytes;
/// 4. write: only changed files, into a temp tree swapped in at the end (`AtomicOutput`).
public struct SiteBuilder: Sendable {
    public var siteDirectory: URL
    /// Where the site is built: the folder given (default `public/` in the site), or the one
    /// it links to (`OutputGuard.followingLink`).
    public let outputDirectory: URL
    /// The output is left a link to a folder whose path has a name that is not valid UTF-8:
    /// that path as it is said (`OutputGuard.followingLink`); the build refuses it.
    let outputLinkToInvalidName: String?
    public var includeDrafts: Bool
    /// Replaces brief.yml's `base_url` (`brief build --base-url`, for a preview or a second
    /// host): already checked and escaped (`SiteConfig.baseURL(option:)`).
    public var baseURL: String?
    /// Told of stage timings and rendering progress (the terminal's progress line, `--verbose`).
    public var observer: (any BuildObserver)?
    /// The process exits after this build: its large results are not freed on return
    /// (`LeftForExit`).
    public var keepsResultsUntilExit = false

    /// A builder for the site in `siteDirectory`, writing to `outputDirectory` (default: `public/` inside the site).
    public init(siteDirectory: URL, outputDirectory: URL? = nil, includeDrafts: Bool = false) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        // A `public` linked to a web root is built into the folder it links to, and stays a link.
        (self.outputDirectory, outputLinkToInvalidName) = OutputGuard.followingLink(
            (outputDirectory ?? siteDirectory.appendingPathComponent("public")).standardizedFileURL)
        self.includeDrafts = includeDrafts
    }

    /// Builds the site. Throws `ContentErrors` (every content and template problem; nothing is
    /// written) or `BuildError` (the output could not be written; the previous output is kept).
    public func build() async throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        MemoryRelease.configure()
        let cacheFolder = siteDirectory.appendingPathComponent(BuildCache.folderName, isDirectory: true)
        try OutputGuard(site: siteDirectory, output: outputDirectory, cacheFolder: cacheFolder, linkToInvalidName: outputLinkToInvalidName).check()
        // One build per output at a time: a second one would delete the first one's temp folder.
        let lock = try BuildLock(output: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        // Leftovers of a killed build go first, even when this build then fails on content.
        var output = AtomicOutput(destination: outputDirectory)
        let spare = BuildSession.spareURL(siteDirectory: siteDirectory, outputDirectory: outputDirectory)
        if AtomicOutput.foldsCase(in: spare) {
            // Found once, then the spare is gone and the output is made fresh each time.
            try? FileManager.default.removeItem(at: spare)
        } else {
            SpareLocation.claim(spare)
            output.spare = spare
            AtomicOutput.protectSpare(atPath: spare.path)
            SpareLocation.markUsed(spare)
        }
        SpareLocation.removeUnused(cacheFolder: cacheFolder, outputDirectory: outputDirectory, inUse: spare)
        SpareLocation.removeStale(cacheFolder: cacheFolder, outputDirectory: outputDirectory, inUse: spare)
        try output.cleanUpInterruptedBuilds()

        // What the last build left (the cache, the output's manifest, the spare tree's listing)
        // is read from the start, beside the hashing of the inputs (one core) and then the
        // loading: it only reads, so a build that turns out to have nothing to do just drops it.
        // A build whose process exits after it (`brief build`) lists the spare tree from the
        // start too, on the core the hashing leaves idle: a one-file edit's rebuild waited for
        // the hashing before it began the listing, its longest read (0.23 -> 0.22 s wall); one
        // that finds nothing to do stops it once the hashing says so. A process that goes on
        // (`brief serve`) lists it once the inputs turn out to have changed: a listing dropped
        // by a build that ends early would go on walking the spare beside the next build.
        let spareListing = keepsResultsUntilExit ? Gate.open(true) : Gate()
        let reuse = Task.detached { [siteDirectory, output] in
            BuildSession.Reuse(siteDirectory: siteDirectory, output: output, listing: spareListing)
        }

        // 0. Nothing changed since the last build, whose output is still intact: done.
        let fingerprintURL = InputFingerprint.url(in: cacheFolder, for: outputDirectory)
        // Files parsed by an earlier build are not parsed again (`ParsedBriefings`): read only
        // when the hashing reads a file (none when nothing changed), which keeps no bytes of
        // a file the memo has.
        let parsed = OnDemand { ParsedBriefings(folder: cacheFolder) }
        var hashing = InputFingerprint.hashWithFiles(
            siteDirectory: siteDirectory, includeDrafts: includeDrafts, baseURL: baseURL, watching: true, keepingBriefings: true,
            isParsed: { parsed.value.knows(path: $0, contentHash: $1) },
            loadingKnown: { FileHashes.load(from: cacheFolder) })
        let (inputs, fileHashes) = (hashing.value, hashing.hashes)
        let saved = InputFingerprint.load(from: fingerprintURL)
        // Nothing changed since the last build: its output is most likely intact, and the build
        // then ends without the watch (freed beside the check of the output, not at the exit),
        // and without the spare tree's listing that `brief build` began, stopped where it is: it
        // held one core of two while the check of the output stat'ed its files in two halves.
        // (Should the output not be intact after all, the staging tree lists the spare when it
        // makes its tree.) `brief serve` has not begun it, and begins it only if the check fails.
        let unchanged = saved?.value == inputs
        if unchanged {
            hashing.watch?.stop()
            if keepsResultsUntilExit { spareListing.withdraw() }
        } else {
            spareListing.open(true)
        }
        let lastManifest = unchanged ? OutputManifest.load(from: OutputManifest.url(in: cacheFolder, for: outputDirectory)) : nil
        if unchanged, let saved, let lastManifest, lastManifest.isWhollyIntact(in: OutputFolder(outputDirectory), fileCount: saved.fileCount) {
            spareListing.open(false)
            // Files read again (changed just before the last hashing) need not be next time.
            if fileHashes.filesRead > 0 { fileHashes.save(to: cacheFolder) }
            if keepsResultsUntilExit {
                // The cache read ahead and the manifest are not freed one by one on return
                // (about 4 ms of a 45 ms no-change build, mostly unmapping the cache).
                LeftForExit.keep((reuse, lastManifest))
            } else {
                // A process that goes on (`brief serve`) does not leave it reading past the
                // build (its gate kept the spare tree's listing from starting).
                _ = await reuse.value
            }
            observer?.stageFinished(.load, duration: clock.now - start)
            var report = BuildReport(
                briefingCount: saved.briefingCount, fileCount: saved.fileCount,
                duration: clock.now - start, outputDirectory: outputDirectory, baseURL: saved.baseURL)
            report.warnings = saved.warnings
            return report
        }
        // This build may change the output: the saved fingerprint no longer describes it.
        spareListing.open(true)
        // Made beside the loading: the site-wide merge, which reads it, runs on one core.
        Task.detached(priority: .userInitiated) { _ = EntityJoins.known }
        InputFingerprint.remove(at: fingerprintURL)

        // 1. Load.
        var diagnostics: [Diagnostic] = []
        var content: SiteContent?
        var memo: ParsedBriefings? = parsed.take()
        // With no parsed briefings to take (a first build, or one after the cache was deleted),
        // every briefing will be annotated: the annotator's tables are made beside the loading,
        // not by the first annotating thread while the other waits for them.
        if memo?.isEmpty ?? true { Task.detached(priority: .userInitiated) { Annotator.prepare() } }
        var loader = ContentLoader(siteDirectory: siteDirectory, includeDrafts: includeDrafts)
        loader.memo = memo
        loader.knownHashes = hashing.files
        loader.listedFiles = hashing.listedContent
        // The briefings the hashing read are parsed from its bytes (not read twice), then let go.
        loader.readFiles = hashing.briefingBytes
        hashing.briefingBytes = nil
        do { content = try loader.load() } catch {
            diagnostics += error.diagnostics
        }
        loader.readFiles = nil
        var theme: Theme?
        var renderer: PageRenderer?
        do {
            let loaded = try Theme.load(siteDirectory: siteDirectory)
            renderer = try PageRenderer(theme: loaded)
            theme = loaded
        } catch {
            diagnostics += error.diagnostics
        }
        let staticFolder = FileTree.staticFolder(of: siteDirectory)
        diagnostics += staticFolder.unreadable
        guard diagnostics.isEmpty, var loaded = content, let renderer, let theme else {
            // Not left running past the build (the next one, in `brief serve`, reads the same files).
            _ = await reuse.value
            throw ContentErrors(diagnostics)
        }
        // One owner of the briefings' texts, so they go once rendered (`build(_:...)`).
        content = nil
        if let baseURL { loaded.config.baseURL = baseURL }
        // Everything the output is made from has been read now (static files are copied by an
        // identity the fingerprint holds), so the inputs are hashed again now, beside the build:
        // the fingerprint is saved at the end only when nothing changed between the two
        // hashings, i.e. the build read what it fingerprinted. A change after this cannot be in
        // the output, and the next build's fingerprint tells it. Only files changed since (or
        // just before) the first hashing are read again.
        // Where every folder read was watched and nothing changed since (`FolderWatch`), the first
        // hashing stands as it is, and the inputs are not walked again.
        let firstHashing = InputFingerprint.Hashing(value: inputs, files: [:], hashes: fileHashes, content: [], watch: hashing.watch)
        let inputsNow = Task.detached { [siteDirectory, includeDrafts, baseURL] in
            let mayHaveChanged = firstHashing.mayHaveChanged
            // Asked once: freed now, beside the build, not at its end.
            firstHashing.watch?.stop()
            if !mayHaveChanged { return firstHashing }
            return InputFingerprint.hashWithFiles(
                siteDirectory: siteDirectory, includeDrafts: includeDrafts, baseURL: baseURL, known: fileHashes, listingFiles: false)
        }
        // Saved now (what each file parses to holds whatever the build does next), beside the
        // build, then let go; its warning is awaited at the end.
        let memoSave = memo.map { memo in Task.detached { memo.save() } }
        let sources = memo?.sourceKeys() ?? [:]
        let parsedCount = memo?.parsedCount ?? loaded.briefings.count
        loader.memo = nil
        memo = nil
        // Loading's scratch (file buffers, the memo's encoding) is freed now: handed back before
        // annotation, whose results would otherwise sit on top of it for the rest of the build.
        // Not when few briefings were parsed (an edit's rebuild): there is little to hand back,
        // and the pages purged would only be faulted in again by the next stage.
        if MemoryRelease.isWorthTrimming(made: parsedCount, of: loaded.briefings.count) { MemoryRelease.trim() }
        var stageStart = start
        func finished(_ stage: BuildStage) {
            observer?.stageFinished(stage, duration: clock.now - stageStart)
            stageStart = clock.now
        }
        finished(.load)

        // 2. Per briefing, in parallel: parse and annotate; then merge entities site-wide; then
        // weave, render and make each page, again in parallel.
        let registry = EntityRegistry(notes: loaded.entityNotes)
        var briefingRenderer = BriefingRenderer(config: loaded.config, registry: registry)
        briefingRenderer.links = LinkResolver(briefings: loaded.briefings)
        // What the last build left (cache, output manifest) decides what is done again.
        let session = await BuildSession(
            keys: CacheKeys(
                config: loaded.config, registry: briefingRenderer.registryDependence, theme: theme, includeDrafts: includeDrafts,
                sources: sources),
            reuse: reuse.value)
        // From here on, changed files are written into a temp tree as they are made; any failure
        // removes it and leaves the output as it was.
        do {
            let report = try await build(&loaded, session: session, renderer: renderer, briefingRenderer: briefingRenderer,
                theme: theme, staticFiles: staticFolder.files, registry: registry, inputs: inputs, inputsNow: inputsNow, memoSave: memoSave,
                start: start, stageStart: stageStart)
            // The loading's tables (the input walk's files and hashes, the loader's listing) and
            // the renderers are not freed one by one on return either (`LeftForExit`).
            if keepsResultsUntilExit { LeftForExit.keep((hashing, loader, loaded, renderer, briefingRenderer, theme, registry)) }
            return report
        } catch {
            session.staging.discard()
            session.cacheWriter.discard()
            // Not left writing past the build (the process may exit at once).
            _ = await memoSave?.value
            _ = await inputsNow.value
            throw error
        }
    }

    private func build(
        _ content: inout SiteContent, session: BuildSession, renderer: PageRenderer, briefingRenderer: BriefingRenderer,
        theme: Theme, staticFiles: [(path: String, url: URL)], registry: EntityRegistry, inputs: UInt64,
        inputsNow: Task<InputFingerprint.Hashing, Never>, memoSave: Task<String?, Never>?,
        start: ContinuousClock.Instant, stageStart: ContinuousClock.Instant
    ) async throws -> BuildReport {
        let clock = ContinuousClock()
        var stageStart = stageStart
        func finished(_ stage: BuildStage) {
            observer?.stageFinished(stage, duration: clock.now - stageStart)
            stageStart = clock.now
        }
        let site = SiteContext(config: content.config)
        // Which of the registry's names each briefing's words touch, as the last build found them.
        let registryTable = session.keys.registry.isEmpty
            ? nil : RegistryGroups.load(from: session.cacheFolder, words: session.keys.registryWords)
        var annotated = await session.annotate(content.briefings, with: briefingRenderer, registryGroups: registryTable, observer: observer)
        let registryGroups = Self.registryGroupsToSave(annotated, loaded: registryTable, keys: session.keys)
        // The annotated briefings hold the texts now: each goes once its page is made.
        content.briefings = []
        let merge = SiteEntities(summaries: annotated.map(\.annotated.summary), notes: content.entityNotes)
        let outputs = await session.render(&annotated, with: briefingRenderer, entities: merge, pages: renderer, site: site, config: content.config)
        // Likewise when few pages were rendered: the site pages will be few too.
        let renderedCount = outputs.count { if case .unchanged = $0.page.source { false } else { true } }
        if MemoryRelease.isWorthTrimming(made: renderedCount, of: outputs.count) { MemoryRelease.trim() }
        finished(.render)

        // 3. Site pages from summaries: the groups below share nothing but read-only inputs, so
        // they run at once (the large single files would otherwise leave a core idle).
        var model = SiteModel(briefings: outputs.map(\.summary), merge: merge)
        // Links in entity notes lead where a briefing's would (set only when a note has any).
        if let links = briefingRenderer.links, let resolved = EntityNoteLinks.resolved(model.entities, links: links, merge: merge) {
            model.entities = resolved
        }
        let pages = SitePages(site: site, config: content.config, renderer: renderer)
        // Pages made from all summaries are made again only when what they show changed.
        let cardKeys = outputs.map(\.cardKey)
        let cards = GroupKeys.cards(model.briefings, cardKeys: cardKeys)
        var files = await Self.plannedSitePages(
            model, outputs: outputs, cards: cards, cardKeys: cardKeys, pages: pages, session: session, assets: theme.assetFiles)
        files += outputs.map(\.page)
        // A site's own robots.txt or 404.html in static/ wins over the generated one.
        let staticPaths = Set(staticFiles.map(\.path))
        // Last: the sitemap lists every page made so far.
        let summaries = model.briefings
        let paths = files.map(\.path)
        let feedInputs = GroupKeys.feed(cards: cards, paths: paths, overridden: SitePages.replaceableByStatic.intersection(staticPaths))
        files += session.keyedGroup("feeds", templates: [], inputs: feedInputs) { pages.feedFiles(summaries, pages: paths) }
        finished(.pages)

        // 4. Write: only changed files; unchanged ones are linked from the current output.
        files.removeAll { SitePages.replaceableByStatic.contains($0.path) && staticPaths.contains($0.path) }
        try Self.checkStaticConflicts(staticFiles, generated: files.map(\.path))
        files += staticFiles.map { PlannedFile.copied($0, manifest: session.manifest, output: session.staging.current) }
        // Not sorted: the tree is completed path by path in any order (the manifest is a table),
        // and sorting 12,000 paths was a serial few milliseconds at the very end of a rebuild.
        let cacheSave = session.saveCache(outputs)
        // The input files' hashes (what the second hashing found) are a table of content hashes
        // by file identity, right whatever this build does: saved beside the completion of the
        // tree too, when the inputs did not change during the build (else the next build reads
        // the changed files again anyway).
        let hashesSave = Task.detached { [cacheFolder = session.cacheFolder] in
            let now = await inputsNow.value
            if now.value == inputs { now.hashes.save(to: cacheFolder) }
            return now.value
        }
        let written: OutputManifest
        do { written = try session.staging.finish(files) } catch {
            // Done before the caller discards the cache writer's files.
            _ = await cacheSave.value
            _ = await hashesSave.value
            throw error
        }
        let cacheWarning = await cacheSave.value
        registryGroups?.save(to: session.cacheFolder)
        finished(.write)
        var report = BuildReport(
            briefingCount: outputs.count, fileCount: files.count,
            duration: clock.now - start, outputDirectory: outputDirectory, baseURL: content.config.baseURL)
        // A file's warning comes first. The content's warnings are saved with the fingerprint (a
        // build that finds nothing changed says them again); a warning of the build itself (a
        // cache it could not write) saves no fingerprint, so the next build does its work again.
        let contentWarnings = content.warnings.map(\.warningDescription)
        var buildWarnings = session.finish(cacheWarning: cacheWarning, manifest: written)
        if let memoWarning = await memoSave?.value { buildWarnings.append(memoWarning) }
        report.warnings = contentWarnings + buildWarnings
        if await hashesSave.value == inputs, buildWarnings.isEmpty {
            InputFingerprint(
                value: inputs, briefingCount: report.briefingCount, fileCount: report.fileCount, baseURL: report.baseURL,
                warnings: contentWarnings
            ).save(to: InputFingerprint.url(in: session.cacheFolder, for: outputDirectory))
        }
        if keepsResultsUntilExit { LeftForExit.keep((outputs, model, session, files, written)) }
        return report
    }

    /// Every site page but the feeds and sitemap (which list the others), made in concurrent
    /// lanes; each file is written into the staging tree as made. The files come back in lane
    /// order, so the result does not depend on timing.
    private static func plannedSitePages(
        _ model: SiteModel, outputs: [BuildSession.Rendered], cards: UInt64, cardKeys: [UInt64], pages: SitePages, session: BuildSession,
        assets: [OutputFile]
    ) async -> [PlannedFile] {
        let summaries = model.briefings
        let staging = session.staging
        // Five lanes, for the pool to spread over the cores: the data files and the quotes pages
        // one after another, the search index (its shards and chunks, each rewritten only when
        // its bytes change), the entity pages, the index pages, and the tag, archive and small
        // pages.
        let groups: [@Sendable () async -> [PlannedFile]] = [
            {
                session.plannedDataFiles(model, outputs)
                    + session.keyedPages("quotes", templates: [QuotesPage.templateName], inputs: GroupKeys.quotes(model, cards: cards)) { emit in pages.quotesPages(model, emit: emit) }
            },
            { session.plannedSearchFiles(outputs, model: model, pages: pages) },
            { await pages.plannedEntityPages(model, cardKeys: cardKeys, session: session) },
            { pages.plannedIndexPages(summaries, cardKeys: cardKeys, session: session) },
            {
                pages.plannedTagPages(summaries, cardKeys: cardKeys, session: session)
                    + session.keyedPages("archive", templates: [ArchivePage.templateName], inputs: cards) { emit in
                        emit(ArchivePage.path, pages.archivePage(summaries))
                    }
                    + session.keyedGroup("entities", templates: [EntitiesPage.templateName], inputs: GroupKeys.entities(model)) { [pages.entitiesIndex(model)] }
                    + (assets + [pages.notFoundPage()]).map { PlannedFile.generated($0, staging: staging) }
            },
        ]
        return await withTaskGroup(of: (Int, [PlannedFile]).self) { group in
            for (index, make) in groups.enumerated() {
                group.addTask { (index, await make()) }
            }
            var made = [[PlannedFile]](repeating: [], count: groups.count)
            for await (index, files) in group { made[index] = files }
            return made.flatMap { $0 }
        }
    }

    /// This build's table of the registry groups each briefing touches, when it differs from the
    /// one loaded (a briefing added or edited, other first words); nil without a registry or
    /// when the loaded one holds just these.
    static func registryGroupsToSave(_ annotated: [BuildSession.Annotated], loaded: RegistryGroups?, keys: CacheKeys) -> RegistryGroups? {
        guard !keys.registry.isEmpty else { return nil }
        var groups: [UInt64: [Int32]] = [:]
        groups.reserveCapacity(annotated.count)
        for item in annotated { groups[item.key] = item.registryGroups }
        if let loaded, loaded.groups == groups { return nil }
        return RegistryGroups(words: keys.registryWords, groups: groups)
    }

    /// A static file may not replace a generated one (but those it may, `replaceableByStatic`).
    static func checkStaticConflicts(_ staticFiles: [(path: String, url: URL)], generated: [String]) throws(ContentErrors) {
        guard !staticFiles.isEmpty else { return }
        let generatedPaths = Set(generated).subtracting(SitePages.replaceableByStatic)
        let conflicts = staticFiles.filter { GeneratedPaths.isGenerated($0.path, in: generatedPaths) }.map {
            Diagnostic(path: "static/\($0.path)", message: "would replace the generated \($0.path); rename or remove it")
        }
        if !conflicts.isEmpty { throw ContentErrors(conflicts) }
    }

}

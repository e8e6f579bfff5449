import BriefAnnotate
import BriefContent
import BriefMarkdown
import Foundation

/// `brief check` as a library: everything a build checks, and links, without writing anything.
///
/// Errors: every problem `brief build` reports (brief.yml, front matter, duplicate slugs,
/// templates, static files that would replace generated ones), links to briefing source files
/// that are no published briefing, links whose `#fragment` names no heading or quote of the
/// briefing they lead to (in an entity note's body, `#fragment` links that name no heading of the
/// note or fixed id of its page), and `entity:` links that lead to no entity page.
/// Warnings: entity notes (`content/entities/*.md`) that no entity seen in any briefing joins.
/// Both are decided by the build's own site-wide merge (`SiteEntities`: notes, known names,
/// acronyms, plurals, surnames) of what the build's annotator finds, so check and build agree.
/// The entity checks need the annotator; when it finds no entity anywhere in the site (as
/// before entity recognition exists) they are skipped and `entityChecksSkipped` says so.
public struct SiteChecker: Sendable {
    public var siteDirectory: URL
    public var includeDrafts: Bool

    /// The outcome: problems in path and line order.
    public struct Result: Sendable {
        public var problems: [CheckProblem]
        /// True when no entity was found, so entity links and notes could not be checked.
        public var entityChecksSkipped: Bool
        public var briefingCount: Int
        /// Any problem of severity error.
        public var hasErrors: Bool { problems.contains { $0.severity == .error } }
    }

    public init(siteDirectory: URL, includeDrafts: Bool = false) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.includeDrafts = includeDrafts
    }

    /// Runs every check; briefings are parsed and annotated in parallel.
    public func check() async -> Result {
        let inspection = ContentLoader(siteDirectory: siteDirectory, includeDrafts: includeDrafts).inspect()
        var problems = inspection.diagnostics.map { diagnostic in
            var problem = CheckProblem(diagnostic)
            // The build names the file of a duplicate slug; point at its `slug:` line when it has one.
            if problem.line == nil, problem.message.hasPrefix("slug `") {
                problem.line = Self.frontMatterLine(ofKey: "slug", inFile: siteDirectory.appendingPathComponent(problem.path))
            }
            return problem
        }
        problems += inspection.warnings.map {
            CheckProblem(path: $0.path, line: $0.line, severity: .warning, message: $0.message)
        }

        var noteProblems: [CheckProblem] = []
        let notes = EntityNoteFile.loadAll(siteDirectory: siteDirectory, problems: &noteProblems)
        problems += noteProblems
        // An ignored note has no page to link into.
        for note in notes where !note.ignores { problems += Self.fragmentProblems(ofNote: note) }

        let staticFolder = FileTree.staticFolder(of: siteDirectory)
        problems += staticFolder.unreadable.map(CheckProblem.init)
        let resolver = LinkResolver(
            briefings: inspection.briefings, leftOutDrafts: inspection.leftOutDrafts, staticFiles: Set(staticFolder.files.map(\.path)))
        // The build's notes, registry and merge: check says what the build will do.
        let annotator = Annotator(registry: EntityRegistry(notes: inspection.entityNotes))
        let options = BriefingRenderer(config: inspection.config).markdownOptions
        let unloadable = Set(inspection.diagnostics.map(\.path))
        let scans = await withTaskGroup(of: BriefingScan.self) { group in
            for briefing in inspection.briefings {
                group.addTask {
                    BriefingScan(
                        briefing, resolver: resolver, annotator: annotator, options: options,
                        siteDirectory: siteDirectory, unloadable: unloadable)
                }
            }
            var all: [BriefingScan] = []
            for await scan in group { all.append(scan) }
            return all
        }
        let skipped = scans.allSatisfy { $0.summary.entities.isEmpty }
        // The build's site-wide merge (`SiteEntities`): the known other names of countries and
        // organisations, acronyms, GROUP plurals and surnames join as they will on the site.
        let merge = SiteEntities(summaries: scans.map(\.summary), notes: inspection.entityNotes)
        // An ignored entity gets no page, so the build shows links to it as text.
        let ignored = Set(inspection.entityNotes.filter(\.ignore).map(\.id))
        let pageIDs = Set(merge.byID.keys).subtracting(ignored)
        problems += themeAndStaticProblems(briefings: inspection.briefings, config: inspection.config, entityIDs: pageIDs, staticFiles: staticFolder.files)
        for note in notes where !note.ignores {
            problems += Self.linkProblems(
                ofNote: note, resolver: resolver, leadsSomewhere: { merge.linkTarget($0) != nil }, ignored: ignored,
                entityChecksSkipped: skipped)
        }
        let scansBySlug = Dictionary(scans.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for scan in scans {
            problems += scan.linkProblems
            problems += Self.fragmentProblems(of: scan, scansBySlug: scansBySlug)
            if !skipped {
                // Resolved as the build resolves the links it writes (`LinkResolver.rewrite`).
                for link in scan.entityLinks where merge.linkTarget(link.id) == nil {
                    problems.append(CheckProblem(
                        path: scan.path, line: link.line,
                        message: ignored.contains(EntityID.sanitize(link.id))
                            ? "link to entity `\(link.id)` leads nowhere: its entity note says `ignore: true`"
                            : "link to entity `\(link.id)` leads nowhere: no briefing mentions an entity with that id and no entity note has it"))
                }
            }
        }
        if !skipped {
            // A note is used when some briefing's entity joins its page, by its own names or a rule.
            for note in inspection.entityNotes where !note.ignore && (merge.byID[note.id]?.briefingCount ?? 0) == 0 {
                problems.append(CheckProblem(
                    path: note.path, line: 1, severity: .warning,
                    message: "entity note `\(note.id)` (\(note.name)) names no entity seen in any briefing; check its name and aliases"))
            }
        }
        return Result(problems: problems.sorted(by: CheckProblem.ordered), entityChecksSkipped: skipped, briefingCount: inspection.briefings.count)
    }

    /// Links to an element of a briefing's page (`other.md#reactions`, `#reactions`) whose
    /// fragment names no heading, quote or other id of that page.
    static func fragmentProblems(of scan: BriefingScan, scansBySlug: [String: BriefingScan]) -> [CheckProblem] {
        scan.fragmentLinks.compactMap { link in
            guard let target = scansBySlug[link.slug], !target.anchors.contains(link.fragment) else { return nil }
            let place = target.path == scan.path ? "this briefing" : target.path
            return missingFragment(
                link, in: scan.path, place: "\(place) has no heading or quote", headingIDs: target.headingIDs, named: "its headings' ids")
        }
    }

    /// Links in an entity note's body to an element of its own page (`#background`) whose
    /// fragment names no heading of the note or fixed id of the page (`EntityNoteAnchors`).
    static func fragmentProblems(ofNote note: EntityNoteFile) -> [CheckProblem] {
        // Most notes are a line or two without a `#`: nothing to parse.
        guard note.body.utf8.contains(UInt8(ascii: "#")) else { return [] }
        let document = MarkdownDocument(note.body, options: [])
        let headingIDs = document.headingIDs(isReserved: EntityNoteAnchors.isReserved)
        let anchors = EntityNoteAnchors.ids(headingIDs: headingIDs)
        return document.links.compactMap { written in
            guard !written.isImage, written.destination.hasPrefix("#"), written.destination.count > 1 else { return nil }
            let link = BriefingScan.FragmentLink(
                written.destination, slug: note.id, fragment: String(written.destination.dropFirst()),
                line: written.line > 0 ? written.line + note.bodyLineOffset : nil)
            guard !anchors.contains(link.fragment) else { return nil }
            return missingFragment(
                link, in: note.path, place: "this entity page has no heading", headingIDs: headingIDs, named: "its note's headings' ids")
        }
    }

    /// The problem of `link`, in the file `path`, whose fragment names nothing: `place` says what
    /// has no such id, then the first of `headingIDs` are listed as `named`.
    private static func missingFragment(
        _ link: BriefingScan.FragmentLink, in path: String, place: String, headingIDs: [String], named: String
    ) -> CheckProblem {
        var message = "link to `\(link.destination)` leads nowhere: \(place) with the id `\(link.fragment)`"
        if !headingIDs.isEmpty {
            let shown = headingIDs.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
            message += "; \(named): \(shown)\(headingIDs.count > 8 ? ", ..." : "")"
        }
        return CheckProblem(path: path, line: link.line, message: message)
    }

    /// The line of `key:` in a file's front matter, if the file opens with one and sets the key.
    static func frontMatterLine(ofKey key: String, inFile url: URL) -> Int? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespacesAndNewlines) == "---" else { return nil }
        for (index, line) in lines.enumerated().dropFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed == "---" || trimmed == "..." { return nil }
            if line.hasPrefix(key + ":") { return index + 1 }
        }
        return nil
    }

    /// Template errors, and static files that would replace generated pages or assets: any
    /// file the build would write (`GeneratedPaths`), `entityIDs` being the entity pages.
    private func themeAndStaticProblems(
        briefings: [Briefing], config: SiteConfig, entityIDs: Set<String>, staticFiles: [(path: String, url: URL)]
    ) -> [CheckProblem] {
        let theme: Theme
        do {
            theme = try Theme.load(siteDirectory: siteDirectory)
            _ = try PageRenderer(theme: theme)
        } catch {
            return error.diagnostics.map(CheckProblem.init)
        }
        let generated = GeneratedPaths.all(briefings: briefings, config: config, entityIDs: entityIDs, assets: theme.assetFiles)
        do {
            try SiteBuilder.checkStaticConflicts(staticFiles, generated: generated)
            return []
        } catch {
            return error.diagnostics.map(CheckProblem.init)
        }
    }
}

import BriefMarkdown
import Foundation

/// Reads a site directory: `brief.yml`, then every briefing under `content/`.
///
/// All problems are collected and thrown together as `ContentErrors`; nothing is half-loaded.
public struct ContentLoader: Sendable {
    /// The folder under `content/` kept for entity notes; briefings are not read from it.
    public static let entitiesFolder = "entities"

    public var siteDirectory: URL
    public var includeDrafts: Bool
    /// Briefings parsed by earlier builds, asked before a file is parsed (nil: parse every file).
    public var memo: (any BriefingMemo)?
    /// Content hashes of files by path relative to the site (made by a pass that read them just
    /// before, for the memo's `briefing(path:contentHash:)`): a remembered file is not read again.
    /// Keyed by the path's bytes: two names that differ only in Unicode normalization are two files.
    public var knownHashes: [PathKey: UInt64] = [:]
    /// Bytes of briefing files by path relative to the site, as the pass that hashed them read
    /// them (`InputFingerprint.hashWithFiles(keepingBriefings:)`): parsed from these, not read
    /// again, so what is parsed is exactly what was hashed. Each file's bytes are taken from it
    /// (and so let go) as the file is parsed. Set it nil once loaded.
    public var readFiles: KeptFiles?
    /// Every file and link under content/ (hidden ones too; folders and special files too, for
    /// their warnings), relative to it and sorted by path, as an earlier walk found them: the
    /// briefings are picked from it instead of walking content/ again. Nil: `load` walks it.
    public var listedFiles: [ListedFile]?

    /// A file, symbolic link, folder or special file under content/, as a walk listed it.
    public struct ListedFile: Sendable {
        /// Relative to content/, `/`-separated.
        public var path: String
        public var kind: DirectoryWalk.Kind
        public var isLink: Bool { kind == .link }

        public init(path: String, kind: DirectoryWalk.Kind) {
            self.path = path
            self.kind = kind
        }
    }

    /// Reads the site at `siteDirectory`; drafts are skipped unless `includeDrafts`.
    public init(siteDirectory: URL, includeDrafts: Bool = false) {
        self.siteDirectory = siteDirectory
        self.includeDrafts = includeDrafts
    }

    /// Loads config and briefings, or throws every problem found.
    public func load() throws(ContentErrors) -> SiteContent {
        let found = inspect()
        if !found.diagnostics.isEmpty { throw ContentErrors(found.diagnostics) }
        return SiteContent(config: found.config, briefings: found.briefings, entityNotes: found.entityNotes, warnings: found.warnings)
    }

    /// Everything `load()` reads and every problem it finds, without throwing: what loaded
    /// despite problems elsewhere, for `brief check`, which goes on to check links.
    public func inspect() -> ContentInspection {
        var diagnostics: [Diagnostic] = []
        let config = loadConfig(diagnostics: &diagnostics)
        var briefings: [Briefing] = []
        var drafts: [Briefing] = []
        let (files, links, skipped) = briefingPaths()
        diagnostics += links.map {
            Diagnostic(path: relativePath(Self.fileURL($0)), message: "is a symbolic link; brief does not follow links under content/ (copy the file or folder in instead)")
        }
        // Skipped, as nothing brief could read, but never in silence: a FIFO or a folder named
        // `x.md` is no briefing, whatever its name says. A folder that cannot be opened is an
        // error: its briefings would drop out of the published site (`isLoss`).
        var warnings: [Diagnostic] = []
        for entry in skipped {
            let problem = Diagnostic(path: relativePath(Self.fileURL(entry.path)), message: Self.skippedMessage(entry.kind))
            if Self.isLoss(entry.kind) { diagnostics.append(problem) } else { warnings.append(problem) }
        }
        // Files are read and parsed in parallel (each on its own), then taken in path order.
        let memo = self.memo
        let prefix = sitePrefix()
        // Warnings do not stop the build; a file with one is not remembered by the memo, so
        // every build reads it again and repeats the warning until the file changes.
        var results = ParallelMap.map(files) { fullPath -> (Briefing?, [Diagnostic], [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            var warnings: [Diagnostic] = []
            let path = Self.relativePath(fullPath: fullPath, sitePrefix: prefix)
            if let memo, let hash = knownHashes[PathKey(path)], let known = memo.briefing(path: path, contentHash: hash) {
                // Bytes kept of it are not needed: let go now, not when the load ends.
                _ = readFiles?.take(path)
                return (known, [], [])
            }
            // Not known: read and parsed. A `URL` is made only for a name that is not plain
            // (`FileName.plainParts`), and the diagnostics' path is `path`: making a URL and
            // standardizing the site's per file was a tenth of loading.
            let kept = readFiles?.take(path)
            guard let data = kept ?? DirectoryWalk.contents(of: fullPath) else {
                return (nil, [Diagnostic(path: path, message: "cannot read the file")], [])
            }
            // Bytes the hashing pass read are the bytes it hashed: the memo is told their hash
            // rather than hashing them twice more (to ask, then to remember). Read here: not known.
            let hashOfBytes = kept == nil ? nil : knownHashes[PathKey(path)]
            if let memo, let known = data.withUnsafeBytes({ memo.briefing(path: path, bytes: $0, contentHash: hashOfBytes) }) {
                return (known, [], [])
            }
            let parts = FileName.plainParts(of: fullPath)
            let stem = parts.map { String($0.stem) } ?? FileName.stem(of: Self.fileURL(fullPath), path: fullPath)
            let pathExtension = parts.map({ $0.pathExtension.lowercased() }) ?? FileName.lowercasedExtension(of: Self.fileURL(fullPath), path: fullPath)
            let loaded: Briefing?
            if pathExtension != "txt", let read = Self.markdownBriefing(bytes: data, stem: stem, path: path, diagnostics: &diagnostics) {
                loaded = read
            } else {
                guard let text = Self.text(of: data, path: path, diagnostics: &diagnostics) else { return (nil, diagnostics, []) }
                switch pathExtension {
                case "txt":
                    loaded = Self.rawBriefing(text, stem: stem, path: path, diagnostics: &diagnostics, warnings: &warnings)
                default: loaded = Self.markdownBriefing(text, stem: stem, path: path, diagnostics: &diagnostics)
                }
            }
            if let memo, let loaded, diagnostics.isEmpty, warnings.isEmpty {
                data.withUnsafeBytes { memo.remember(loaded, path: path, bytes: $0, contentHash: hashOfBytes) }
            }
            return (loaded, diagnostics, warnings)
        }
        // Taken out in path order without a copy of each briefing (a copy retains every field).
        results.reverse()
        while let (loaded, problems, cautions) = results.popLast() {
            diagnostics += problems
            warnings += cautions
            guard let loaded else { continue }
            if includeDrafts || !loaded.draft { briefings.append(loaded) } else { drafts.append(loaded) }
        }
        diagnostics += Self.slugCollisions(in: briefings)
        briefings.permute(into: briefings.withUnsafeBufferPointer(Briefing.latestFirstOrder))
        let notes = loadEntityNotes(diagnostics: &diagnostics, warnings: &warnings)
        return ContentInspection(
            config: config, briefings: briefings, leftOutDrafts: drafts,
            entityNotes: notes, diagnostics: ContentErrors(diagnostics).diagnostics, warnings: warnings)
    }

    private func loadConfig(diagnostics: inout [Diagnostic]) -> SiteConfig {
        let url = siteDirectory.appendingPathComponent(SiteConfig.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.append(Diagnostic(path: SiteConfig.fileName, message: "no brief.yml in \(siteDirectory.path); is this a brief site? (use --site DIR)"))
            return SiteConfig()
        }
        guard let text = readText(url, diagnostics: &diagnostics) else { return SiteConfig() }
        return SiteConfig(parsing: text, path: SiteConfig.fileName, diagnostics: &diagnostics)
    }

    /// `.md`, `.markdown` and `.txt` files under content/, outside content/entities/ and hidden
    /// folders, in path order so builds are deterministic; and the symbolic links found there,
    /// which are never followed (a link could publish any file on the machine, or loop).
    func briefingFiles() -> (files: [URL], links: [URL]) {
        let (files, links, _) = briefingPaths()
        return (files.map(Self.fileURL), links.map(Self.fileURL))
    }

    /// The warning for an entry `briefingPaths` skipped: a special file, a folder named like a
    /// briefing, or a folder that cannot be opened (also one of templates/ or static/, there
    /// an error too: `FileTree.read`).
    public static func skippedMessage(_ kind: DirectoryWalk.Kind) -> String {
        switch kind {
        case .folder: "is a folder, not a briefing file, though named like one (the files in it are read as in any other folder)"
        // Only a file at a folder's place is no folder (`content`, `static`, `templates` as files).
        case .unreadable(ENOTDIR):
            "is a file, not a folder: brief reads a folder of files by this name; rename or remove the file"
        case .unreadable(let error):
            "is a folder brief cannot open (\(String(cString: strerror(error)))): the files in it would be left out of the site"
        case .invalidName:
            "has a name that is not valid UTF-8 (its bad bytes shown as \\xHH, a backslash as \\\\): brief reads names as UTF-8 text, so it cannot read this file or folder; rename it"
        case .file, .link, .special:
            "is not a regular file (a FIFO, socket or device); brief reads only regular files, so it is skipped"
        }
    }

    /// Whether skipping an entry of this kind would lose content: a folder that cannot be opened
    /// may hold briefings or notes, which a build would silently take off the published site
    /// (a permission slip in CI, no file descriptor left). An error, so the build stops and the
    /// last output stays; a FIFO or a folder named `x.md` is only a warning (nothing is lost).
    /// A name that is not valid UTF-8 is one too, whatever it names: brief cannot open it by
    /// its name as read, so a briefing, a folder of them, a template or a static file would go.
    public static func isLoss(_ kind: DirectoryWalk.Kind) -> Bool {
        switch kind {
        case .unreadable, .invalidName: true
        case .file, .link, .folder, .special: false
        }
    }

    /// The file URL of a full path from `briefingPaths`.
    static func fileURL(_ path: String) -> URL { URL(fileURLWithPath: path, isDirectory: false) }

    /// `briefingFiles()` as full paths: a build makes no `URL` for a file its memo knows (ten
    /// thousand of them were a serial tenth of a one-file edit's loading). `skipped`: the special
    /// files (FIFOs, sockets, devices) and the folders named like a briefing (`x.md/`) there,
    /// which are read as no briefing and warned of, and the folders that cannot be opened (no
    /// permission): content/ itself, as "", or any below it but content/entities/ (the notes'
    /// own walk says that one).
    func briefingPaths() -> (files: [String], links: [String], skipped: [(path: String, kind: DirectoryWalk.Kind)]) {
        let content = siteDirectory.appendingPathComponent("content", isDirectory: true)
        let base = content.standardizedFileURL.path
        var files: [String] = []
        var links: [String] = []
        var skipped: [(path: String, kind: DirectoryWalk.Kind)] = []
        func take(_ path: String, kind: DirectoryWalk.Kind) {
            switch kind {
            case .link: links.append(StringJoin.join(base, UInt8(ascii: "/"), path))
            case .file: if Self.hasBriefingExtension(path) { files.append(StringJoin.join(base, UInt8(ascii: "/"), path)) }
            case .folder: if Self.hasBriefingExtension(path) { skipped.append((StringJoin.join(base, UInt8(ascii: "/"), path), kind)) }
            case .special, .invalidName: skipped.append((StringJoin.join(base, UInt8(ascii: "/"), path), kind))
            case .unreadable:
                if path == Self.entitiesFolder { break }
                skipped.append((path.isEmpty ? base : StringJoin.join(base, UInt8(ascii: "/"), path), kind))
            }
        }
        if let listedFiles {
            // What the walk below would find: no hidden names, nothing under content/entities/.
            for file in listedFiles where !Self.isHidden(file.path) && !Self.isInEntitiesFolder(file.path) {
                take(file.path, kind: file.kind)
            }
            return (files, links, skipped)
        }
        let walked = DirectoryWalk.entries(
            under: base, skipHidden: true, includeFolders: true, includeSpecial: true, skipFolder: { $0 == Self.entitiesFolder })
        for entry in walked { take(entry.path, kind: entry.kind) }
        return (files, links, skipped)
    }

    /// Whether a name of `path` (`/`-separated) starts with a dot, by the walk's own test
    /// (`hasPrefix(".")`, by Character: a dot with a combining mark on it is no dot).
    static func isHidden(_ path: String) -> Bool {
        // Over a native string's bytes in place (splitting made an array of the names: this
        // runs for every content file of every build); a dot before a non-ASCII byte is left
        // to the general way below.
        let inPlace: Bool?? = path.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var atNameStart = true
            for index in bytes.indices {
                let byte = bytes[index]
                if atNameStart, byte == UInt8(ascii: ".") {
                    if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return nil }
                    return true
                }
                atNameStart = byte == UInt8(ascii: "/")
            }
            return false
        }
        if let inPlace, let found = inPlace { return found }
        return path.utf8.split(separator: UInt8(ascii: "/")).contains { name in
            // Only a name whose first byte is a dot can start with a dot Character; it does
            // unless a non-ASCII byte (a combining mark) follows.
            guard name.first == UInt8(ascii: ".") else { return false }
            guard let next = name.dropFirst().first, next >= 0x80 else { return true }
            return String(Substring(name)).hasPrefix(".")
        }
    }

    /// Whether `path`'s first name is the entity notes' folder, as the walk tells it (`==`).
    static func isInEntitiesFolder(_ path: String) -> Bool {
        guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return false }
        return String(path[..<slash]) == entitiesFolder
    }

    /// Whether the name in `path` ends in `.md`, `.markdown` or `.txt`, in any case. Over the
    /// bytes after the last dot when they and the byte before it are ASCII (then that dot is a
    /// Character of its own, and no case mapping can differ); else by the Character rule (where
    /// a Kelvin sign lowercases to k, and a prepended mark joins the dot).
    public static func hasBriefingExtension(_ path: String) -> Bool {
        // The common case over a native string's bytes in place: an ASCII extension after an
        // ASCII byte (the general way below made an array of the lower-cased extension).
        let inPlace: Bool?? = path.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var dot = bytes.count - 1
            while dot >= 0, bytes[dot] != UInt8(ascii: ".") {
                if bytes[dot] >= 0x80 { return nil }
                dot -= 1
            }
            guard dot >= 0 else { return false }
            guard dot == 0 || bytes[dot - 1] < 0x80 else { return nil }
            let tail = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
            func isExtension(_ name: StaticString) -> Bool {
                guard tail.count == name.utf8CodeUnitCount else { return false }
                for k in 0..<tail.count {
                    let byte = tail[k]
                    if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != name.utf8Start[k] { return false }
                }
                return true
            }
            return isExtension("md") || isExtension("markdown") || isExtension("txt")
        }
        if let inPlace, let found = inPlace { return found }
        let utf8 = path.utf8
        guard let dotByte = utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let tail = utf8[utf8.index(after: dotByte)...]
        if tail.allSatisfy({ $0 < 0x80 }), dotByte == utf8.startIndex || utf8[utf8.index(before: dotByte)] < 0x80 {
            let lower = tail.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            return lower.elementsEqual("md".utf8) || lower.elementsEqual("markdown".utf8) || lower.elementsEqual("txt".utf8)
        }
        let dot = path.lastIndex(of: ".")
        let slash = path.lastIndex(of: "/")
        guard let dot, slash.map({ $0 < dot }) ?? true else { return false }
        return ["md", "markdown", "txt"].contains(path[path.index(after: dot)...].lowercased())
    }

    /// Every file `load()` reads (`brief.yml`, briefings, entity notes) and every symbolic link
    /// it refuses: what its result depends on, for a rebuild to tell that nothing changed.
    public func inputFiles() -> [URL] {
        let (files, links) = briefingFiles()
        return [siteDirectory.appendingPathComponent(SiteConfig.fileName)] + files + links + entityNoteFiles().files
    }

    /// Every `*.md` under content/entities/, in path order, checked for names claimed twice.
    private func loadEntityNotes(diagnostics: inout [Diagnostic], warnings: inout [Diagnostic]) -> [EntityNote] {
        var notes: [EntityNote] = []
        let (files, skipped) = entityNoteFiles()
        for entry in skipped {
            let problem = Diagnostic(path: relativePath(entry.url), message: Self.skippedMessage(entry.kind))
            if Self.isLoss(entry.kind) { diagnostics.append(problem) } else { warnings.append(problem) }
        }
        for file in files {
            guard let text = readText(file, diagnostics: &diagnostics) else { continue }
            if let note = EntityNote.parse(text, path: relativePath(file), diagnostics: &diagnostics) { notes.append(note) }
        }
        diagnostics += EntityNote.conflicts(in: notes)
        return notes
    }

    /// The `*.md` files under content/entities/, in path order.
    /// The notes' files, and the names of notes that are no regular file: a folder named like
    /// one, or a FIFO, socket or device (links are left out, as before). Listed with the walk
    /// the rest of content/ is read with (`DirectoryWalk`): Foundation's enumerator, used here
    /// before, did not go into a folder another file system is mounted on, and left its notes
    /// out without a word.
    private func entityNoteFiles() -> (files: [URL], skipped: [(url: URL, kind: DirectoryWalk.Kind)]) {
        let folder = siteDirectory.appendingPathComponent("content", isDirectory: true)
            .appendingPathComponent(Self.entitiesFolder, isDirectory: true).path
        var files: [URL] = []
        var skipped: [(url: URL, kind: DirectoryWalk.Kind)] = []
        let walked = DirectoryWalk.entries(under: folder, skipHidden: true, includeFolders: true, includeSpecial: true)
        for entry in walked {
            let url = URL(fileURLWithPath: entry.path.isEmpty ? folder : folder + "/" + entry.path, isDirectory: entry.kind == .folder)
            switch entry.kind {
            // A folder that cannot be opened (no permission) is said, as under the rest of content/.
            // No folder there (content/ or content/entities/ a file: said of content/, or no
            // notes folder) is nothing to say, as a missing one.
            case .unreadable(ENOTDIR) where entry.path.isEmpty: break
            case .unreadable, .invalidName: skipped.append((url, entry.kind))
            case .file: if Self.hasNoteExtension(entry.path) { files.append(url) }
            case .folder, .special: if Self.hasNoteExtension(entry.path) { skipped.append((url, entry.kind)) }
            case .link: break
            }
        }
        return (files.sorted { $0.path < $1.path }, skipped.sorted { $0.url.path < $1.url.path })
    }

    /// Whether the last name of `path` ends in `.md` or `.markdown`, in any case (an entity
    /// note's, as `URL.pathExtension` told it before).
    static func hasNoteExtension(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return ["md", "markdown"].contains(name[name.index(after: dot)...].lowercased())
    }

    private func readText(_ url: URL, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(Diagnostic(path: relativePath(url), message: "cannot read the file"))
            return nil
        }
        return text(of: data, url: url, diagnostics: &diagnostics)
    }

    /// The file's bytes as text: UTF-8 without NUL bytes, BOM dropped, line endings made `\n`,
    /// in Unicode normal form C.
    private func text(of data: Data, url: URL, diagnostics: inout [Diagnostic]) -> String? {
        Self.text(of: data, path: relativePath(url), diagnostics: &diagnostics)
    }

    /// `text(of:url:diagnostics:)` with `path` (for diagnostics) given.
    static func text(of data: Data, path: String, diagnostics: inout [Diagnostic]) -> String? {
        // The common case in one validating pass (the String's own) and a memchr for NUL; the
        // byte check that names the line and offset runs only when either finds a problem.
        let decoded = data.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let base = raw.baseAddress, memchr(base, 0, raw.count) != nil { return nil }
            // Like `String(data:encoding: .utf8)`, which this replaces: one leading BOM is dropped.
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = hasBOM ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
            if #available(macOS 15, *) { return String(validating: body, as: UTF8.self) }
            return String(data: Data(body), encoding: .utf8)
        }
        guard var text = decoded else {
            if let problem = TextFileCheck.firstProblem(in: data) {
                diagnostics.append(Diagnostic(path: path, line: problem.line, message: problem.message))
            } else {
                diagnostics.append(Diagnostic(path: path, message: "the file is not valid UTF-8"))
            }
            return nil
        }
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst() }
        // One line ending everywhere: "\r\n" is a single Character and would hide line breaks.
        // (Looked for in the file's bytes with memchr: the BOM holds no "\r".)
        if data.withUnsafeBytes({ $0.count > 0 && memchr($0.baseAddress!, 0x0D, $0.count) != nil }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // One spelling of each character: decomposed text (macOS, some editors) would make
        // other tags, names the annotator cannot match and other ids (`NormalForm`).
        return NormalForm.composed(text)
    }

    /// The path of `url` relative to the site directory, for diagnostics and `Briefing.path`.
    func relativePath(_ url: URL) -> String {
        Self.relativePath(url, sitePrefix: sitePrefix())
    }

    /// The site directory's standard path with a final `/`.
    func sitePrefix() -> String {
        let base = siteDirectory.standardizedFileURL.path
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// True when `path` has a `/.` or `//` (a `.` or `..` part, or a doubled slash), which only
    /// standardizing resolves. Over bytes: Foundation's `contains` on strings is a bridged search.
    static func mayNeedStandardizing(_ path: String) -> Bool {
        // In place over a native string's bytes (the view's iterator cost some 30 instructions
        // a byte: this runs for every content file of every build).
        if let found = path.utf8.withContiguousStorageIfAvailable(mayNeedStandardizing) { return found }
        return Array(path.utf8).withUnsafeBufferPointer { mayNeedStandardizing($0) }
    }

    private static func mayNeedStandardizing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSlash = false
        for byte in bytes {
            if previousWasSlash, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") { return true }
            previousWasSlash = byte == UInt8(ascii: "/")
        }
        return false
    }

    /// `path` after `prefix`, when `path` starts with the prefix's bytes and an ASCII byte
    /// follows them, and it needs no standardizing: what `relativePath` returns then, found over
    /// the bytes (`hasPrefix`, `count` and `dropFirst` on the Strings walked their Characters).
    /// Nil otherwise, for the general way.
    private static func plainRelativePath(_ path: String, after prefix: String) -> String? {
        let found = path.utf8.withContiguousStorageIfAvailable { bytes in
            prefix.utf8.withContiguousStorageIfAvailable { start -> String? in
                // The prefix ends a name (the site's, with its `/`), so its bytes end a Character.
                guard bytes.count > start.count, start.last == UInt8(ascii: "/"), bytes[start.count] < 0x80,
                      start.isEmpty || memcmp(bytes.baseAddress!, start.baseAddress!, start.count) == 0,
                      !mayNeedStandardizing(bytes)
                else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start.count...]), as: UTF8.self)
            }
        }
        guard let found, let inPlace = found else { return nil }
        return inPlace
    }

    /// `relativePath(_:)` with the site's prefix worked out once (`sitePrefix()`).
    static func relativePath(_ url: URL, sitePrefix prefix: String) -> String {
        relativePath(url, fullPath: url.path, sitePrefix: prefix)
    }

    /// `relativePath(_:sitePrefix:)` of the file at `fullPath` (a `URL` is made only for a path
    /// that needs standardizing).
    static func relativePath(fullPath path: String, sitePrefix prefix: String) -> String {
        if let plain = plainRelativePath(path, after: prefix) { return plain }
        if path.hasPrefix(prefix), !Self.mayNeedStandardizing(path) { return String(path.dropFirst(prefix.count)) }
        return relativePath(fileURL(path), fullPath: path, sitePrefix: prefix)
    }

    /// `relativePath(_:sitePrefix:)` given `url.path` as `fullPath`.
    static func relativePath(_ url: URL, fullPath path: String, sitePrefix prefix: String) -> String {
        // Paths made by the walk are standard already (no `.` or `..` parts, no doubled
        // slashes): standardizing each of ten thousand URLs took a tenth of a rebuild's load.
        if path.hasPrefix(prefix), !Self.mayNeedStandardizing(path) { return String(path.dropFirst(prefix.count)) }
        let full = url.standardizedFileURL.path
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// `stem`: the file name without its extension.
    static func markdownBriefing(_ text: String, stem: String, path: String, diagnostics: inout [Diagnostic]) -> Briefing? {
        let before = diagnostics.count
        let source = MarkdownSource(parsing: text, path: path, diagnostics: &diagnostics)
        var body = source.body
        var title = source.frontMatter.title
        if title == nil, let heading = Self.leadingHeading(of: body) {
            title = heading.title
            body = heading.rest
        }
        return markdownBriefing(
            front: source.frontMatter, title: title, body: BriefingBody(body), text: text, stem: stem, path: path,
            diagnostics: &diagnostics, since: before)
    }

    /// The rest of `markdownBriefing(_:stem:path:diagnostics:)` once the front matter is read and
    /// the title found: `text` holds at least the front matter (for the lines of diagnostics), and
    /// a briefing is made when no diagnostic was added since `before`.
    static func markdownBriefing(
        front: FrontMatter, title: String?, body: BriefingBody, text: String, stem: String, path: String,
        diagnostics: inout [Diagnostic], since before: Int
    ) -> Briefing? {
        let finalTitle = title ?? NormalForm.composed(stem)
        // The file name, not the title: names are unique within a folder and stay put when a
        // headline is edited, while news headlines repeat ("Live updates") and would collide.
        var slug = Self.slug(stem: stem, requested: front.slug, path: path, text: text, diagnostics: &diagnostics) ?? Slug.make(from: stem)
        if slug.isEmpty { slug = Slug.make(from: finalTitle) }
        if slug.isEmpty {
            diagnostics.append(Diagnostic(path: path, message: "cannot make a slug from the file name or title; add `slug:` to the front matter"))
        }
        guard diagnostics.count == before else { return nil }
        return Briefing(
            path: path, format: .markdown, slug: slug, title: finalTitle, date: front.date, tags: Slug.uniqueTags(front.tags),
            source: front.source, url: front.url.map(WebAddress.escaped), summary: front.summary, draft: front.draft, body: body)
    }

    /// A pasted article, optionally under front matter as in a `.md` (read the same way, its
    /// errors at their file lines): `title:` replaces the pasted headline, the other keys add
    /// what a pasted page cannot give (a date, tags). A file with no text at all is a briefing
    /// titled by its file name, as an empty `.md` is.
    /// Paragraphs that read like article text but were left out (two or more, or one that reads
    /// as a sentence of the article) are a warning.
    static func rawBriefing(
        _ text: String, stem: String, path: String, diagnostics: inout [Diagnostic], warnings: inout [Diagnostic]
    ) -> Briefing? {
        let before = diagnostics.count
        let source = MarkdownSource(parsing: text, path: path, diagnostics: &diagnostics)
        guard diagnostics.count == before else { return nil }
        let front = source.frontMatter
        let pasted = source.body
        let article = RawArticle(parsing: pasted)
        // Two full paragraphs left out, or one that reads as a sentence of the article (a short
        // lead or quote paragraph): furniture is neither.
        if article.leftOutProseLines.count >= 2 || !article.leftOutSentenceLines.isEmpty {
            let leftOut = Set(article.leftOutProseLines).union(article.leftOutSentenceLines).sorted()
            let lines = leftOut.map { $0 + source.bodyStartLine - 1 }
            let shown = (lines.count == 1 ? "line " : "lines ") + lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? ", ..." : "")
            let what = lines.count == 1 ? "a paragraph that reads" : "\(lines.count) paragraphs that read"
            warnings.append(Diagnostic(
                path: path, line: lines[0],
                message: "the raw-article cleaner left out \(what) like article text (\(shown)); check the page, and remove the page furniture around \(lines.count == 1 ? "it" : "them") or save the article as .md"))
        }
        var title = Self.trimmingWhitespaces(article.title)
        // The cleaner may take a one-word or link-like first line for boilerplate; the documented
        // rule is that the first non-empty line is the headline, so nothing is silently refused.
        if title.isEmpty, let first = pasted.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) }) {
            title = first.trimmingCharacters(in: .whitespaces)
        }
        if let given = front.title { title = given }
        if title.isEmpty { title = stem }
        guard var slug = Self.slug(stem: stem, requested: front.slug, path: path, text: text, diagnostics: &diagnostics) else { return nil }
        if slug.isEmpty { slug = Slug.make(from: title) }
        guard !slug.isEmpty else {
            diagnostics.append(Diagnostic(path: path, message: "cannot make a slug from the file name or headline; rename the file"))
            return nil
        }
        return Briefing(
            path: path, format: .rawArticle, slug: slug, title: title, date: front.date ?? article.date, tags: front.tags,
            source: front.source ?? article.source, url: front.url.map(WebAddress.escaped), summary: front.summary,
            byline: article.byline, dateline: article.dateline, draft: front.draft,
            body: BriefingBody(utf8: article.markdownBodyUTF8[...]))
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation's bridging when neither
    /// the first nor the last scalar is white space (the cleaner has trimmed headlines already).
    static func trimmingWhitespaces(_ text: String) -> String {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !CharacterSet.whitespaces.contains(first), !CharacterSet.whitespaces.contains(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A first non-blank line `# Title` becomes the title when front matter gives none.
    static func leadingHeading(of body: String) -> (title: String, rest: String)? {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines = lines.dropFirst() }
        guard let first = lines.first, first.hasPrefix("# ") else { return nil }
        // The heading's text as a reader sees it, as summaries are: `*red lines*` and `` `NATO` ``
        // without their marks, `&amp;` as `&` (escaped once, by the templates).
        let title = MarkdownDocument(String(first), options: []).plainText[...].trimmingASCIISpaces()
        guard !title.isEmpty else { return nil }
        return (String(title), lines.dropFirst().joined(separator: "\n"))
    }

    /// The slug of a briefing: front matter's `slug:` cleaned, else the file name's (`stem`). Nil
    /// when `slug:` is refused, which is reported at its line.
    static func slug(stem: String, requested: String?, path: String, text: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let requested else { return Slug.make(from: stem) }
        switch Slug.sanitize(requested) {
        case .success(let clean):
            return clean
        case .failure(let error):
            diagnostics.append(Diagnostic(path: path, line: line(ofKey: "slug", in: text), message: error.message))
            return nil
        }
    }

    /// The file line of a front matter key (for problems found after YAML parsing).
    static func line(ofKey key: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix("\(key):") {
            return index + 1
        }
        return nil
    }

    /// One diagnostic per briefing whose slug an earlier one already took, naming both files.
    static func slugCollisions(in briefings: [Briefing]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for briefing in briefings {
            if let owner = owners[briefing.slug] {
                diagnostics.append(Diagnostic(
                    path: briefing.path,
                    message: "slug `\(briefing.slug)` is already used by \(owner); both would be written to briefings/\(briefing.slug)/ (set a different `slug:` in one of them)"))
            } else {
                owners[briefing.slug] = briefing.path
            }
        }
        return diagnostics
    }
}

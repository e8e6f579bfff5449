import BriefContent
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One hash of everything a build reads: the bytes of `brief.yml`, of every briefing and entity
/// note and of every template; the identity (size, both times, inode) of every static file, as static
/// copies are keyed; the file lists themselves; the executable, `--drafts` and `--base-url`.
///
/// Saved beside the output's manifest after a successful build, with what that build reported.
/// When the next build finds the same fingerprint and every output file still intact (the
/// manifest's identities), the output already is what the build would make: it returns at once,
/// without parsing, annotating or rendering anything. Content is hashed; a file's hash is taken
/// from the last build (`FileHashes`) only when its identity, status-change time included, is
/// unchanged, so an edit that keeps a file's size and modification time is still seen.
struct InputFingerprint: Equatable {
    var value: UInt64
    var briefingCount: Int
    var fileCount: Int
    /// `BuildReport.baseURL`, for a build that finds nothing changed.
    var baseURL: String
    /// The warnings the content gave (a pasted article that lost text, ...): they depend only on
    /// the inputs, so a build that finds nothing changed says them again instead of redoing the
    /// whole build to find them.
    var warnings: [String] = []

    private static let magic = Array("BRIEFINP".utf8)

    /// The file beside the output's manifest.
    static func url(in cacheFolder: URL, for output: URL) -> URL {
        OutputManifest.url(in: cacheFolder, for: output).deletingPathExtension().appendingPathExtension("inputs")
    }

    /// The hash of the site's inputs now. A superset of what a build reads (every file under
    /// content/ and templates/, hidden ones too), walked with plain folder reads (`DirectoryWalk`): more changes than
    /// needed may start a full build, never fewer.
    static func hash(siteDirectory: URL, includeDrafts: Bool, baseURL: String? = nil) -> UInt64 {
        hashWithFiles(siteDirectory: siteDirectory, includeDrafts: includeDrafts, baseURL: baseURL, listingFiles: false).value
    }

    /// What `hashWithFiles` found.
    struct Hashing: Sendable {
        var value: UInt64
        /// Content hash by path relative to the site (by its bytes: `PathKey`).
        var files: [PathKey: UInt64]
        var hashes: FileHashes
        /// The walk's entries under content/ (paths start with `content/`), sorted.
        var content: ArraySlice<InputWalk.Entry>
        /// With `keepingBriefings`: the bytes of every briefing file read (not those whose hash
        /// was known, nor those `isParsed` vouches for), by path relative to the site, for the
        /// loader to parse (`ContentLoader.readFiles`) instead of reading them again.
        var briefingBytes: KeptFiles? = nil
        /// With `watching`: the site's folder (for brief.yml and the input folders' names) and
        /// every folder walked, each watched before it was read (nil where they cannot be).
        var watch: FolderWatch? = nil

        /// Whether the inputs may have changed since they were hashed (true without a watch):
        /// when not, this hashing's value and table stand, and the inputs need not be walked again.
        var mayHaveChanged: Bool { watch?.sawChange() ?? true }

        /// `content` as the loader takes a listing (paths relative to content/): made only by a
        /// build that loads, not by one that finds nothing changed.
        var listedContent: [ContentLoader.ListedFile] {
            let prefix = "content/".utf8.count
            return content.map { ContentLoader.ListedFile(path: String($0.path.utf8.dropFirst(prefix))!, kind: $0.kind) }
        }
    }

    /// `hash`, and the content hash of every file (`InputWalk.contentHash`) by path relative to
    /// the site, for the loader to find parsed briefings without reading them again; files whose
    /// hash `known` still vouches for are not read. `hashes` is the table to keep for next time.
    /// Without `listingFiles`, `Hashing.files` is left empty (the check at the end of a build
    /// needs only the hash and the table, not 10,000 paths hashed into a dictionary).
    static func hashWithFiles(
        siteDirectory: URL, includeDrafts: Bool, baseURL: String? = nil, known: FileHashes? = nil, listingFiles: Bool = true
    ) -> Hashing {
        hashWithFiles(siteDirectory: siteDirectory, includeDrafts: includeDrafts, baseURL: baseURL, listingFiles: listingFiles, loadingKnown: { known })
    }

    /// Whether the file at `path` (relative to the site) is a briefing the loader reads, by its
    /// place and name: its bytes are then kept (`keepingBriefings`). A superset is harmless
    /// (bytes the loader never asks for); content/entities/ and hidden files are left out.
    static func isBriefingFile(_ path: String) -> Bool {
        let relative = path.utf8.dropFirst("content/".utf8.count)
        guard path.utf8.starts(with: "content/".utf8), let relativePath = String(relative) else { return false }
        return ContentLoader.hasBriefingExtension(relativePath) && !relativePath.hasPrefix(ContentLoader.entitiesFolder + "/")
            && !relativePath.utf8.split(separator: UInt8(ascii: "/")).contains { $0.first == UInt8(ascii: ".") }
    }

    /// `hashWithFiles(known:)`, with the table of known hashes loaded by `loadKnown` on another
    /// thread while this one walks the folders: neither needs the other until files are hashed,
    /// and a rebuild would otherwise decode ten thousand entries before its first `readdir`.
    /// With `watching`, the folders read are watched (`Hashing.mayHaveChanged`). With
    /// `keepingBriefings`, the bytes of the briefing files read are kept (`Hashing.briefingBytes`):
    /// a full build's loader parses them rather than read every file a second time, and what it
    /// parses is then exactly what was hashed. Once `keptWithoutAsking` bytes are kept, not
    /// those `isParsed` says the loader will take parsed from the memo (`ParsedBriefings.knows`):
    /// a rebuild after a checkout or `touch` reads every file again, and keeping them all held
    /// the whole corpus for nothing.
    static func hashWithFiles(
        siteDirectory: URL, includeDrafts: Bool, baseURL: String? = nil,
        listingFiles: Bool = true, watching: Bool = false, keepingBriefings: Bool = false,
        isParsed: (@Sendable (_ path: String, _ contentHash: UInt64) -> Bool)? = nil,
        keptWithoutAsking: Int = bytesKeptWithoutAsking,
        loadingKnown loadKnown: @escaping @Sendable () -> FileHashes?
    ) -> Hashing {
        let loaded = Background(loadKnown)
        var table = FileHashes(taken: FileHashes.now())
        var hasher = FNV64()
        hasher.add(BuildCache.formatVersion)
        hasher.add(ProgramIdentity.hash)
        hasher.add(includeDrafts ? 1 : 0)
        // `--base-url` replaces brief.yml's: a build with another one (or none) is not "no change".
        hasher.add(baseURL)
        let base = siteDirectory.standardizedFileURL.path
        // Before anything is read: brief.yml and the input folders, as names in the site's folder.
        let watch = watching ? FolderWatch(root: base, rootNames: [SiteConfig.fileName, "content", Theme.folderName, "static"]) : nil
        var config = stat()
        let configIdentity = lstat(base + "/" + SiteConfig.fileName, &config) == 0 ? FileHashes.Identity(config) : nil
        var read: [InputWalk.Entry] = [InputWalk.Entry(path: SiteConfig.fileName, kind: .file, identity: configIdentity)]
        InputWalk.files(under: base, folder: "content", listingAll: true, into: &read, watch: watch)
        let contentEnd = read.count
        InputWalk.files(under: base, folder: Theme.folderName, enteredOnly: true, into: &read, watch: watch)
        let known = loaded.wait()
        // Files are read and hashed in parallel, then combined in order.
        let entries = read
        let hashes = UnsafeMutableBufferPointer<(hash: UInt64, identity: FileHashes.Identity?, wasRead: Bool)>.allocate(capacity: read.count)
        defer { hashes.deallocate() }
        nonisolated(unsafe) let slots = hashes
        // The bytes kept (`keepingBriefings`), by index; nil elsewhere.
        let kept = UnsafeMutableBufferPointer<Data?>.allocate(capacity: keepingBriefings ? read.count : 0)
        kept.initialize(repeating: nil)
        defer { kept.deinitialize().deallocate() }
        nonisolated(unsafe) let keptSlots = kept
        // Bytes kept without asking `isParsed`: asking reads the memo's whole index, which a
        // build that reads a few files (edited in the last seconds) and then finds nothing
        // changed does not need; past this, only bytes the memo lacks are kept.
        let budget = KeptBudget(bytes: keptWithoutAsking)
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (read.count + chunk - 1) / chunk) { index in
            var buffer: [UInt8] = []
            for item in (index * chunk)..<min(entries.count, (index + 1) * chunk) {
                let entry = entries[item]
                if !entry.isRead {
                    // A folder or special file of content/: its path and kind are all there is to
                    // hash (opening a FIFO would wait for a writer).
                    slots.initializeElement(at: item, to: (Self.kindHash(entry.kind), nil, false))
                } else if !entry.isLink, let identity = entry.identity, let hash = known?.hash(entry.path, identity: identity) {
                    slots.initializeElement(at: item, to: (hash, identity, false))
                } else if keepingBriefings, !entry.isLink, item < contentEnd, Self.isBriefingFile(entry.path),
                    let (bytes, hash, identity) = InputWalk.contents(of: StringJoin.join(base, UInt8(ascii: "/"), entry.path)) {
                    // Read into a buffer of its own, kept for the loader (the hash is of these
                    // bytes) unless it will take the file parsed from the memo.
                    if isParsed == nil || budget.spend(bytes.count) || !isParsed!(entry.path, hash) {
                        keptSlots[item] = bytes
                    }
                    slots.initializeElement(at: item, to: (hash, identity, true))
                } else {
                    let (hash, identity) = InputWalk.hash(StringJoin.join(base, UInt8(ascii: "/"), entry.path), isLink: entry.isLink, buffer: &buffer)
                    slots.initializeElement(at: item, to: (hash, identity, true))
                }
            }
        }
        var briefingBytes: KeptFiles?
        if keepingBriefings {
            var paths: [String] = [], bytes: [Data] = []
            for index in kept.indices {
                guard let data = kept[index] else { continue }
                paths.append(read[index].path)
                bytes.append(data)
                kept[index] = nil
            }
            briefingBytes = KeptFiles(paths: paths, bytes: bytes)
        }
        hasher.add(read.count)
        var files: [PathKey: UInt64] = [:]
        if listingFiles { files.reserveCapacity(read.count) }
        table.entries.reserveCapacity(read.count)
        for (index, entry) in read.enumerated() {
            let (hash, identity, wasRead) = hashes[index]
            hasher.add(entry.path)
            hasher.add(hash)
            if listingFiles, entry.kind == .file { files[PathKey(entry.path)] = hash }
            if let identity { table.entries[PathKey(entry.path)] = FileHashes.Entry(identity: identity, hash: hash) }
            if wasRead { table.filesRead += 1 }
        }
        // Static files are copied when their identity changes (`PlannedFile.copied`): the same here.
        var statics: [InputWalk.Entry] = []
        InputWalk.files(under: base, folder: "static", enteredOnly: true, into: &statics, watch: watch)
        hasher.add(statics.count)
        for file in statics {
            hasher.add(file.path)
            // The walk's `lstat` (stat'ing each file again by its path gave the same); a link is
            // not a regular file, hashed as zeros as the manifest's identity has it.
            if let identity = file.isLink ? nil : file.identity {
                PlannedFile.addStaticIdentity(identity, to: &hasher)
            } else {
                for _ in 0..<4 { hasher.add(UInt64(0)) }
            }
            // A folder that cannot be opened (`InputWalk.files` lists them): told from a link.
            if !file.isRead { hasher.add(Self.kindHash(file.kind)) }
        }
        return Hashing(
            value: hasher.value, files: files, hashes: table, content: read[1..<contentEnd], briefingBytes: briefingBytes, watch: watch)
    }

    /// The fingerprint saved at `url`, or nil.
    static func load(from url: URL) -> InputFingerprint? {
        guard let bytes = BuildCache.readBytes(url), bytes.count > magic.count,
            Array(bytes[0..<magic.count]) == magic
        else { return nil }
        var reader = ByteReader(bytes, offset: magic.count)
        guard (try? reader.readUInt64()) == BuildCache.formatVersion,
            let value = try? reader.readUInt64(), let briefings = try? reader.readInt(),
            let files = try? reader.readInt(), let baseURL = try? reader.readString(),
            let warningCount = try? reader.readInt(), warningCount >= 0, warningCount <= bytes.count
        else { return nil }
        var warnings: [String] = []
        for _ in 0..<warningCount {
            guard let warning = try? reader.readString() else { return nil }
            warnings.append(warning)
        }
        guard reader.atEnd else { return nil }
        return InputFingerprint(value: value, briefingCount: briefings, fileCount: files, baseURL: baseURL, warnings: warnings)
    }

    /// Writes through a temp file and a rename; false when it could not.
    @discardableResult
    func save(to url: URL) -> Bool {
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        writer.write(BuildCache.formatVersion)
        writer.write(value)
        writer.write(briefingCount)
        writer.write(fileCount)
        writer.write(baseURL)
        writer.write(warnings.count)
        for warning in warnings { writer.write(warning) }
        let temp = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".tmp")
        do {
            try AtomicOutput.writeFile(Data(writer.bytes), to: temp)
        } catch {
            return false
        }
        return rename(temp.path, url.path) == 0
    }

    /// Forgets the saved fingerprint: done before a build changes the output, so a build killed
    /// after its swap never leaves a fingerprint that describes the previous output.
    static func remove(at url: URL) {
        _ = url.withUnsafeFileSystemRepresentation { path in path.map { unlink($0) } }
    }

    /// How many bytes of briefings `hashWithFiles` keeps before it asks `isParsed` about each.
    static let bytesKeptWithoutAsking = 2 << 20

    /// What stands for an entry of content/ that is not read: its kind. A folder that could not
    /// be opened is a kind of its own (with the reason, which its warning names), so a build that
    /// could not read it is not taken for the same as one that can, once it can.
    static func kindHash(_ kind: DirectoryWalk.Kind) -> UInt64 {
        switch kind {
        case .folder: 0xF01D
        case .unreadable(let error): 0xDEAD_0000 &+ UInt64(UInt32(bitPattern: error))
        case .invalidName: 0xBAD_0A3E
        case .file, .link, .special: 0x5BEC1A1
        }
    }
}

/// A number of bytes that threads spend until none is left.
private final class KeptBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int

    init(bytes: Int) { left = bytes }

    /// Whether `count` bytes could still be spent (they are then).
    func spend(_ count: Int) -> Bool {
        lock.withLock {
            guard count <= left else {
                left = 0
                return false
            }
            left -= count
            return true
        }
    }
}

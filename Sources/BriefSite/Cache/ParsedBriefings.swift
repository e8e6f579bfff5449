import BriefContent
import Foundation

/// The loader's memo (`BriefingMemo`) on disk: `SITE/.brief-cache/parsed.bin` holds every
/// briefing of the last build as parsed, keyed by a hash of the program, the file's path and its
/// exact bytes. A rebuild then parses only new and edited files (front matter and raw-article
/// cleaning cost far more than reading the stored fields back).
///
/// Like `BuildCache`'s rows, the file is a log: a header (magic, format version), then entries
/// (key, checksum, length, payload) to the end. A rebuild appends the entries it made (an edit
/// costs its own bytes, not a rewrite of every stored briefing); the file is written anew, with
/// only the entries of the last build, when more than half of it is dead.
///
/// Same safety as `BuildCache`: a foreign version is ignored whole, each entry is checksummed and
/// checked on use, and anything doubtful is a miss (the file is parsed again); after a killed
/// build's torn tail the file is written anew. It is never changed in place, so it is mapped
/// (`MappedFile`) and unchanged briefings' bodies are read from it in place (`BriefingBody`).
final class ParsedBriefings: BriefingMemo, @unchecked Sendable {
    static let fileName = "parsed.bin"
    private static let magic = Array("BRIEFPRS".utf8)

    let folder: URL
    /// The file as read (mapped): stored bodies are read from it in place (`BriefingBody`).
    private let file: MappedFile?
    /// Key -> (payload range, checksum).
    private let entries: [UInt64: (range: Range<Int>, checksum: UInt64)]
    /// Where the sound entries end.
    private let soundEnd: Int
    /// Magic and format version.
    private static let headerSize = 16
    /// Key, checksum and length before each payload.
    private static let entryHeaderSize = 24
    private let lock = NSLock()
    /// Entries of this build: key -> payload (`nil`: the stored one, still valid).
    private var used: [UInt64: [UInt8]?] = [:]
    private var changed = false
    /// How many briefings were parsed in this build (given to `remember`, not taken from the memo).
    private var parsed = 0
    /// Path and key of the entry each briefing of this build was taken from or stored as, in
    /// the order given (`sourceKeys`): a table grown insert by insert under the lock (a full
    /// build knows no count to reserve) rehashed every path as it grew.
    private var sources: [(path: PathKey, key: UInt64)] = []
    /// Without a sound file to start from (a first build, or a foreign or damaged file), every
    /// entry goes into a new file, written as each briefing is parsed (`remember`) and renamed
    /// in by `save`: held in `used` until then, ten thousand briefings' entries were 25 MB of
    /// memory, stored in a table and copied once more at the end. Nil until the first entry.
    private var stream: FileSink?
    /// Whether `openStream` made the cache folder (a first build), which a failed build removes.
    private var madeFolder = false
    /// Why the new file could not be made or written, for `save`'s warning.
    private var streamFailure: String?

    /// Reads the file in `folder`; a missing, foreign or damaged file gives an empty memo.
    init(folder: URL) {
        self.folder = folder
        let file = MappedFile(url: folder.appendingPathComponent(Self.fileName))
        var entries: [UInt64: (range: Range<Int>, checksum: UInt64)] = [:]
        var soundEnd = 0
        if let file, file.bytes.count >= Self.headerSize, file.bytes.starts(with: Self.magic) {
            var reader = ByteReader(file, offset: Self.magic.count)
            if (try? reader.readUInt64()) == BuildCache.formatVersion {
                soundEnd = Self.headerSize
                entries.reserveCapacity(file.bytes.count / 2_048)
                // Entries up to the first that does not fit (a killed build's torn tail).
                while let key = try? reader.readUInt64(), let checksum = try? reader.readUInt64(), let length = try? reader.readCount() {
                    entries[key] = (reader.offset..<(reader.offset + length), checksum)
                    reader.offset += length
                    soundEnd = reader.offset
                }
            }
        }
        self.file = soundEnd > 0 ? file : nil
        self.entries = entries
        self.soundEnd = soundEnd
        // A rebuild takes nearly every stored entry: room for them all at once, not ten
        // thousand inserts that grow (and rehash) both tables under the lock.
        used.reserveCapacity(entries.count)
        sources.reserveCapacity(entries.count)
    }

    /// Keyed by the file's content hash (`InputWalk.contentHash`), the one the input fingerprint
    /// makes of every file: a rebuild looks entries up without reading the files again.
    private static func key(path: String, contentHash: UInt64) -> UInt64 {
        var hasher = FNV64()
        hasher.add(BuildCache.formatVersion)
        hasher.add(ProgramIdentity.hash)
        hasher.add(path)
        hasher.add(contentHash)
        return hasher.value
    }

    /// Whether an entry for the file at `path` with bytes hashing to `contentHash` is stored (not
    /// checked: `briefing` may still find it damaged). The input hashing keeps no bytes of such
    /// a file for the loader, which takes the briefing from here.
    func knows(path: String, contentHash: UInt64) -> Bool {
        entries[Self.key(path: path, contentHash: contentHash)] != nil
    }

    func briefing(path: String, bytes: UnsafeRawBufferPointer) -> Briefing? {
        briefing(path: path, contentHash: InputWalk.contentHash(bytes))
    }

    func briefing(path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) -> Briefing? {
        briefing(path: path, contentHash: contentHash ?? InputWalk.contentHash(bytes))
    }

    func briefing(path: String, contentHash: UInt64) -> Briefing? {
        let key = Self.key(path: path, contentHash: contentHash)
        guard let (range, checksum) = entries[key], let file else { return nil }
        let sound = FNV64.hash(UnsafeRawBufferPointer(rebasing: file.bytes[range])) == checksum
        var reader = ByteReader(file, offset: range.lowerBound, end: range.upperBound)
        guard sound, let briefing = try? Self.decode(&reader), reader.offset == range.upperBound, briefing.path == path
        else { return nil }
        lock.withLock {
            used[key] = .some(nil)
            sources.append((PathKey(path), key))
        }
        return briefing
    }

    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer) {
        remember(briefing, path: path, bytes: bytes, contentHash: nil)
    }

    /// `contentHash`: of `bytes`, when known (`BriefingMemo.remember(_:path:bytes:contentHash:)`).
    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) {
        let key = Self.key(path: path, contentHash: contentHash ?? InputWalk.contentHash(bytes))
        var writer = ByteWriter()
        Self.encode(briefing, into: &writer)
        let checksum = file == nil ? writer.bytes.withUnsafeBytes { FNV64.hash($0) } : 0
        lock.withLock {
            if file == nil {
                // Written now; `used` keeps no bytes of it.
                if streamFailure == nil, let stream = openStream() { Self.appendEntry(key: key, payload: writer.bytes, checksum: checksum, to: stream) }
            } else {
                used[key] = .some(writer.bytes)
            }
            changed = true
            parsed += 1
            sources.append((PathKey(path), key))
        }
    }

    /// Under the lock: the new file entries are written into as they are made (`stream`),
    /// created (locked, as `rewrite` locks its file) with its header on first use.
    private func openStream() -> FileSink? {
        if let stream { return stream }
        do {
            madeFolder = mkdir(folder.path, 0o777) == 0
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let made = try FileSink(url: folder.appendingPathComponent(Self.fileName + ".tmp-\(UInt32.random(in: 0...UInt32.max))"), locked: true)
            made.append { writer in
                writer.bytes.append(contentsOf: Self.magic)
                writer.write(BuildCache.formatVersion)
            }
            stream = made
            return made
        } catch {
            streamFailure = "\(error)"
            return nil
        }
    }

    /// A memo let go without `save` (a build that failed) leaves no new file behind, nor the
    /// cache folder it made (removed only while empty: another build may be writing into it).
    deinit {
        guard let stream else { return }
        unlink(stream.url.path)
        if madeFolder { rmdir(folder.path) }
    }

    /// How many briefings this build parsed (the rest came from the memo).
    var parsedCount: Int { lock.withLock { parsed } }
    /// Whether the file held no sound entry: no briefing is taken from it.
    var isEmpty: Bool { entries.isEmpty }

    /// For each briefing this memo gave or was given in this build, by path, the key of its
    /// entry: a hash of the program, the path and the exact bytes the briefing was parsed from,
    /// which is all a parsed briefing depends on (that is what makes the memo sound). The cache
    /// keys briefings by it (`CacheKeys.key(for:)`) instead of hashing every field again.
    func sourceKeys() -> [PathKey: UInt64] {
        let sources = lock.withLock { self.sources }
        var keys: [PathKey: UInt64] = [:]
        keys.reserveCapacity(sources.count)
        // The last one given for a path wins, as when they were set one by one.
        for (path, key) in sources { keys[path] = key }
        return keys
    }

    /// Saves this build's new entries: appended to the file while at least half of it stays in
    /// use, else the file is written anew with the entries of this build only. Returns a warning
    /// instead of throwing.
    func save() -> String? {
        if let warning = lock.withLock({ finishStream() }) { return warning }
        let (used, changed) = lock.withLock { (self.used, self.changed) }
        var live = 0
        for (key, payload) in used where payload == nil { live += Self.entryHeaderSize + (entries[key]?.range.count ?? 0) }
        let mostlyDead = live * 2 < soundEnd - Self.headerSize
        guard changed || mostlyDead else { return nil }
        let fresh = used.compactMap { key, payload in payload.map { (key, $0) } }
        // Appended to only when it ends where its sound entries do (and is still the file read):
        // a torn tail is left to a rewrite, as bytes of a file are never changed in place (another
        // build may have it mapped).
        if !mostlyDead, let file,
            let sink = FileSink(appendingTo: folder.appendingPathComponent(Self.fileName), sameFileAs: file.identity, size: soundEnd) {
            Self.append(fresh, to: sink)
            guard sink.flush() else {
                return "warning: cannot write the parsed briefings in \(folder.path) (\(sink.failure ?? "write failed"))"
            }
            return nil
        }
        return rewrite(used: used, fresh: fresh)
    }

    /// Under the lock: with no sound file read, the new file this build's entries were written
    /// into replaces whatever is there (`stream`); nil when there is nothing more to do, else
    /// `save`'s answer (nil for saved, or a warning).
    private func finishStream() -> String?? {
        guard file == nil, changed else { return .none }
        defer { stream = nil }
        guard streamFailure == nil, let stream, stream.flush() else {
            if let stream { unlink(stream.url.path) }
            return .some("warning: cannot write the parsed briefings in \(folder.path) (\(streamFailure ?? stream?.failure ?? "write failed"))")
        }
        guard rename(stream.url.path, folder.appendingPathComponent(Self.fileName).path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(stream.url.path)
            return .some("warning: cannot write the parsed briefings in \(folder.path) (\(reason))")
        }
        changed = false
        return .some(nil)
    }

    /// The entries of this build written to a new file, which replaces the old one.
    private func rewrite(used: [UInt64: [UInt8]?], fresh: [(UInt64, [UInt8])]) -> String? {
        let target = folder.appendingPathComponent(Self.fileName)
        let temp = folder.appendingPathComponent(Self.fileName + ".tmp-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Kept entries as stored, consecutive ones written together; then the new ones.
            var kept: [Range<Int>] = []
            for (key, payload) in used where payload == nil {
                if let (range, _) = entries[key] { kept.append((range.lowerBound - Self.entryHeaderSize)..<range.upperBound) }
            }
            kept.sort { $0.lowerBound < $1.lowerBound }
            // Locked while written: a killed build's temp file is removed by a later one
            // (`CacheWriter`), this one is not.
            let sink = try FileSink(url: temp, locked: true)
            sink.append { writer in
                writer.bytes.append(contentsOf: Self.magic)
                writer.write(BuildCache.formatVersion)
            }
            var run: Range<Int>?
            for range in kept {
                if let current = run, current.upperBound == range.lowerBound {
                    run = current.lowerBound..<range.upperBound
                    continue
                }
                if let current = run, let file { sink.append(StoredBytes(file, current)) }
                run = range
            }
            if let current = run, let file { sink.append(StoredBytes(file, current)) }
            Self.append(fresh, to: sink)
            guard sink.flush() else { throw BuildError(path: temp.path, message: sink.failure ?? "write failed") }
            guard rename(temp.path, target.path) == 0 else { throw BuildError(path: target.path, message: String(cString: strerror(errno))) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            return "warning: cannot write the parsed briefings in \(folder.path) (\(error))"
        }
        return nil
    }

    private static func append(_ fresh: [(key: UInt64, payload: [UInt8])], to sink: FileSink) {
        for (key, payload) in fresh {
            appendEntry(key: key, payload: payload, checksum: payload.withUnsafeBytes { FNV64.hash($0) }, to: sink)
        }
    }

    /// One entry: key, checksum (`FNV64.hash` of the payload), length, payload.
    private static func appendEntry(key: UInt64, payload: [UInt8], checksum: UInt64, to sink: FileSink) {
        sink.append { writer in
            writer.write(key)
            writer.write(checksum)
            writer.write(payload.count)
            writer.bytes.append(contentsOf: payload)
        }
    }

    /// Any date: its fields are set from the stored ones (parsing a date again costs a calendar).
    private static let someDate = PublicationDate(parsing: "2000-01-01")!

    static func encode(_ briefing: Briefing, into writer: inout ByteWriter) {
        writer.write(briefing.path)
        writer.write(briefing.format.rawValue)
        writer.write(briefing.slug)
        writer.write(briefing.title)
        if let date = briefing.date {
            writer.bytes.append(1)
            writer.write(date.year)
            writer.write(date.month)
            writer.write(date.day)
            writer.write(date.instant.timeIntervalSince1970.bitPattern)
        } else {
            writer.bytes.append(0)
        }
        writer.write(briefing.tags.count)
        for tag in briefing.tags { writer.write(tag) }
        writer.write(briefing.source)
        writer.write(briefing.url)
        writer.write(briefing.summary)
        writer.write(briefing.byline)
        writer.write(briefing.dateline)
        writer.bytes.append(briefing.draft ? 1 : 0)
        // As `write(bytes:)` lays bytes out (a length, then the bytes), without a copy first.
        briefing.body.withUTF8 { utf8 in
            writer.write(utf8.count)
            writer.bytes.append(contentsOf: utf8)
        }
    }

    static func decode(_ reader: inout ByteReader) throws(ByteReader.Damaged) -> Briefing {
        func flag(_ reader: inout ByteReader) throws(ByteReader.Damaged) -> Bool {
            switch try reader.readByte() {
            case 0: return false
            case 1: return true
            default: throw ByteReader.Damaged()
            }
        }
        let path = try reader.readString()
        guard let format = Briefing.Format(rawValue: try reader.readString()) else { throw ByteReader.Damaged() }
        let slug = try reader.readString()
        let title = try reader.readString()
        var date: PublicationDate?
        if try flag(&reader) {
            var value = someDate
            value.year = try reader.readInt()
            value.month = try reader.readInt()
            value.day = try reader.readInt()
            value.instant = Date(timeIntervalSince1970: Double(bitPattern: try reader.readUInt64()))
            date = value
        }
        var tags: [String] = []
        for _ in 0..<(try reader.readCount()) { tags.append(try reader.readString()) }
        return Briefing(
            path: path, format: format, slug: slug, title: title, date: date, tags: tags,
            source: try reader.readOptionalString(), url: try reader.readOptionalString(),
            summary: try reader.readOptionalString(), byline: try reader.readOptionalString(),
            dateline: try reader.readOptionalString(), draft: try flag(&reader),
            // Kept as stored: most bodies of a rebuild are never read (`BriefingBody`).
            body: BriefingBody(try reader.readBytes()))
    }
}

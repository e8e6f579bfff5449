import Foundation

/// The per-briefing cache in `SITE/.brief-cache/`: one file of entries keyed by a hash of the
/// briefing as loaded and of every setting its result depends on (`CacheKeys`).
///
/// Layout: a header (magic, format version); the heavy parts of the entries (annotations and
/// bodies, `CachedBriefing.Heavy`), one after another; then one row per entry (key, checksum and
/// length of its light part, offset, length and checksum of its heavy part, the light part);
/// then a footer (where the rows start, their count, the magic). A rebuild reads the header, the
/// footer and the rows only: a heavy part is read (`pread`) when its page is rendered, and the
/// next file carries the heavy parts over by offset, copied in the kernel (`CacheWriter`).
///
/// Never trusted blindly: a file of another format version or with a bad footer is ignored
/// whole; each part carries a checksum and is decoded only when used, and a part that fails
/// either is a miss (the briefing is annotated again and the entry rewritten). Problems reading
/// or writing the folder are warnings; the build goes on without a cache.
struct BuildCache: Sendable {
    /// Bump whenever what is cached, or how, changes.
    static let formatVersion: UInt64 = 3
    static let folderName = ".brief-cache"
    static let fileName = "briefings.bin"
    static let magic = Array("BRIEFCAC".utf8)
    /// Magic and format version.
    static let headerSize = 16
    /// Where the rows start, their count, the magic.
    static let footerSize = 24

    /// Where an entry's parts are.
    struct Row: Sendable {
        /// The light part, inside `bytes`.
        var light: Range<Int>
        var lightChecksum: UInt64
        /// The heavy part, inside the file.
        var heavy: Range<Int>
        var heavyChecksum: UInt64
    }

    let folder: URL
    /// The rows' bytes and the open file, which heavy parts and later copies read from.
    private let storage: Storage
    private var bytes: [UInt8] { storage.bytes }
    /// Key -> where its parts are.
    let entries: [UInt64: Row]
    /// Where the heavy parts end (the rows start); `headerSize` when there are none.
    let heavyEnd: Int
    /// Why the file on disk was not used, if it was not (for tests and `--verbose`).
    let discarded: String?

    var count: Int { entries.count }
    /// The open cache file (-1 when there is none).
    var descriptor: Int32 { storage.descriptor }

    /// An empty cache for `folder`.
    init(folder: URL) {
        self.init(folder: folder, discarded: nil)
    }

    /// Holds the rows read and the file they were read from (open, so a concurrent build that
    /// replaces the file cannot change what this build reads and copies from it).
    final class Storage: @unchecked Sendable {
        let bytes: [UInt8]
        let descriptor: Int32

        init(bytes: [UInt8], descriptor: Int32) {
            self.bytes = bytes
            self.descriptor = descriptor
        }

        deinit { if descriptor >= 0 { close(descriptor) } }
    }

    /// Reads the cache file in `folder`; a missing, foreign or damaged file gives an empty cache.
    static func load(from folder: URL) -> BuildCache {
        let url = folder.appendingPathComponent(fileName)
        let descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1 }
        guard descriptor >= 0 else { return BuildCache(folder: folder) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return BuildCache(folder: folder)
        }
        let size = Int(info.st_size)
        func fail(_ reason: String) -> BuildCache {
            close(descriptor)
            return BuildCache(folder: folder, discarded: reason)
        }
        guard size >= headerSize + footerSize, let header = readBytes(descriptor: descriptor, at: 0, count: headerSize),
            Array(header[0..<magic.count]) == magic
        else { return fail("not a brief cache file") }
        var reader = ByteReader(header, offset: magic.count)
        guard (try? reader.readUInt64()) == formatVersion else { return fail("another format version") }
        guard let footer = readBytes(descriptor: descriptor, at: size - footerSize, count: footerSize),
            Array(footer[16..<24]) == magic
        else { return fail("truncated or damaged") }
        reader = ByteReader(footer)
        guard let start = try? reader.readInt(), let count = try? reader.readInt(),
            start >= headerSize, start <= size - footerSize, count >= 0,
            let rows = readBytes(descriptor: descriptor, at: start, count: size - footerSize - start)
        else { return fail("truncated or damaged") }
        reader = ByteReader(rows)
        var entries: [UInt64: Row] = [:]
        entries.reserveCapacity(min(count, rows.count / 48))
        do {
            for _ in 0..<count {
                let key = try reader.readUInt64()
                let lightChecksum = try reader.readUInt64()
                let lightLength = try reader.readCount()
                let heavyOffset = try reader.readInt()
                let heavyLength = try reader.readInt()
                let heavyChecksum = try reader.readUInt64()
                guard lightLength <= rows.count - reader.offset, heavyOffset >= headerSize, heavyLength >= 0,
                    heavyOffset <= start - heavyLength
                else { throw ByteReader.Damaged() }
                entries[key] = Row(
                    light: reader.offset..<(reader.offset + lightLength), lightChecksum: lightChecksum,
                    heavy: heavyOffset..<(heavyOffset + heavyLength), heavyChecksum: heavyChecksum)
                reader.offset += lightLength
            }
            guard reader.atEnd else { throw ByteReader.Damaged() }
        } catch {
            return fail("truncated or damaged")
        }
        return BuildCache(folder: folder, storage: Storage(bytes: rows, descriptor: descriptor), entries: entries, heavyEnd: start)
    }

    /// The file's bytes read straight into one array (no second copy), or nil when unreadable.
    static func readBytes(_ url: URL) -> [UInt8]? {
        let descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1 }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= 0 else { return nil }
        return readBytes(descriptor: descriptor, at: 0, count: Int(info.st_size))
    }

    /// `count` bytes of the file open as `descriptor`, from `offset`; nil when they cannot all be read.
    static func readBytes(descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard count >= 0, offset >= 0 else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            var done = 0
            while done < count {
                let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                done += got
            }
            complete = done == count
            filled = done
        }
        return complete ? bytes : nil
    }

    private init(
        folder: URL, storage: Storage = Storage(bytes: [], descriptor: -1),
        entries: [UInt64: Row] = [:], heavyEnd: Int = headerSize, discarded: String? = nil
    ) {
        self.folder = folder
        self.storage = storage
        self.entries = entries
        self.heavyEnd = heavyEnd
        self.discarded = discarded
    }

    /// The entry for `key`, or nil when there is none or it fails its checksum or decoding.
    /// With `withBody`, its heavy part (annotation and body) is read too, and must be sound.
    func entry(_ key: UInt64, withBody: Bool = true) -> CachedBriefing? {
        guard let row = entries[key], row.light.upperBound <= bytes.count else { return nil }
        let ok = bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[row.light])) == row.lightChecksum }
        guard ok else { return nil }
        var reader = ByteReader(bytes, offset: row.light.lowerBound)
        guard var entry = try? CachedBriefing(from: &reader), reader.offset == row.light.upperBound else { return nil }
        if withBody {
            guard let heavy = heavy(key) else { return nil }
            entry.heavy = heavy
        }
        return entry
    }

    /// The heavy part of the entry for `key`, read from the file; nil when it cannot be read or
    /// fails its checksum or decoding.
    func heavy(_ key: UInt64) -> CachedBriefing.Heavy? {
        guard let row = entries[key], storage.descriptor >= 0,
            let stored = Self.readBytes(descriptor: storage.descriptor, at: row.heavy.lowerBound, count: row.heavy.count),
            stored.withUnsafeBytes({ FNV64.hash($0) }) == row.heavyChecksum
        else { return nil }
        var reader = ByteReader(stored)
        guard let heavy = try? CachedBriefing.Heavy(from: &reader), reader.atEnd else { return nil }
        return heavy
    }

    /// The stored light part of an entry and its row, to carry it into the next file without
    /// decoding it; nil when there is none.
    func rawRow(_ key: UInt64) -> (light: ArraySlice<UInt8>, row: Row)? {
        guard let row = entries[key], row.light.upperBound <= bytes.count else { return nil }
        return (bytes[row.light], row)
    }
}

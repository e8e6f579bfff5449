import BriefContent
import Foundation

/// The per-briefing cache in `SITE/.brief-cache/`: entries keyed by a hash of the briefing as
/// loaded and of every setting its result depends on (`CacheKeys`), in two files, both only ever
/// appended to between compactions.
///
/// - `briefings.bin`, the rows: a header (magic, format version, the id of the heavy file), then
///   one row per entry (key, checksum and length of its light part, offset, length and checksum
///   of its heavy part, the light part). A later row for a key replaces an earlier one; the rows
///   end where the file ends or where a row does not fit (a build killed mid-write), and the
///   next build writes the file anew rather than append after such a tail.
/// - `heavy-ID.bin`, the heavy parts (annotations, `CachedBriefing.Heavy`) after a
///   header (magic, format version, its id).
///
/// A rebuild appends the rows and heavy parts it made, so an edit costs its own bytes, not a
/// copy of either file. When more than half of a file would be dead (entries edited or gone), a
/// build writes it anew with only the live parts (`CacheWriter`).
///
/// Neither file is ever changed in place (appended to, or replaced by a rename), so a build can
/// map the rows (`MappedFile`) and read them where the page cache holds them. A rebuild reads
/// the rows only: a heavy part is read (`pread`) when its page is rendered.
/// Never trusted blindly: a rows file of another format version or without its heavy file is
/// ignored whole; each part carries a checksum and is decoded only when used, and a part that
/// fails either is a miss (the briefing is annotated again and the entry rewritten). Problems
/// reading or writing the folder are warnings; the build goes on without a cache.
struct BuildCache: Sendable {
    /// Bump whenever what is cached, or how, changes. 19: a row's annotation is checked against
    /// the registry by its stamp (`registryStamp`), not keyed by the whole registry. 18: a row names the files its body's
    /// briefing links lead to (`CachedBriefing.linkedBriefingPaths`). 17: the output manifest
    /// keeps one record per file by its name's bytes; 16's kept one for two names that differ
    /// only in Unicode normalization, so the second looked like a file the user put in the output.
    static let formatVersion: UInt64 = 19
    static let folderName = ".brief-cache"
    static let fileName = "briefings.bin"
    static let magic = Array("BRIEFCAC".utf8)
    static let heavyMagic = Array("BRIEFHVY".utf8)
    /// Magic, format version, heavy file id (the same in both files).
    static let headerSize = 24

    /// Where an entry's parts are.
    struct Row: Sendable {
        /// The light part, inside `bytes`.
        var light: Range<Int>
        var lightChecksum: UInt64
        /// The heavy part, inside the heavy file.
        var heavy: Range<Int>
        var heavyChecksum: UInt64
    }

    let folder: URL
    /// The rows (mapped) and the open heavy file, which heavy parts and later copies read from.
    private let storage: Storage
    /// Key -> where its parts are (the last row of each key).
    let entries: [UInt64: Row]
    /// The heavy file's id (0 when there is none) and its size when it was opened.
    let heavyID: UInt64
    let heavySize: Int
    /// Where the sound rows end: the rows file's length unless a build was killed mid-write.
    let rowsEnd: Int
    /// The rows file read, so a build appends only to that file.
    let rowsFile: FileIdentity?
    /// Why the files on disk were not used, if they were not (for tests and `--verbose`).
    let discarded: String?

    var count: Int { entries.count }
    /// The open heavy file (-1 when there is none).
    var descriptor: Int32 { storage.descriptor }

    /// The heavy file of id `id` in `folder`.
    static func heavyURL(in folder: URL, id: UInt64) -> URL {
        folder.appendingPathComponent("heavy-\(String(id, radix: 16)).bin")
    }

    /// An empty cache for `folder`.
    init(folder: URL) {
        self.init(folder: folder, discarded: nil)
    }

    /// Holds the rows read and the heavy file they point into (open, so a concurrent build that
    /// replaces it cannot change what this build reads and copies from it).
    final class Storage: @unchecked Sendable {
        let rows: MappedFile?
        let descriptor: Int32

        init(rows: MappedFile?, descriptor: Int32) {
            self.rows = rows
            self.descriptor = descriptor
        }

        deinit { if descriptor >= 0 { close(descriptor) } }
    }

    /// Reads the cache in `folder`; missing, foreign or damaged files give an empty cache.
    static func load(from folder: URL) -> BuildCache {
        guard let rows = MappedFile(url: folder.appendingPathComponent(fileName)) else { return BuildCache(folder: folder) }
        func fail(_ reason: String) -> BuildCache { BuildCache(folder: folder, discarded: reason) }
        guard rows.bytes.count >= headerSize, rows.bytes.starts(with: magic) else { return fail("not a brief cache file") }
        var reader = ByteReader(rows, offset: magic.count)
        guard (try? reader.readUInt64()) == formatVersion, let heavyID = try? reader.readUInt64() else {
            return fail("another format version")
        }
        let (descriptor, heavySize) = openHeavy(in: folder, id: heavyID)
        guard descriptor >= 0 else { return fail("its heavy file is missing or damaged") }
        var entries: [UInt64: Row] = [:]
        entries.reserveCapacity(rows.bytes.count / 4_096)
        var rowsEnd = headerSize
        // Rows up to the first that does not fit, or whose heavy part is not in the heavy file: a
        // killed or failed build's tail (the next build writes the file anew rather than append
        // after it).
        while let key = try? reader.readUInt64(), let lightChecksum = try? reader.readUInt64(),
            let lightLength = try? reader.readInt(), let heavyOffset = try? reader.readInt(),
            let heavyLength = try? reader.readInt(), let heavyChecksum = try? reader.readUInt64(),
            lightLength >= 0, lightLength <= reader.count - reader.offset,
            heavyOffset >= headerSize, heavyLength >= 0, heavyOffset <= heavySize - heavyLength
        {
            entries[key] = Row(
                light: reader.offset..<(reader.offset + lightLength), lightChecksum: lightChecksum,
                heavy: heavyOffset..<(heavyOffset + heavyLength), heavyChecksum: heavyChecksum)
            reader.offset += lightLength
            rowsEnd = reader.offset
        }
        return BuildCache(
            folder: folder, storage: Storage(rows: rows, descriptor: descriptor), entries: entries,
            heavyID: heavyID, heavySize: heavySize, rowsEnd: rowsEnd,
            rowsFile: rows.identity)
    }

    /// The heavy file of id `id`, open for reading, and its size; -1 when it is missing or its
    /// header is not this format's with that id.
    private static func openHeavy(in folder: URL, id: UInt64) -> (descriptor: Int32, size: Int) {
        let url = heavyURL(in: folder, id: id)
        let descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1 }
        guard descriptor >= 0 else { return (-1, 0) }
        var info = stat()
        var expected = ByteWriter()
        expected.bytes.append(contentsOf: heavyMagic)
        expected.write(formatVersion)
        expected.write(id)
        guard fstat(descriptor, &info) == 0, Int(info.st_size) >= headerSize,
            readBytes(descriptor: descriptor, at: 0, count: headerSize) == expected.bytes
        else {
            close(descriptor)
            return (-1, 0)
        }
        return (descriptor, Int(info.st_size))
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
        // Not through the capacity-0 init: it writes into the stdlib's shared empty storage.
        guard count > 0 else { return [] }
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
        folder: URL, storage: Storage = Storage(rows: nil, descriptor: -1), entries: [UInt64: Row] = [:],
        heavyID: UInt64 = 0, heavySize: Int = 0, rowsEnd: Int = 0, rowsFile: FileIdentity? = nil,
        discarded: String? = nil
    ) {
        self.folder = folder
        self.storage = storage
        self.entries = entries
        self.heavyID = heavyID
        self.heavySize = heavySize
        self.rowsEnd = rowsEnd
        self.rowsFile = rowsFile
        self.discarded = discarded
    }

    /// The entry for `key`, or nil when there is none or it fails its checksum or decoding.
    /// With `withBody`, its heavy part (the annotation) is read too, and must be sound.
    func entry(_ key: UInt64, withBody: Bool = true) -> CachedBriefing? {
        guard let row = entries[key], let rows = storage.rows, row.light.upperBound <= rows.bytes.count,
            FNV64.hash(UnsafeRawBufferPointer(rebasing: rows.bytes[row.light])) == row.lightChecksum
        else { return nil }
        var reader = ByteReader(rows, offset: row.light.lowerBound, end: row.light.upperBound)
        guard var entry = try? CachedBriefing(from: &reader), reader.offset == row.light.upperBound else { return nil }
        if withBody {
            guard let heavy = heavy(key, light: entry.entities) else { return nil }
            entry.heavy = heavy
        }
        return entry
    }

    /// The heavy part of the entry for `key`, read from the file; nil when it cannot be read or
    /// fails its checksum or decoding. `light` are the entities of the entry's light part, which
    /// the heavy part names by position.
    func heavy(_ key: UInt64, light: [EntityCount]) -> CachedBriefing.Heavy? {
        guard let row = entries[key], storage.descriptor >= 0,
            let stored = Self.readBytes(descriptor: storage.descriptor, at: row.heavy.lowerBound, count: row.heavy.count),
            stored.withUnsafeBytes({ FNV64.hash($0) }) == row.heavyChecksum
        else { return nil }
        var reader = ByteReader(stored)
        guard let heavy = try? CachedBriefing.Heavy(from: &reader, light: light), reader.atEnd else { return nil }
        return heavy
    }

    /// The stored light part of an entry and its row, to carry it into the next file without
    /// decoding it; nil when there is none.
    func rawRow(_ key: UInt64) -> (light: StoredBytes, row: Row)? {
        guard let row = entries[key], let rows = storage.rows, row.light.upperBound <= rows.bytes.count else { return nil }
        return (StoredBytes(rows, row.light), row)
    }

    /// The stored bytes of `row`: its header and light part, as the next rows file takes them
    /// when its heavy part stays where it is.
    func storedRow(_ row: Row) -> StoredBytes? {
        guard let rows = storage.rows, row.light.lowerBound >= headerSizeOfRows, row.light.upperBound <= rows.bytes.count else { return nil }
        return StoredBytes(rows, (row.light.lowerBound - CacheWriter.rowHeaderSize)..<row.light.upperBound)
    }

    /// Where the first row's light part can start: after the header and a row header.
    private var headerSizeOfRows: Int { Self.headerSize + CacheWriter.rowHeaderSize }
}

import Foundation

/// The per-briefing cache in `SITE/.brief-cache/`: one file of entries keyed by a hash of the
/// briefing as loaded and of every setting its result depends on (`CacheKeys`).
///
/// Never trusted blindly: a file of another format version is ignored whole; each entry carries
/// a checksum and is decoded only when used, and an entry that fails either is a miss (the
/// briefing is annotated again and the entry rewritten). Problems reading or writing the folder
/// are warnings; the build goes on without a cache.
struct BuildCache: Sendable {
    /// Bump whenever what is cached, or how, changes.
    static let formatVersion: UInt64 = 2
    static let folderName = ".brief-cache"
    static let fileName = "briefings.bin"
    static let magic = Array("BRIEFCAC".utf8)

    let folder: URL
    /// The file's bytes (until `release`) and the open file, which later copies read from.
    private let storage: Storage
    private var bytes: [UInt8] { storage.bytes }
    /// Key -> (payload range, checksum).
    let entries: [UInt64: (range: Range<Int>, checksum: UInt64)]
    /// Why the file on disk was not used, if it was not (for tests and `--verbose`).
    let discarded: String?

    var count: Int { entries.count }

    /// An empty cache for `folder`.
    init(folder: URL) {
        self.folder = folder
        storage = Storage(bytes: [], descriptor: -1)
        entries = [:]
        discarded = nil
    }

    /// Holds the bytes read and the file they were read from (open, so a concurrent build that
    /// replaces the file cannot change what this build copies from it).
    final class Storage: @unchecked Sendable {
        var bytes: [UInt8]
        let descriptor: Int32

        init(bytes: [UInt8], descriptor: Int32) {
            self.bytes = bytes
            self.descriptor = descriptor
        }

        deinit { if descriptor >= 0 { close(descriptor) } }
    }

    /// Lets go of the bytes once no entry will be decoded again (after the briefings are
    /// rendered): `copyEntry` then reads from the file. Not thread-safe: call between stages.
    func release() {
        storage.bytes = []
    }

    /// Reads the cache file in `folder`; a missing, foreign or damaged file gives an empty cache.
    static func load(from folder: URL) -> BuildCache {
        let url = folder.appendingPathComponent(fileName)
        let descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1 }
        guard descriptor >= 0 else { return BuildCache(folder: folder) }
        guard let bytes = readBytes(descriptor: descriptor) else {
            close(descriptor)
            return BuildCache(folder: folder)
        }
        let storage = Storage(bytes: bytes, descriptor: descriptor)
        var reader = ByteReader(bytes)
        var entries: [UInt64: (range: Range<Int>, checksum: UInt64)] = [:]
        do {
            guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
                return BuildCache(folder: folder, discarded: "not a brief cache file")
            }
            reader.offset = magic.count
            guard try reader.readUInt64() == formatVersion else {
                return BuildCache(folder: folder, discarded: "another format version")
            }
            entries = try reader.readEntryTable()
        } catch {
            return BuildCache(folder: folder, discarded: "truncated or damaged")
        }
        return BuildCache(folder: folder, storage: storage, entries: entries)
    }

    /// The file's bytes read straight into one array (no second copy), or nil when unreadable.
    static func readBytes(_ url: URL) -> [UInt8]? {
        let descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1 }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return readBytes(descriptor: descriptor)
    }

    /// The whole file open as `descriptor`, from its start.
    static func readBytes(descriptor: Int32) -> [UInt8]? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= 0 else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let got = read(descriptor, buffer.baseAddress! + offset, size - offset)
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                offset += got
            }
            complete = offset == size
            count = offset
        }
        return complete ? bytes : nil
    }

    private init(
        folder: URL, storage: Storage = Storage(bytes: [], descriptor: -1),
        entries: [UInt64: (range: Range<Int>, checksum: UInt64)] = [:], discarded: String? = nil
    ) {
        self.folder = folder
        self.storage = storage
        self.entries = entries
        self.discarded = discarded
    }

    /// The entry for `key`, or nil when there is none or it fails its checksum or decoding.
    /// Without `withBody` its body HTML is left out (most rebuilds keep most pages).
    func entry(_ key: UInt64, withBody: Bool = true) -> CachedBriefing? {
        guard let (range, checksum) = entries[key], range.upperBound <= bytes.count else { return nil }
        let ok = bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[range])) == checksum }
        guard ok else { return nil }
        var reader = ByteReader(bytes, offset: range.lowerBound)
        guard let entry = try? CachedBriefing(from: &reader, withBody: withBody), reader.offset == range.upperBound else { return nil }
        return entry
    }

    /// The stored bytes of an entry (read from the file again once `release`d), to carry it
    /// into the next file without decoding it; nil when it cannot be read.
    func rawEntry(_ key: UInt64) -> (bytes: ArraySlice<UInt8>, checksum: UInt64)? {
        guard let (range, checksum) = entries[key] else { return nil }
        if range.upperBound <= bytes.count { return (bytes[range], checksum) }
        guard storage.descriptor >= 0 else { return nil }
        var copy = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let got = copy.withUnsafeMutableBytes { pread(storage.descriptor, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { return nil }
            done += got
        }
        return (copy[...], checksum)
    }
}

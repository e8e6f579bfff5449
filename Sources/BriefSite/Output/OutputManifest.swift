import BriefContent
import Foundation

/// What the last build wrote, kept in the cache folder: for each output path the key of the
/// inputs it was made from and the file's identity (inode, size, modification time) right after
/// the build, so a later build can tell that a file is still exactly what it wrote and hard-link
/// it into the new tree instead of rendering and writing it again.
///
/// A file whose identity no longer matches (edited, replaced, deleted by hand) is never reused.
struct OutputManifest: Sendable {
    struct Record: Sendable, Equatable {
        var key: UInt64
        var inode: UInt64
        var size: UInt64
        var modified: UInt64
    }

    private static let magic = Array("BRIEFMAN".utf8)
    /// By path, by its bytes (`PathKey`), as the file system tells names apart: keyed by
    /// `String` (canonical equivalence), two static files whose names differ only in Unicode
    /// normalization were one record, one fewer than the files, so no build found the output
    /// whole and every one, with nothing changed, made the site again.
    var records: [PathKey: Record] = [:]

    init() {}

    /// The manifest's file for an output folder (one per output, as a site may be built to several).
    static func url(in cacheFolder: URL, for output: URL) -> URL {
        var hasher = FNV64()
        hasher.add(output.standardizedFileURL.path)
        return cacheFolder.appendingPathComponent("output-\(String(hasher.value, radix: 16)).manifest")
    }

    /// The manifest at `url`; empty when missing, of another version or damaged.
    static func load(from url: URL) -> OutputManifest {
        guard let data = FileManager.default.contents(atPath: url.path) else { return OutputManifest() }
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 16, Array(bytes[0..<magic.count]) == magic else { return OutputManifest() }
        var reader = ByteReader(bytes, offset: magic.count)
        var manifest = OutputManifest()
        do {
            guard try reader.readUInt64() == BuildCache.formatVersion else { return OutputManifest() }
            let checksum = try reader.readUInt64()
            let rest = bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[reader.offset...])) }
            guard rest == checksum else { return OutputManifest() }
            let count = try reader.readCount()
            manifest.records.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.readString()
                manifest.records[PathKey(path)] = Record(
                    key: try reader.readUInt64(), inode: try reader.readUInt64(), size: try reader.readUInt64(),
                    modified: try reader.readUInt64())
            }
        } catch {
            return OutputManifest()
        }
        return manifest
    }

    /// Writes the manifest through a temp file and a rename; returns a warning instead of throwing.
    func save(to url: URL) -> String? {
        var body = ByteWriter()
        body.write(records.count)
        // In the dictionary's order: the file is read back into a dictionary, and sorting ten
        // thousand paths first cost a rebuild milliseconds at its very end.
        for (path, record) in records {
            body.write(path.path)
            body.write(record.key)
            body.write(record.inode)
            body.write(record.size)
            body.write(record.modified)
        }
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        writer.write(BuildCache.formatVersion)
        writer.write(body.bytes.withUnsafeBytes { FNV64.hash($0) })
        writer.bytes.append(contentsOf: body.bytes)
        let temp = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".tmp")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicOutput.writeFile(Data(writer.bytes), to: temp)
            guard rename(temp.path, url.path) == 0 else {
                throw BuildError(path: url.path, message: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            return "warning: cannot write the output manifest \(url.path) (\(error))"
        }
        return nil
    }

    /// The identity of the file at `url` now, or nil when it is not a regular file.
    static func identity(of url: URL, key: UInt64) -> Record? {
        identity(atPath: url.path, key: key)
    }

    /// The identity of the file at `path` now, or nil when it is not a regular file.
    static func identity(atPath path: String, key: UInt64) -> Record? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return record(of: info, key: key)
    }

    /// The identity `stat` (or `fstat`) gave for a regular file.
    static func record(of info: stat, key: UInt64) -> Record {
        Record(
            key: key, inode: UInt64(info.st_ino), size: UInt64(info.st_size),
            modified: UInt64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(info.st_mtim.tv_nsec))
    }

    /// Whether every file the manifest lists (`fileCount` of them) is still in `output` as the
    /// last build left it.
    /// The files are stat'ed in two halves on two threads: this is most of a no-change build,
    /// which otherwise had one core stat 15,000 files while the other waited.
    func isWhollyIntact(in output: OutputFolder, fileCount: Int) -> Bool {
        guard records.count == fileCount, fileCount > 0 else { return false }
        let records = records
        guard fileCount >= 2_000 else {
            return records.allSatisfy { path, record in output.identity(of: path.path, key: record.key) == record }
        }
        let middle = records.index(records.startIndex, offsetBy: fileCount / 2)
        let halves = [records.startIndex..<middle, middle..<records.endIndex]
        let intact = Slots<Bool>(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            intact.put(half, records[halves[half]].allSatisfy { path, record in output.identity(of: path.path, key: record.key) == record })
        }
        return (0..<halves.count).allSatisfy { intact.take($0) }
    }

    /// The paths of the files made from inputs with `key`, sorted.
    func paths(withKey key: UInt64) -> [String] {
        records.compactMap { $0.value.key == key ? $0.key.path : nil }.sorted()
    }

    /// Whether `path` in `output` is still the file the last build made from inputs with `key`.
    func isIntact(_ path: String, key: UInt64, in output: OutputFolder) -> Bool {
        guard let record = records[PathKey(path)], record.key == key else { return false }
        return output.identity(of: path, key: key) == record
    }
}

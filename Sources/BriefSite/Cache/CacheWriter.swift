import Foundation

/// Writes the next cache file while the build runs: each new or changed entry is appended as
/// soon as its briefing is rendered (from any task), so no body HTML waits in memory for the end
/// of the build. `finish` copies the old file's entries still in use (as stored, never decoded),
/// fills in the count and renames the file into place; `discard` removes it.
///
/// The file is made on the first entry: a build where no entry changed and none went writes nothing.
final class CacheWriter: @unchecked Sendable {
    let folder: URL
    private let lock = NSLock()
    private var sink: FileSink?
    private var temp: URL?
    private var written: Set<UInt64> = []
    private var count = 0
    private var failure: String?
    /// Where the entry count sits: after the magic and the format version.
    private static let countOffset = BuildCache.magic.count + 8

    init(folder: URL) {
        self.folder = folder
    }

    /// Adds the entry for `key` (the first one given wins).
    func append(_ key: UInt64, _ entry: CachedBriefing) {
        var payload = ByteWriter()
        entry.encode(into: &payload)
        let checksum = payload.bytes.withUnsafeBytes { FNV64.hash($0) }
        lock.withLock {
            guard let sink = openSink(), written.insert(key).inserted else { return }
            sink.append { writer in
                writer.write(key)
                writer.write(checksum)
                writer.write(payload.bytes.count)
                writer.bytes.append(contentsOf: payload.bytes)
            }
            count += 1
        }
    }

    /// Under the lock: the temp file, created with its header on first use.
    private func openSink() -> FileSink? {
        if let sink { return sink }
        guard failure == nil else { return nil }
        let url = folder.appendingPathComponent(BuildCache.fileName + ".tmp-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let made = try FileSink(url: url)
            made.append { writer in
                writer.bytes.append(contentsOf: BuildCache.magic)
                writer.write(BuildCache.formatVersion)
                writer.write(UInt64(0))  // the count, filled in by `finish`
            }
            sink = made
            temp = url
            return made
        } catch {
            failure = "\(error)"
            return nil
        }
    }

    /// Completes the file with the entries of `keys` not written in this build (copied from
    /// `old`) and puts it in place: entries of deleted or changed briefings go. Nothing is written
    /// when nothing changed. Returns a warning instead of throwing.
    func finish(keys: [UInt64], old: BuildCache) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let unchanged = sink == nil && failure == nil && old.discarded == nil && keys.count == old.count
            && keys.allSatisfy { old.entries[$0] != nil }
        if unchanged { return nil }
        guard let sink = openSink() else { return warning(failure ?? "cannot create the file") }
        for key in keys where !written.contains(key) {
            guard let (bytes, checksum) = old.rawEntry(key), written.insert(key).inserted else { continue }
            sink.append { writer in
                writer.write(key)
                writer.write(checksum)
                writer.write(bytes.count)
            }
            sink.append(bytes)
            count += 1
        }
        guard sink.patch(at: Self.countOffset, with: UInt64(count)), let temp else {
            return warning(sink.failure ?? "write failed")
        }
        self.sink = nil
        guard rename(temp.path, folder.appendingPathComponent(BuildCache.fileName).path) == 0 else {
            return warning(String(cString: strerror(errno)))
        }
        self.temp = nil
        return nil
    }

    /// Under the lock: removes the temp file; the warning for `reason`.
    private func warning(_ reason: String) -> String {
        sink = nil
        if let temp { try? FileManager.default.removeItem(at: temp) }
        temp = nil
        return "warning: cannot write the build cache in \(folder.path) (\(reason)); building without it"
    }

    /// Removes the temp file (a failed build): the old cache stays as it was.
    func discard() {
        lock.withLock {
            sink = nil
            if let temp { try? FileManager.default.removeItem(at: temp) }
            temp = nil
        }
    }
}

import Foundation

/// Writes the next cache file (`BuildCache`'s layout) while the build runs: each new or changed
/// entry is added as soon as its briefing is rendered (from any task), its heavy part into the
/// file and its row into a second temp file, so no body HTML waits in memory for the end of the
/// build. `finish` adds the old file's rows still in use (as stored, never decoded), the footer,
/// and renames the file into place; `discard` removes the temp files.
///
/// The old file's heavy parts are carried over by offset: the new file starts with a kernel copy
/// of the old one's heavy region, so unchanged rows stay valid as they are. When more than half
/// of that region is dead (entries edited or gone), the file is compacted instead: only the heavy
/// parts of rows still in use are copied, one by one, each row pointing at its new place.
///
/// The file is made on the first entry: a build where no entry changed and none went writes nothing.
final class CacheWriter: @unchecked Sendable {
    let folder: URL
    /// The cache this build read: where unchanged rows and heavy parts come from.
    let old: BuildCache
    private let lock = NSLock()
    /// The new file (header and heavy parts) and the rows, until `finish` appends them.
    private var sink: FileSink?
    private var rows: FileSink?
    private var compacting = false
    /// The keys of this build's briefings (`plan`): which old heavy parts stay alive.
    private var planned: Set<UInt64>?
    private var written: Set<UInt64> = []
    private var count = 0
    private var failure: String?

    init(folder: URL, old: BuildCache) {
        self.folder = folder
        self.old = old
    }

    /// Tells the writer the keys of every briefing of this build, before the first `append`:
    /// without them, every entry of the old file counts as still in use.
    func plan(keys: [UInt64]) {
        lock.withLock { planned = Set(keys) }
    }

    /// Adds the entry for `key` (the first one given wins). With `heavyIsNew` false, its heavy
    /// part is the old file's (the entry was not rendered again); else `entry.heavy` is written.
    func append(_ key: UInt64, _ entry: CachedBriefing, heavyIsNew: Bool) {
        var light = ByteWriter()
        light.bytes.reserveCapacity(4_096)
        entry.encode(into: &light)
        var heavy: ByteWriter?
        if heavyIsNew, let part = entry.heavy {
            var writer = ByteWriter()
            // The body, and room for the annotation, so the buffer is not copied as it grows.
            writer.bytes.reserveCapacity(part.bodyHTML.utf8.count * 3 / 2 + 1_024)
            part.encode(into: &writer)
            heavy = writer
        }
        let lightChecksum = light.bytes.withUnsafeBytes { FNV64.hash($0) }
        let heavyChecksum = heavy.map { writer in writer.bytes.withUnsafeBytes { FNV64.hash($0) } }
        lock.withLock {
            guard openSinks(), let sink, let rows, !written.contains(key) else { return }
            let place: (range: Range<Int>, checksum: UInt64)
            if let heavy, let heavyChecksum {
                let start = sink.offset
                sink.append(heavy.bytes[...])
                place = (start..<sink.offset, heavyChecksum)
            } else if let stored = old.entries[key], let carried = carry(stored) {
                place = carried
            } else {
                return
            }
            written.insert(key)
            Self.appendRow(to: rows, key: key, light: light.bytes[...], lightChecksum: lightChecksum, heavy: place)
            count += 1
        }
    }

    /// Key, light checksum and length, heavy offset, length and checksum.
    static let rowHeaderSize = 48

    private static func appendRow(
        to rows: FileSink, key: UInt64, light: ArraySlice<UInt8>, lightChecksum: UInt64, heavy: (range: Range<Int>, checksum: UInt64)
    ) {
        rows.append { writer in
            writer.write(key)
            writer.write(lightChecksum)
            writer.write(light.count)
            writer.write(heavy.range.lowerBound)
            writer.write(heavy.range.count)
            writer.write(heavy.checksum)
        }
        rows.append(light)
    }

    /// Under the lock: where an old heavy part is in the new file (copied there when compacting).
    private func carry(_ stored: BuildCache.Row) -> (range: Range<Int>, checksum: UInt64)? {
        guard compacting else { return (stored.heavy, stored.heavyChecksum) }
        guard let sink else { return nil }
        let start = sink.offset
        guard sink.append(from: old.descriptor, range: stored.heavy) else { return nil }
        return (start..<sink.offset, stored.heavyChecksum)
    }

    /// Under the lock: the temp files, created on first use: the header, then the old heavy
    /// region (unless compacting).
    private func openSinks() -> Bool {
        if sink != nil { return true }
        guard failure == nil else { return false }
        let suffix = ".tmp-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let made = try FileSink(url: folder.appendingPathComponent(BuildCache.fileName + suffix))
            let madeRows: FileSink
            do {
                madeRows = try FileSink(url: folder.appendingPathComponent(BuildCache.fileName + ".rows" + suffix), readable: true)
            } catch {
                try? FileManager.default.removeItem(at: made.url)
                throw error
            }
            sink = made
            rows = madeRows
            made.append { writer in
                writer.bytes.append(contentsOf: BuildCache.magic)
                writer.write(BuildCache.formatVersion)
            }
            let region = BuildCache.headerSize..<old.heavyEnd
            var live = 0
            for (key, row) in old.entries where planned?.contains(key) ?? true { live += row.heavy.count }
            compacting = live * 2 < region.count
            if !compacting, !region.isEmpty, !made.append(from: old.descriptor, range: region) {
                // Without the old heavy parts, every carried row would be wrong: compact instead.
                compacting = true
                failure = made.failure
                if failure != nil { return false }
            }
            return true
        } catch {
            failure = "\(error)"
            return false
        }
    }

    /// Completes the file with the rows of `keys` not written in this build (from `old`) and puts
    /// it in place: entries of deleted or changed briefings go. Nothing is written when nothing
    /// changed. Returns a warning instead of throwing.
    func finish(keys: [UInt64]) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let unchanged = sink == nil && failure == nil && old.discarded == nil && keys.count == old.count
            && keys.allSatisfy { old.entries[$0] != nil }
        if unchanged { return nil }
        guard openSinks(), let sink, let rows else { return warning(failure ?? "cannot create the file") }
        // Compacting: the heavy parts of the old rows still in use go first (the rows follow).
        var carried: [(key: UInt64, light: ArraySlice<UInt8>, checksum: UInt64, place: (range: Range<Int>, checksum: UInt64))] = []
        if compacting {
            for key in keys where !written.contains(key) {
                guard let (light, stored) = old.rawRow(key), let place = carry(stored) else { continue }
                written.insert(key)
                carried.append((key, light, stored.lightChecksum, place))
            }
        }
        // This build's rows, then the old rows still in use.
        let start = sink.offset
        guard rows.flush(), sink.append(from: rows.descriptor, range: 0..<rows.offset) else {
            return warning(sink.failure ?? rows.failure ?? "write failed")
        }
        if compacting {
            for row in carried {
                Self.appendRow(to: sink, key: row.key, light: row.light, lightChecksum: row.checksum, heavy: row.place)
                count += 1
            }
        } else {
            // Rows unchanged byte for byte (their heavy parts kept their offsets): copied from the
            // old file in the kernel, consecutive ones together.
            var ranges: [Range<Int>] = []
            for key in keys where !written.contains(key) {
                guard let stored = old.entries[key] else { continue }
                written.insert(key)
                ranges.append((old.heavyEnd + stored.light.lowerBound - Self.rowHeaderSize)..<(old.heavyEnd + stored.light.upperBound))
                count += 1
            }
            ranges.sort { $0.lowerBound < $1.lowerBound }
            var run: Range<Int>?
            for range in ranges {
                if let current = run, current.upperBound == range.lowerBound {
                    run = current.lowerBound..<range.upperBound
                    continue
                }
                if let current = run, !sink.append(from: old.descriptor, range: current) { return warning(sink.failure ?? "copy failed") }
                run = range
            }
            if let current = run, !sink.append(from: old.descriptor, range: current) { return warning(sink.failure ?? "copy failed") }
        }
        sink.append { writer in
            writer.write(start)
            writer.write(count)
            writer.bytes.append(contentsOf: BuildCache.magic)
        }
        guard sink.flush() else { return warning(sink.failure ?? "write failed") }
        let temp = sink.url
        removeTemps(keeping: temp)
        guard rename(temp.path, folder.appendingPathComponent(BuildCache.fileName).path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            return warning(reason)
        }
        return nil
    }

    /// Under the lock: closes and removes the temp files (but `keeping`).
    private func removeTemps(keeping: URL? = nil) {
        for url in [sink?.url, rows?.url].compactMap({ $0 }) where url != keeping {
            try? FileManager.default.removeItem(at: url)
        }
        sink = nil
        rows = nil
    }

    /// Under the lock: removes the temp files; the warning for `reason`.
    private func warning(_ reason: String) -> String {
        removeTemps()
        return "warning: cannot write the build cache in \(folder.path) (\(reason)); building without it"
    }

    /// Removes the temp files (a failed build): the old cache stays as it was.
    func discard() {
        lock.withLock { removeTemps() }
    }
}

import BriefContent
import Foundation

/// Writes the next cache (`BuildCache`'s two files) while the build runs: each new or changed
/// entry is added as soon as its briefing is rendered (from any task), its heavy part into the
/// heavy file and its row into the rows file, so nothing of it waits in memory for the end of the
/// build. `discard` removes the new files of a failed build.
///
/// Both files are appended to while at least half of them stays live: a one-file edit appends one
/// row and one heavy part, where rewriting would move tens of megabytes. Otherwise the file is
/// written anew: a new rows file gets this build's rows and, at `finish`, the old rows still in
/// use (as stored, never decoded), then replaces the old one; a new heavy file (when more than
/// half of the old one would be dead, or another build is appending to it) gets only the heavy
/// parts still in use, copied one by one, and the rows point at their new places.
///
/// The files are touched on the first entry: a build where no entry changed writes nothing.
final class CacheWriter: @unchecked Sendable {
    let folder: URL
    /// The cache this build read: where unchanged rows and heavy parts come from.
    let old: BuildCache
    private let lock = NSLock()
    /// Where this build's heavy parts and rows go.
    private var heavy: FileSink?
    private var rows: FileSink?
    /// The id of the heavy file the rows point into.
    private var heavyID: UInt64 = 0
    /// The old heavy file's size when appending to it; nil when a new heavy file is written.
    private var heavyAppendedFrom: Int?
    /// The same for the rows file; nil when a new one is written (and renamed in by `finish`).
    private var rowsAppendedFrom: Int?
    /// The keys of this build's briefings (`plan`): which old heavy parts stay alive.
    private var planned: Set<UInt64>?
    private var written: Set<UInt64> = []
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
    /// Returns where the entry's data-file fragments went in the rows file (`DataFragmentPlaces`),
    /// nil when its row was not written.
    @discardableResult
    func append(_ key: UInt64, _ entry: CachedBriefing, heavyIsNew: Bool) -> DataFragmentPlaces? {
        var light = ByteWriter()
        // Room for the fragments and the rest, so the row is not copied as it grows.
        let fragmentBytes = entry.fragments.map { $0.search.count + $0.briefing.count + $0.quotes.count } ?? 0
        light.bytes.reserveCapacity(fragmentBytes + 4_096)
        entry.encode(into: &light)
        let lightChecksum = light.bytes.withUnsafeBytes { FNV64.hash($0) }
        // The heavy part is encoded and hashed here, outside the lock: the lock is for the files
        // only, and every other briefing's append waited for an encoding done under it.
        var made: (bytes: ByteWriter, checksum: UInt64)?
        if heavyIsNew, let heavy = entry.heavy {
            var writer = ByteWriter()
            // So the buffer is seldom grown and copied.
            writer.bytes.reserveCapacity(heavy.likelyEncodedSize)
            heavy.encode(into: &writer, light: entry.entities)
            made = (writer, writer.bytes.withUnsafeBytes { FNV64.hash($0) })
        }
        return lock.withLock { () -> DataFragmentPlaces? in
            guard openSinks(), let heavy, let rows, !written.contains(key) else { return nil }
            let place: (range: Range<Int>, checksum: UInt64)
            if let made {
                let start = heavy.offset
                made.bytes.bytes.withUnsafeBytes { heavy.append($0) }
                place = (start..<heavy.offset, made.checksum)
            } else if let stored = old.entries[key], let carried = carry(stored) {
                place = carried
            } else {
                return nil
            }
            written.insert(key)
            // A row on disk never points past what the heavy file holds: the heavy parts are
            // written out before any row can be (not after each part: one write per briefing).
            if rows.mayWrite(appending: Self.rowHeaderSize + light.bytes.count) { heavy.flush() }
            let lightEnd = rows.offset + Self.rowHeaderSize + light.bytes.count
            Self.appendRow(to: rows, key: key, light: light.bytes[...], lightChecksum: lightChecksum, heavy: place)
            // The light part ends with the fragments (`CachedBriefing.encode`): the quotes' bytes
            // last, after their length (a varint), and the briefing's bytes before that length.
            guard let fragments = entry.fragments else { return nil }
            let quotesStart = lightEnd - fragments.quotes.count
            let briefingEnd = quotesStart - ByteWriter.varintSize(fragments.quotes.count)
            return DataFragmentPlaces(
                briefing: (briefingEnd - fragments.briefing.count)..<briefingEnd, quotes: quotesStart..<lightEnd)
        }
    }

    /// Where a row's fragments of `data/briefings.json` and `data/quotes.json` are in the rows
    /// file this build writes: a full build makes each briefing's records once, for the cache,
    /// and the data files read them back (`dataFragments()`) instead of making them again.
    struct DataFragmentPlaces: Sendable {
        var briefing: Range<Int>
        var quotes: Range<Int>
    }

    /// A reader of the rows written so far (everything buffered is written out first), for the
    /// data files to take fragments from (`DataFragmentPlaces`); nil when no rows file is open,
    /// or when rows are appended to the old file (an edit's rebuild: its few records are made
    /// again, and the old file is not written to before the build is known to succeed).
    /// Call it once every entry is appended: it reads only what was written before it.
    func dataFragments() -> WrittenFragments? {
        lock.withLock { () -> WrittenFragments? in
            guard let heavy, let rows, rowsAppendedFrom == nil else { return nil }
            // The heavy parts first: a row must never point past what the heavy file holds.
            guard heavy.flush(), rows.flush() else { return nil }
            return WrittenFragments(rows, end: rows.offset)
        }
    }

    /// Key, light checksum and length, heavy offset, length and checksum.
    static let rowHeaderSize = 48

    private static func appendRow(
        to rows: FileSink, key: UInt64, light: some ByteFragment, lightChecksum: UInt64, heavy: (range: Range<Int>, checksum: UInt64)
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

    /// Under the lock: where an old heavy part is in the heavy file written to (copied there when
    /// the file is a new one).
    private func carry(_ stored: BuildCache.Row) -> (range: Range<Int>, checksum: UInt64)? {
        guard heavyAppendedFrom == nil else { return (stored.heavy, stored.heavyChecksum) }
        guard let heavy else { return nil }
        let start = heavy.offset
        guard heavy.append(from: old.descriptor, range: stored.heavy) else { return nil }
        return (start..<heavy.offset, stored.heavyChecksum)
    }

    /// Under the lock: the heavy file and the rows file, opened on first use: the old ones to
    /// append to while at least half of each stays live, else new ones.
    private func openSinks() -> Bool {
        if rows != nil { return true }
        guard failure == nil else { return false }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var liveHeavy = 0
            var liveRows = 0
            for (key, row) in old.entries where planned?.contains(key) ?? true {
                liveHeavy += row.heavy.count
                liveRows += Self.rowHeaderSize + row.light.count
            }
            var oldHeavy = stat()
            if old.descriptor >= 0, fstat(old.descriptor, &oldHeavy) == 0, liveHeavy * 2 >= old.heavySize - BuildCache.headerSize,
                let appending = FileSink(appendingTo: BuildCache.heavyURL(in: folder, id: old.heavyID), sameFileAs: FileIdentity(oldHeavy)) {
                heavy = appending
                heavyID = old.heavyID
                heavyAppendedFrom = appending.offset
                // Appended to only when it ends where its sound rows do (and is still the file
                // read): after a torn tail it is written anew, as bytes of a cache file are never
                // changed in place (another build may have it mapped).
                if liveRows * 2 >= old.rowsEnd - BuildCache.headerSize, let rowsFile = old.rowsFile,
                    let appendingRows = FileSink(
                        appendingTo: folder.appendingPathComponent(BuildCache.fileName), sameFileAs: rowsFile, size: old.rowsEnd) {
                    rows = appendingRows
                    rowsAppendedFrom = old.rowsEnd
                    return true
                }
            } else {
                heavyID = UInt64.random(in: 1...UInt64.max)
                let made = try FileSink(url: BuildCache.heavyURL(in: folder, id: heavyID), locked: true)
                heavy = made
                made.append { Self.writeHeader(BuildCache.heavyMagic, id: heavyID, into: &$0) }
            }
            let made = try FileSink(url: folder.appendingPathComponent(BuildCache.fileName + ".tmp-\(UInt32.random(in: 0...UInt32.max))"), locked: true)
            rows = made
            made.append { Self.writeHeader(BuildCache.magic, id: heavyID, into: &$0) }
            return true
        } catch {
            removeTemps()
            failure = "\(error)"
            return false
        }
    }

    private static func writeHeader(_ magic: [UInt8], id: UInt64, into writer: inout ByteWriter) {
        writer.bytes.append(contentsOf: magic)
        writer.write(BuildCache.formatVersion)
        writer.write(id)
    }

    /// Completes the cache for a build of the briefings with `keys`: appended files are flushed;
    /// a new rows file gets the old rows of `keys` not written in this build and replaces the old
    /// one. Entries of deleted or changed briefings go when their file is next written anew.
    /// Nothing is written when nothing changed. Returns a warning instead of throwing.
    func finish(keys: [UInt64]) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if rows == nil {
            // Nothing new: written only to drop a cache that could not be used, or whose rows are
            // now mostly dead.
            var live = 0
            for key in keys { if let row = old.entries[key] { live += Self.rowHeaderSize + row.light.count } }
            let mostlyDead = live * 2 < old.rowsEnd - BuildCache.headerSize
            guard (old.discarded != nil && !keys.isEmpty) || mostlyDead else { return nil }
            planned = Set(keys)
        }
        guard openSinks(), let heavy, let rows else { return warning(failure ?? "cannot create the file") }
        // The rows carried below may write out the rows' buffer: this build's heavy parts first.
        heavy.flush()
        if rowsAppendedFrom == nil {
            for key in keys where !written.contains(key) {
                guard let stored = old.entries[key] else { continue }
                if heavyAppendedFrom != nil {
                    // Its heavy part stays where it is: the row goes as stored.
                    guard let row = old.storedRow(stored) else { continue }
                    rows.append(row)
                } else {
                    guard let (light, _) = old.rawRow(key), let place = carry(stored) else { continue }
                    Self.appendRow(to: rows, key: key, light: light, lightChecksum: stored.lightChecksum, heavy: place)
                }
                written.insert(key)
            }
        }
        // The heavy parts first: a row must never point past what the heavy file holds.
        guard heavy.flush(), rows.flush() else { return warning(heavy.failure ?? rows.failure ?? "write failed") }
        if rowsAppendedFrom == nil {
            guard rename(rows.url.path, folder.appendingPathComponent(BuildCache.fileName).path) == 0 else {
                return warning(String(cString: strerror(errno)))
            }
        }
        self.rows = nil
        self.heavy = nil
        removeLeftovers()
        return nil
    }

    /// Heavy files no rows point at any more (the one a new heavy file replaced, any a killed
    /// build left) and the temp files of killed builds (`briefings.bin.tmp-*`, `parsed.bin.tmp-*`,
    /// tens of megabytes each). A file another build holds (`flock`, while it writes it) is left.
    private func removeLeftovers() {
        let current = BuildCache.heavyURL(in: folder, id: heavyID).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let temps = [BuildCache.fileName, ParsedBriefings.fileName].map { $0 + ".tmp-" }
        for name in names {
            let isOldHeavy = name.hasPrefix("heavy-") && name.hasSuffix(".bin") && name != current
            guard isOldHeavy || temps.contains(where: name.hasPrefix) else { continue }
            let path = folder.appendingPathComponent(name).path
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(descriptor)
        }
    }

    /// Under the lock: new files go; what was appended to the old ones stays (complete rows and
    /// parts are sound entries, a torn tail is ignored by the next build), as bytes of a cache
    /// file are never changed in place.
    private func removeTemps() {
        if let rows, rowsAppendedFrom == nil { try? FileManager.default.removeItem(at: rows.url) }
        if let heavy, heavyAppendedFrom == nil { try? FileManager.default.removeItem(at: heavy.url) }
        rows = nil
        heavy = nil
    }

    /// Under the lock: undoes the files; the warning for `reason`.
    private func warning(_ reason: String) -> String {
        removeTemps()
        return "warning: cannot write the build cache in \(folder.path) (\(reason)); building without it"
    }

    /// A failed build: new files go; the old ones keep their sound entries.
    func discard() {
        lock.withLock { removeTemps() }
    }
}

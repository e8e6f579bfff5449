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
        // The light part's head and the heavy part are encoded (and the heavy part hashed) here,
        // outside the lock, into one buffer reused from append to append (`scratch`): every other
        // briefing's append waited for an encoding done under it. Under the lock the row is
        // assembled: the fragments, nearly all of a row's bytes, are copied once, straight from
        // where the renderer made them into the rows file's buffer, and checksummed there
        // (`writeRow`, about 5 KB a row).
        var scratch = takeScratch()
        // Both parts name the light part's entities by position: one table of them for both.
        let byID = entry.entitiesByID()
        entry.encodeHead(into: &scratch, byID: byID)
        let headCount = scratch.bytes.count
        var heavyChecksum: UInt64?
        if heavyIsNew, let heavy = entry.heavy {
            heavy.encode(into: &scratch, light: entry.entities, lightByID: byID)
            heavyChecksum = scratch.bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[headCount...])) }
        }
        let fragmentBytes = entry.fragments.map(CachedBriefing.encodedSize) ?? 0
        let lightCount = headCount + fragmentBytes
        return lock.withLock { () -> DataFragmentPlaces? in
            defer { giveBack(&scratch) }
            guard openSinks(), let heavy, let rows, !written.contains(key) else { return nil }
            let place: (range: Range<Int>, checksum: UInt64)
            if let heavyChecksum {
                let start = heavy.offset
                scratch.bytes.withUnsafeBytes { heavy.append(UnsafeRawBufferPointer(rebasing: $0[headCount...])) }
                place = (start..<heavy.offset, heavyChecksum)
            } else if let stored = old.entries[key], let carried = carry(stored) {
                place = carried
            } else {
                return nil
            }
            written.insert(key)
            // A row on disk never points past what the heavy file holds: the heavy parts are
            // written out before any row can be (not after each part: one write per briefing).
            if rows.mayWrite(appending: Self.rowHeaderSize + lightCount) { heavy.flush() }
            let lightEnd = rows.offset + Self.rowHeaderSize + lightCount
            rows.append { writer in
                Self.writeRow(into: &writer, key: key, heavy: place) { light in
                    scratch.bytes.withUnsafeBufferPointer { light.bytes.append(contentsOf: $0[..<headCount]) }
                    if let fragments = entry.fragments { CachedBriefing.encode(fragments, into: &light) }
                }
            }
            // The light part ends with the fragments (`CachedBriefing.encode`): the quotes' bytes
            // last, after their length (a varint), and the briefing's bytes before that length.
            guard let fragments = entry.fragments else { return nil }
            let quotesStart = lightEnd - fragments.quotes.count
            let briefingEnd = quotesStart - ByteWriter.varintSize(fragments.quotes.count)
            return DataFragmentPlaces(
                briefing: (briefingEnd - fragments.briefing.count)..<briefingEnd, quotes: quotesStart..<lightEnd)
        }
    }

    /// Buffers `append` encodes into, one per append under way, kept for the next ones: a buffer
    /// per append (grown for each briefing) was an allocation, and copies as it grew, per entry.
    private var scratches: [ByteWriter] = []
    /// A buffer grown past this (a briefing dense with names) is dropped, not kept for the build.
    private static let keptScratchCapacity = 1 << 18

    private func takeScratch() -> ByteWriter {
        lock.withLock { scratches.popLast() } ?? ByteWriter(capacity: 16_384)
    }

    /// Under the lock.
    private func giveBack(_ scratch: inout ByteWriter) {
        guard scratch.bytes.capacity <= Self.keptScratchCapacity else { return }
        scratch.bytes.removeAll(keepingCapacity: true)
        scratches.append(scratch)
        scratch = ByteWriter()
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

    /// A row whose light part `writeLight` writes: its header, the light part, then the light
    /// part's length and checksum filled in, hashed where it lies in `writer`.
    private static func writeRow(
        into writer: inout ByteWriter, key: UInt64, heavy: (range: Range<Int>, checksum: UInt64),
        writeLight: (inout ByteWriter) -> Void
    ) {
        let start = writer.bytes.count
        writeHeader(into: &writer, key: key, lightChecksum: 0, lightCount: 0, heavy: heavy)
        let lightStart = writer.bytes.count
        writeLight(&writer)
        let lightCount = writer.bytes.count - lightStart
        let checksum = writer.bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[lightStart...])) }
        // The header's second and third words (`writeHeader`).
        writer.bytes.withUnsafeMutableBytes { row in
            row.storeBytes(of: checksum.littleEndian, toByteOffset: start + 8, as: UInt64.self)
            row.storeBytes(of: UInt64(lightCount).littleEndian, toByteOffset: start + 16, as: UInt64.self)
        }
    }

    /// A row whose light part is at hand with its checksum (a row carried as stored).
    private static func appendRow(
        to rows: FileSink, key: UInt64, light: some ByteFragment, lightChecksum: UInt64, heavy: (range: Range<Int>, checksum: UInt64)
    ) {
        rows.append { writeHeader(into: &$0, key: key, lightChecksum: lightChecksum, lightCount: light.count, heavy: heavy) }
        rows.append(light)
    }

    /// A row's header, `rowHeaderSize` bytes: key, light checksum and length, heavy offset,
    /// length and checksum.
    private static func writeHeader(
        into writer: inout ByteWriter, key: UInt64, lightChecksum: UInt64, lightCount: Int, heavy: (range: Range<Int>, checksum: UInt64)
    ) {
        writer.write(key)
        writer.write(lightChecksum)
        writer.write(lightCount)
        writer.write(heavy.range.lowerBound)
        writer.write(heavy.range.count)
        writer.write(heavy.checksum)
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
            guard (old.discarded != nil && !keys.isEmpty) || mostlyDead else {
                // A killed build's temp files still go: a first build killed while parsing
                // leaves a parsed.bin.tmp-* of up to 25 MB, and the builds after it may write no row.
                removeUnheld(where: Self.isTempName)
                return nil
            }
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
        removeUnheld { name in
            (name.hasPrefix("heavy-") && name.hasSuffix(".bin") && name != current) || Self.isTempName(name)
        }
    }

    /// A temp file of a cache file being written anew (`briefings.bin.tmp-*`, `parsed.bin.tmp-*`).
    private static func isTempName(_ name: String) -> Bool {
        name.hasPrefix(BuildCache.fileName + ".tmp-") || name.hasPrefix(ParsedBriefings.fileName + ".tmp-")
    }

    /// Removes the cache folder's files named so that another build does not hold (`flock`,
    /// while it writes them).
    private func removeUnheld(where isLeftover: (String) -> Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where isLeftover(name) {
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

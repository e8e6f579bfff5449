/// A read-only set of byte strings with a bit set of flags each, looked up by a byte
/// range without allocating. Keys are compared with ASCII case folded and any run of
/// whitespace equal to one space. Open addressing over one flat byte buffer:
/// a lookup is O(length of the key).
///
/// Laid out for the cache: a probe reads one 32-bit slot (hash tag and entry index
/// together), so most misses cost one memory access and a hit three (slot, entry, bytes);
/// the gazetteer's slots take 1 MB.
struct ByteLexicon: Sendable {
    /// One key: where its folded bytes are in `storage`, and its flags.
    private struct Entry: Sendable {
        var start: UInt32
        var length: UInt32
        var flags: UInt32
    }

    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    /// Per slot: 0 when empty, else the hash tag in the bits above `indexBits` and entry index + 1
    /// in the low `indexBits` (entries stay below half the slot count, so the index fits).
    private var slots: [UInt32]
    private var mask: Int
    private var indexBits: UInt32
    /// One bit per hash (`filterBit`) of the keys of several words, empty while there are
    /// none: a look-up of several words (the chunk classifier tries many that are no name)
    /// is turned away here, in a few kilobytes, before the large slot table is read.
    private var spacedKeys: [UInt64] = []
    private static let filterBits: UInt64 = 16

    init(capacity: Int) {
        var size = 16
        while size < capacity + capacity / 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        indexBits = UInt32(size.trailingZeroBitCount)
        entries.reserveCapacity(capacity)
    }

    /// A set of words (flag 1 each), asked with `contains`.
    init(words: some Sequence<String>) {
        let list = Array(words)
        self.init(capacity: list.count)
        for word in list { insert(Array(word.utf8), flags: 1) }
    }

    var count: Int { entries.count }

    /// Whether `bytes[range]` (folded) is a key.
    @inline(__always) func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        find(bytes, range) != nil
    }

    /// Whether `text[range]` equals `word` (lower-case ASCII) with ASCII case folded.
    @inline(__always) static func equalsFolded(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<range.count where ByteClass.lower(text[range.lowerBound + k]) != w[k] { return false }
        return true
    }

    /// Adds `flags` to the entry for `key` (creating it).
    mutating func insert(_ key: some Collection<UInt8>, flags: UInt32) {
        let bytes = Array(key)
        bytes.withUnsafeBufferPointer { insert($0, 0..<$0.count, flags: flags) }
    }

    /// Adds `flags` to the entry for `bytes[range]` (creating it).
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flags: UInt32) {
        insertKeys(of: UnsafeBufferPointer(rebasing: bytes[range]), splittingLines: false) { _, _ in flags }
    }

    /// Adds each line of `text` (split at line feeds; lines with no byte but whitespace add
    /// nothing) with the flags `flags` gives for its bytes. The gazetteer's 110,000 lines go in
    /// this way, each folded straight from the list into the storage and placed through
    /// pointers: key by key through `insert`, the arrays' bookkeeping cost about 600
    /// instructions a key, which every build that annotates paid.
    mutating func insertLines(of text: UnsafeBufferPointer<UInt8>, flags: (UnsafeBufferPointer<UInt8>, Range<Int>) -> UInt32) {
        insertKeys(of: text, splittingLines: true, flags: flags)
    }

    /// `insertLines`, or the whole of `text` as one key when not `splittingLines`. The tables
    /// are moved into locals first (unique, so written in place), and grown beforehand for a
    /// key per line; each key is folded onto the end of the storage, hashed as it is written
    /// (it is its own normal form), and taken back if it was known.
    private mutating func insertKeys(
        of text: UnsafeBufferPointer<UInt8>, splittingLines: Bool, flags: (UnsafeBufferPointer<UInt8>, Range<Int>) -> UInt32
    ) {
        guard !text.isEmpty else { return }
        var lines = 1
        if splittingLines { for byte in text where byte == 0x0A { lines += 1 } }
        while (entries.count + lines) * 2 > slots.count { grow() }
        var storage = self.storage, entries = self.entries, slots = self.slots
        self.storage = []
        self.entries = []
        self.slots = []
        defer {
            self.storage = storage
            self.entries = entries
            self.slots = slots
        }
        // Room for every byte (a folded key is never longer than its bytes), given back below.
        let start = storage.count
        storage.append(contentsOf: repeatElement(0, count: text.count))
        entries.reserveCapacity(entries.count + lines)
        var end = start
        storage.withUnsafeMutableBufferPointer { storage in
            slots.withUnsafeMutableBufferPointer { slots in
                var lineStart = 0
                while lineStart < text.count {
                    var lineEnd = lineStart
                    if splittingLines { while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 } } else { lineEnd = text.count }
                    defer { lineStart = lineEnd + 1 }
                    // Folded: ASCII lower case, whitespace runs as one space, none at the ends.
                    var folded = TableHashing.empty
                    var length = 0
                    var space = false
                    var spaced = false
                    for i in lineStart..<lineEnd {
                        let b = text[i]
                        // One compare for the bytes of words (nearly all).
                        if b <= 0x20 && ByteClass.isSpace(b) { space = length > 0; continue }
                        if space {
                            storage[end + length] = 0x20
                            length += 1
                            folded = TableHashing.adding(0x20, to: folded)
                            space = false
                            spaced = true
                        }
                        let l = ByteClass.lower(b)
                        storage[end + length] = l
                        length += 1
                        folded = TableHashing.adding(l, to: folded)
                    }
                    guard length > 0 else { continue }
                    let keyFlags = flags(text, lineStart..<lineEnd)
                    let h = Int(truncatingIfNeeded: folded ^ (folded >> 29))
                    let key = UnsafeBufferPointer(storage)
                    let known = entries.withUnsafeBufferPointer { probePlain(UnsafeBufferPointer(slots), $0, key, hash: h, key, end..<(end + length)) }
                    if let e = known {
                        entries[e].flags |= keyFlags
                        continue
                    }
                    entries.append(Entry(start: UInt32(end), length: UInt32(length), flags: keyFlags))
                    place(entries.count - 1, hash: h, in: slots)
                    if spaced { markSpacedKey(h) }
                    end += length
                }
            }
        }
        storage.removeLast(storage.count - end)
    }

    /// The entry whose key equals `t[r]` with ASCII case folded (a key without whitespace
    /// but single inner spaces, so its own normal form), found by its hash `hash` in `slots`;
    /// nil when there is none. Inserting asks it of a key folded already (folding it again
    /// changes nothing).
    @inline(__always) private func probePlain(
        _ slots: UnsafeBufferPointer<UInt32>, _ entries: UnsafeBufferPointer<Entry>, _ storage: UnsafeBufferPointer<UInt8>,
        hash: Int, _ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>
    ) -> Int? {
        var s = hash & mask
        let tag = tag(hash)
        let indexMask = UInt32(mask)
        let length = r.count
        while true {
            let v = slots[s]
            if v == 0 { return nil }
            if v >> indexBits == tag {
                let e = Int(v & indexMask) - 1
                let entry = entries[e]
                if Int(entry.length) == length {
                    let start = Int(entry.start)
                    var k = 0
                    while k < length, storage[start + k] == ByteClass.lower(t[r.lowerBound + k]) { k += 1 }
                    if k == length { return e }
                }
            }
            s = (s + 1) & mask
        }
    }

    /// Sets the filter bit of a key of several words with hash `h` (`hash(_:_:)`).
    private mutating func markSpacedKey(_ h: Int) {
        if spacedKeys.isEmpty { spacedKeys = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64) }
        let bit = Self.filterBit(h)
        spacedKeys[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Reserves room for `bytes` more key bytes.
    mutating func reserveStorage(_ bytes: Int) {
        storage.reserveCapacity(storage.count + bytes)
    }

    /// The flags of the entry equal to `bytes[range]` (folded), or 0.
    @inline(__always) func flags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        guard let e = find(bytes, range) else { return 0 }
        return entries[e].flags
    }

    /// `flags(_:_:)` for a caller that has already hashed `bytes[range]` as the lexicon does
    /// for a key without odd whitespace: FNV-1a (`TableHashing`) over its ASCII-folded bytes.
    @inline(__always) func flags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldedHash: UInt64) -> UInt32 {
        guard let e = find(bytes, range, foldedHash: foldedHash) else { return 0 }
        return entries[e].flags
    }

    /// `flags(_:_:foldedHash:)` for a caller that has checked the whitespace of `bytes[range]`
    /// itself: none but single spaces between other bytes (`spaced` when there is such a
    /// space). The bytes are not read again before the table is probed.
    @inline(__always) func flags(plain bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldedHash: UInt64, spaced: Bool) -> UInt32 {
        guard let e = find(bytes, range, foldedHash: foldedHash, checkedSpaced: spaced) else { return 0 }
        return entries[e].flags
    }

    func flags(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32 {
        bytes.withUnsafeBufferPointer { flags($0, range) }
    }

    func flags(_ string: String) -> UInt32 {
        let b = Array(string.utf8)
        return flags(b, 0..<b.count)
    }

    // MARK: - internals

    /// FNV-1a over the folded key, whitespace runs hashed as one space.
    @inline(__always) private static func hash(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var h = TableHashing.empty
        var space = false
        var any = false
        for i in r {
            let b = t[i]
            if ByteClass.isSpace(b) { space = any; continue }
            if space { h = TableHashing.adding(0x20, to: h); space = false }
            h = TableHashing.adding(ByteClass.lower(b), to: h)
            any = true
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The bit of `spacedKeys` for a key's hash (`hash(_:_:)`).
    @inline(__always) private static func filterBit(_ hash: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> (64 - filterBits))
    }

    /// Whether a key of several words with hash `full` may be present.
    @inline(__always) private func maySpacedKey(_ full: Int) -> Bool {
        if spacedKeys.isEmpty { return false }
        let bit = Self.filterBit(full)
        return spacedKeys.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    /// `checkedSpaced`: the caller has hashed the range (`foldedHash`) and found no whitespace
    /// but single spaces between other bytes; true when there is such a space.
    @inline(__always) private func find(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, foldedHash: UInt64? = nil,
                                        checkedSpaced: Bool? = nil) -> Int? {
        guard !r.isEmpty else { return nil }
        // Fast path: no whitespace but single spaces between other bytes (one word, or a
        // name of several): the bytes are their own normal form, hashed in one loop.
        var h = TableHashing.empty
        var plain = true
        var spaced = false
        var i = r.lowerBound
        if let foldedHash, let checkedSpaced {
            h = foldedHash
            spaced = checkedSpaced
        } else if let foldedHash {
            h = foldedHash
            while i < r.upperBound {
                let b = t[i]
                if b <= 0x20 && ByteClass.isSpace(b) {
                    if b != 0x20 || i == r.lowerBound || i == r.upperBound - 1 || t[i - 1] == 0x20 { plain = false; break }
                    spaced = true
                }
                i += 1
            }
        } else {
            while i < r.upperBound {
                let b = t[i]
                if b <= 0x20 && ByteClass.isSpace(b) {
                    if b != 0x20 || i == r.lowerBound || i == r.upperBound - 1 || t[i - 1] == 0x20 { plain = false; break }
                    spaced = true
                }
                h = TableHashing.adding(ByteClass.lower(b), to: h)
                i += 1
            }
        }
        let full = plain ? Int(truncatingIfNeeded: h ^ (h >> 29)) : ByteLexicon.hash(t, r)
        if !plain { spaced = ByteLexicon.hasInnerSpace(t, r) }
        if spaced && !maySpacedKey(full) { return nil }
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                storage.withUnsafeBufferPointer { storage in
                    if plain { return probePlain(slots, entries, storage, hash: full, t, r) }
                    var s = full & mask
                    let tag = tag(full)
                    let indexMask = UInt32(mask)
                    while true {
                        let v = slots[s]
                        if v == 0 { return nil }
                        if v >> indexBits == tag {
                            let e = Int(v & indexMask) - 1
                            if equal(entries[e], storage, t, r) { return e }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    /// Whether whitespace stands between two other bytes of `t[r]` (its normal form has a space).
    private static func hasInnerSpace(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var seenByte = false
        var pending = false
        for i in r {
            if ByteClass.isSpace(t[i]) {
                pending = seenByte
            } else {
                if pending { return true }
                seenByte = true
            }
        }
        return false
    }

    @inline(__always) private func equal(_ entry: Entry, _ storage: UnsafeBufferPointer<UInt8>,
                                         _ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let start = Int(entry.start)
        let len = Int(entry.length)
        var k = 0
        var i = r.lowerBound
        // Skip leading and collapse inner whitespace the way `insert` does.
        while i < r.upperBound, ByteClass.isSpace(t[i]) { i += 1 }
        while i < r.upperBound {
            var b = t[i]
            if ByteClass.isSpace(b) {
                while i < r.upperBound, ByteClass.isSpace(t[i]) { i += 1 }
                if i == r.upperBound { break }
                b = 0x20
                i -= 1
            }
            if k >= len || storage[start + k] != ByteClass.lower(b) { return false }
            k += 1
            i += 1
        }
        return k == len
    }

    /// The hash bits that fit above the entry index.
    @inline(__always) private func tag(_ hash: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: UInt(bitPattern: hash) >> 40) & (UInt32.max >> indexBits)
    }

    /// Puts entry `e` with hash `hash` into the first free slot of its probe run.
    @inline(__always) private func place(_ e: Int, hash: Int, in slots: UnsafeMutableBufferPointer<UInt32>) {
        var s = hash & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = tag(hash) << indexBits | UInt32(e + 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        indexBits = UInt32(size.trailingZeroBitCount)
        slots.withUnsafeMutableBufferPointer { slots in
            storage.withUnsafeBufferPointer { storage in
                for e in entries.indices {
                    let start = Int(entries[e].start), len = Int(entries[e].length)
                    place(e, hash: ByteLexicon.hash(storage, start..<(start + len)), in: slots)
                }
            }
        }
        self.slots = slots
    }
}

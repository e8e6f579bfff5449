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

    /// Adds `flags` to the entry for `bytes[range]` (creating it), without a temporary copy:
    /// the key is copied onto the end of the storage and folded there, in place (a folded key
    /// is never longer than its bytes), and taken back if it was known. Byte by byte through
    /// `append`, the gazetteer's 110,000 keys took some 20 ms of the first annotation.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flags: UInt32) {
        let start = storage.count
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        var spaced = false
        // The folded key is its own normal form: hashed once as it is written.
        var folded = TableHashing.empty
        let length = storage.withUnsafeMutableBufferPointer { storage in
            var end = start
            var space = false
            for i in start..<storage.count {
                let b = storage[i]
                if ByteClass.isSpace(b) { space = end > start; continue }
                if space {
                    storage[end] = 0x20
                    end += 1
                    folded = TableHashing.adding(0x20, to: folded)
                    space = false
                    spaced = true
                }
                let l = ByteClass.lower(b)
                storage[end] = l
                end += 1
                folded = TableHashing.adding(l, to: folded)
            }
            return end - start
        }
        storage.removeLast(storage.count - start - length)
        guard length > 0 else { return }
        let found: Int? = storage.withUnsafeBufferPointer {
            find($0, start..<(start + length), foldedHash: folded, checkedSpaced: spaced)
        }
        if let e = found {
            entries[e].flags |= flags
            storage.removeLast(length)
            return
        }
        if entries.count * 2 >= slots.count { grow() }
        entries.append(Entry(start: UInt32(start), length: UInt32(length), flags: flags))
        // `hash(_:_:)` of the normal form.
        let h = Int(truncatingIfNeeded: folded ^ (folded >> 29))
        place(entries.count - 1, hash: h)
        if spaced {
            if spacedKeys.isEmpty { spacedKeys = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64) }
            let bit = Self.filterBit(h)
            spacedKeys[bit >> 6] |= 1 << UInt64(bit & 63)
        }
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
                    var s = full & mask
                    let tag = tag(full)
                    let indexMask = UInt32(mask)
                    if plain {
                        let len = r.count
                        while true {
                            let v = slots[s]
                            if v == 0 { return nil }
                            if v >> indexBits == tag {
                                let e = Int(v & indexMask) - 1
                                let entry = entries[e]
                                if Int(entry.length) == len {
                                    let start = Int(entry.start)
                                    var k = 0
                                    while k < len, storage[start + k] == ByteClass.lower(t[r.lowerBound + k]) { k += 1 }
                                    if k == len { return e }
                                }
                            }
                            s = (s + 1) & mask
                        }
                    }
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

    private mutating func place(_ e: Int, hash: Int) {
        var s = hash & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = tag(hash) << indexBits | UInt32(e + 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        indexBits = UInt32(size.trailingZeroBitCount)
        for e in entries.indices {
            let start = Int(entries[e].start), len = Int(entries[e].length)
            let h = storage.withUnsafeBufferPointer { ByteLexicon.hash($0, start..<(start + len)) }
            place(e, hash: h)
        }
    }
}

/// A read-only set of byte strings with a bit set of flags each, looked up by a byte
/// range without allocating. Keys are compared with ASCII case folded and any run of
/// whitespace equal to one space. Open addressing over one flat byte buffer:
/// a lookup is O(length of the key).
struct ByteLexicon: Sendable {
    private var storage: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var values: [UInt32] = []
    private var slots: [Int32]
    /// Per slot, the high bits of its entry's hash: most probes that miss stop here.
    private var tags: [UInt32]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        tags = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { starts.count }

    /// Adds `flags` to the entry for `key` (creating it).
    mutating func insert(_ key: some Collection<UInt8>, flags: UInt32) {
        let folded = ByteLexicon.normalize(key)
        guard !folded.isEmpty else { return }
        if let e = folded.withUnsafeBufferPointer({ find($0, 0..<folded.count) }) {
            values[e] |= flags
            return
        }
        if starts.count * 2 >= slots.count { grow() }
        let e = starts.count
        starts.append(Int32(storage.count))
        lengths.append(Int32(folded.count))
        values.append(flags)
        storage.append(contentsOf: folded)
        place(e, hash: folded.withUnsafeBufferPointer { ByteLexicon.hash($0, 0..<folded.count) })
    }

    /// The flags of the entry equal to `bytes[range]` (folded), or 0.
    func flags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        guard let e = find(bytes, range) else { return 0 }
        return values[e]
    }

    func flags(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32 {
        bytes.withUnsafeBufferPointer { flags($0, range) }
    }

    func flags(_ string: String) -> UInt32 {
        let b = Array(string.utf8)
        return flags(b, 0..<b.count)
    }

    // MARK: - internals

    private static func normalize(_ key: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(key.count)
        var space = false
        for b in key {
            if ByteClass.isSpace(b) { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(ByteClass.lower(b))
        }
        return out
    }

    /// FNV-1a over the folded key, whitespace runs hashed as one space.
    @inline(__always) private static func hash(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        var space = false
        var any = false
        for i in r {
            let b = t[i]
            if ByteClass.isSpace(b) { space = any; continue }
            if space { h = (h ^ 0x20) &* 0x100000001b3; space = false }
            h = (h ^ UInt64(ByteClass.lower(b))) &* 0x100000001b3
            any = true
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func find(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty else { return nil }
        // Fast path for one word (no whitespace): the common case, one probe loop.
        var h: UInt64 = 0xcbf29ce484222325
        var plain = true
        for i in r {
            let b = t[i]
            if b <= 0x20 || (b == 0xC2 && i + 1 < r.upperBound && t[i + 1] == 0xA0) { plain = false; break }
            h = (h ^ UInt64(ByteClass.lower(b))) &* 0x100000001b3
        }
        if plain {
            let full = Int(truncatingIfNeeded: h ^ (h >> 29))
            var s = full & mask
            let tag = ByteLexicon.tag(full)
            let len = r.count
            while true {
                let e = Int(slots[s])
                if e < 0 { return nil }
                if tags[s] == tag && Int(lengths[e]) == len {
                    let start = Int(starts[e])
                    var k = 0
                    while k < len, storage[start + k] == ByteClass.lower(t[r.lowerBound + k]) { k += 1 }
                    if k == len { return e }
                }
                s = (s + 1) & mask
            }
        }
        var s = ByteLexicon.hash(t, r) & mask
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if equal(e, t, r) { return e }
            s = (s + 1) & mask
        }
    }

    @inline(__always) private func equal(_ e: Int, _ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let start = Int(starts[e])
        let len = Int(lengths[e])
        var k = 0
        var i = r.lowerBound
        // Skip leading and collapse inner whitespace the way `normalize` does.
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

    @inline(__always) private static func tag(_ hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: UInt(bitPattern: hash) >> 40) }

    private mutating func place(_ e: Int, hash: Int) {
        var s = hash & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(e)
        tags[s] = ByteLexicon.tag(hash)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        tags = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for e in 0..<starts.count {
            let start = Int(starts[e]), len = Int(lengths[e])
            let h = storage.withUnsafeBufferPointer { ByteLexicon.hash($0, start..<(start + len)) }
            place(e, hash: h)
        }
    }
}

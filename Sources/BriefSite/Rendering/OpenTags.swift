import BriefMarkdown

/// The entity opening tags of one briefing's weaving, by the mentions' own ids: a small
/// open-addressed table hashed with FNV-1a over the id's bytes (no `Hasher` per mention; most
/// ids are short). An id that resolves to no entity maps to nil.
struct OpenTags {
    private var keys: [String] = []
    private var hashes: [UInt64] = []
    private var values: [MarkdownWrapList.Markup?] = []
    /// Entry index + 1 per slot; 0 is empty. Power-of-two sized, at most half full.
    private var slots: [Int32]

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        keys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// A hash of `id`'s UTF-8 bytes, eight at a time (a multiply and a rotate per word).
    static func hash(_ id: String) -> UInt64 {
        if let hash = id.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        return Array(id.utf8).withUnsafeBufferPointer(hash(bytes:))
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* k
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            hash = ((hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k).rotated()
            i += 8
        }
        if i < bytes.count {
            var last: UInt64 = 0
            for j in i..<bytes.count { last = last << 8 | UInt64(bytes[j]) }
            hash = ((hash ^ last) &* k).rotated()
        }
        return hash ^ (hash >> 32)
    }

    /// The entry for `id` (of hash `hash`): nil when absent, `.some(nil)` when it resolves to nothing.
    func find(_ id: String, hash: UInt64) -> MarkdownWrapList.Markup?? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            if hashes[e - 1] == hash && keys[e - 1] == id { return .some(values[e - 1]) }
            s = (s + 1) & mask
        }
    }

    /// Adds `id` (absent) with `value`.
    mutating func insert(_ id: String, hash: UInt64, _ value: MarkdownWrapList.Markup?) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(id)
        hashes.append(hash)
        values.append(value)
        place(keys.count - 1)
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        let hash = hashes[e]
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in keys.indices { place(e) }
    }
}

private extension UInt64 {
    @inline(__always) func rotated() -> UInt64 { self << 23 | self >> 41 }
}

import BriefMarkdown

/// The entity opening tags of one briefing's weaving, by the mentions' own ids: a small
/// open-addressed table hashed with `FNV64` over the id's bytes (no `Hasher` per mention; most
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

    /// A hash of `id`'s UTF-8 bytes: `FNV64`'s, which reads a word at a time.
    static func hash(_ id: String) -> UInt64 {
        var hasher = FNV64()
        hasher.add(id)
        return hasher.value
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

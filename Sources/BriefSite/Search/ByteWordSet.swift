import BriefBytes

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of short byte strings (lower-cased ASCII words) for `PlainText`: open addressing,
/// keys copied into one byte arena, so adding a word makes
/// no String and runs no seeded `Hasher`. Bytes compare as bytes, which for ASCII is what
/// `String` equality does.
///
/// One slot array (arena start + 1 and length in one word; 0 is empty) and an arena sized for
/// the expected keys up front: three allocations per set, none while it stays that small. Keys
/// are hashed eight bytes at a time.
struct ByteWordSet {
    /// The keys' bytes, in `arena[..<arenaCount]`; the rest is room not yet written (made
    /// without being zeroed, and never read): a key is copied in with one `memcpy`, where
    /// `append(contentsOf:)` cost about 100 instructions for a word of seven bytes.
    private var arena: [UInt8]
    private var arenaCount = 0
    /// Per slot: (start in `arena` + 1) << 32 | length, or 0 when empty.
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0

    /// An empty set sized for about `capacity` keys (the table grows past that).
    init(capacity: Int) {
        var size = 16
        while size < min(capacity, 1 << 20) * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        // Words average under eight bytes; the arena grows past that (`makeRoom`).
        arena = Self.room(max(64, min(capacity, 1 << 20) * 8))
    }

    /// `count` bytes of room, left as the allocator gives them.
    private static func room(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// Makes room for `count` more key bytes.
    @inline(__always) private mutating func makeRoom(_ count: Int) {
        if arenaCount + count > arena.count { growArena(count) }
    }

    private mutating func growArena(_ count: Int) {
        var larger = Self.room(max(arena.count * 2, arenaCount + count))
        larger.withUnsafeMutableBytes { larger in
            arena.withUnsafeBytes { larger.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: arenaCount) }
        }
        arena = larger
    }

    /// Adds `key`; true when it was not there yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        insert(key, hash: Self.hash(key))
    }

    /// `insert(key)`, with `hash` its `hash(key)`, worked out by the caller.
    @inline(__always)
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> Bool {
        var slot = hash & mask
        // Probed through unsafe buffers: no bounds check or retain per probe and byte.
        let found = slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while slots[slot] != 0 {
                    let stored = slots[slot]
                    if Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: stored)) == key.count,
                       Self.equal(key, arena, at: Int(stored >> 32) - 1) {
                        return true
                    }
                    slot = (slot + 1) & mask
                }
                return false
            }
        }
        if found { return false }
        slots[slot] = UInt64(arenaCount + 1) << 32 | UInt64(key.count)
        if let source = key.baseAddress, !key.isEmpty {
            makeRoom(key.count)
            arena.withUnsafeMutableBufferPointer { ($0.baseAddress! + arenaCount).update(from: source, count: key.count) }
            arenaCount += key.count
        }
        count += 1
        if count * 2 > mask { grow() }
        return true
    }

    /// Whether `key` equals the `key.count` bytes of `arena` from `start` (which holds that many).
    @inline(__always)
    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ arena: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let a = key.baseAddress, let b = arena.baseAddress, !key.isEmpty else { return key.isEmpty }
        return memcmp(a, b + start, key.count) == 0
    }

    /// A 64-bit multiplicative hash over eight-byte words (the last bytes packed into one more
    /// word), mixed at the end so that the low bits the table uses depend on every byte.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        hash(key, zeroPadded: false)
    }

    /// `hash(key)` for a key whose buffer is zero past its end up to the next multiple of
    /// eight bytes: the last word is loaded whole (the zeros are what `hash` packs above a
    /// short tail).
    @inline(__always)
    static func hash(zeroPadded key: UnsafeBufferPointer<UInt8>) -> Int {
        hash(key, zeroPadded: true)
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, zeroPadded: Bool) -> Int {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: key.count) &* multiplier
        guard let base = key.baseAddress else { return Int(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        let count = key.count
        var index = 0
        while index + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        if index < count {
            let last = zeroPadded ? raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) : ByteWords.tail(raw, from: index, count: count)
            hash = (hash ^ last) &* multiplier
        }
        hash ^= hash >> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash)
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        let old = slots
        let size = (mask + 1) * 2
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { bytes in
            for stored in old where stored != 0 {
                let start = Int(stored >> 32) - 1
                let key = UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(UInt32(truncatingIfNeeded: stored)))])
                var slot = Self.hash(key) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = stored
            }
        }
    }
}

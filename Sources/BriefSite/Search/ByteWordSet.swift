#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of short byte strings (lower-cased ASCII words) for `PlainText`: open addressing,
/// keys copied into one byte arena, so adding a word makes
/// no String and runs no seeded `Hasher`. Bytes compare as bytes, which for ASCII is what
/// `String` equality does.
struct ByteWordSet {
    private var arena: [UInt8] = []
    /// Per slot: start of the key in `arena`, or -1 when empty.
    private var starts: [Int32]
    private var lengths: [Int32]
    private var mask: Int
    private var count = 0

    /// An empty set sized for about `capacity` keys (the table grows past that).
    init(capacity: Int) {
        var size = 16
        while size < min(capacity, 1 << 20) * 2 { size *= 2 }
        starts = [Int32](repeating: -1, count: size)
        lengths = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds `key`; true when it was not there yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var slot = Self.hash(key) & mask
        // Probed through unsafe buffers: no bounds check or retain per probe and byte.
        let found = starts.withUnsafeBufferPointer { starts in
            lengths.withUnsafeBufferPointer { lengths in
                arena.withUnsafeBufferPointer { arena in
                    while starts[slot] >= 0 {
                        if Int(lengths[slot]) == key.count, Self.equal(key, UnsafeBufferPointer(rebasing: arena[Int(starts[slot])...])) { return true }
                        slot = (slot + 1) & mask
                    }
                    return false
                }
            }
        }
        if found { return false }
        starts[slot] = Int32(arena.count)
        lengths[slot] = Int32(key.count)
        arena.append(contentsOf: key)
        count += 1
        if count * 2 > mask { grow() }
        return true
    }

    /// Whether `key` equals the first `key.count` bytes of `stored` (which has at least that many).
    @inline(__always)
    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ stored: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let a = key.baseAddress, let b = stored.baseAddress else { return key.isEmpty }
        return memcmp(a, b, key.count) == 0
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        let oldStarts = starts
        let oldLengths = lengths
        let size = (mask + 1) * 2
        starts = [Int32](repeating: -1, count: size)
        lengths = [Int32](repeating: 0, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { bytes in
            for index in oldStarts.indices where oldStarts[index] >= 0 {
                let start = Int(oldStarts[index])
                let key = UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(oldLengths[index]))])
                var slot = Self.hash(key) & mask
                while starts[slot] >= 0 { slot = (slot + 1) & mask }
                starts[slot] = oldStarts[index]
                lengths[slot] = oldLengths[index]
            }
        }
    }
}

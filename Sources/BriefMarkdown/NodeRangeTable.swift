/// Byte ranges keyed by cmark node, for `TextMap`: open addressing over the node pointers with a
/// multiplicative hash. A `[CNode: Range<Int>]` ran a seeded SipHash for every node of every
/// document and every split and wrapper.
struct NodeRangeTable {
    /// Node pointers by slot; 0 marks an empty slot (cmark never hands out a null node).
    private var keys: [UInt]
    private var lowers: [Int]
    private var uppers: [Int]
    private var mask: Int
    private var count = 0

    init() {
        keys = [UInt](repeating: 0, count: 64)
        lowers = [Int](repeating: 0, count: 64)
        uppers = [Int](repeating: 0, count: 64)
        mask = 63
    }

    /// The range stored for `node`, or nil. Setting nil is not supported (never needed).
    subscript(node: CNode) -> Range<Int>? {
        get {
            let key = UInt(bitPattern: Int(bitPattern: node.raw))
            var slot = Self.slot(of: key, mask: mask)
            while true {
                let found = keys[slot]
                if found == key { return lowers[slot]..<uppers[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let range = newValue else { return }
            let key = UInt(bitPattern: Int(bitPattern: node.raw))
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = key
                count += 1
            }
            lowers[slot] = range.lowerBound
            uppers[slot] = range.upperBound
            if count * 2 > mask { grow() }
        }
    }

    private static func slot(of key: UInt, mask: Int) -> Int {
        // Fibonacci hashing: node pointers are 16-byte aligned, so the low bits alone would collide.
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Doubles the table and places every entry again.
    private mutating func grow() {
        let oldKeys = keys
        let oldLowers = lowers
        let oldUppers = uppers
        let size = (mask + 1) * 2
        keys = [UInt](repeating: 0, count: size)
        lowers = [Int](repeating: 0, count: size)
        uppers = [Int](repeating: 0, count: size)
        mask = size - 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            var slot = Self.slot(of: oldKeys[index], mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            lowers[slot] = oldLowers[index]
            uppers[slot] = oldUppers[index]
        }
    }
}

/// A key with a cheap 64-bit hash of its own, for `KeyTable`.
protocol TableKey: Equatable {
    /// Equal keys must have equal hashes.
    var tableHash: UInt64 { get }
}

/// An insert-only hash map for the annotator's per-document tables: open addressing over
/// the key's own 64-bit hash (multiply-shift to a slot), no per-lookup seeding or SipHash
/// as `Dictionary` does. Entries keep insertion order. O(1) expected per operation.
///
/// Keys that are not `TableKey`s (byte ranges whose equality needs the text) are probed
/// with `index(hash:where:)` and added with `append(_:_:hash:)` or `appendIfAbsent`.
///
/// That core is public (and inlinable, so a caller's table is specialized as the annotator's
/// are): the site's cache encoder finds entities by the bytes of their ids with it
/// (`FirstPositions`), and BriefAnnotate is the lowest module the two share. Public, not
/// `package`: with `package` the site's calls went to the unspecialized generic code, and
/// encoding the cache took twice the CPU (perf, 10,000 briefings).
public struct KeyTable<Key, Value> {
    /// One entry: key, value and the key's hash together (one array, one allocation).
    @usableFromInline struct Entry {
        @usableFromInline var key: Key
        @usableFromInline var value: Value
        @usableFromInline var hash: UInt64

        @inlinable init(key: Key, value: Value, hash: UInt64) {
            self.key = key
            self.value = value
            self.hash = hash
        }
    }

    @usableFromInline var entries: [Entry] = []
    /// Entry index + 1 per slot; 0 is empty. Power-of-two sized; allocated by the first add
    /// (many tables of a document stay empty).
    @usableFromInline var slots: [Int32] = []
    @usableFromInline var shift: UInt64
    @usableFromInline let capacity: Int

    /// A table that holds `capacity` entries before it grows (at most half its slots full).
    @inlinable public init(capacity: Int = 8) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        shift = 64 - bits
        self.capacity = 1 << bits
    }

    @inlinable public var count: Int { entries.count }
    @inlinable public var isEmpty: Bool { entries.isEmpty }
    /// The keys, in insertion order.
    @inlinable public var keys: [Key] { entries.map(\.key) }

    /// The index of the first entry with hash `h` whose key `matches`, or nil.
    @inlinable @inline(__always) public func index(hash h: UInt64, where matches: (Key) -> Bool) -> Int? {
        if slots.isEmpty { return nil }
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count - 1
                var s = TableHashing.slot(h, shift)
                while true {
                    let e = Int(slots[s])
                    if e == 0 { return nil }
                    if entries[e - 1].hash == h && matches(entries[e - 1].key) { return e - 1 }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// Adds an entry the caller knows is new (no entry with hash `h` matches `key`).
    @inlinable public mutating func append(_ key: Key, _ value: Value, hash h: UInt64) {
        makeRoomForOneMore()
        entries.append(Entry(key: key, value: value, hash: h))
        place(Int32(entries.count), hash: h)
    }

    /// Adds an entry unless one with hash `h` `matches` already (then no entry is added, though the
    /// table may have grown first); true when it added one. One probe finds either, where `index(hash:where:)` and then
    /// `append` would walk the probe run twice.
    @inlinable public mutating func appendIfAbsent(_ key: Key, _ value: Value, hash h: UInt64, where matches: (Key) -> Bool) -> Bool {
        makeRoomForOneMore()
        let mask = slots.count - 1
        var s = TableHashing.slot(h, shift)
        while slots[s] != 0 {
            let e = Int(slots[s]) - 1
            if entries[e].hash == h && matches(entries[e].key) { return false }
            s = (s + 1) & mask
        }
        entries.append(Entry(key: key, value: value, hash: h))
        slots[s] = Int32(entries.count)
        return true
    }

    /// The value at entry `index` (from `index(hash:where:)` or `index(of:)`).
    @inlinable @inline(__always) public func value(at index: Int) -> Value { entries[index].value }

    /// The key at entry `index`.
    @inlinable @inline(__always) public func key(at index: Int) -> Key { entries[index].key }

    /// The hash entry `index` was added with (another table of the same keys takes it as it is).
    @inlinable @inline(__always) public func hash(at index: Int) -> UInt64 { entries[index].hash }

    mutating func setValue(at index: Int, _ value: Value) { entries[index].value = value }

    /// Changes the value at entry `index` in place.
    @inline(__always) mutating func update(at index: Int, _ change: (inout Value) -> Void) { change(&entries[index].value) }

    /// Slots for one more entry: allocated by the first add, doubled when it would leave more
    /// than half of them full.
    @inlinable @inline(__always) mutating func makeRoomForOneMore() {
        if slots.isEmpty {
            slots = [Int32](repeating: 0, count: capacity)
            entries.reserveCapacity(capacity / 2)
        } else if (entries.count + 1) * 2 > slots.count {
            grow()
        }
    }

    @inlinable mutating func place(_ entry: Int32, hash h: UInt64) {
        let mask = slots.count - 1
        var s = TableHashing.slot(h, shift)
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = entry
    }

    @inlinable mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        for e in entries.indices { place(Int32(e + 1), hash: entries[e].hash) }
    }
}

extension KeyTable where Key: TableKey {
    /// The entry index of `key`, or nil.
    @inline(__always) func index(of key: Key, hash h: UInt64) -> Int? {
        index(hash: h) { $0 == key }
    }

    func index(of key: Key) -> Int? { isEmpty ? nil : index(of: key, hash: key.tableHash) }

    /// The value of `key`, or nil.
    subscript(key: Key) -> Value? {
        index(of: key).map { value(at: $0) }
    }

    func contains(_ key: Key) -> Bool { index(of: key) != nil }

    /// Sets the value of `key`, adding the entry when it is new.
    mutating func set(_ key: Key, _ value: Value) {
        set(key, value, hash: key.tableHash)
    }

    /// `set(_:_:)` for a key whose `tableHash` the caller has already, `h`.
    mutating func set(_ key: Key, _ value: Value, hash h: UInt64) {
        if let e = index(of: key, hash: h) {
            setValue(at: e, value)
        } else {
            append(key, value, hash: h)
        }
    }
}

extension String: TableKey {
    /// FNV-1a over the UTF-8 of an ASCII string. Any other string takes Swift's own hash, which
    /// follows `==` (canonical equivalence), except one whose canonical form is ASCII: the three
    /// code points that decompose to one ASCII character (U+037E, U+1FEF, U+212A) are hashed as
    /// that character, so "\u{212A}" meets "K" as `==` says it must. Public: the site's tally
    /// of entity ids keys its `KeyTable` by it too (`SiteEntities.Tally`).
    public var tableHash: UInt64 {
        func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
            var h = TableHashing.empty
            for b in bytes {
                if b >= 0x80 { return nil }
                h = TableHashing.adding(b, to: h)
            }
            return h
        }
        // Native strings lend their storage as they are; only others are copied to be made contiguous.
        let ascii: UInt64?
        if let hashed = utf8.withContiguousStorageIfAvailable(asciiHash) {
            ascii = hashed
        } else {
            var copy = self
            ascii = copy.withUTF8(asciiHash)
        }
        if let ascii { return ascii }
        var h = TableHashing.empty
        for scalar in unicodeScalars {
            guard let value = CanonicalASCII.of(scalar) else { return UInt64(bitPattern: Int64(hashValue)) }
            h = TableHashing.adding(value, to: h)
        }
        return h
    }
}

/// The ASCII character a code point is canonically equivalent to, if any: itself below 0x80, and
/// the three code points that decompose to one ASCII character (U+037E to ";", U+1FEF to "`",
/// U+212A to "K"). A string made only of these has an ASCII canonical form, so a hash that must
/// follow `String`'s `==` (canonical equivalence) hashes such a string as that form; every other
/// string is equal only to strings that are not ASCII either. One list for every such hash
/// (`String.tableHash`, which the annotator's tables and the site's tally of ids share).
public enum CanonicalASCII {
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0..<0x80: UInt8(scalar.value)
        case 0x037E: 0x3B
        case 0x1FEF: 0x60
        case 0x212A: 0x4B
        default: nil
        }
    }
}

extension TextKey: TableKey {
    var tableHash: UInt64 { hashValue64 }
}

extension KeyTable: Sendable where Key: Sendable, Value: Sendable {}
extension KeyTable.Entry: Sendable where Key: Sendable, Value: Sendable {}

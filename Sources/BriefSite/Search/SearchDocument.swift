#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `SearchEntry` made ready for the sharded index (`SearchShards`), as bytes: what its
/// result shows and, per distinct folded word, where the word is. A briefing's is its cached
/// fragment of the index, so a rebuild neither folds nor escapes its text again.
///
/// Layout: kind (1 byte), the title's length in UTF-16 units (what the search script compares),
/// the result row (`["title","text","url"]`, escaped as JSON safe in a script), then the distinct
/// terms in order of first appearance, each its bytes and its payload (`SearchPostings.payload`). Counts and lengths
/// are LEB128 varints.
struct SearchDocument {
    /// Which fields hold a word, as bits (the search script's `fieldScore` order).
    struct Fields: OptionSet {
        let rawValue: UInt8
        static let title = Fields(rawValue: 1)
        static let text = Fields(rawValue: 2)
        static let extra = Fields(rawValue: 4)
    }

    /// The bytes of `entry` made ready.
    static func bytes(_ entry: SearchEntry) -> [UInt8] {
        var maker = SearchDocumentMaker()
        return maker.bytes(entry)
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        for index in 0..<common where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    static func kindCode(_ kind: SearchEntry.Kind) -> UInt8 {
        switch kind {
        case .entity: 0
        case .briefing: 1
        case .quote: 2
        }
    }

    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }
}

/// Makes `SearchDocument` bytes, keeping its scratch buffers from one entry to the next (one
/// maker per worker: the quotes' tens of thousands of documents allocate nothing per word).
struct SearchDocumentMaker {
    private var arena: [UInt8] = []
    // Per distinct term: where its bytes are, its fields, and its title positions (position
    // << 1, | 1 for the last word; linked through `positionNext`).
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var fields: [UInt8] = []
    private var firstPosition: [Int32] = []
    private var lastPosition: [Int32] = []
    private var positions: [Int32] = []
    private var positionNext: [Int32] = []
    private var slots: [Int32] = []
    private var titlePositions: [(Int, Bool)] = []
    private var payload: [UInt8] = []

    /// Where a document is made before it is copied out at its size.
    private var scratch: [UInt8] = []

    /// The bytes of `entry` made ready, in an array of just their size: the build holds tens of
    /// thousands of these at once, and one grown by appending keeps up to twice its bytes.
    mutating func bytes(_ entry: SearchEntry) -> [UInt8] {
        var out = scratch
        scratch = []
        out.removeAll(keepingCapacity: true)
        defer { scratch = out }
        out.append(SearchDocument.kindCode(entry.kind))
        SearchDocument.appendVarint(entry.title.utf16.count, to: &out)
        var row: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in [entry.title, entry.text, entry.url].enumerated() {
            if index > 0 { row.append(UInt8(ascii: ",")) }
            SearchIndex.appendJSONString(value, to: &row)
        }
        row.append(UInt8(ascii: "]"))
        SearchDocument.appendVarint(row.count, to: &out)
        out.append(contentsOf: row)
        appendTerms(of: entry, to: &out)
        return [UInt8](unsafeUninitializedCapacity: out.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: out)
        }
    }

    /// Every distinct word of title, text and extra, in order of first appearance, with the
    /// fields that hold it and its positions in the title. Words are told apart with a small
    /// open-addressing table over the bytes (no String per word, no sort).
    private mutating func appendTerms(of entry: SearchEntry, to out: inout [UInt8]) {
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        firstPosition.removeAll(keepingCapacity: true)
        lastPosition.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        positionNext.removeAll(keepingCapacity: true)
        if slots.isEmpty { slots = [Int32](repeating: -1, count: 64) } else { slots.withUnsafeMutableBufferPointer { $0.update(repeating: -1) } }
        var mask = slots.count - 1
        var lastTitleWord: Int32 = -1
        func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
        for (field, text) in [(SearchDocument.Fields.title, entry.title), (.text, entry.text), (.extra, entry.extra)] {
            var position: Int32 = 0
            SearchFold.forEachWord(in: text) { word in
                var slot = hash(word) & mask
                var id = -1
                while slots[slot] >= 0 {
                    let candidate = Int(slots[slot])
                    if Int(lengths[candidate]) == word.count,
                        arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(starts[candidate]), word.baseAddress!, word.count) == 0 })
                    {
                        id = candidate
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if id < 0 {
                    id = starts.count
                    slots[slot] = Int32(id)
                    starts.append(Int32(arena.count))
                    lengths.append(Int32(word.count))
                    arena.append(contentsOf: word)
                    fields.append(0)
                    firstPosition.append(-1)
                    lastPosition.append(-1)
                    if starts.count * 2 > mask {
                        // Grown and filled again.
                        mask = mask * 2 + 1
                        slots = [Int32](repeating: -1, count: mask + 1)
                        arena.withUnsafeBufferPointer { arena in
                            for other in starts.indices {
                                var slot = hash(UnsafeBufferPointer(rebasing: arena[Int(starts[other])..<Int(starts[other] + lengths[other])])) & mask
                                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                                slots[slot] = Int32(other)
                            }
                        }
                    }
                }
                fields[id] |= field.rawValue
                if field == .title {
                    let index = Int32(positions.count)
                    positions.append(position << 1)
                    positionNext.append(-1)
                    if lastPosition[id] >= 0 { positionNext[Int(lastPosition[id])] = index } else { firstPosition[id] = index }
                    lastPosition[id] = index
                    lastTitleWord = index
                }
                position += 1
            }
        }
        if lastTitleWord >= 0 { positions[Int(lastTitleWord)] |= 1 }
        SearchDocument.appendVarint(starts.count, to: &out)
        for id in starts.indices {
            SearchDocument.appendVarint(Int(lengths[id]), to: &out)
            out.append(contentsOf: arena[Int(starts[id])..<Int(starts[id] + lengths[id])])
            titlePositions.removeAll(keepingCapacity: true)
            var link = firstPosition[id]
            while link >= 0 {
                titlePositions.append((Int(positions[Int(link)] >> 1), positions[Int(link)] & 1 != 0))
                link = positionNext[Int(link)]
            }
            payload.removeAll(keepingCapacity: true)
            SearchPostings.appendPayload(fields: fields[id], titlePositions: titlePositions, to: &payload)
            SearchDocument.appendVarint(payload.count, to: &out)
            out.append(contentsOf: payload)
        }
    }

}

/// A `SearchDocument`'s bytes, read in place (the merge reads tens of thousands of them).
struct SearchDocumentReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func varint() -> Int {
        var value = 0
        var shift = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    mutating func byte() -> UInt8 {
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int) -> UnsafeRawBufferPointer {
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func lengthPrefixed() -> UnsafeRawBufferPointer {
        take(varint())
    }
}

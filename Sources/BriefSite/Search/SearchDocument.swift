/// One `SearchEntry` made ready for the sharded index (`SearchShards`), as bytes: what its
/// result shows and, per distinct folded word, where the word is. A briefing's is its cached
/// fragment of the index, so a rebuild neither folds nor escapes its text again.
///
/// Layout: kind (1 byte), the title's length in UTF-16 units (what the search script compares),
/// the result row (`["title","text","url"]`, escaped as JSON safe in a script), then the terms
/// in byte order, each its bytes and its payload (`SearchPostings.payload`). Counts and lengths
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
        var out: [UInt8] = []
        out.reserveCapacity(entry.title.utf8.count + entry.text.utf8.count + entry.url.utf8.count * 2 + entry.extra.utf8.count * 2 + 64)
        out.append(kindCode(entry.kind))
        appendVarint(entry.title.utf16.count, to: &out)
        var row: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in [entry.title, entry.text, entry.url].enumerated() {
            if index > 0 { row.append(UInt8(ascii: ",")) }
            SearchIndex.appendJSONString(value, to: &row)
        }
        row.append(UInt8(ascii: "]"))
        appendVarint(row.count, to: &out)
        out.append(contentsOf: row)
        appendTerms(of: entry, to: &out)
        return out
    }

    /// Every word of title, text and extra with its field and (in the title) its position,
    /// sorted, then one record per distinct word.
    private static func appendTerms(of entry: SearchEntry, to out: inout [UInt8]) {
        // All words end to end in one arena; sorting moves only the small records.
        var arena: [UInt8] = []
        var words: [(start: Int32, count: Int32, field: UInt8, position: Int32)] = []
        var titleCount: Int32 = 0
        for (field, text) in [(Fields.title, entry.title), (.text, entry.text), (.extra, entry.extra)] {
            var position: Int32 = 0
            SearchFold.forEachWord(in: text) { word in
                words.append((Int32(arena.count), Int32(word.count), field.rawValue, position))
                arena.append(contentsOf: word)
                position += 1
            }
            if field == .title { titleCount = position }
        }
        arena.withUnsafeBufferPointer { arena in
            func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: arena[Int(words[index].start)..<Int(words[index].start + words[index].count)])
            }
            var order = Array(words.indices)
            order.sort { a, b in
                let order = compare(bytes(a), bytes(b))
                // Same word: title positions in order (the field and position sort after).
                return order != 0 ? order < 0 : (words[a].field, words[a].position) < (words[b].field, words[b].position)
            }
            var distinct: [Range<Int>] = []
            var start = 0
            for index in order.indices.dropFirst() where compare(bytes(order[index - 1]), bytes(order[index])) != 0 {
                distinct.append(start..<index)
                start = index
            }
            if !order.isEmpty { distinct.append(start..<order.count) }
            appendVarint(distinct.count, to: &out)
            var payload: [UInt8] = []
            for group in distinct {
                let term = bytes(order[group.lowerBound])
                appendVarint(term.count, to: &out)
                out.append(contentsOf: term)
                var fields: UInt8 = 0
                var positions: [(Int, Bool)] = []
                for member in group {
                    let word = words[order[member]]
                    fields |= word.field
                    if word.field == Fields.title.rawValue { positions.append((Int(word.position), word.position == titleCount - 1)) }
                }
                payload.removeAll(keepingCapacity: true)
                SearchPostings.appendPayload(fields: fields, titlePositions: positions, to: &payload)
                appendVarint(payload.count, to: &out)
                out.append(contentsOf: payload)
            }
        }
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

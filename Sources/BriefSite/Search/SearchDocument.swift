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

    /// The bytes of `SearchEntry(briefing: rendered)` made ready (`SearchDocumentMaker.bytes(briefing:)`).
    static func bytes(briefing rendered: RenderedBriefing) -> [UInt8] {
        var maker = SearchDocumentMaker()
        return maker.bytes(briefing: rendered)
    }

    /// The byte order of `a` and `b` (-1, 0, 1): bytes compared as unsigned, a prefix first.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let left = a.baseAddress, let right = b.baseAddress {
            let order = memcmp(left, right, common)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    static func kindCode(_ kind: SearchEntry.Kind) -> UInt8 {
        switch kind {
        case .entity: 0
        case .briefing: 1
        case .quote: 2
        }
    }

    /// A LEB128 varint written at `out + at` (room for 10 bytes), `at` moved past it.
    @inline(__always)
    static func putVarint(_ value: Int, at out: UnsafeMutablePointer<UInt8>, _ at: inout Int) {
        var value = UInt(value)
        while value >= 0x80 {
            out[at] = UInt8(value & 0x7F) | 0x80
            at += 1
            value >>= 7
        }
        out[at] = UInt8(value)
        at += 1
    }
}

/// Makes `SearchDocument` bytes, keeping its scratch memory from one entry to the next (one
/// maker per worker: the quotes' tens of thousands of documents allocate nothing per word).
struct SearchDocumentMaker {
    /// The term table's memory, freed with the last copy of the maker.
    private final class Scratch {
        var terms = SearchTermTable()
        var row: [UInt8] = []
        deinit { terms.deallocate() }
    }

    private let scratch = Scratch()

    /// The bytes of `entry` made ready.
    mutating func bytes(_ entry: SearchEntry) -> [UInt8] {
        bytes(kind: entry.kind, title: entry.title, text: entry.text, url: entry.url) { terms in
            terms.add(entry.extra, field: .extra)
        }
    }

    /// The bytes of `SearchEntry(briefing: rendered)`'s document, made without the entry: the
    /// body's distinct words (`PlainText`) are folded where they are found, each on its own, as
    /// folding the entry's `extra` (tags and those words joined by spaces) folds them, and no
    /// joined text is made.
    mutating func bytes(briefing rendered: RenderedBriefing) -> [UInt8] {
        let summary = rendered.summary
        return bytes(kind: .briefing, title: summary.title, text: SearchEntry.briefingText(summary), url: summary.path) { terms in
            // A space breaks words and ends a final sigma as the end of a text does, so
            // folding each part alone gives the words of folding them joined by spaces.
            for tag in summary.tags { terms.add(tag, field: .extra) }
            // An ASCII word comes lower-cased and hashed: that is its folded word, added as it is.
            PlainText.forEachDistinctWord(ofHTML: rendered.bodyHTMLUTF8, limit: SearchEntry.bodyWordLimit) { word, lowered in
                if let lowered {
                    terms.add(foldedWord: lowered.bytes, hash: lowered.hash, field: .extra)
                } else {
                    terms.add(utf8: word, field: .extra)
                }
            }
        }
    }

    /// A document: kind, the title's UTF-16 length, the result row, then the distinct words
    /// of title, text and what `addExtra` adds, in order of first appearance, with their
    /// fields and title positions.
    func bytes(
        kind: SearchEntry.Kind, title: String, text: String, url: String, addExtra: (inout SearchTermTable) -> Void
    ) -> [UInt8] {
        make(
            kind: kind, title: title, writeText: { SearchIndex.appendJSONString(text, to: &$0) }, url: url,
            addText: { $0.add(text, field: .text) }, addExtra: addExtra
        ) { size, fill in
            // Made at its size: the build holds tens of thousands of these at once. (Never
            // empty: the kind byte is always there.)
            [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                fill(buffer.baseAddress!)
                initialized = size
            }
        }
    }

    /// As `bytes(kind:title:text:url:addExtra:)`, the document written into `store`; with
    /// `quoteAnchor`, the url is `url` + `#q-` + that number (a quote's, made without its String).
    /// The text's words are what `addText` adds (the words of `text`, made some other way).
    func append(
        kind: SearchEntry.Kind, title: String, text: String, url: String, quoteAnchor: Int? = nil, to store: SearchDocumentStore,
        addText: (inout SearchTermTable) -> Void, addExtra: (inout SearchTermTable) -> Void
    ) {
        append(
            kind: kind, title: title, writeText: { SearchIndex.appendJSONString(text, to: &$0) }, url: url, quoteAnchor: quoteAnchor,
            to: store, addText: addText, addExtra: addExtra)
    }

    /// As `append(kind:title:text:url:quoteAnchor:to:addText:addExtra:)`, the text written
    /// by `writeText` as `SearchIndex.appendJSONString` writes it (a quote's, from its parts).
    func append(
        kind: SearchEntry.Kind, title: String, writeText: (inout [UInt8]) -> Void, url: String, quoteAnchor: Int? = nil,
        to store: SearchDocumentStore, addText: (inout SearchTermTable) -> Void, addExtra: (inout SearchTermTable) -> Void
    ) {
        make(kind: kind, title: title, writeText: writeText, url: url, quoteAnchor: quoteAnchor, addText: addText, addExtra: addExtra) { size, fill in
            store.append(size: size, fill)
        }
    }

    /// Makes the document's parts in the scratch memory and hands `place` its size and a
    /// function that writes its bytes (valid only during the call).
    private func make<Result>(
        kind: SearchEntry.Kind, title: String, writeText: (inout [UInt8]) -> Void, url: String, quoteAnchor: Int? = nil,
        addText: (inout SearchTermTable) -> Void, addExtra: (inout SearchTermTable) -> Void,
        place: (Int, (UnsafeMutablePointer<UInt8>) -> Void) -> Result
    ) -> Result {
        var row = scratch.row
        scratch.row = []
        row.removeAll(keepingCapacity: true)
        row.append(UInt8(ascii: "["))
        SearchIndex.appendJSONString(title, to: &row)
        row.append(UInt8(ascii: ","))
        writeText(&row)
        row.append(UInt8(ascii: ","))
        if let quoteAnchor {
            // `#q-N` needs no escape: the url's escaped bytes, then these.
            SearchIndex.appendJSONString(url, to: &row)
            row.removeLast()
            row.append(contentsOf: "#q-".utf8)
            if quoteAnchor < 0 { row.append(UInt8(ascii: "-")) }
            JSONWriter.appendDigits(of: quoteAnchor.magnitude, minimumCount: 1, to: &row)
            row.append(UInt8(ascii: "\""))
        } else {
            SearchIndex.appendJSONString(url, to: &row)
        }
        row.append(UInt8(ascii: "]"))
        var terms = scratch.terms
        terms.removeAll()
        terms.add(title, field: .title)
        addText(&terms)
        addExtra(&terms)
        // The header (kind and two varints, at most 21 bytes) on the stack: no array per document.
        var header: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let headerCount = withUnsafeMutableBytes(of: &header) { raw in
            let out = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            out[0] = SearchDocument.kindCode(kind)
            var at = 1
            SearchDocument.putVarint(title.utf16.count, at: out, &at)
            SearchDocument.putVarint(row.count, at: out, &at)
            return at
        }
        let termBytes = terms.written()
        let size = headerCount + row.count + termBytes.count
        let result = withUnsafeBytes(of: &header) { header in
            row.withUnsafeBufferPointer { row in
                place(size) { base in
                    base.update(from: header.baseAddress!.assumingMemoryBound(to: UInt8.self), count: headerCount)
                    (base + headerCount).update(from: row.baseAddress!, count: row.count)
                    (base + headerCount + row.count).update(from: termBytes.baseAddress!, count: termBytes.count)
                }
            }
        }
        scratch.terms = terms
        scratch.row = row
        return result
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

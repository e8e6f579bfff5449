import BriefBytes
import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The search index, split so the search page loads only what a query needs: a small manifest
/// (`search/index.js`, loaded with the page), term shards (`search/terms/KEY.js`, one per first
/// two letters of the folded terms) and result rows in chunks (`search/docs/N.js`). Every file
/// is a script calling a global function (the manifest assigns `window.BRIEF_SEARCH`), so it
/// loads with `<script src>` from file:// too, where browsers refuse `fetch()`.
///
/// Documents are numbered in the order the search script breaks ties in: entities, briefings,
/// quotes; then shorter titles first (UTF-16 units); then by title bytes, then by entry order
/// (the script sorts titles of equal length with `localeCompare` itself, from the rows it
/// loads). Each kind's documents and each run of equal title lengths are in the manifest, so the
/// script ranks every hit from the postings alone and loads rows only for the results it shows.
///
/// Every string is escaped as `SearchIndex.appendJSONString` does (no `</script>`, no U+2028).
enum SearchShards {
    static let manifestPath = SearchIndex.path
    static let termsFolder = "search/terms"
    static let docsFolder = "search/docs"
    /// Result rows per chunk file: a page of 100 results spread over the archive loads at most
    /// 100 chunks, and a chunk of briefings is about 8 KB.
    static let rowsPerChunk = 32
    /// The shard functions the scripts call.
    static let termsFunction = "BRIEF_SEARCH_TERMS"
    static let docsFunction = "BRIEF_SEARCH_DOCS"

    /// Makes every file of the index from `documents` (`SearchDocument` bytes, in entry order)
    /// and hands each to `emit` as it is made: the row chunks, then the manifest, then the term shards.
    static func write<Document: ByteFragment>(documents: [Document], emit: (String, [UInt8]) -> Void) {
        // Each document's bytes, taken once: they stay where they are while `documents` is alive
        // and unchanged (an array's storage or a mapped file's range).
        var views: [UnsafeRawBufferPointer] = []
        views.reserveCapacity(documents.count)
        for document in documents { document.withUnsafeBytes { views.append($0) } }
        withExtendedLifetime(documents) {
            views.withUnsafeBufferPointer { write(views: $0, emit: emit) }
        }
    }

    /// As `write(documents:emit:)`, from each document's bytes, read in place (the caller keeps
    /// them alive for the call): reading a document out of an array of values copied it first
    /// (a retain and a release of its storage, a few hundred thousand a build).
    /// The term shards are made in `partitions` parts (by their first byte) in parallel, each part
    /// reading every document's terms and keeping its own: the files do not depend on how many.
    static func write(
        views documents: UnsafeBufferPointer<UnsafeRawBufferPointer>, partitions: Int = IndexedWork.workerCount,
        emit: (String, [UInt8]) -> Void
    ) {
        let count = documents.count
        // Headers: where each row and its escaped title are in its document; and the
        // tie-break order, compared first as two numbers each: kind, title length and the
        // title's first 4 bytes, then its next 8 (escaped titles hold no 0 byte, so padding with
        // 0 keeps order); the titles themselves only when those are equal. One pass, so each
        // document is read once here.
        var kinds = [UInt8](repeating: 0, count: count)
        var titleLengths = [Int32](repeating: 0, count: count)
        var titleRanges = [Range<Int32>](repeating: 0..<0, count: count)
        var sorted = [(key: UInt64, next: UInt64, index: Int)]()
        sorted.reserveCapacity(count)
        for index in 0..<count {
            let bytes = documents[index]
            var reader = SearchDocumentReader(bytes)
            let kind = reader.byte()
            let titleLength = Int32(reader.varint())
            let row = reader.lengthPrefixed()
            let start = row.baseAddress! - bytes.baseAddress! + 2
            let title = Int32(start)..<Int32(start - 2 + escapedTitleEnd(row))
            kinds[index] = kind
            titleLengths[index] = titleLength
            titleRanges[index] = title
            var key = UInt64(kind) << 62 | UInt64(min(Int(titleLength), (1 << 30) - 1)) << 32
            var next: UInt64 = 0
            for offset in 0..<min(4, title.count) { key |= UInt64(bytes[Int(title.lowerBound) + offset]) << (24 - 8 * offset) }
            for offset in 4..<max(4, min(12, title.count)) { next |= UInt64(bytes[Int(title.lowerBound) + offset]) << (88 - 8 * offset) }
            sorted.append((key, next, index))
        }
        sorted.sort { a, b in a.key != b.key ? a.key < b.key : a.next != b.next ? a.next < b.next : a.index < b.index }
        var order = sorted.map(\.index)
        // Runs of equal numbers (long titles that start alike, the same quote in several
        // briefings) are ordered by their whole titles, copied out once per run.
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, sorted[end].key == sorted[start].key, sorted[end].next == sorted[start].next { end += 1 }
            if end - start > 1 { orderByTitle(&order[start..<end], documents: documents, titleRanges: titleRanges) }
            start = end
        }
        sorted = []
        // One pass in number order: each document's row goes to its chunk (written when full).
        var script: [UInt8] = []
        for (number, index) in order.enumerated() {
            let chunk = number / rowsPerChunk
            if number % rowsPerChunk == 0 {
                script = Array("\(docsFunction)(\(chunk),[\n".utf8)
            } else {
                script.append(contentsOf: ",\n".utf8)
            }
            var reader = SearchDocumentReader(documents[index])
            _ = reader.byte()
            _ = reader.varint()
            // As typed bytes: raw ones go through the generic sequence path.
            script.append(contentsOf: reader.lengthPrefixed().assumingMemoryBound(to: UInt8.self))
            if number % rowsPerChunk == rowsPerChunk - 1 || number == count - 1 {
                script.append(contentsOf: "\n]);\n".utf8)
                emit("\(docsFolder)/\(chunk).js", script)
            }
        }
        // The terms' posting lists, a table per part of the shard keys (`fillParts`); every list
        // comes in number order.
        let parts = min(max(1, partitions), 64)
        let tables = UnsafeMutableBufferPointer<TermTable>.allocate(capacity: parts)
        defer {
            for part in 0..<parts { tables[part].deallocate() }
            tables.deinitialize()
            tables.deallocate()
        }
        let partShards = UnsafeMutableBufferPointer<[(key: [UInt8], terms: [Int])]>.allocate(capacity: parts)
        defer {
            partShards.deinitialize()
            partShards.deallocate()
        }
        fillParts(tables, partShards, documents: documents, order: order)
        // Every shard, in key order (each key is in one part).
        var all: [(part: Int, shard: Int)] = []
        for part in 0..<parts { for shard in partShards[part].indices { all.append((part, shard)) } }
        all.sort { a, b in
            partShards[a.part][a.shard].key.lexicographicallyPrecedes(partShards[b.part][b.shard].key)
        }
        emit(manifestPath, manifest(count: count, order: order, kinds: kinds, titleLengths: titleLengths,
                                    shardKeys: all.map { partShards[$0.part][$0.shard].key }))
        for (part, shard) in all {
            let shard = partShards[part][shard]
            emit("\(termsFolder)/\(fileName(shard.key)).js", tables[part].script(for: shard))
        }
    }

    /// Makes part `p` of the term tables into `tables[p]` and its shards into `shards[p]` (both
    /// uninitialized), the parts in parallel: each reads every document's terms in number order.
    private static func fillParts(
        _ tables: UnsafeMutableBufferPointer<TermTable>, _ shards: UnsafeMutableBufferPointer<[(key: [UInt8], terms: [Int])]>,
        documents: UnsafeBufferPointer<UnsafeRawBufferPointer>, order: [Int]
    ) {
        let parts = tables.count
        let partOfFirstByte = partTable(parts)
        nonisolated(unsafe) let tables = tables, shards = shards, documents = documents
        order.withUnsafeBufferPointer { order in
            nonisolated(unsafe) let order = order
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var table = TermTable(capacity: (1 << 16) / parts)
                for (number, index) in order.enumerated() {
                    var reader = SearchDocumentReader(documents[index])
                    _ = reader.byte()
                    _ = reader.varint()
                    _ = reader.lengthPrefixed()
                    for _ in 0..<reader.varint() {
                        let term = reader.lengthPrefixed()
                        let payload = reader.lengthPrefixed()
                        if parts == 1 || partOfFirstByte[Int(term[0])] == part {
                            table.add(term: term, document: Int32(number), payload: payload)
                        }
                    }
                }
                let made = table.shards()
                table.gather(made)
                tables.initializeElement(at: part, to: table)
                shards.initializeElement(at: part, to: made)
            }
        }
    }

    /// Which of `parts` parts each term is made in, by its first byte (all the terms of a shard
    /// share it): a table look-up per posting, the parts about even (letters alternate).
    private static func partTable(_ parts: Int) -> [UInt8] {
        (0..<256).map { UInt8($0 % parts) }
    }

    /// Sorts `run` (document indices, in increasing order) by the bytes of their escaped
    /// titles, equal titles kept in index order.
    private static func orderByTitle(
        _ run: inout ArraySlice<Int>, documents: UnsafeBufferPointer<UnsafeRawBufferPointer>, titleRanges: [Range<Int32>]
    ) {
        var titles: [UInt8] = []
        var ranges: [Range<Int>] = []
        for index in run {
            let range = titleRanges[index]
            let start = titles.count
            titles.append(contentsOf: UnsafeRawBufferPointer(rebasing: documents[index][Int(range.lowerBound)..<Int(range.upperBound)]).assumingMemoryBound(to: UInt8.self))
            ranges.append(start..<titles.count)
        }
        let members = Array(run)
        titles.withUnsafeBufferPointer { titles in
            let sorted = members.indices.sorted { a, b in
                let byBytes = SearchDocument.compare(UnsafeBufferPointer(rebasing: titles[ranges[a]]), UnsafeBufferPointer(rebasing: titles[ranges[b]]))
                return byBytes != 0 ? byBytes < 0 : a < b
            }
            for (offset, member) in sorted.enumerated() { run[run.startIndex + offset] = members[member] }
        }
    }

    /// Where the escaped title of a row (`["title",...`) ends, before its closing quote.
    private static func escapedTitleEnd(_ row: UnsafeRawBufferPointer) -> Int {
        var index = 2
        while index < row.count, row[index] != UInt8(ascii: "\"") { index += row[index] == UInt8(ascii: "\\") ? 2 : 1 }
        return min(index, row.count)
    }

    /// `window.BRIEF_SEARCH = {...};`: the number of documents, where each kind starts, where
    /// each run of equal title lengths starts (pairs of number and length), rows per chunk and
    /// the shard keys.
    static func manifest(count: Int, order: [Int], kinds: [UInt8], titleLengths: [Int32], shardKeys: [[UInt8]]) -> [UInt8] {
        var out = Array("window.\(SearchIndex.globalName) = {\"version\":2,\"count\":\(count),\"kinds\":[".utf8)
        var kindStarts: [String] = []
        var lengthRuns: [String] = []
        var previous: (UInt8, Int32)?
        for (number, index) in order.enumerated() {
            let current = (kinds[index], titleLengths[index])
            if previous?.0 != current.0 {
                let name = SearchEntry.Kind.allCases.first { SearchDocument.kindCode($0) == current.0 }?.rawValue ?? "briefing"
                kindStarts.append("\"\(name)\",\(number)")
            }
            if previous == nil || previous! != current { lengthRuns.append("\(number),\(current.1)") }
            previous = current
        }
        out.append(contentsOf: kindStarts.joined(separator: ",").utf8)
        out.append(contentsOf: "],\"lengths\":[".utf8)
        out.append(contentsOf: lengthRuns.joined(separator: ",").utf8)
        out.append(contentsOf: "],\"chunk\":\(rowsPerChunk),\"shards\":".utf8)
        var keys: [UInt8] = []
        for (index, key) in shardKeys.enumerated() {
            if index > 0 { keys.append(0x20) }
            keys.append(contentsOf: key)
        }
        SearchIndex.appendJSONString(String(decoding: keys, as: UTF8.self), to: &out)
        out.append(contentsOf: "};\n".utf8)
        return out
    }

    /// A shard key as a file name: ASCII letters and digits as they are, other bytes `_hh`
    /// (what the script makes with `encodeURIComponent`).
    static func fileName(_ key: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var name: [UInt8] = []
        for byte in key {
            if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                name.append(byte)
            } else {
                name.append(UInt8(ascii: "_"))
                name.append(hex[Int(byte >> 4)])
                name.append(hex[Int(byte & 15)])
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// The shard a term goes in: its first two characters (Unicode scalars), or the term when shorter.
    static func shardKey(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        var end = 0
        for _ in 0..<2 where end < term.count {
            let lead = term[end]
            end += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        return min(end, term.count)
    }
}

/// Terms to posting lists: open addressing over term bytes kept in one arena, postings as
/// they are added (their terms in one buffer, their encoded bytes in another), gathered into
/// one list per term at the end. All in memory allocated by hand (`RawBuffer`): the build adds
/// over a million postings, and array appends and subscripts cost uniqueness checks and
/// retains on each. `deallocate()` frees it.
private struct TermTable {
    private struct Term {
        var start: Int32
        var length: Int32
        /// Its last document so far.
        var lastDocument: Int32
        /// The bytes of its encoded list.
        var listLength: Int32
        /// Its first 8 bytes (`SearchShards.termPrefix(of:)`): most terms are compared without
        /// reading `keys` (a cache miss per posting in a table of some 100,000 terms).
        var prefix: UInt64
    }

    private var keys = RawBuffer<UInt8>(capacity: 1 << 20)
    private var terms = RawBuffer<Term>(capacity: 1 << 15)
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int
    // Postings in the order added, each encoded in `payloads` as written in its list; gathered
    // into one contiguous list per term by `lists(in:)`.
    private var postingTerms = RawBuffer<Int32>(capacity: 1 << 16)
    private var payloads = RawBuffer<UInt8>(capacity: 1 << 18)
    /// Every term's list, contiguous, and where each term's starts (`gather(_:)`).
    private var lists: [UInt8] = []
    private var listStarts: [Int] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
    }

    func deallocate() {
        keys.deallocate()
        terms.deallocate()
        slots.deallocate()
        postingTerms.deallocate()
        payloads.deallocate()
    }

    /// Adds `document` (numbers must come in increasing order) to `term`'s list, encoded at
    /// once (`SearchPostings.appendPosting`: the gap is from the term's previous document).
    mutating func add(term: UnsafeRawBufferPointer, document: Int32, payload: UnsafeRawBufferPointer) {
        let id = self.id(of: term)
        let entry = terms.base + id
        // The head number (at most 7 characters of 5 bits for an Int32 gap and 3 bits of
        // fields), then the title positions as they are.
        payloads.reserve(7 + payload.count)
        var at = payloads.count
        SearchPostings.putNumber(Int(document - entry.pointee.lastDocument) << 3 | Int(payload[0]), at: payloads.base, &at)
        if payload.count > 1 {
            UnsafeMutableRawPointer(payloads.base + at).copyMemory(from: payload.baseAddress! + 1, byteCount: payload.count - 1)
            at += payload.count - 1
        }
        entry.pointee.lastDocument = document
        entry.pointee.listLength += Int32(at - payloads.count)
        payloads.count = at
        postingTerms.append(Int32(id))
    }

    /// Every term's list, contiguous, terms in the order of `shards`: the bytes, and each term's
    /// start in them. One pass over the postings in the order added (their encoded lengths are
    /// read again from the first character of each number).
    private func lists(in shards: [(key: [UInt8], terms: [Int])]) -> (bytes: [UInt8], starts: [Int]) {
        var starts = [Int](repeating: 0, count: terms.count)
        var total = 0
        for shard in shards {
            for id in shard.terms {
                starts[id] = total
                total += Int(terms[id].listLength)
            }
        }
        // Not through the capacity-0 init (a site with no terms): it writes into the stdlib's
        // shared empty storage, a data race with other builds in the same process.
        guard total > 0 else { return ([], starts) }
        var cursors = starts
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            let payloads = UnsafeBufferPointer(start: payloads.base, count: payloads.count)
            cursors.withUnsafeMutableBufferPointer { cursors in
                var at = 0
                for index in 0..<postingTerms.count {
                    let term = Int(postingTerms[index])
                    // A posting is its head number and, with the title bit, position numbers
                    // each flagging whether another follows: read to its end.
                    let start = at
                    let head = SearchPostings.skipNumber(payloads, at: &at)
                    if head & 1 != 0 {
                        while SearchPostings.skipNumber(payloads, at: &at) & 1 != 0 {}
                    }
                    let cursor = cursors[term]
                    (buffer.baseAddress! + cursor).update(from: payloads.baseAddress! + start, count: at - start)
                    cursors[term] = cursor + at - start
                }
            }
            initialized = total
        }
        return (bytes, starts)
    }

    /// Eight bytes at a time: only which slot a term takes depends on it (the shards are
    /// written in byte order). A term of up to eight bytes is its `prefix` (given): that word
    /// and the count, mixed, without reading the bytes again.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer, prefix: UInt64) -> Int {
        guard bytes.count <= 8 else { return ByteWordSet.hash(bytes.assumingMemoryBound(to: UInt8.self)) }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = (UInt64(bytes.count) &* multiplier ^ prefix) &* multiplier
        hash ^= hash >> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash)
    }

    private mutating func id(of term: UnsafeRawBufferPointer) -> Int {
        let prefix = SearchShards.termPrefix(of: term)
        var slot = Self.hash(term, prefix: prefix) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            let candidate = terms[id]
            if Int(candidate.length) == term.count, candidate.prefix == prefix,
                term.count <= 8 || memcmp(keys.base + Int(candidate.start) + 8, term.baseAddress! + 8, term.count - 8) == 0
            {
                return id
            }
            slot = (slot + 1) & mask
        }
        let id = terms.count
        slots[slot] = Int32(id)
        terms.append(Term(start: Int32(keys.count), length: Int32(term.count), lastDocument: -1, listLength: 0, prefix: prefix))
        keys.reserve(term.count)
        UnsafeMutableRawPointer(keys.base + keys.count).copyMemory(from: term.baseAddress!, byteCount: term.count)
        keys.count += term.count
        if terms.count * 2 > mask { grow() }
        return id
    }

    private mutating func grow() {
        let size = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
        for id in 0..<terms.count {
            var slot = Self.hash(UnsafeRawBufferPointer(term(id)), prefix: terms[id].prefix) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    private func term(_ id: Int) -> UnsafeBufferPointer<UInt8> {
        let term = terms[id]
        return UnsafeBufferPointer(start: keys.base + Int(term.start), count: Int(term.length))
    }

    /// Term ids grouped by shard key, keys and terms in byte order.
    func shards() -> [(key: [UInt8], terms: [Int])] {
        let ids = (0..<terms.count).sorted { a, b in SearchDocument.compare(term(a), term(b)) < 0 }
        var shards: [(key: [UInt8], terms: [Int])] = []
        for id in ids {
            let term = term(id)
            let key = term[0..<SearchShards.shardKey(term)]
            if let last = shards.last, last.key.elementsEqual(key) {
                shards[shards.count - 1].terms.append(id)
            } else {
                shards.append((Array(key), [id]))
            }
        }
        return shards
    }

    /// Gathers every term's postings into one list per term (`lists(in:)`), terms in the order
    /// of `shards`, for `script(for:)`; the postings as added are let go.
    mutating func gather(_ shards: [(key: [UInt8], terms: [Int])]) {
        (lists, listStarts) = lists(in: shards)
        payloads.removeAll()
        postingTerms.removeAll()
    }

    /// A shard's script, `BRIEF_SEARCH_TERMS("key",{"term":"postings",...});`, once gathered.
    func script(for shard: (key: [UInt8], terms: [Int])) -> [UInt8] {
        var out = Array("\(SearchShards.termsFunction)(".utf8)
        shard.key.withUnsafeBufferPointer { SearchIndex.appendJSONString(utf8: $0, to: &out) }
        out.append(contentsOf: ",{\n".utf8)
        for (index, id) in shard.terms.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            SearchIndex.appendJSONString(utf8: term(id), to: &out)
            out.append(contentsOf: ":\"".utf8)
            out.append(contentsOf: lists[listStarts[id]..<(listStarts[id] + Int(terms[id].listLength))])
            out.append(UInt8(ascii: "\""))
        }
        out.append(contentsOf: "\n});\n".utf8)
        return out
    }
}

extension SearchShards {
    /// Whether `path` is one of the index's files (the manifest, a shard or a chunk).
    static func isIndexPath(_ path: String) -> Bool {
        path == manifestPath || path.hasPrefix(termsFolder + "/") || path.hasPrefix(docsFolder + "/")
    }
}

extension SearchShards {
    /// The first 8 bytes of `term` as a number, zero-padded (terms are never empty), read in
    /// place (`ByteWords.packed`).
    @inline(__always)
    static func termPrefix(of term: UnsafeRawBufferPointer) -> UInt64 {
        ByteWords.packed(term.baseAddress!, count: min(8, term.count))
    }
}

import BriefBytes

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Words of an HTML fragment made by cmark, for the search index.
enum PlainText {
    /// Words shorter than this (in UTF-8 bytes) are left out of the index: `a`, `of`, `to`.
    static let shortestWord = 3

    /// The distinct words of `html`'s text (tags and character references skipped), in order of
    /// first appearance, compared case-insensitively, at most `limit` of them. O(n) in the bytes.
    static func distinctWords(ofHTML html: String, limit: Int) -> [String] {
        var words: [String] = []
        var html = html
        html.withUTF8 { forEachDistinctWord(in: $0, limit: limit) { word, _ in words.append(String(decoding: word, as: UTF8.self)) } }
        return words
    }

    /// `distinctWords(ofHTML:limit:)` joined by spaces, appended to `output` (after a space when
    /// `separated` and there is a word): no String per word.
    static func appendDistinctWords(ofHTML html: [UInt8], limit: Int, separated: Bool, to output: inout [UInt8]) {
        var separated = separated
        html.withUnsafeBufferPointer {
            forEachDistinctWord(in: $0, limit: limit) { word, _ in
                if separated { output.append(0x20) }
                separated = true
                output.append(contentsOf: word)
            }
        }
    }

    /// The words of `distinctWords(ofHTML:limit:)`, each handed to `found` as its UTF-8 bytes
    /// (valid only during the call): no String and no joined text.
    static func forEachDistinctWord(ofHTML html: [UInt8], limit: Int, _ found: (UnsafeBufferPointer<UInt8>) -> Void) {
        html.withUnsafeBufferPointer { forEachDistinctWord(in: $0, limit: limit) { word, _ in found(word) } }
    }

    /// As `forEachDistinctWord(ofHTML:limit:_:)`, with each ASCII word's lower case (which is
    /// also its one folded word, `SearchFold`: an ASCII word is letters and digits) and that
    /// lower case's `ByteWordSet.hash`, as the scan made them to tell whether the word is new;
    /// nil for a word with other bytes.
    static func forEachDistinctWord(
        ofHTML html: [UInt8], limit: Int, _ found: (UnsafeBufferPointer<UInt8>, LoweredWord?) -> Void
    ) {
        html.withUnsafeBufferPointer { forEachDistinctWord(in: $0, limit: limit, found) }
    }

    /// An ASCII word's lower case (valid only during the call that hands it over) and its hash.
    struct LoweredWord {
        let bytes: UnsafeBufferPointer<UInt8>
        let hash: Int
    }

    /// The distinct words of `t` (as `distinctWords(ofHTML:limit:)`), each handed to `found` as
    /// its bytes in `t`: each word is a run of word bytes between tags, references and other
    /// bytes, read in place.
    private static func forEachDistinctWord(
        in t: UnsafeBufferPointer<UInt8>, limit: Int, _ found: (UnsafeBufferPointer<UInt8>, LoweredWord?) -> Void
    ) {
        var scan = WordScan(limit: limit)
        // Runs of word bytes, tags (`<` to `>`) and character references are each read in a
        // loop of their own; a word's bytes are classed by one table load each.
        wordByteKinds.withUnsafeBufferPointer { kinds in
            let count = t.count
            var i = 0
            while i < count, scan.wordCount < limit {
                let byte = t[i]
                var kind = kinds[Int(byte)]
                if kind != 0 {
                    let start = i
                    i += 1
                    while i < count {
                        let next = kinds[Int(t[i])]
                        if next == 0 { break }
                        kind |= next
                        i += 1
                    }
                    scan.finish(t, start..<i, hasHighBytes: kind & highByte != 0, found)
                    continue
                }
                i += 1
                if byte == UInt8(ascii: "<") {
                    // The tag, to its `>` (found with memchr: woven links make long tags).
                    if i < count, let base = t.baseAddress, let close = memchr(base + i, 0x3E, count - i) {
                        i = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                    } else {
                        i = count + 1
                    }
                } else if byte == UInt8(ascii: "&") {
                    // cmark only writes references for `& < > "`, which are punctuation: skip them
                    // whole (to the `;`, at most 9 bytes).
                    var length = 0
                    while i < count {
                        let next = t[i]
                        i += 1
                        if next == UInt8(ascii: ";") || length >= 8 { break }
                        length += 1
                    }
                }
            }
        }
    }

    /// Per byte: 0 when it is no word byte (`isWordByte`), else `asciiWordByte` or `highByte`.
    private static let wordByteKinds: [UInt8] = (0..<256).map { byte in
        isWordByte(UInt8(byte)) ? (byte >= 0x80 ? highByte : asciiWordByte) : 0
    }
    private static let asciiWordByte: UInt8 = 1
    private static let highByte: UInt8 = 2

    /// The length of a typographic punctuation sequence at `index` (E2 80 xx, C2 A0-BF) inside
    /// a run ending at `end`, else 0.
    static func punctuationWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 { return 3 }
        if bytes[index] == 0xC2, index + 1 < end, (0xA0...0xBF).contains(bytes[index + 1]) { return 2 }
        return 0
    }

    /// Letters, digits and every byte of a multi-byte UTF-8 sequence (non-ASCII letters and some
    /// punctuation, which `punctuationWidth` splits out afterwards).
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        // Bit b of the mask for byte 64 + b (letters) or byte b (digits).
        return byte >= 64 ? (letterMask >> UInt64(byte - 64)) & 1 != 0 : (digitMask >> UInt64(byte)) & 1 != 0
    }

    /// `A`-`Z` and `a`-`z`, as bits from byte 64.
    private static let letterMask: UInt64 = (((1 << 26) - 1) << 1) | (((1 << 26) - 1) << 33)
    /// `0`-`9`, as bits from byte 0.
    private static let digitMask: UInt64 = ((1 << 10) - 1) << 48
}

/// The state of one `PlainText` word scan: the words seen (lower-cased) and how many were kept.
/// A struct with mutating methods rather than nested functions over captured variables, which
/// were checked for exclusive access at run time on every word.
private struct WordScan {
    let limit: Int
    /// Lower-cased keys that are ASCII (nearly all) go in a byte set; others in a Set<String>,
    /// whose canonical-equivalence comparison they need. No ASCII key can equal a non-ASCII one:
    /// a key whose lower case is ASCII goes in the byte set whatever its spelling.
    var seenASCII: ByteWordSet
    var seen: Set<String> = []
    var wordCount = 0
    var lowerHeap: [UInt8] = []

    init(limit: Int) {
        self.limit = limit
        seenASCII = ByteWordSet(capacity: max(0, limit))
    }

    /// Keeps the pieces of the run `range` of `t` between typographic punctuation:
    /// ’ “ ” – — … (U+2000-U+203F) and « » NBSP (U+00A0-U+00BF). Only a run with a byte from
    /// 0x80 up (`hasHighBytes`) can hold any.
    mutating func finish(
        _ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hasHighBytes: Bool, _ found: (UnsafeBufferPointer<UInt8>, PlainText.LoweredWord?) -> Void
    ) {
        guard hasHighBytes else {
            keep(t, range, ascii: true, found)
            return
        }
        var pieceStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let width = PlainText.punctuationWidth(t, at: index, end: end)
            if width > 0 {
                keep(t, pieceStart..<index, ascii: false, found)
                index += width
                pieceStart = index
            } else {
                index += 1
            }
        }
        keep(t, pieceStart..<end, ascii: false, found)
    }

    /// Hands the word `range` of `t` to `found` when it is long enough, there is room and its
    /// lower case was not seen yet. `ascii` when the word is known to be ASCII.
    private mutating func keep(
        _ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii knownASCII: Bool, _ found: (UnsafeBufferPointer<UInt8>, PlainText.LoweredWord?) -> Void
    ) {
        guard range.count >= PlainText.shortestWord, wordCount < limit else { return }
        let bytes = UnsafeBufferPointer(rebasing: t[range])
        var ascii = knownASCII
        if !ascii {
            ascii = true
            for byte in bytes where byte >= 0x80 {
                ascii = false
                break
            }
        }
        if ascii {
            // Lower-cased into a buffer on the stack (the heap past 32 bytes), handed over with
            // its hash.
            if bytes.count <= 32 {
                var lower: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                withUnsafeMutableBytes(of: &lower) { raw in
                    // Eight bytes at a time where eight can be read from `t`, the bytes past
                    // the word masked off: the buffer is zero past the word.
                    let count = bytes.count
                    let source = UnsafeRawPointer(t.baseAddress! + range.lowerBound)
                    let readable = t.count - range.lowerBound
                    var index = 0
                    while index < count && index + 8 <= readable {
                        var word = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        if count - index < 8 { word &= (1 << UInt64((count - index) * 8)) - 1 }
                        raw.storeBytes(of: AsciiWords.lowercased(word), toByteOffset: index, as: UInt64.self)
                        index += 8
                    }
                    while index < count {
                        let byte = bytes[index]
                        raw[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        index += 1
                    }
                    let buffer = raw.bindMemory(to: UInt8.self)
                    keepLowered(bytes, UnsafeBufferPointer(rebasing: buffer[0..<count]), zeroPadded: true, found)
                }
            } else {
                lowerHeap.removeAll(keepingCapacity: true)
                for byte in bytes { lowerHeap.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
                let lower = lowerHeap
                lowerHeap = []
                lower.withUnsafeBufferPointer { keepLowered(bytes, $0, zeroPadded: false, found) }
                lowerHeap = lower
            }
        } else {
            // A non-ASCII byte sends the word through `lowercased()`.
            var key = String(decoding: bytes, as: UTF8.self).lowercased()
            let inserted = key.utf8.allSatisfy { $0 < 0x80 }
                ? key.withUTF8 { seenASCII.insert($0, hash: ByteWordSet.hash($0)) }
                : seen.insert(key).inserted
            if inserted {
                wordCount += 1
                found(bytes, nil)
            }
        }
    }

    /// `word`, whose lower case is the ASCII `lower`, kept when that was not seen yet.
    /// `zeroPadded`: `lower`'s buffer is zero past its end to a multiple of eight bytes.
    @inline(__always)
    private mutating func keepLowered(
        _ word: UnsafeBufferPointer<UInt8>, _ lower: UnsafeBufferPointer<UInt8>, zeroPadded: Bool,
        _ found: (UnsafeBufferPointer<UInt8>, PlainText.LoweredWord?) -> Void
    ) {
        let hash = zeroPadded ? ByteWordSet.hash(zeroPadded: lower) : ByteWordSet.hash(lower)
        guard seenASCII.insert(lower, hash: hash) else { return }
        wordCount += 1
        found(word, PlainText.LoweredWord(bytes: lower, hash: hash))
    }
}

/// Words of an HTML fragment made by cmark, for the search index.
enum PlainText {
    /// Words shorter than this (in UTF-8 bytes) are left out of the index: `a`, `of`, `to`.
    static let shortestWord = 3

    /// The distinct words of `html`'s text (tags and character references skipped), in order of
    /// first appearance, compared case-insensitively, at most `limit` of them. O(n) in the bytes.
    static func distinctWords(ofHTML html: String, limit: Int) -> [String] {
        var html = html
        return html.withUTF8 { distinctWords(in: $0, limit: limit) }
    }

    /// `distinctWords(ofHTML:limit:)` over the UTF-8 bytes: each word is a run of word bytes
    /// between tags, references and other bytes, read in place.
    private static func distinctWords(in t: UnsafeBufferPointer<UInt8>, limit: Int) -> [String] {
        // Lower-cased keys that are ASCII (nearly all) go in a byte set; others in a Set<String>,
        // whose canonical-equivalence comparison they need. No ASCII key can equal a non-ASCII
        // one: a key whose lower case is ASCII goes in the byte set whatever its spelling.
        var seenASCII = ByteWordSet(capacity: max(0, limit))
        var seen: Set<String> = []
        var words: [String] = []
        var lower: [UInt8] = []

        func keep(_ range: Range<Int>) {
            guard range.count >= shortestWord, words.count < limit else { return }
            let bytes = UnsafeBufferPointer(rebasing: t[range])
            // ASCII words (most of them) are copied and lower-cased in place, and made into a
            // String once; a non-ASCII byte sends the word through `lowercased()`.
            lower.removeAll(keepingCapacity: true)
            lower.append(contentsOf: bytes)
            let ascii = lower.withUnsafeMutableBufferPointer { buffer -> Bool in
                for index in buffer.indices {
                    let byte = buffer[index]
                    if byte >= 0x80 { return false }
                    if byte &- 0x41 < 26 { buffer[index] = byte | 0x20 }
                }
                return true
            }
            if ascii {
                let inserted = lower.withUnsafeBufferPointer { seenASCII.insert($0) }
                if inserted { words.append(String(decoding: bytes, as: UTF8.self)) }
                return
            }
            let word = String(decoding: bytes, as: UTF8.self)
            var key = word.lowercased()
            let inserted = key.utf8.allSatisfy { $0 < 0x80 }
                ? key.withUTF8 { seenASCII.insert($0) }
                : seen.insert(key).inserted
            if inserted { words.append(word) }
        }
        /// Keeps the pieces of the run `start..<end` between typographic punctuation:
        /// ’ “ ” – — … (U+2000-U+203F) and « » NBSP (U+00A0-U+00BF).
        func finishWord(_ start: Int, _ end: Int) {
            var pieceStart = start
            var index = start
            while index < end {
                let width = punctuationWidth(t, at: index, end: end)
                if width > 0 {
                    keep(pieceStart..<index)
                    index += width
                    pieceStart = index
                } else {
                    index += 1
                }
            }
            keep(pieceStart..<end)
        }

        var runStart = 0
        var inTag = false
        // Bytes read of a character reference (`&amp;`) being skipped; nil outside one.
        var referenceLength: Int? = nil
        var i = 0
        while i < t.count {
            if words.count >= limit { return words }
            let byte = t[i]
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
                i += 1
                runStart = i
                continue
            }
            if let length = referenceLength {
                // cmark only writes references for `& < > "`, which are punctuation: skip them whole.
                referenceLength = byte == UInt8(ascii: ";") || length >= 8 ? nil : length + 1
                i += 1
                runStart = i
                continue
            }
            if isWordByte(byte) {
                i += 1
                continue
            }
            finishWord(runStart, i)
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: "&") {
                referenceLength = 0
            }
            i += 1
            runStart = i
        }
        finishWord(runStart, t.count)
        return words
    }

    /// The length of a typographic punctuation sequence at `index` (E2 80 xx, C2 A0-BF) inside
    /// a run ending at `end`, else 0.
    private static func punctuationWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
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

@testable import BriefSite
import Testing

/// `PlainText`'s word scan against the state machine it replaced (kept here as the reference):
/// the same words for every HTML shape cmark and the weaver make.
@Suite("Plain text words (reference)")
struct PlainTextReferenceTests {
    static func reference(ofHTML html: String, limit: Int) -> [String] {
        var html = html
        return html.withUTF8 { distinctWords(in: $0, limit: limit) }
    }

    static func distinctWords(in t: UnsafeBufferPointer<UInt8>, limit: Int) -> [String] {
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
    static func punctuationWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 { return 3 }
        if bytes[index] == 0xC2, index + 1 < end, (0xA0...0xBF).contains(bytes[index + 1]) { return 2 }
        return 0
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    static let shortestWord = PlainText.shortestWord

    @Test func wordsEqualTheReferenceScan() {
        var htmls = [
            "<p>Sergei Lavrov said the “root causes” of the war &amp; Kiev’s allies.</p>",
            "<p><a class=\"entity entity-person\" href=\"../../entities/sergei-lavrov/index.html\">Sergei Lavrov</a> said</p><p>unclosed <tag",
            "text &lt; &gt; &quot; &amp;amp; &unterminatedreference and more words after it",
            "<h2>Head</h2>\n<ul>\n<li>one</li>\n<li>two «three» four—five…six\u{A0}seven</li>\n</ul>",
            "caf\u{E9} CAF\u{C9} cafe\u{301} \u{212A}elvin kelvin Straße STRASSE",
        ]
        let pieces = ["word", "Word", " ", "<b>", "</b>", "&amp;", "“", "”", "’", "«", "—", "\u{A0}", "é", "x1", "<a href=\"x\">", "&", ";", ">", "<", "ab", "abc"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            htmls.append((0..<Int.random(in: 0..<60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for html in htmls {
            for limit in [0, 3, 80] {
                #expect(PlainText.distinctWords(ofHTML: html, limit: limit) == Self.reference(ofHTML: html, limit: limit), "\(html)")
            }
        }
    }
}

/// A word of the text as a key of the name index's tables: its byte range, its table hash,
/// and whether it is ASCII. Two words are equal when their ASCII-lower-cased Strings
/// (`TextBytes.lowercased`) are, which for ASCII words is a byte comparison; other words
/// are compared as those Strings, so the tables answer exactly as String-keyed ones would.
struct TextWord: Sendable, Equatable {
    var range: Range<Int>
    /// `tableHash` of the lower-cased String (`WordSet.hash` of the bytes for an ASCII word).
    var hash: UInt64
    var isASCII: Bool

    /// The word `text[range]`, whose `WordSet.hash` is `wordHash` when known.
    init(_ text: Bytes, _ range: Range<Int>, wordHash: UInt64? = nil) {
        self.range = range
        isASCII = TextWord.isASCII(text, range)
        hash = isASCII ? (wordHash ?? WordSet.hash(text, range)) : TextBytes.lowercased(text, range).tableHash
    }

    @inline(__always) static func isASCII<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ range: Range<Int>) -> Bool where Text.Index == Int {
        for i in range where text[i] >= 0x80 { return false }
        return true
    }

    /// Whether the two words of `text` are equal lower-cased.
    @inline(__always) func equals<Text: RandomAccessCollection<UInt8>>(_ other: TextWord, in text: Text) -> Bool where Text.Index == Int {
        if isASCII && other.isASCII {
            guard range.count == other.range.count else { return false }
            var i = range.lowerBound, j = other.range.lowerBound
            while i < range.upperBound {
                if ByteClass.lower(text[i]) != ByteClass.lower(text[j]) { return false }
                i += 1
                j += 1
            }
            return true
        }
        return TextBytes.lowercased(text, range) == TextBytes.lowercased(text, other.range)
    }

    /// Whether `text[range]` lower-cased equals `word` (as Strings compare).
    static func lowercased<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ range: Range<Int>, equals word: String) -> Bool where Text.Index == Int {
        var word = word
        let fast: Bool? = word.withUTF8 { w in
            guard w.allSatisfy({ $0 < 0x80 }), isASCII(text, range) else { return nil }
            guard w.count == range.count else { return false }
            var k = 0
            for i in range {
                if ByteClass.lower(text[i]) != w[k] { return false }
                k += 1
            }
            return true
        }
        return fast ?? (TextBytes.lowercased(text, range) == word)
    }
}

extension KeyTable where Key == TextWord {
    /// The entry whose word equals `word` (both words of `text`).
    @inline(__always) func index(of word: TextWord, in text: Bytes) -> Int? {
        index(hash: word.hash) { $0.equals(word, in: text) }
    }

    /// The entry whose word, lower-cased, is `word`.
    func index(of word: String, in text: [UInt8]) -> Int? {
        isEmpty ? nil : index(hash: word.tableHash) { TextWord.lowercased(text, $0.range, equals: word) }
    }
}

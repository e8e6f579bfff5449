/// Byte-level character classes for UTF-8 text. Everything here is O(1) per call and
/// never builds a `Character`: the quote finder scans bytes only.
enum TextBytes {
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// Space, tab, CR, LF.
    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// Whether the code point starting at `i` is white space (ASCII or no-break space).
    @inline(__always) static func isSpace<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        guard i >= 0, i < text.count else { return false }
        let b = text[i]
        if isASCIISpace(b) { return true }
        return b == 0xC2 && i + 1 < text.count && text[i + 1] == 0xA0
    }

    /// The start of the code point that contains byte `i`.
    @inline(__always) static func codePointStart<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ i: Int) -> Int where Text.Index == Int {
        var j = i
        while j > 0 && text[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Whether the code point at `i` is a letter or digit. Non-ASCII code points count as
    /// letters except the general punctuation block (E2 80 xx), Latin-1 punctuation (C2 xx)
    /// and other symbols we meet in news (E2 xx xx).
    @inline(__always) static func isWordByte<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        guard i >= 0, i < text.count else { return false }
        var b = text[i]
        if b < 0x80 { return isASCIILetter(b) || isDigit(b) }
        if b & 0xC0 == 0x80 {
            // A continuation byte is what its code point's lead byte is (no recursion, so it inlines).
            b = text[codePointStart(text, i)]
            if b < 0x80 { return isASCIILetter(b) || isDigit(b) }
        }
        if b == 0xC2 || b == 0xE2 { return false }
        return true
    }

    /// Whether the code point at `i` starts with an upper-case letter (ASCII, Latin-1 and
    /// the common Latin Extended-A capitals, which are even code points in C4/C5).
    @inline(__always) static func isUpperAt<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        guard i < text.count else { return false }
        let b = text[i]
        if b < 0x80 { return isUpperASCII(b) }
        guard i + 1 < text.count else { return false }
        let c = text[i + 1]
        if b == 0xC3 { return c >= 0x80 && c <= 0x9E && c != 0x97 }
        if b == 0xC4 || b == 0xC5 { return c & 1 == 0 }
        return false
    }

    /// Length in bytes of the code point starting with lead byte `b`.
    @inline(__always) static func codePointLength(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Whether `text[range]` equals the ASCII string `word`, ignoring ASCII case.
    static func equalsIgnoringCase<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ range: Range<Int>, _ word: StaticString) -> Bool where Text.Index == Int {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<range.count where text[range.lowerBound + k] | 0x20 != w[k] | 0x20 { return false }
        return true
    }

    /// `text[range]` lower-cased (ASCII only) as a String, for look-ups in small word sets.
    static func lowercased<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ range: Range<Int>) -> String where Text.Index == Int {
        // Written straight into the String's storage (no array in between); invalid UTF-8 is
        // repaired as `String(decoding:as:)` does.
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var k = 0
            for i in range {
                let b = text[i]
                buffer[k] = isUpperASCII(b) ? b | 0x20 : b
                k += 1
            }
            return k
        }
    }

    static func string(_ text: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }

    /// `end` moved back over white space (ASCII and no-break), not below `lower`.
    static func trimmedEnd<Text: RandomAccessCollection<UInt8>>(_ text: Text, _ lower: Int, _ end: Int) -> Int where Text.Index == Int {
        var e = end
        while e > lower {
            if isASCIISpace(text[e - 1]) {
                e -= 1
            } else if e - 2 >= lower && text[e - 2] == 0xC2 && text[e - 1] == 0xA0 {
                e -= 2
            } else {
                break
            }
        }
        return e
    }
}

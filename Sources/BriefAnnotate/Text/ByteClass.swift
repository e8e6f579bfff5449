/// Byte-level character classes for UTF-8 text. All functions are O(1) and look at
/// one or a few bytes; they never decode to `Character`.
enum ByteClass {
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }

    /// The length of the UTF-8 sequence that starts with `b` (1 for a stray continuation byte).
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// What the code point at `i` is, for tokenizing. Non-ASCII letters are recognised for
    /// Latin, Greek and Cyrillic well enough to tell case; other scripts count as lowercase letters.
    enum Kind: UInt8 { case letterUpper, letterLower, digit, space, apostrophe, hyphen, dash, quote, other }

    /// Classifies the code point starting at `i`; `length` is its byte length (bounded by `end`).
    static func classify(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (kind: Kind, length: Int) {
        let b = t[i]
        if b < 0x80 {
            if isASCIIUpper(b) { return (.letterUpper, 1) }
            if isASCIILower(b) { return (.letterLower, 1) }
            if isDigit(b) { return (.digit, 1) }
            if isSpace(b) { return (.space, 1) }
            if b == 0x27 { return (.apostrophe, 1) }
            if b == 0x2D { return (.hyphen, 1) }
            if b == 0x22 || b == 0x60 { return (.quote, 1) }
            return (.other, 1)
        }
        let n = min(sequenceLength(b), end - i)
        // Reject malformed sequences: treat the lead byte alone as an unknown symbol.
        if n < 2 || b < 0xC2 { return (.other, 1) }
        for k in 1..<n where !isContinuation(t[i + k]) { return (.other, 1) }
        if n != sequenceLength(b) { return (.other, 1) }
        let c1 = t[i + 1]
        switch b {
        case 0xC2:
            if c1 == 0xA0 { return (.space, 2) }
            if c1 == 0xAB || c1 == 0xBB { return (.quote, 2) }
            return (.other, 2)
        case 0xC3:
            if c1 == 0x97 || c1 == 0xB7 { return (.other, 2) }
            return (c1 < 0x9F ? .letterUpper : .letterLower, 2)
        case 0xC4, 0xC5:
            // Latin Extended-A: mostly upper/lower pairs at even/odd code points.
            let cp = (Int(b & 0x1F) << 6) | Int(c1 & 0x3F)
            if cp == 0x131 || cp == 0x138 || cp == 0x149 { return (.letterLower, 2) }
            let oddUpper = (0x139...0x148).contains(cp) || (0x179...0x17E).contains(cp)
            let upper = oddUpper ? cp & 1 == 1 : cp & 1 == 0
            return (upper ? .letterUpper : .letterLower, 2)
        case 0xCE, 0xCF:
            let cp = (Int(b & 0x1F) << 6) | Int(c1 & 0x3F)
            if cp >= 0x391 && cp <= 0x3AB { return (.letterUpper, 2) }
            return (cp >= 0x3AC && cp <= 0x3CE ? .letterLower : .other, 2)
        case 0xD0:
            return (c1 < 0xB0 ? .letterUpper : .letterLower, 2)
        case 0xD1:
            return (.letterLower, 2)
        case 0xE2:
            if c1 == 0x80 {
                let c2 = t[i + 2]
                if c2 <= 0x8A || c2 == 0xAF { return (.space, 3) }
                if c2 == 0x99 { return (.apostrophe, 3) }
                if c2 >= 0x98 && c2 <= 0x9F { return (.quote, 3) }
                if c2 == 0x90 || c2 == 0x91 { return (.hyphen, 3) }
                if c2 >= 0x92 && c2 <= 0x95 { return (.dash, 3) }
                if c2 == 0xB9 || c2 == 0xBA { return (.quote, 3) }
                return (.other, 3)
            }
            return (.other, 3)
        case 0xE3 where c1 == 0x80:
            return (.other, 3)
        case 0xEF where c1 == 0xBB && t[i + 2] == 0xBF:
            return (.space, 3)
        default:
            if b >= 0xC6 && b <= 0xCB { return (.letterLower, n) }
            return (.letterLower, n)
        }
    }
}

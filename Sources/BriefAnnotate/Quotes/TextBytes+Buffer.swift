import BriefBytes

/// The byte tests of `AttributionTokenizer`, `WordSet` and `Gender` over an `UnsafeBufferPointer`
/// instead of an array: the same answers, without a bounds check or a retain per byte, for the
/// name scan that visits every byte of a document. (`TextBytes`' tests are generic over both.)
typealias Bytes = UnsafeBufferPointer<UInt8>

extension AttributionTokenizer {
    /// `wordEnd(_:_:_:)` over a buffer, with runs of ASCII letters and digits taken in a tight loop.
    @inline(__always) static func wordEnd(_ text: Bytes, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            // Eight bytes at a time: skip the ASCII letters and digits at `i` in one step.
            if i + 8 <= end {
                let run = AsciiWords.alphanumericPrefix(UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self))
                i += run
                if run == 8 { continue }
            }
            let b = text[i]
            if b < 0x80 {
                if TextBytes.isASCIILetter(b) || TextBytes.isDigit(b) { i += 1; continue }
                if (b == 0x27 || b == 0x2D || b == 0x2E) && i + 1 < end && TextBytes.isWordByte(text, i + 1) { i += 1; continue }
                return i
            }
            if b == 0xE2 {
                if i + 3 < end && text[i + 1] == 0x80 && text[i + 2] == 0x99 && TextBytes.isWordByte(text, i + 3) {
                    i += 3
                    continue
                }
                return i
            }
            if b == 0xC2 { return i }
            i += min(TextBytes.codePointLength(b), end - i)
        }
        return i
    }

    /// `isAbbreviation(_:_:)` over a buffer.
    static func isAbbreviation(_ text: Bytes, _ word: Range<Int>) -> Bool {
        if word.count == 1 { return TextBytes.isUpperASCII(text[word.lowerBound]) }
        if word.count > 5 { return false }
        for i in word where text[i] == 0x2E { return true }
        return abbreviationFlags(text, word) != 0
    }
}

extension WordSet {
    /// `hash(_:_:)` over a buffer.
    @inline(__always) static func hash(_ text: Bytes, _ range: Range<Int>) -> UInt64 {
        var h = TableHashing.empty
        for i in range { h = TableHashing.adding(ByteClass.lower(text[i]), to: h) }
        return h
    }

    /// `contains(_:_:)` over a buffer.
    @inline(__always) func contains(_ text: Bytes, _ range: Range<Int>) -> Bool {
        contains(hash: Self.hash(text, range))
    }
}

extension Gender {
    /// `init(_:_:)` over a buffer.
    init?(_ text: Bytes, _ range: Range<Int>) {
        guard range.count >= 2, range.count <= 7 else { return nil }
        let b = text[range.lowerBound] | 0x20
        guard b == 0x68 || b == 0x73 else { return nil }
        let s = range.lowerBound
        @inline(__always) func at(_ k: Int) -> UInt8 { text[s + k] | 0x20 }
        switch (b, range.count) {
        case (0x68, 2):
            if at(1) == 0x65 { self = .male; return }
        case (0x68, 3):
            if at(1) == 0x69 && (at(2) == 0x73 || at(2) == 0x6D) { self = .male; return }
            if at(1) == 0x65 && at(2) == 0x72 { self = .female; return }
        case (0x68, 4):
            if at(1) == 0x65 && at(2) == 0x72 && at(3) == 0x73 { self = .female; return }
        case (0x68, 7):
            if at(3) == 0x73 && at(4) == 0x65 && at(5) == 0x6C && at(6) == 0x66 {
                if at(1) == 0x69 && at(2) == 0x6D { self = .male; return }
                if at(1) == 0x65 && at(2) == 0x72 { self = .female; return }
            }
        case (0x73, 3):
            if at(1) == 0x68 && at(2) == 0x65 { self = .female; return }
            if at(1) == 0x69 && at(2) == 0x72 { self = .male; return }
        default:
            break
        }
        return nil
    }
}

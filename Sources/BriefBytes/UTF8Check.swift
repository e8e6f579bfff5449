/// Whether bytes are well-formed UTF-8, eight ASCII bytes at a time.
///
/// Swift's own check (behind every `String` made from bytes) reads a text byte by byte once it
/// holds one non-ASCII byte, as nearly every news text does (’ “ ”): some five instructions a
/// byte, 1 % of a full build. Content whose check passes here can be kept as bytes and never
/// be made a `String` (a Markdown body: `ContentLoader`).
public enum UTF8Check {
    /// Well-formed by the Unicode Standard's table 3-7: no overlong forms, no surrogates
    /// (U+D800-DFFF), nothing past U+10FFFF, no sequence cut short.
    public static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let high = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                // The ASCII bytes before the first that is not (little-endian: the lowest).
                index += high.trailingZeroBitCount / 8
            }
            let lead = base.load(fromByteOffset: index, as: UInt8.self)
            if lead < 0x80 {
                index += 1
                continue
            }
            // The first continuation byte's range depends on the lead; the others are 80-BF.
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return false
            }
            guard index + length <= count, second.contains(base.load(fromByteOffset: index + 1, as: UInt8.self)) else { return false }
            for offset in 2..<length where base.load(fromByteOffset: index + offset, as: UInt8.self) & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}

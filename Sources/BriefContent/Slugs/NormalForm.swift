import Foundation

/// Unicode normal form C for text typed or named on different systems: macOS file names and
/// text pasted from some editors come decomposed (`u` + U+0308 for `ü`), which would make other
/// slugs (`mu-ller`), other tags and names the annotator cannot match with the composed ones.
public enum NormalForm {
    /// `text` in normal form C. Text with no byte that can start a combining mark (see
    /// `mayBeDecomposed`), nearly all text, is returned as it is, without Foundation's pass.
    public static func composed(_ text: String) -> String {
        guard mayBeDecomposed(text.utf8) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True when `bytes` hold a character from the blocks that decomposed text is made of:
    /// combining diacritical marks (U+0300-036F, and the extended and supplement blocks
    /// U+1AB0-1AFF, U+1DC0-1DFF, U+20D0-20FF), Hangul jamo (U+1100-11FF) and the kana voicing
    /// marks (U+3099, U+309A). One pass over the bytes; false for ASCII.
    static func mayBeDecomposed(_ bytes: String.UTF8View) -> Bool {
        // Over the string's own bytes where it is contiguous (every loaded file is): the
        // per-byte iterator of `String.UTF8View` was most of loading's text check.
        if let found = bytes.withContiguousStorageIfAvailable({ mayBeDecomposed($0) }) { return found }
        return Array(bytes).withUnsafeBufferPointer { mayBeDecomposed($0) }
    }

    /// `mayBeDecomposed` over bytes: eight ASCII bytes are skipped at a time (most prose).
    static func mayBeDecomposed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let byte = base[i]
            i += 1
            switch byte {
            case 0xCC, 0xCD: return true
            case 0xE1, 0xE2, 0xE3:
                guard i < count else { return false }
                let second = base[i]
                i += 1
                switch (byte, second) {
                case (0xE1, 0x84...0x87), (0xE1, 0xAA...0xAB), (0xE1, 0xB7), (0xE2, 0x83): return true
                case (0xE3, 0x82):
                    if i < count {
                        let third = base[i]
                        i += 1
                        if third == 0x99 || third == 0x9A { return true }
                    }
                default: break
                }
            default: break
            }
        }
        return false
    }
}

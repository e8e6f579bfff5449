import BriefTransliteration
import Foundation

/// Entity ids: the lowercase ASCII slug of a canonical name ("Sergei Lavrov" ->
/// "sergei-lavrov", "Zürich" -> "zurich"), so one name gives one id on every page.
enum EntitySlug {
    /// Letters that diacritic folding leaves alone.
    private static let special: [Character: String] = [
        "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i", "&": "and",
    ]

    /// Latin-1 Supplement letters U+00C0...U+00FF without their diacritics ("" for symbols).
    private static let latin1: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    ]

    /// One ASCII byte of a name spelled into its slug, through `put`, after `written` bytes:
    /// letters lower-cased and digits kept, "&" as "and", apostrophes and periods dropped
    /// ("O'Brien", "U.S."), anything else a word break (one "-" before the next letter or digit).
    /// `EntityLinker.asciiSlot` spells ids straight from a text's bytes by the same rule.
    @inline(__always)
    static func spellASCII(_ b: UInt8, dash: inout Bool, written: Int, _ put: (UInt8) -> Void) {
        if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) {
            if dash && written > 0 { put(0x2D) }
            dash = false
            put(ByteClass.lower(b))
        } else if b == 0x26 { // "&"
            if written > 0 { put(0x2D) }
            put(0x61); put(0x6E); put(0x64)
            dash = true
        } else if b != 0x27 && b != 0x2E {
            dash = true
        }
    }

    /// The slug of `name`; a name with no Latin letters or digits gets "entity-" and a stable hash.
    /// Bytes are mapped directly for ASCII and Latin-1 letters; other text goes through Foundation's folding.
    static func make(_ name: String) -> String {
        var name = name
        // At most four bytes out per byte in ("&" -> "-and"): written into a stack buffer,
        // so a short slug becomes a small String without any heap allocation.
        let simple: String? = name.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 4 + 1) { out in
                var n = 0
                var dash = false
                var i = 0
                @inline(__always) func put(_ b: UInt8) {
                    out[n] = b
                    n += 1
                }
                while i < bytes.count {
                    let b = bytes[i]
                    i += 1
                    if b >= 0x80 {
                        guard b == 0xC3, i < bytes.count, bytes[i] >= 0x80 && bytes[i] <= 0xBF else { return nil }
                        let c = bytes[i]
                        i += 1
                        let s = latin1[Int(c) - 0x80] // U+00C0 is C3 80
                        if s.isEmpty { dash = true; continue }
                        if dash && n > 0 { put(0x2D) }
                        dash = false
                        for p in s.utf8 { put(p) }
                        continue
                    }
                    spellASCII(b, dash: &dash, written: n, put)
                }
                return n == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        }
        return simple ?? folded(name)
    }

    private static func folded(_ name: String) -> String {
        // Cyrillic and Greek letters are spelled as briefing slugs spell them ("Владимир Путин" ->
        // "vladimir-putin", й -> y before folding could make it и), so a note's page and the
        // annotator agree; letters with accents the table lacks (ά) are spelled after folding.
        var spelled = ""
        for scalar in name.lowercased().unicodeScalars {
            if let latin = Transliteration.latin(scalar) { spelled += latin } else { spelled.unicodeScalars.append(scalar) }
        }
        let folded = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var dash = false
        for ch in folded {
            let piece: Substring
            if let s = special[ch] { piece = Substring(s) } else { piece = Substring(String(ch)) }
            for u in piece.unicodeScalars {
                let spelled = u.isASCII ? nil : Transliteration.latin(u)
                if let spelled, !spelled.isEmpty {
                    if dash && !out.isEmpty { out.append("-") }
                    dash = false
                    out += spelled
                } else if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(u) {
                    if dash && !out.isEmpty { out.append("-") }
                    dash = false
                    out.unicodeScalars.append(u)
                } else if spelled == nil && u != "'" && u != "’" && u != "." {
                    dash = true
                }
            }
        }
        out = out.lowercased()
        if out.isEmpty {
            var h = TableHashing.empty
            for b in name.utf8 { h = TableHashing.adding(b, to: h) }
            return "entity-" + String(h, radix: 16)
        }
        return out
    }
}

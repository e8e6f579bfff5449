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

    /// The slug of `name`; a name with no Latin letters or digits gets "entity-" and a stable hash.
    /// Bytes are mapped directly for ASCII and Latin-1 letters; other text goes through Foundation's folding.
    static func make(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var dash = false
        var it = name.utf8.makeIterator()
        var simple = true
        while let b = it.next() {
            var piece: String.UTF8View?
            var ascii: UInt8 = 0
            if b < 0x80 {
                ascii = b
            } else if b == 0xC3, let c = it.next(), c >= 0x80 && c <= 0xBF {
                let index = Int(c) - 0x80 // U+00C0 is C3 80
                let s = latin1[index]
                if s.isEmpty { dash = true; continue }
                piece = s.utf8
            } else {
                simple = false
                break
            }
            if let p = piece {
                if dash && !out.isEmpty { out.append(0x2D) }
                dash = false
                out.append(contentsOf: p)
                continue
            }
            if ByteClass.isASCIILetter(ascii) || ByteClass.isDigit(ascii) {
                if dash && !out.isEmpty { out.append(0x2D) }
                dash = false
                out.append(ByteClass.lower(ascii))
            } else if ascii == 0x26 { // "&"
                if !out.isEmpty { out.append(0x2D) }
                out.append(contentsOf: "and".utf8)
                dash = true
            } else if ascii != 0x27 && ascii != 0x2E {
                dash = true
            }
        }
        if simple && !out.isEmpty { return String(decoding: out, as: UTF8.self) }
        return folded(name)
    }

    private static func folded(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var dash = false
        for ch in folded {
            let piece: Substring
            if let s = special[ch] { piece = Substring(s) } else { piece = Substring(String(ch)) }
            for u in piece.unicodeScalars {
                if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(u) {
                    if dash && !out.isEmpty { out.append("-") }
                    dash = false
                    out.unicodeScalars.append(u)
                } else if u != "'" && u != "’" && u != "." {
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

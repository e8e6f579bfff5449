import Foundation

/// Entity ids: the lowercase ASCII slug of a canonical name ("Sergei Lavrov" ->
/// "sergei-lavrov", "Zürich" -> "zurich"), so one name gives one id on every page.
enum EntitySlug {
    /// Letters that diacritic folding leaves alone.
    private static let special: [Character: String] = [
        "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i", "&": "and",
    ]

    /// The slug of `name`; a name with no Latin letters or digits gets "entity-" and a stable hash.
    static func make(_ name: String) -> String {
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
            var h: UInt64 = 0xcbf29ce484222325
            for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return "entity-" + String(h, radix: 16)
        }
        return out
    }
}

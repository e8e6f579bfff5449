/// Text for XML documents (the Atom feed, the sitemap).
enum XMLText {
    /// `text` escaped for element content and double- or single-quoted attributes: `& < > " '`
    /// become references (so `]]>` and `</x>` are inert), and characters XML 1.0 forbids (C0
    /// controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) are dropped, so the
    /// document stays well-formed whatever a title holds.
    static func escaped(_ text: String) -> String {
        // Most text (every sitemap address) has nothing to escape or drop: returned as it is
        // after one pass over its bytes. 0xEF starts U+FFFE and U+FFFF (and other characters,
        // which the slow path keeps).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0xEF }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

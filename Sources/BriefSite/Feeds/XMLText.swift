/// Text for XML documents (the Atom feed, the sitemap).
enum XMLText {
    /// `text` escaped for element content and double- or single-quoted attributes: `& < > " '`
    /// become references (so `]]>` and `</x>` are inert), and characters XML 1.0 forbids (C0
    /// controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) are dropped, so the
    /// document stays well-formed whatever a title holds.
    static func escaped(_ text: String) -> String {
        // Most text (every sitemap address) has nothing to escape or drop: returned as it is
        // after one pass over its bytes, read from the string's own storage.
        var stored = text
        guard stored.withUTF8({ $0.contains(where: mayChange) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if scalar.isASCII, let reference = reference(for: UInt8(truncatingIfNeeded: scalar.value)) {
                out += reference
                continue
            }
            switch scalar {
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `escaped` would change text with these UTF-8 bytes (false: they go in as they are).
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains(where: mayChange)
    }

    /// The reference the ASCII character `byte` becomes: for `& < > " '`; nil for any other.
    @inline(__always) private static func reference(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&apos;"
        default: nil
        }
    }

    /// Whether `byte` may start something `escaped` changes: a character with a reference, a C0
    /// control (tab, line feed and carriage return are kept, but rare), or 0xEF, which starts
    /// U+FFFE and U+FFFF (and other characters, which the slow path keeps).
    @inline(__always) private static func mayChange(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0xEF || reference(for: byte) != nil
    }
}

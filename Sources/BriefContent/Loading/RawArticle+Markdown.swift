import BriefBytes

extension RawArticle {
    /// The cleaned paragraphs as CommonMark that renders to exactly their text, with or without
    /// smart punctuation: every ASCII punctuation character that could start syntax is
    /// backslash-escaped (see `writeEscaped`), so a line like `1. …`, `# …`, `*` or `&amp;`
    /// stays plain text. Lines are trimmed so indentation never turns into a code block. O(n)
    /// over the paragraphs' bytes.
    ///
    /// UTF-8 bytes, what the loader keeps as the briefing's body: well-formed by construction
    /// (the paragraphs' own bytes and ASCII), so no string is made and checked (a string made
    /// from bytes is validated byte by byte once it holds one non-ASCII byte: about 110,000
    /// instructions for an article of the bench corpus).
    var markdownBodyUTF8: [UInt8] { markdownBodyUTF8(directParagraphs: true) }

    /// `markdownBodyUTF8`; with `directParagraphs` false every paragraph takes the general line
    /// rule (what tests compare the direct byte copy against).
    func markdownBodyUTF8(directParagraphs: Bool) -> [UInt8] {
        // Escaping at most doubles a paragraph (its kept lines and the "\n" between them are
        // bytes of it); then two bytes of separator each, and the final newline.
        let capacity = paragraphs.reduce(1) { $0 + 2 * $1.utf8.count + 2 }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var index = 0
            for (number, paragraph) in paragraphs.enumerated() {
                if number > 0 {
                    buffer[index] = UInt8(ascii: "\n")
                    buffer[index + 1] = UInt8(ascii: "\n")
                    index += 2
                }
                var paragraph = paragraph
                let plain = paragraph.withUTF8 { bytes -> Bool in
                    guard directParagraphs, Self.isSingleTrimmedLine(bytes) else { return false }
                    Self.writeEscaped(bytes, to: buffer, at: &index)
                    return true
                }
                if !plain { Self.writeLines(of: paragraph, to: buffer, at: &index) }
            }
            buffer[index] = UInt8(ascii: "\n")
            initialized = index + 1
        }
    }

    /// True when `bytes` hold no line break and neither start nor end with a space or tab: what
    /// the cleaner's paragraphs always are. Splitting such text on Character "\n" gives itself
    /// (or nothing when empty) and trimming leaves it as is, so its bytes can be escaped directly.
    private static func isSingleTrimmedLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return false }
        for byte in bytes where byte == 0x0A || byte == 0x0D { return false }
        return true
    }

    /// The general rule, for any paragraph text: its lines (split on Character "\n"), trimmed,
    /// empty ones dropped, joined by "\n".
    private static func writeLines(of paragraph: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        let lines = paragraph.split(separator: "\n").map { $0.trimmingASCIISpaces() }.filter { !$0.isEmpty }
        for (lineIndex, line) in lines.enumerated() {
            if lineIndex > 0 {
                buffer[index] = UInt8(ascii: "\n")
                index += 1
            }
            var line = line
            line.withUTF8 { writeEscaped($0, to: buffer, at: &index) }
        }
    }

    /// Writes the line `bytes` with a backslash before each ASCII punctuation byte that could
    /// start CommonMark syntax (with smart punctuation too): those of `syntaxBits` anywhere; a
    /// period next to another (smart "..." and ".."); a period or `)` after the digits that
    /// begin the line ("1." and "1)" start a list). The others (`,` `(` `:` `;` `?` `%` `/` and
    /// the like, a period ending a sentence) never do: escaped, they rendered the same and made
    /// cmark parse a raw article half as slowly again (an escape is an inline of its own).
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        guard let out = buffer.baseAddress else { return }
        let (low, high) = syntaxBits
        let count = bytes.count
        var at = index
        // Whether every byte so far is a digit (a list number may still be being read).
        var leadingDigits = true
        var offset = 0
        while offset < count {
            // Past the line's first non-digit, runs of letters, digits, spaces and non-ASCII
            // bytes (most of a line) need no escape: copied eight at a time. The whole word is
            // stored: the room reserved for this line (twice its bytes) holds it.
            if !leadingDigits, offset + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(out + at).storeBytes(of: word, as: UInt64.self)
                let plain = AsciiWords.wordsAndSpacesPrefix(word)
                at += plain
                offset += plain
                if plain == 8 { continue }
            }
            let byte = bytes[offset]
            if byte < 0x80 {
                var escaped = (byte < 64 ? low >> byte : high >> (byte - 64)) & 1 != 0
                if byte == 0x2E || byte == 0x29 {
                    escaped = leadingDigits && offset > 0
                        || byte == 0x2E && (offset > 0 && bytes[offset - 1] == 0x2E || offset + 1 < count && bytes[offset + 1] == 0x2E)
                }
                if escaped {
                    out[at] = UInt8(ascii: "\\")
                    at += 1
                }
            }
            leadingDigits = leadingDigits && byte &- 0x30 < 10
            out[at] = byte
            at += 1
            offset += 1
        }
        index = at
    }

    /// The ASCII punctuation that can start syntax wherever it stands, as bits: byte `b` is bit
    /// `b` of `low` below 64, bit `b - 64` of `high`. Escapes and code (`\` `` ` ``), emphasis
    /// (`*` `_`), links and images (`[` `]` `!`), HTML, autolinks and references (`<` `>` `&`),
    /// line starts (`#` `-` `+` `=` `~` `|`) and smart quotes and dashes (`"` `'` `-`).
    private static let syntaxBits: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in "\\`*_[]!<>&#-+=~|\"'".utf8 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        return (low, high)
    }()
}

extension Substring {
    func trimmingASCIISpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" || first == "\r" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}

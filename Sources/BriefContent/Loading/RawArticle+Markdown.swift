extension RawArticle {
    /// The cleaned paragraphs as CommonMark that renders to exactly their text: every ASCII
    /// punctuation character is backslash-escaped (CommonMark allows that for all of them), so a
    /// line like `1. …`, `# …`, `*` or `&amp;` stays plain text. Lines are trimmed so indentation
    /// never turns into a code block. O(n) over the paragraphs' bytes.
    var markdownBody: String { markdownBody(directParagraphs: true) }

    /// `markdownBody`; with `directParagraphs` false every paragraph takes the general line
    /// rule (what tests compare the direct byte copy against).
    func markdownBody(directParagraphs: Bool) -> String {
        var output: [UInt8] = []
        // Escapes at most double a paragraph; the separators and the final newline come on top.
        output.reserveCapacity(paragraphs.reduce(2 * paragraphs.count + 1) { $0 + $1.utf8.count + $1.utf8.count / 4 })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { output.append(contentsOf: "\n\n".utf8) }
            var paragraph = paragraph
            let plain = paragraph.withUTF8 { bytes -> Bool in
                guard directParagraphs, Self.isSingleTrimmedLine(bytes) else { return false }
                Self.appendEscaped(bytes, to: &output)
                return true
            }
            if !plain { Self.appendLines(of: paragraph, to: &output) }
        }
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
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
    private static func appendLines(of paragraph: String, to output: inout [UInt8]) {
        let lines = paragraph.split(separator: "\n").map { $0.trimmingASCIISpaces() }.filter { !$0.isEmpty }
        for (lineIndex, line) in lines.enumerated() {
            if lineIndex > 0 { output.append(UInt8(ascii: "\n")) }
            var line = line
            line.withUTF8 { appendEscaped($0, to: &output) }
        }
    }

    /// Appends `bytes` with a backslash before each ASCII punctuation byte: room for the worst
    /// case is made once, then bytes are written through a pointer (no per-byte capacity check).
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: 2 * bytes.count))
        let written = output.withUnsafeMutableBufferPointer { buffer -> Int in
            var index = start
            for byte in bytes {
                if byte < 0x80, Self.isASCIIPunctuation(byte) {
                    buffer[index] = UInt8(ascii: "\\")
                    index += 1
                }
                buffer[index] = byte
                index += 1
            }
            return index
        }
        output.removeLast(output.count - written)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}

extension Substring {
    func trimmingASCIISpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" || first == "\r" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}

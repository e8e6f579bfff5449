extension RawArticle {
    /// The cleaned paragraphs as CommonMark that renders to exactly their text: every ASCII
    /// punctuation character is backslash-escaped (CommonMark allows that for all of them), so a
    /// line like `1. …`, `# …`, `*` or `&amp;` stays plain text. Lines are trimmed so indentation
    /// never turns into a code block.
    var markdownBody: String {
        var output: [UInt8] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { output.append(contentsOf: "\n\n".utf8) }
            let lines = paragraph.split(separator: "\n").map { $0.trimmingASCIISpaces() }.filter { !$0.isEmpty }
            for (lineIndex, line) in lines.enumerated() {
                if lineIndex > 0 { output.append(UInt8(ascii: "\n")) }
                for byte in line.utf8 {
                    if byte < 0x80, Self.isASCIIPunctuation(byte) { output.append(UInt8(ascii: "\\")) }
                    output.append(byte)
                }
            }
        }
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
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

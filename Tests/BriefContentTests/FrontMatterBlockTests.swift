import Testing
@testable import BriefContent

/// The byte scan of `FrontMatterBlock` against the line split it replaced.
@Suite("Front matter block")
struct FrontMatterBlockTests {
    /// The old reading: split the String on the Character "\n" (so "\r\n" is no break), rejoin.
    static func reference(_ text: String) -> (yaml: String, body: String, closingLine: Int?)? {
        func isFence(_ line: Substring, allowDots: Bool) -> Bool {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
            return trimmed == "---" || (allowDots && trimmed == "...")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first, allowDots: false) else { return nil }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            if isFence(line, allowDots: true) {
                return (yamlLines.joined(separator: "\n"), lines.joined(separator: "\n"), lineNumber)
            }
            yamlLines.append(line)
        }
        return ("", "", nil)
    }

    static let inputs = [
        "", "---", "---\n", "---\n---", "---\n---\n", "---\n---\nbody", "--- \t\ntitle: a\n... \nbody\n\nmore",
        "---\ntitle: a\ntags: [x]\n---\n# Body\n\ntext\n", "----\ntitle: a\n---\n", "text\n---\n", "---\r\ntitle: a\r\n---\r\nbody",
        "---\ntitle: a\r\n---\r\nbody\n", "---\ntitle: a\n---\r", "---\ntitle: a\n---\r\r\nx", "---\n\n\n---\n\n\n",
        "---\ntitle: é “x”\n---\n日本\n", "---\ntitle: a\n- --\n--\n---x\n", "---\n-\u{301}--\n---\nb", "\n---\na\n---\n",
        "---\ntitle: a\nno closing fence\n", "---\n...\n", "...\n---\n",
    ]

    @Test(arguments: inputs)
    func matchesTheLineSplit(_ text: String) {
        let block = FrontMatterBlock(text)
        let expected = Self.reference(text)
        #expect(block?.yaml == expected?.yaml)
        #expect(block?.body == expected?.body)
        #expect(block?.closingLine == expected?.closingLine)
        #expect((block == nil) == (expected == nil))
    }
}

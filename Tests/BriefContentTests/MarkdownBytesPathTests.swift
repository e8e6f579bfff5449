import Foundation
import Testing
@testable import BriefContent

/// A Markdown file read from its bytes (its body never made a `String`) is the briefing, with
/// the diagnostics, that reading it as text gives; a file the bytes path leaves to the text path
/// (no closed front matter, no title in it, CR, BOM, NUL, bad or decomposed UTF-8) is left.
@Suite("Markdown read from bytes")
struct MarkdownBytesPathTests {
    static let files: [String] = [
        "---\ntitle: Talks stall\ndate: 2025-03-04\ntags: [NATO, talks]\n---\nBody with ’quotes’ and “more”.\n\n## Reactions\n\nText.\n",
        "---\ntitle: \"Quoted: title\"\nsource: Reuters\nurl: https://example.org/a?b=1\nsummary: A summary.\ndraft: true\n---\n",
        "---\ntitle: Closed by dots\n...\nThe body after a YAML end marker.",
        "---\ntitle: No newline after the fence\n---",
        "---\ntitle: Trailing spaces on the fence\n---   \n\n# A heading in the body stays\n",
        "---\ntitle: Bad date\ndate: 2025-13-45\n---\nBody.\n",
        "---\ntitle: A slug\nslug: Bad Slug!\n---\nBody.\n",
        "---\ntitle: Unknown key\ncolour: blue\n---\nBody.\n",
        "---\ntitle: Nested\nauthor:\n  name: x\n---\nBody.\n",
        "---\ntitle: Émigrés à Zürich – ein Überblick\n---\nÄrzte, 😀 and \u{10FFFF}.\n",
        // Left to the text path:
        "---\ntitle: ''\n---\nAn empty title is none.\n",
        "---\ndate: 2025-03-04\n---\n# Title from the heading\n\nBody.\n",
        "# No front matter\n\nBody.\n",
        "---\ntitle: Never closed\nBody.\n",
        "---\r\ntitle: CRLF\r\n---\r\nBody.\r\n",
        "\u{FEFF}---\ntitle: BOM\n---\nBody.\n",
        "---\ntitle: Decomposed cafe\u{301}\n---\nBody.\n",
        "",
    ]

    @Test(arguments: Array(files.indices))
    func bytesAndTextReadTheSame(index: Int) throws {
        let file = Self.files[index]
        let data = Data(file.utf8)
        var byBytes: [Diagnostic] = []
        let read = ContentLoader.markdownBriefing(bytes: data, stem: "a-file", path: "content/a-file.md", diagnostics: &byBytes)
        var byText: [Diagnostic] = []
        let text = try #require(ContentLoader.text(of: data, path: "content/a-file.md", diagnostics: &byText))
        let expected = ContentLoader.markdownBriefing(text, stem: "a-file", path: "content/a-file.md", diagnostics: &byText)
        guard let read else {
            #expect(byBytes.isEmpty, "left to the text path with nothing said")
            #expect(index >= 10 || file.isEmpty, "file \(index) was meant for the bytes path")
            return
        }
        #expect(index < 10, "file \(index) was meant for the text path")
        #expect(read == expected)
        #expect(read.map { Array($0.markdown.utf8) } == expected.map { Array($0.markdown.utf8) })
        #expect(byBytes.map(\.description) == byText.map(\.description))
    }

    /// Bytes that are no text are never read as such: each goes to the text path, which says why.
    @Test func badBytesAreLeftToTheTextPath() {
        for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0xE2, 0x80]] {
            let data = Data(Array("---\ntitle: x\n---\nBody ".utf8) + bad + Array(" end.\n".utf8))
            var diagnostics: [Diagnostic] = []
            #expect(ContentLoader.markdownBriefing(bytes: data, stem: "x", path: "x.md", diagnostics: &diagnostics) == nil)
            #expect(diagnostics.isEmpty)
        }
    }
}

import Testing
@testable import BriefContent

@Suite("Front matter")
struct FrontMatterTests {
    @Test func readsEveryKnownField() throws {
        let text = """
            ---
            title: NATO ministers meet in Brussels
            date: 2025-10-14
            tags: [nato, defence]
            source: Reuters
            url: https://www.reuters.com/world/
            summary: Ministers agree on air defence.
            draft: true
            slug: nato-ministers
            ---
            Body text.
            """
        let source = try MarkdownSource(parsing: text, path: "content/a.md")
        let front = source.frontMatter
        #expect(front.title == "NATO ministers meet in Brussels")
        #expect(front.date?.isoDay == "2025-10-14")
        #expect(front.tags == ["nato", "defence"])
        #expect(front.source == "Reuters")
        #expect(front.url == "https://www.reuters.com/world/")
        #expect(front.summary == "Ministers agree on air defence.")
        #expect(front.draft)
        #expect(front.slug == "nato-ministers")
        #expect(source.body == "Body text.")
        #expect(source.bodyStartLine == 11)
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let source = try MarkdownSource(parsing: "# Title\n\nText.\n", path: "content/a.md")
        #expect(source.frontMatter == FrontMatter())
        #expect(source.body == "# Title\n\nText.\n")
        #expect(source.bodyStartLine == 1)
    }

    @Test func emptyFrontMatterIsAllowed() throws {
        let source = try MarkdownSource(parsing: "---\n---\nText.", path: "content/a.md")
        #expect(source.frontMatter == FrontMatter())
        #expect(source.body == "Text.")
    }

    @Test func unterminatedFrontMatterIsReportedAtLineOne() {
        #expect(messages("---\ntitle: Open\n\nText.\n") == [
            "content/a.md:1: error: front matter opened with `---` is never closed; add a `---` line after it"
        ])
    }

    @Test(arguments: [
        ("---\ntitle: T\ntags: 5\n---\n", "content/a.md:3: error: `tags` must be a list, like [nato, ukraine], found \"5\""),
        ("---\ntitle: T\n\ndate: \"not a date\"\n---\n", "content/a.md:4: error: `date` must be a date like 2025-08-21, found \"not a date\""),
        ("---\ndate: 2025-02-30\n---\n", "content/a.md:2: error: `date` must be a date like 2025-08-21, found \"2025-02-30\""),
        ("---\ndraft: maybe\n---\n", "content/a.md:2: error: `draft` must be true or false, found \"maybe\""),
        ("---\ntitle:\n  nested: map\n---\n", "content/a.md:3: error: `title` must be text, found a mapping"),
        ("---\nurl: javascript:alert(1)\n---\n", "content/a.md:2: error: `url` must start with http:// or https://, found \"javascript:alert(1)\""),
        ("---\ntitle: T\nauthor: Me\n---\n", "content/a.md:3: error: unknown key `author` (known keys: `title`, `date`, `tags`, `source`, `url`, `summary`, `draft`, `slug`)"),
        ("---\n- a list\n---\n", "content/a.md:2: error: expected `key: value` lines, found a list"),
    ])
    func wrongValuesAreReportedAtTheirLineInTheFile(text: String, expected: String) {
        #expect(messages(text) == [expected])
    }

    @Test func yamlSyntaxErrorsCarryTheFileLine() {
        let found = messages("---\ntitle: ok\nsummary: fine\ntags: [a, b\nsource: x\n---\n")
        #expect(found.count == 1)
        // The flow list opens on the YAML's line 3, the file's line 4 (it is found unclosed a line later).
        #expect(found.first?.hasPrefix("content/a.md:4: error: invalid YAML:") == true)
        #expect(found.first?.hasSuffix("(while parsing a flow sequence that starts on this line)") == true)
    }

    /// A block mapping's context starts at its first key: the error stays where the parser stopped.
    @Test func aMisindentedLineIsReportedWhereItIs() {
        let found = messages("---\ntitle: ok\nsummary: fine\ntags:\n  - a\n - b\n---\n")
        #expect(found.count == 1)
        #expect(found == ["content/a.md:6: error: invalid YAML: did not find expected key (while parsing a block mapping)"])
    }

    @Test func everyProblemInAFileIsReported() {
        let found = messages("---\ntags: 5\ndate: soon\ndraft: 3\n---\n")
        #expect(found.map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == ["content/a.md:2", "content/a.md:3", "content/a.md:4"])
    }

    @Test func anEmptyValueMeansNotSet() throws {
        let source = try MarkdownSource(parsing: "---\ntitle: T\nsummary:\ntags:\n---\n", path: "content/a.md")
        #expect(source.frontMatter.summary == nil)
        #expect(source.frontMatter.tags == [])
    }

    @Test func aNumericTitleIsText() throws {
        let source = try MarkdownSource(parsing: "---\ntitle: 1984\n---\n", path: "content/a.md")
        #expect(source.frontMatter.title == "1984")
    }

    private func messages(_ text: String) -> [String] {
        do {
            _ = try MarkdownSource(parsing: text, path: "content/a.md")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}

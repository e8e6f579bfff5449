import BriefTestSupport
import Testing
@testable import BriefContent

/// `FlatFrontMatter` (the byte fast path) against Yams: for every block, the same front matter
/// and the same diagnostics (file, line, message), whichever path answers.
@Suite("FlatFrontMatter against Yams")
struct FlatFrontMatterTests {
    /// Front matter and diagnostics of `yaml` framed as a file, by the fast path (falling back to
    /// Yams as the loader does) and by Yams alone; and whether the fast path answered itself.
    static func bothPaths(_ yaml: String) -> (fast: (FrontMatter, [Diagnostic]), yams: (FrontMatter, [Diagnostic]), answered: Bool) {
        let text = "---\n" + yaml + "\n---\nBody.\n"
        let block = FrontMatterBlock(text)!
        var fastDiagnostics: [Diagnostic] = []
        let fast = MarkdownSource.frontMatter(of: block, path: "content/a.md", diagnostics: &fastDiagnostics)
        var yamsDiagnostics: [Diagnostic] = []
        let yams = MarkdownSource.frontMatter(of: block, path: "content/a.md", diagnostics: &yamsDiagnostics, flat: false)
        let answered = block.withYAMLBytes(FlatFrontMatter.parse) != nil
        return ((fast, fastDiagnostics), (yams, yamsDiagnostics), answered)
    }

    static let answered: [String] = [
        "",
        "title: \"Novak warns over troop deployments after Ankara talks\"\ndate: 2025-03-06\ntags: [europe, diplomacy]",
        "title: NATO ministers meet in Brussels\ndate: 2025-10-14\ntags: [nato, defence]\nsource: Reuters\nurl: https://www.reuters.com/world/\nsummary: Ministers agree on air defence.\ndraft: true\nslug: nato-ministers",
        "title: 'Single quoted: fine'\ntags:\n  - a\n  - b c\ndraft: no",
        "tags:\n- x\n- y\n\n# comment\ntitle: é “x” [1] {2}, it's 12:30",
        "title: ~\ndate: null\ntags:\ndraft:",
        "title: 1984\ntags: []\nsummary: a  b   ",
        "draft: FALSE\ndate: 2025-08-21T14:30:00Z\nurl: HTTP://example.org/a#b",
    ]

    @Test(arguments: answered)
    func answersCommonShapesAsYamsDoes(_ yaml: String) {
        let result = Self.bothPaths(yaml)
        #expect(result.answered)
        #expect(result.fast.0 == result.yams.0)
        #expect(result.fast.1 == result.yams.1)
        #expect(result.yams.1.isEmpty)
    }

    static let leftToYams: [String] = [
        "title: \"a\\\"b\"", "title: 'it''s'", "title: a\n  continued", "title: a # comment", "title: &x a",
        "title: !!str a", "tags: {a: b}", "tags: [a, [b]]", "tags: [\"a\", b]", "tags:\n  - a\n   - b", "tags:\n  -",
        "title: a\ntitle: b", "Title: a", "title : a", "title:\ta", "unknown: x", "draft: maybe", "draft: \"true\"",
        "date: 2025-02-30", "url: ftp://x", "title: \"  \"", "tags: a", "title: [a]", "- a", "title: a: b",
        "title: \"unclosed", "  title: a", "title: a\u{85}b", "title: a\u{2028}b", "title: x\u{FEFF}", "title: |\n  a",
        "%YAML 1.1", "title: @a", "title: `a`", "title: a\rb", "tags: [a, b,]", "tags: [a,,b]", "tags: [a: b]",
    ]

    @Test(arguments: leftToYams)
    func leavesOtherShapesToYams(_ yaml: String) {
        let result = Self.bothPaths(yaml)
        #expect(!result.answered)
        #expect(result.fast.0 == result.yams.0)
        #expect(result.fast.1 == result.yams.1)
    }

    @Test(arguments: [
        // The duplicate's line, not the first occurrence's: the line to fix.
        ("title: a\ntags: 5\ntitle: b", "content/x.md:4: error: invalid YAML: duplicate key title"),
        ("title: a\ntitle: b", "content/x.md:3: error: invalid YAML: duplicate key title"),
        ("title: a\ntags:\n  - x\n\"title\": b", "content/x.md:5: error: invalid YAML: duplicate key title"),
        ("title: a\ntags: 5", "content/x.md:3: error: `tags` must be a list, like [nato, ukraine], found \"5\""),
        ("title: \"a\ndate: 2025-02-30", "content/x.md:2: error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts on this line)"),
    ])
    func frontMatterErrorPrintsAsBefore(_ yaml: String, _ printed: String) {
        let text = "---\n" + yaml + "\n---\nBody\n"
        #expect(throws: ContentErrors.self) { try MarkdownSource(parsing: text, path: "content/x.md") }
        do {
            _ = try MarkdownSource(parsing: text, path: "content/x.md")
        } catch {
            #expect(error.description == printed)
        }
    }

    /// Random blocks mixing supported and unsupported lines: both paths must agree on every one,
    /// and the mix must exercise both the fast answer and the fallback.
    @Test func randomBlocksAgree() {
        var random = SplitMix(seed: 0x5EED_F00D)
        var answered = 0
        var fellBack = 0
        var mismatches: [String] = []
        for _ in 0..<4000 {
            let yaml = Self.randomBlock(&random)
            let result = Self.bothPaths(yaml)
            if result.answered { answered += 1 } else { fellBack += 1 }
            if result.fast.0 != result.yams.0 || result.fast.1 != result.yams.1 {
                mismatches.append(yaml)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(answered > 400)
        #expect(fellBack > 400)
    }

    static let keys = ["title", "date", "tags", "source", "url", "summary", "draft", "slug", "Title", "other", "tag"]

    static let scalars = [
        "Plain words", "NATO ministers meet", "1984", "0x1F", "12:30", "a:b", "a: b", "a #b", "a#b", "it's", "say \"hi\"",
        "a [b] {c}, d", "~", "null", "Null", "NULL", "true", "True", "yes", "on", "OFF", "y", "tRue", "maybe", "2025-03-06",
        "2025-02-30", "2025-03-06 14:30", "2025-03-06T14:30:00+02:00", "20250306", "https://example.org/a", "HTTP://X.Y",
        "ftp://x", "é “x” — ok", "日本語", "\u{A0}nbsp", "(paren)", "$5", ".hidden", "/path", "+1", "_x", "^up", "=", ";x",
        "~tilde", "<<", "-dash", "- item", "?q", ":c", "#c", "&anchor a", "*alias", "!tag a", "!!str a", "|", ">", "%p",
        "@at", "`tick`", "'single'", "'it''s'", "''", "\"double\"", "\"\"", "\"  \"", "\"esc\\\"aped\"", "\"unclosed",
        "'unclosed", "\"a\" b", "\"a\"  ", "'a' # c", "a\tb", "a\u{85}b", "a\u{2028}b", "a\u{FEFF}", "a\u{7F}", "a\u{9F}",
        "a ", "trailing:", "x # comment", "[a, b]", "[]", "[ a , b ]", "[a,b]", "[a b, c-d, e.f, g/h]", "[a,,b]", "[a, b,]",
        "[a, [b]]", "[\"a\", b]", "[a, b", "[a: b]", "{a: b}", "[1, true, null]", "[é, 日本]", "[-a]", "[a] x", "[a]  ",
    ]

    static let extraLines = [
        "# comment", "  # indented comment", "", "   ", "  continuation", "---x", "- stray", "  - stray", "...x", "\t",
        "key without colon", "%YAML 1.1",
    ]

    static func randomBlock(_ random: inout SplitMix) -> String {
        var lines: [String] = []
        for _ in 0..<random.below(6) {
            let roll = random.below(10)
            if roll == 0 {
                lines.append(extraLines[random.below(extraLines.count)])
                continue
            }
            let key = roll < 8 ? keys[random.below(8)] : keys[random.below(keys.count)]
            let separator = random.below(12) == 0 ? [" :", ":", ":\t", ":   "][random.below(4)] + " " : ": "
            if random.below(5) == 0 {
                // A block list, sometimes badly indented, empty or holding odd items.
                lines.append(key + ":")
                let indent = ["", "  ", "    "][random.below(3)]
                for _ in 0..<random.below(4) {
                    let itemIndent = random.below(8) == 0 ? indent + " " : indent
                    let item = random.below(3) == 0 ? scalars[random.below(scalars.count)] : "item\(random.below(5))"
                    lines.append(itemIndent + (random.below(10) == 0 ? "-" : "- ") + item)
                }
            } else if random.below(10) == 0 {
                lines.append(key + ":")
            } else {
                lines.append(key + separator + scalars[random.below(scalars.count)])
            }
        }
        return lines.joined(separator: "\n")
    }
}

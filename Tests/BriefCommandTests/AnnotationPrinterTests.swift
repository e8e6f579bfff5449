import BriefTestSupport
import Foundation
import Testing
@testable import brief

@Suite("brief annotate")
struct AnnotationPrinterTests {
    /// Everything one run printed: the lines encoded as `brief annotate` writes them, and the problems.
    final class Printed {
        var lines: [OutputLine] = []
        var json: [String] = []
        var problems: [String] = []
    }

    static func printer(article: Bool = false, into printed: Printed) -> AnnotationPrinter {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return AnnotationPrinter(
            article: article,
            write: { line in
                printed.lines.append(line)
                printed.json.append(String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self))
            },
            report: { printed.problems.append($0) })
    }

    static func annotate(lines: [String], article: Bool = false) -> (Printed, Int) {
        let printed = Printed()
        var rest = lines[...]
        let bad = printer(article: article, into: printed).annotateLines { rest.popFirst() }
        return (printed, bad)
    }

    @Test func aMarkdownFileIsAnnotatedWithoutItsFrontMatterOrBOM() throws {
        let scratch = try Scratch()
        let text = "\u{FEFF}---\ntitle: \"Guterres Urges Rich Nations\"\ntags: [un]\n---\nAntonio Guterres said \"we must act\" in **Paris**.\n"
        try scratch.write("guterres.md", text)
        let printed = Printed()
        let bad = Self.printer(into: printed).annotateFiles([scratch.url("guterres.md").path])
        #expect(bad == 0)
        let line = try #require(printed.lines.first)
        #expect(line.id == .string("guterres"))
        #expect(line.title == "Guterres Urges Rich Nations")
        // The plain text the build annotates: no front matter, no BOM, no Markdown syntax.
        #expect(line.text == "Antonio Guterres said \"we must act\" in Paris.")
        #expect(!line.entities.contains { $0.text.contains("Urges") || $0.text.contains("Rich") })
        #expect(line.entities.map(\.text) == ["Antonio Guterres", "Paris"])
        // Offsets index `text`, in code points.
        let scalars = Array(line.text.unicodeScalars)
        for entity in line.entities {
            #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text)
        }
        #expect(line.quotes.map(\.text) == ["we must act"])
    }

    @Test func aMarkdownFileWithoutFrontMatterTakesItsHeadingAsTitleAsTheBuildDoes() throws {
        let scratch = try Scratch()
        try scratch.write("n.md", "# Lavrov Warns Europe\n\nSergei Lavrov spoke in Moscow.\n")
        let printed = Printed()
        #expect(Self.printer(into: printed).annotateFiles([scratch.url("n.md").path]) == 0)
        #expect(printed.lines.first?.title == "Lavrov Warns Europe")
        #expect(printed.lines.first?.text == "Sergei Lavrov spoke in Moscow.")
    }

    @Test func aTextFileIsAnnotatedAsItIsAndAsARawArticleWithArticle() throws {
        let scratch = try Scratch()
        let article = "Lavrov Arrives In Alaska\n\nSergei Lavrov said \"talks were useful\" in Anchorage.\n\nShare This Article\n"
        try scratch.write("a.txt", "\u{FEFF}" + article)
        let plain = Printed()
        #expect(Self.printer(into: plain).annotateFiles([scratch.url("a.txt").path]) == 0)
        #expect(plain.lines.first?.text == article, "the BOM is dropped, nothing else")
        #expect(plain.lines.first?.title == nil)
        let cleaned = Printed()
        #expect(Self.printer(article: true, into: cleaned).annotateFiles([scratch.url("a.txt").path]) == 0)
        #expect(cleaned.lines.first?.title == "Lavrov Arrives In Alaska")
        #expect(cleaned.lines.first?.text.contains("Share This Article") == false)
    }

    @Test func aRawArticlesFrontMatterIsReadWithArticle() throws {
        let scratch = try Scratch()
        try scratch.write("f.txt", "---\ntitle: Real title\ndate: 2026-01-02\n---\nPasted headline\n\nSergei Lavrov spoke in Moscow today about the talks.\n")
        try scratch.write("bad.txt", "---\ntitle: A\ndate: someday\n---\nHeadline\n")
        let printed = Printed()
        #expect(Self.printer(article: true, into: printed).annotateFiles([scratch.url("f.txt").path, scratch.url("bad.txt").path]) == 1)
        #expect(printed.lines.first?.title == "Real title")
        #expect(printed.lines.first?.text == "Sergei Lavrov spoke in Moscow today about the talks.")
        #expect(printed.problems.contains { $0.hasSuffix("bad.txt:3: error: `date` must be a date like 2025-08-21, found \"someday\"") }, "\(printed.problems)")
    }

    @Test func filesThatCannotBeReadAreReportedByNameAndTheOthersStillAnnotated() throws {
        let scratch = try Scratch()
        try scratch.write("good.md", "Sergei Lavrov spoke.\n")
        try scratch.write("open.md", "---\ntitle: never closed\n")
        let missing = scratch.url("missing.md").path
        let printed = Printed()
        let bad = Self.printer(into: printed).annotateFiles([missing, scratch.url("open.md").path, scratch.url("good.md").path])
        #expect(bad == 2)
        #expect(printed.lines.map(\.id) == [.string("good")])
        #expect(printed.problems == [
            "\(missing): error: no such file",
            "\(scratch.url("open.md").path):1: error: front matter opened with `---` is never closed; add a `---` line after it",
        ])
    }

    @Test func badLinesAreReportedWithTheirNumberAndSkipped() {
        let (printed, bad) = Self.annotate(lines: [
            #"{"id": "a", "text": "Sergei Lavrov spoke."}"#,
            "",
            "{bad",
            "[1, 2]",
            #"{"id": true, "text": "x"}"#,
            #"{"text": "x"}"#,
            #"{"id": "q"}"#,
            #"{"id": "q", "text": 5}"#,
            #"{"id": "b", "text": "Moscow."}"#,
        ])
        #expect(bad == 6)
        #expect(printed.lines.map(\.id) == [.string("a"), .string("b")], "the lines after a bad one are still annotated")
        #expect(printed.problems == [
            #"error: stdin line 3: not valid JSON; each line is one JSON object, {"id": ..., "text": ...}"#,
            #"error: stdin line 4: expected a JSON object, {"id": ..., "text": ...}"#,
            #"error: stdin line 5: "id" must be a string or a number, found true or false"#,
            #"error: stdin line 6: no "id"; each line is {"id": ..., "text": ...}"#,
            #"error: stdin line 7: no "text" to annotate"#,
            #"error: stdin line 8: "text" must be a string, found a number"#,
        ])
    }

    @Test(arguments: [
        (#"{"id": 7, "text": "x"}"#, #""id":7,"#),
        (#"{"id": -3, "text": "x"}"#, #""id":-3,"#),
        (#"{"id": 18446744073709551615, "text": "x"}"#, #""id":18446744073709551615,"#),
        (#"{"id": 2.5, "text": "x"}"#, #""id":2.5,"#),
        (#"{"id": "7", "text": "x"}"#, #""id":"7","#),
    ])
    func idsAreEchoedInTheJSONTypeTheyCameIn(input: String, expected: String) throws {
        let (printed, bad) = Self.annotate(lines: [input])
        #expect(bad == 0)
        #expect(try #require(printed.json.first).contains(expected), "\(printed.json)")
    }

    @Test func articleLinesPreferRawText() {
        let (printed, bad) = Self.annotate(lines: [#"{"id": "r", "raw_text": "Headline Here\n\nSergei Lavrov spoke in Moscow today about the talks."}"#], article: true)
        #expect(bad == 0)
        #expect(printed.lines.first?.title == "Headline Here")
        let (missing, badMissing) = Self.annotate(lines: [#"{"id": "r"}"#], article: true)
        #expect(badMissing == 1)
        #expect(missing.problems == [#"error: stdin line 1: no "raw_text" or "text" to annotate"#])
    }
}

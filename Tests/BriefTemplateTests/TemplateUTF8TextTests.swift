import BriefTemplate
import Testing

/// `.utf8Text` (a page's body carried as bytes) renders exactly as `.text` of the same text in
/// every place a value can go: escaped, raw, as a section and as an inverted section.
@Suite struct TemplateUTF8TextTests {
    static let texts = ["", "plain", "<p>Tom & Jerry's “quote” – é 日本 😀</p>\n", String(repeating: "abc’<", count: 500)]

    @Test(arguments: texts)
    func rendersAsTheSameText(text: String) throws {
        let templates = ["[{{t}}]", "[{{{t}}}]", "[{{&t}}]", "{{#t}}shown {{.}}{{/t}}", "{{^t}}hidden{{/t}}|", "{{#t}}{{{.}}}{{/t}}"]
        for template in templates {
            let asText = try render(template, ["t": .text(text)])
            let asBytes = try render(template, ["t": .utf8Text(Array(text.utf8))])
            #expect(asBytes == asText, "\(template) with \(text.prefix(20))")
        }
    }

    @Test func anEmptyBodyRendersNothingButStillShowsItsSection() throws {
        #expect(try render("a{{{t}}}b", ["t": .utf8Text([])]) == "ab")
        #expect(try render("{{#t}}x{{/t}}{{^t}}y{{/t}}", ["t": .utf8Text([])]) == "x")
    }

    /// Inside a remembered list element, bytes looked up from outside are never reused stale:
    /// each element shows the value it was rendered with.
    @Test func bytesFromOutsideAListElementAreNotRememberedStale() throws {
        let list = TemplateValue.values([.fields(["n": .int(1)]), .fields(["n": .int(2)])])
        let out = try render("{{#l}}{{n}}{{{b}}};{{/l}}", ["l": list, "b": .utf8Text(Array("<i>é</i>".utf8))])
        #expect(out == "1<i>é</i>;2<i>é</i>;")
    }
}

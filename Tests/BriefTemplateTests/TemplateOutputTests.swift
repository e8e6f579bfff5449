import BriefTemplate
import Testing

/// The renderer writes into a buffer of its own (`TemplateOutput`): what comes out must be the
/// same bytes however small the room it starts with, and after what the caller's buffer held.
@Suite struct TemplateOutputTests {
    /// Far more than any starting room: literals, escaped and raw values, and an indented
    /// partial (whose indentation is written, then taken back when a line stays empty).
    @Test func aPageFarLargerThanItsRoomComesOutWhole() throws {
        var library = TemplateLibrary()
        library.register(try Template("<ul>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ul>\n"), named: "page")
        library.register(try Template("<li>{{name}} {{{raw}}} {{n}}</li>\n{{#empty}}x{{/empty}}"), named: "item")
        let items: [TemplateValue] = (0..<5_000).map { number in
            .fields(["name": .text("a<\(number)>&\"'"), "raw": .utf8Text(Array("<b>\(number)</b>".utf8)), "n": .int(-number)])
        }
        let expected = "<ul>\n" + (0..<5_000).map { "  <li>a&lt;\($0)&gt;&amp;&quot;&#39; <b>\($0)</b> \(-$0)</li>\n" }.joined() + "</ul>\n"
        let small = library.render(Fields(["items": .values(items)]), template: "page", capacity: 1, memo: nil)
        #expect(small.map { String(decoding: $0, as: UTF8.self) } == expected)
        let large = library.render(Fields(["items": .values(items)]), template: "page", capacity: 1 << 22, memo: nil)
        #expect(large == small)
    }

    @Test func renderingIntoAFullBufferKeepsWhatItHeld() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{x}}{{x}}{{x}}"), named: "a")
        var output: [UInt8] = Array(repeating: UInt8(ascii: "-"), count: 300)
        #expect(library.render(.fields(["x": .text(String(repeating: "é<", count: 100))]), template: "a", into: &output))
        let escaped = String(repeating: "é&lt;", count: 100)
        #expect(String(decoding: output, as: UTF8.self) == String(repeating: "-", count: 300) + escaped + escaped + escaped)
    }

    /// Short runs are copied word by word (overlapping words when the length is no multiple of
    /// eight): every length up to past two words, as a literal and as a value, comes out whole.
    @Test func runsOfEveryShortLengthComeOutWhole() throws {
        for length in 0...40 {
            let run = String((0..<length).map { Character(UnicodeScalar(UInt8(65 + $0 % 58))) })
            var library = TemplateLibrary()
            library.register(try Template("[" + run + "]{{{v}}}|{{#items}}{{{.}}}/{{/items}}"), named: "page")
            let items: [TemplateValue] = (0...length).map { .text(String(run.prefix($0))) }
            let rendered = library.render(Fields(["v": .text(run), "items": .values(items)]), template: "page", capacity: 1, memo: nil)
            let expected = "[" + run + "]" + run + "|" + (0...length).map { String(run.prefix($0)) + "/" }.joined()
            #expect(rendered.map { String(decoding: $0, as: UTF8.self) } == expected, "\(length)")
        }
    }
}

import BriefTemplate
import Testing

@Suite struct TemplateVariableTests {
    @Test(arguments: [
        ("Hello {{name}}!", "Hello Ann!"),
        ("{{{name}}}{{&name}}", "AnnAnn"),
        ("[{{missing}}]", "[]"),
        ("{{count}} {{negative}} {{zero}}", "42 -7 0"),
        ("{{yes}} {{no}}", "true false"),
        ("{{ name }}|{{{ name }}}|{{& name }}", "Ann|Ann|Ann"),
    ])
    func variablesRender(template: String, expected: String) throws {
        let data: [String: TemplateValue] = ["name": .text("Ann"), "count": .int(42), "negative": .int(-7), "zero": .int(0), "yes": .bool(true), "no": .bool(false)]
        #expect(try render(template, data) == expected)
    }

    @Test func everyEscapedCharacterAndNonASCIIText() throws {
        let text = "<a href=\"x\">Tom & Jerry's ’quote’ “x” – é</a>"
        #expect(try render("{{t}}", ["t": .text(text)]) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s ’quote’ “x” – é&lt;/a&gt;")
        #expect(try render("{{{t}}}", ["t": .text(text)]) == text)
        #expect(try render("{{&t}}", ["t": .text(text)]) == text)
    }

    @Test func escapingCopiesLongSafeRunsAndEdges() throws {
        let long = String(repeating: "abc’", count: 1000)
        #expect(try render("{{t}}", ["t": .text(long)]) == long)
        #expect(try render("{{t}}", ["t": .text("&")]) == "&amp;")
        #expect(try render("{{t}}", ["t": .text("<<>>")]) == "&lt;&lt;&gt;&gt;")
        #expect(try render("{{t}}", ["t": .text("")]) == "")
    }

    /// The escape that skips eight safe bytes at a time must equal the byte-by-byte rule at every
    /// position and length (special bytes at each offset of a word, runs shorter than a word).
    @Test func escapingEqualsTheByteByByteRuleEverywhere() throws {
        func naive(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let alphabet: [Character] = ["a", "b", " ", "<", ">", "&", "\"", "'", "é", "’", "=", "!", "?", ";", "\u{7F}"]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            for _ in 0..<20 {
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
                #expect(try render("{{t}}", ["t": .text(text)]) == naive(text), "\(text)")
            }
        }
        // Every length around a word or two (a tail shorter than a word is checked as the last
        // eight bytes, read again in part), a special byte at each offset.
        for length in 1...24 {
            for offset in 0..<length {
                for special in ["<", ">", "&", "\"", "'"] {
                    let text = String(repeating: "x", count: offset) + special + String(repeating: "y", count: length - 1 - offset)
                    #expect(try render("{{t}}", ["t": .text(text)]) == naive(text))
                }
            }
        }
    }

    @Test func dottedNamesSearchTheStackOnlyForTheFirstPart() throws {
        let data: [String: TemplateValue] = [
            "a": .fields(["b": .fields(["c": .text("deep")]), "name": .text("inner")]),
            "name": .text("outer"),
            "b": .fields(["c": .text("wrong")]),
        ]
        #expect(try render("{{a.b.c}}", data) == "deep")
        #expect(try render("{{#a}}{{name}} {{b.c}}{{/a}}", data) == "inner deep")
        // `a.b.x` is missing in a.b: not looked up further out.
        #expect(try render("{{#a}}[{{b.name}}]{{/a}}", data) == "[]")
        #expect(try render("{{#a.b}}{{name}}{{/a.b}}", data) == "outer")
        #expect(try render("{{#a}}[{{.name}}]{{/a}}", data) == "[inner]")
        #expect(try render("{{#a.b}}[{{.name}}]{{/a.b}}", data) == "[]")
    }

    @Test func implicitIteratorRendersTheCurrentValue() throws {
        let data: [String: TemplateValue] = ["list": .values([.text("a<"), .int(2), .bool(true)])]
        #expect(try render("{{#list}}({{.}}){{/list}}", data) == "(a&lt;)(2)(true)")
        #expect(try render("{{#list}}({{{.}}}){{/list}}", data) == "(a<)(2)(true)")
        #expect(try render("{{#s}}{{.}}{{/s}}", ["s": .text("x")]) == "x")
    }

    @Test func templateSyntaxInValuesIsNotParsed() throws {
        let hostile = "{{name}} {{#x}}{{/y}} {{{name}}} {{!c}} {{=| |=}} |name|"
        #expect(try render("{{v}}|{{{v}}}", ["v": .text(hostile), "name": .text("no")]) == hostile + "|" + hostile)
        #expect(try render("{{>p}}", ["v": .text("{{v}}")], partials: ["p": "{{v}}"]) == "{{v}}")
    }
}

import BriefTemplate
import Testing

@Suite struct TemplatePartialTests {
    @Test func partialsRenderWithTheCurrentContext() throws {
        let data: [String: TemplateValue] = ["items": .values([.fields(["n": .text("a")]), .fields(["n": .text("b")])])]
        #expect(try render("{{#items}}{{>item}}{{/items}}", data, partials: ["item": "<{{n}}>"]) == "<a><b>")
        #expect(try render("[{{>nothing}}]", data) == "[]")
    }

    @Test func standalonePartialsAreIndentedLineByLine() throws {
        let partial = "<p>\n{{text}}\n</p>\n"
        #expect(try render("<div>\n  {{>p}}\n</div>\n", ["text": .text("x")], partials: ["p": partial])
            == "<div>\n  <p>\n  x\n  </p>\n</div>\n")
        // Not standalone: no indentation.
        #expect(try render("<div> {{>p}}</div>\n", ["text": .text("x")], partials: ["p": partial])
            == "<div> <p>\nx\n</p>\n</div>\n")
    }

    @Test func indentationIsPerTokenNotPerLineOfAValue() throws {
        // A value holding newlines is not re-indented (as in swift-mustache).
        #expect(try render("  {{>p}}\n", ["v": .text("a\nb")], partials: ["p": "{{v}}\n{{v}}\n"]) == "  a\nb\n  a\nb\n")
    }

    @Test func nestedPartialsAddUpIndentation() throws {
        let partials = ["outer": "<o>\n  {{>inner}}\n</o>\n", "inner": "<i>\n</i>\n"]
        #expect(try render("  {{>outer}}\n", partials: partials) == "  <o>\n    <i>\n    </i>\n  </o>\n")
    }

    @Test func sectionOutputInsideAnIndentedPartial() throws {
        let data: [String: TemplateValue] = ["items": .values([.text("a"), .text("b")])]
        let partial = "<ul>\n{{#items}}\n<li>{{.}}</li>\n{{/items}}\n</ul>\n"
        // Each element renders on its own: its first line is indented by the partial, the
        // others are not (swift-mustache's per-token rule).
        #expect(try render("  {{>list}}\n", data, partials: ["list": partial]) == "  <ul>\n  <li>a</li>\n<li>b</li>\n  </ul>\n")
    }
}

@Suite struct TemplateRecursionTests {
    @Test func aPartialThatIncludesItselfStops() throws {
        let output = try render("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        #expect(output == String(repeating: "x", count: 100))
    }

    @Test func recursivePartialsOverNestedDataWork() throws {
        // The leaf says it has no child: otherwise `child` would be found further out (Mustache's
        // stack search) and the recursion would stop only at the depth limit.
        var tree: TemplateValue = .fields(["name": .text("leaf"), "child": .bool(false)])
        for level in 0..<5 { tree = .fields(["name": .text("n\(level)"), "child": tree]) }
        let output = try render("{{#tree}}{{>node}}{{/tree}}", ["tree": tree], partials: ["node": "{{name}}{{#child}}/{{>node}}{{/child}}"])
        #expect(output == "n4/n3/n2/n1/n0/leaf")
    }
}

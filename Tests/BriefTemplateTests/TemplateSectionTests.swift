import BriefTemplate
import Testing

@Suite struct TemplateSectionTests {
    static var data: [String: TemplateValue] { [
        "yes": .bool(true), "no": .bool(false), "empty": .text(""), "zero": .int(0), "name": .text("Ann"),
        "none": .values([]), "items": .values([.fields(["n": .text("a")]), .fields(["n": .text("b")])]),
        "person": .fields(["n": .text("P")]),
    ] }

    @Test(arguments: [
        ("{{#yes}}Y{{/yes}}", "Y"),
        ("{{#no}}N{{/no}}", ""),
        ("{{#missing}}M{{/missing}}", ""),
        // Set values count as true, even "" and 0 (as in swift-mustache), and become the context.
        ("{{#empty}}E[{{.}}]{{/empty}}", "E[]"),
        ("{{#zero}}Z{{.}}{{/zero}}", "Z0"),
        ("{{#name}}{{.}}!{{/name}}", "Ann!"),
        ("{{#none}}L{{/none}}", ""),
        ("{{#items}}<{{n}}>{{/items}}", "<a><b>"),
        ("{{#person}}{{n}}{{name}}{{/person}}", "PAnn"),
        ("{{^yes}}Y{{/yes}}", ""),
        ("{{^no}}N{{/no}}", "N"),
        ("{{^missing}}M{{/missing}}", "M"),
        ("{{^empty}}E{{/empty}}", ""),
        ("{{^zero}}Z{{/zero}}", ""),
        ("{{^none}}L{{/none}}", "L"),
        ("{{^items}}I{{/items}}", ""),
        ("{{^person}}P{{/person}}", ""),
        ("{{! a comment }}x{{!\nmultiline\n}}y", "xy"),
    ])
    func sectionsFollowTruthiness(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test func swiftArraysAreListsWithoutCopying() throws {
        struct Tag: TemplateObject {
            var name: String
            func value(named key: String) -> TemplateValue { key == "name" ? .text(name) : .missing }
        }
        let tags = [Tag(name: "x"), Tag(name: "y")]
        let strings = ["p", "q"]
        let optional: String? = nil
        #expect(try render("{{#tags}}{{name}},{{/tags}}{{#strings}}{{.}};{{/strings}}{{^opt}}none{{/opt}}", [
            "tags": TemplateValue(tags), "strings": TemplateValue(strings), "opt": TemplateValue(optional),
        ]) == "x,y,p;q;none")
    }

    @Test func deepNestingResolvesThroughEveryLevel() throws {
        var value: TemplateValue = .fields(["leaf": .text("bottom"), "level": .int(0)])
        for level in 1..<300 { value = .fields(["n": value, "level": .int(level), "top\(level)": .text("t\(level)")]) }
        let template = String(repeating: "{{#n}}", count: 299) + "{{leaf}} {{level}} {{top299}} {{top1}}" + String(repeating: "{{/n}}", count: 299)
        guard case .object(let root) = value else { return }
        #expect(try render(template, ["n": root.value(named: "n"), "top299": .text("t299")]) == "bottom 0 t299 t1")
    }

    @Test func standaloneSectionLinesAreRemoved() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{n}}</li>\n  {{/items}}\n  {{^none}}\n  <li>none</li>\n  {{/none}}\n  {{! note }}\n</ul>\n"
        #expect(try render(template, Self.data) == "<ul>\n  <li>a</li>\n  <li>b</li>\n  <li>none</li>\n</ul>\n")
    }

    @Test func tagsWithTextOnTheirLineKeepTheLine() throws {
        #expect(try render("  {{#yes}}x{{/yes}}  \n", Self.data) == "  x  \n")
        #expect(try render("a {{#yes}}\nb\n{{/yes}} c\n", Self.data) == "a \nb\n c\n")
        #expect(try render("  {{! c }} x\n", Self.data) == "   x\n")
    }

    @Test func crlfLinesAreStandaloneToo() throws {
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\nc", Self.data) == "a\r\nb\r\nc")
    }

    @Test func standaloneTagsAtTheEndOfTheTemplate() throws {
        #expect(try render("x\n{{#yes}}\ny\n{{/yes}}", Self.data) == "x\ny\n")
        #expect(try render("x\n  {{! end }}", Self.data) == "x\n")
    }
}

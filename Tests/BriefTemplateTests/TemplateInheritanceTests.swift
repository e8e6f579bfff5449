import BriefTemplate
import Testing

@Suite struct TemplateInheritanceTests {
    static let layout = "<title>{{$title}}Default{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n"

    @Test func blocksReplaceDefaultsAndKeepThemOtherwise() throws {
        let page = "{{<layout}}\n{{$main}}\n<p>{{text}}</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(page, ["text": .text("hi")], partials: ["layout": Self.layout])
            == "<title>Default</title>\n<main>\n<p>hi</p>\n\n</main>\n")
        let titled = "{{<layout}}{{$title}}T {{text}}{{/title}}{{/layout}}"
        #expect(try render(titled, ["text": .text("hi")], partials: ["layout": Self.layout])
            == "<title>T hi</title>\n<main>\n\n</main>\n")
    }

    @Test func blockBodiesLoseTheirFirstLinesIndentation() throws {
        let page = "{{<layout}}\n{{$main}}\n    <p>a</p>\n      <p>b</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(page, partials: ["layout": Self.layout]) == "<title>Default</title>\n<main>\n<p>a</p>\n  <p>b</p>\n\n</main>\n")
    }

    @Test func indentedBlocksIndentTheirOverride() throws {
        let layout = "<main>\n  {{$main}}\n  {{/main}}\n</main>\n"
        let page = "{{<layout}}{{$main}}\n<p>a</p>\n<p>b</p>\n{{/main}}{{/layout}}"
        #expect(try render(page, partials: ["layout": layout]) == "<main>\n  <p>a</p>\n  <p>b</p>\n</main>\n")
    }

    @Test func nestedInheritanceOuterOverridesWin() throws {
        let partials = [
            "base": "[{{$a}}base-a{{/a}}|{{$b}}base-b{{/b}}|{{$c}}base-c{{/c}}]",
            "middle": "{{<base}}{{$a}}middle-a{{/a}}{{$b}}middle-b{{/b}}{{/base}}",
        ]
        #expect(try render("{{<middle}}{{$a}}top-a{{/a}}{{/middle}}", partials: partials) == "[top-a|middle-b|base-c]")
    }

    @Test func blocksNestedInBlocksAndInSections() throws {
        let layout = "{{$outer}}<{{$inner}}in{{/inner}}>{{/outer}}{{#items}}({{$item}}{{.}}{{/item}}){{/items}}"
        let data: [String: TemplateValue] = ["items": .values([.text("x"), .text("y")])]
        #expect(try render("{{<l}}{{/l}}", data, partials: ["l": layout]) == "<in>(x)(y)")
        #expect(try render("{{<l}}{{$inner}}IN{{/inner}}{{$item}}[{{.}}]{{/item}}{{/l}}", data, partials: ["l": layout]) == "<IN>([x])([y])")
        #expect(try render("{{<l}}{{$outer}}O{{/outer}}{{/l}}", data, partials: ["l": layout]) == "O(x)(y)")
    }

    @Test func overridesReachPartialsOfTheParent() throws {
        let partials = ["layout": "<{{>header}}>", "header": "{{$title}}plain{{/title}}"]
        #expect(try render("{{<layout}}{{$title}}custom{{/title}}{{/layout}}", partials: partials) == "<custom>")
    }
}

import BriefTemplate
import Testing

@Suite struct TemplateDelimiterTests {
    @Test func delimitersChangeForTheRestOfTheTemplate() throws {
        let data: [String: TemplateValue] = ["x": .text("X"), "list": .values([.text("a")])]
        #expect(try render("{{=<% %>=}}<%x%> {{x}} <%#list%><%.%><%/list%>", data) == "X {{x}} a")
        #expect(try render("{{x}}\n{{=| |=}}\n|x| |={{ }}=|{{x}}", data) == "X\nX X")
        // As in swift-mustache, a triple tag ends with the end delimiter and then `}`.
        #expect(try render("{{= [[ ]] =}}[[{x]]} [[&x]] [[! note ]]", data) == "X X ")
    }

    @Test func aChangeInsideASectionEndsWithIt() throws {
        let data: [String: TemplateValue] = ["x": .text("X"), "yes": .bool(true)]
        #expect(try render("{{#yes}}{{=<% %>=}}<%x%><%/yes%>{{x}}", data) == "XX")
    }

    @Test func partialsKeepTheDefaultDelimiters() throws {
        #expect(try render("{{=<% %>=}}<%>p%>", ["x": .text("X")], partials: ["p": "{{x}}"]) == "X")
    }
}

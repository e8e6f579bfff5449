import BriefTemplate
import Testing

/// Every kind of context-stack frame (an object, a list element, a plain value pushed by a
/// section over text or a number, an empty list pushed by an inverted section) answers names as
/// the Mustache rules say: plain values have no children, so names fall through to the frames
/// below, and `{{.}}` shows the plain value itself.
@Suite struct TemplateFrameTests {
    @Test func plainFramesHaveNoChildrenAndShowThemselves() throws {
        let data: [String: TemplateValue] = [
            "date": .text("2026-11-30"), "n": .int(7), "name": .text("root"), "empty": .values([]),
            "obj": .fields(["name": .text("inner"), "date": .text("own")]),
        ]
        #expect(try render("{{#date}}[{{.}}|{{name}}|{{date}}]{{/date}}", data) == "[2026-11-30|root|2026-11-30]")
        #expect(try render("{{#n}}{{.}}{{name}}{{.name}}{{/n}}", data) == "7root")
        #expect(try render("{{^empty}}<{{name}}>{{/empty}}", data) == "<root>")
        // An object shadows the root's names; a plain value pushed inside it does not.
        #expect(try render("{{#obj}}{{name}}{{#date}}:{{name}}:{{.}}{{/date}}{{/obj}}{{name}}", data) == "inner:inner:ownroot")
        // A missing dotted name inside a plain frame goes on down (its first part), then stops.
        #expect(try render("{{#date}}{{obj.name}}{{obj.none}}{{none.name}}{{/date}}", data) == "inner")
    }

    @Test func framesArePoppedInOrderAcrossNesting() throws {
        let people: [TemplateValue] = [.fields(["name": .text("A"), "tags": .values([.text("x"), .text("y")])]), .fields(["name": .text("B")])]
        let data: [String: TemplateValue] = ["people": .values(people), "name": .text("root"), "label": .text("L")]
        #expect(try render("{{#people}}{{name}}({{#tags}}{{.}}{{name}}{{#label}}{{.}}{{name}}{{/label}}{{/tags}}){{/people}}{{name}}{{.name}}", data)
            == "A(xALAyALA)B()rootroot")
    }
}

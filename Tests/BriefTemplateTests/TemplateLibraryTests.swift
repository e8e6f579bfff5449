import BriefTemplate
import Testing

@Suite struct TemplateLibraryTests {
    @Test func unknownTemplatesRenderNothing() throws {
        var library = TemplateLibrary()
        library.register(try Template("x"), named: "a")
        #expect(library.contains("a"))
        #expect(!library.contains("b"))
        #expect(library.render(Fields([:]), template: "b") == nil)
        var output: [UInt8] = Array("keep".utf8)
        #expect(!library.render(.missing, template: "b", into: &output))
        #expect(output == Array("keep".utf8))
    }

    @Test func renderingAppendsToTheGivenBuffer() throws {
        var library = TemplateLibrary()
        library.register(try Template("<{{x}}>"), named: "a")
        var output: [UInt8] = Array("before ".utf8)
        #expect(library.render(.fields(["x": .text("&")]), template: "a", into: &output))
        #expect(String(decoding: output, as: UTF8.self) == "before <&amp;>")
    }

    @Test func aReplacedTemplateIsUsedByPartialsToo() throws {
        var library = TemplateLibrary()
        library.register(try Template("[{{>p}}]"), named: "main")
        library.register(try Template("old"), named: "p")
        library.register(try Template("new"), named: "p")
        #expect(library.renderString(Fields([:]), template: "main") == "[new]")
    }

    @Test func oneLibraryRendersConcurrently() async throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#items}}{{.}},{{/items}}"), named: "list")
        let shared = library
        let results = await withTaskGroup(of: String.self) { group in
            for count in 0..<50 {
                group.addTask {
                    let items = (0..<count).map(String.init)
                    return shared.renderString(Fields(["items": TemplateValue(items)]), template: "list") ?? ""
                }
            }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        let expected = Set((0..<50).map { count in (0..<count).map { "\($0)," }.joined() })
        #expect(Set(results) == expected)
    }
}

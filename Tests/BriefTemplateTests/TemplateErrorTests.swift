import BriefTemplate
import Testing

@Suite struct TemplateErrorTests {
    static func error(_ source: String) -> TemplateSyntaxError? {
        do {
            _ = try Template(source)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("<p>\n{{#a}}\n{{/b}}\n", 3, 4, "`{{/b}}` does not close the open section `{{#a}}`"),
        ("x\n\n  {{/b}}", 3, 6, "`{{/b}}` closes no open section"),
        ("<p>\n<ul>{{#items}}\n<li>{{title}}</li>\n", 2, 5, "`{{#items}}` is never closed (expected `{{/items}}`)"),
        ("a\n{{<layout}}{{$main}}x{{/main}}", 2, 1, "`{{<layout}}` is never closed (expected `{{/layout}}`)"),
        ("a {{name", 1, 9, "the template ends inside a tag (expected `}}`)"),
        ("a {{na me}}", 1, 8, "unexpected character in a tag name (expected `}}`)"),
        ("{{{name}}", 1, 10, "`{{{name` is not closed with `}}}`"),
        ("\n\n{{! never closed", 3, 4, "comment is never closed"),
        ("{{=<%>=}}", 1, 4, "invalid delimiter change (expected `{{=START END=}}`)"),
        ("{{<layout}}<p>{{x}}</p>{{/layout}}", 1, 1, "only blocks (`{{$name}}...{{/name}}`) may be inside `{{<layout}}`"),
        ("{{upper(name)}}", 1, 16, "transforms (`upper(name)`) are not supported"),
        ("{{>*dynamic}}", 1, 14, "dynamic partials (`*dynamic`) are not supported"),
        ("{{%CONTENT_TYPE:TEXT}}", 1, 1, "pragmas (`{{%...}}`) are not supported"),
    ])
    func syntaxErrorsNameLineAndColumn(source: String, line: Int, column: Int, message: String) throws {
        let error = try #require(Self.error(source))
        #expect(error == TemplateSyntaxError(message: message, line: line, column: column))
    }

    @Test func linesCountCRLFOnce() throws {
        let error = try #require(Self.error("a\r\nb\r\n{{/x}}"))
        #expect(error.line == 3)
    }

    @Test func validTemplatesParse() throws {
        for source in ["", "plain", "{{", "a {{", "{ {{x}} }", "}}", "{{#a}}{{/a}}", "{{^a}}{{/ a }}", "{{!}}", "{{=<% %>=}}<%={{ }}=%>{{x}}"] {
            #expect(Self.error(source) == nil, "\(source)")
        }
    }
}

import BriefContent
import Mustache

/// Renders page models with a theme's compiled Mustache templates. Immutable and `Sendable`,
/// so one renderer serves every task of a build.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// Compiles every template of `theme`; a template that does not parse is reported as
    /// `templates/NAME.mustache:LINE: error: ...`, all of them together.
    public init(theme: Theme) throws(ContentErrors) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for name in theme.templates.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: theme.templates[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    path: "\(Theme.folderName)/\(name).mustache", line: error.context.lineNumber,
                    message: "template does not parse: \(error.error) (column \(error.context.columnNumber))"))
            } catch {
                diagnostics.append(Diagnostic(path: "\(Theme.folderName)/\(name).mustache", message: "template does not parse: \(error)"))
            }
        }
        for required in ["layout", "index", "briefing"] where theme.templates[required] == nil {
            diagnostics.append(Diagnostic(path: "\(Theme.folderName)/\(required).mustache", message: "the theme has no `\(required)` template"))
        }
        if diagnostics.isEmpty { diagnostics = TemplateVariables.problems(in: theme) }
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
        self.library = library
    }

    /// The page as HTML, through the template its type names.
    public func render<Page: PageModel>(_ page: Page) -> String {
        library.render(page, withTemplate: Page.templateName) ?? ""
    }
}

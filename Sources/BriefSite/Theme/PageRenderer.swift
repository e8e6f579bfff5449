import BriefContent
import BriefTemplate
import Foundation

/// Renders page models with a theme's compiled Mustache templates (BriefTemplate). Immutable and
/// `Sendable`, so one renderer serves every task of a build.
public struct PageRenderer: Sendable {
    private let library: TemplateLibrary
    /// Templates that show links between pages: in their own source (a `pagination` variable or
    /// partial), or as a link to the next or previous page (`{{>pagination}}`,
    /// `pagination.older`, ...) in a template they include or extend (and those in theirs). A
    /// site's own `tag` or `quotes` template made before those lists had pages shows none, and
    /// gets all on one page rather than pages nothing links to.
    private let paginated: Set<String>

    /// Compiles every template of `theme`; a template that does not parse is reported as
    /// `templates/NAME.mustache:LINE: error: ...`, all of them together.
    public init(theme: Theme) throws(ContentErrors) {
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        var references: [String: Set<String>] = [:]
        for name in theme.templates.keys.sorted() {
            do {
                let template = try Template(theme.templates[name]!)
                references[name] = template.referencedNames
                library.register(template, named: name)
            } catch {
                diagnostics.append(Diagnostic(
                    path: "\(Theme.folderName)/\(name).mustache", line: error.line,
                    message: "template does not parse: \(error.message) (column \(error.column))"))
            }
        }
        for required in ["layout", "index", "briefing"] where theme.templates[required] == nil {
            diagnostics.append(Diagnostic(path: "\(Theme.folderName)/\(required).mustache", message: "the theme has no `\(required)` template"))
        }
        if diagnostics.isEmpty { diagnostics = TemplateVariables.problems(in: theme) }
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
        self.library = library
        // One read of each template's tags for both questions. Through what a page's template
        // includes or extends, only links between pages count: a layout that names the page
        // number in its title shows no way to the next page.
        var showsItself: Set<String> = []
        var linksPages: Set<String> = []
        for (name, source) in theme.templates {
            // A template that changes its delimiters is taken to show them (itself only).
            guard let tags = TemplateVariables.tags(in: source) else {
                showsItself.insert(name)
                continue
            }
            if tags.contains(where: { $0.name == "pagination" || $0.name.hasPrefix("pagination.") }) { showsItself.insert(name) }
            if tags.contains(where: { $0.kind == .partial ? $0.name == "pagination" : $0.kind == .variable && Self.pageLinkNames.contains($0.name) }) {
                linksPages.insert(name)
            }
        }
        paginated = showsItself.union(Self.reaching(linksPages, through: references))
    }

    /// The variables that link to the neighbouring pages (`{{#pagination}}{{older}}...`).
    private static let pageLinkNames: Set<Substring> = ["pagination.newer", "pagination.older", "newer", "older"]

    /// The templates of `references` (what each includes or extends, by name) from which one of
    /// `targets` can be reached, the targets included: a tag page whose own partial holds its
    /// page links (`{{>my-pager}}`) shows them as surely as one that holds them itself.
    static func reaching(_ targets: Set<String>, through references: [String: Set<String>]) -> Set<String> {
        Set(references.keys.filter { !Theme.templatesReached(from: $0, through: references).isDisjoint(with: targets) })
    }

    /// Whether `template` shows links between pages (`{{>pagination}}`, `{{#pagination}}`, ...).
    func showsPagination(_ template: String) -> Bool { paginated.contains(template) }

    /// The page as HTML, through the template its type names.
    public func render<Page: PageModel>(_ page: Page) -> String {
        String(decoding: renderBytes(page), as: UTF8.self)
    }

    /// The page as UTF-8 bytes of HTML, without a round trip through `String`.
    public func renderBytes<Page: PageModel>(_ page: Page) -> [UInt8] {
        library.render(page, template: Page.templateName) ?? []
    }

    /// `renderBytes(_:)` into a buffer made with room for `capacity` bytes (for large pages, so
    /// the buffer does not grow by copying).
    public func renderBytes<Page: PageModel>(_ page: Page, capacity: Int) -> [UInt8] {
        library.render(page, template: Page.templateName, capacity: capacity) ?? []
    }

    /// `renderBytes(_:capacity:)` with sections over keyed lists reusing what `memo` kept of
    /// their elements (one memo per task).
    func renderBytes<Page: PageModel>(_ page: Page, capacity: Int, memo: TemplateMemo) -> [UInt8] {
        library.render(page, template: Page.templateName, capacity: capacity, memo: memo) ?? []
    }

    /// `renderBytes(_:)` with sections over keyed lists reusing what `memo` kept of their
    /// elements (see `TemplateMemo`; one memo per task).
    func renderBytes<Page: PageModel>(_ page: Page, memo: TemplateMemo) -> [UInt8] {
        library.render(page, template: Page.templateName, memo: memo) ?? []
    }

    /// The page as UTF-8 bytes of HTML, as `Data` (what output files hold).
    public func renderData<Page: PageModel>(_ page: Page) -> Data {
        Data(renderBytes(page))
    }
}

/// A compiled Mustache template: parsed once, rendered many times (`TemplateLibrary` renders it
/// with its partials). Immutable and `Sendable`.
///
/// Supported: variables (`{{x}}` escaped, `{{{x}}}` and `{{&x}}` not), dotted names, `{{.}}`,
/// sections and inverted sections, comments, partials (indented when standalone), delimiter
/// changes (`{{=<% %>=}}`) and inheritance (`{{<parent}}{{$block}}...{{/block}}{{/parent}}`).
/// Not supported (a syntax error): lambdas, transforms (`{{f(x)}}`), dynamic partials, pragmas.
public struct Template: Sendable {
    let tokens: [TemplateToken]
    /// Bytes of source, a hint for the output buffer.
    let sourceSize: Int

    /// Compiles `source`; a syntax error names its line and column. O(n).
    public init(_ source: String) throws(TemplateSyntaxError) {
        tokens = try TemplateParser.parse(source)
        sourceSize = source.utf8.count
    }

    /// The names of the templates this one includes or extends (`{{>name}}`, `{{<name}}`),
    /// wherever they are (in sections, blocks and overrides): with theirs, all a page made with
    /// it can show of the theme (partial names are never computed).
    public var referencedNames: Set<String> {
        var names: Set<String> = []
        func visit(_ tokens: [TemplateToken]) {
            for token in tokens {
                switch token {
                case .text, .variable: break
                case .section(_, _, let inner): visit(inner)
                case .partial(let name, _, let overrides):
                    names.insert(name)
                    for inner in (overrides ?? [:]).values { visit(inner) }
                case .block(_, let inner, _), .blockDefinition(_, let inner): visit(inner)
                }
            }
        }
        visit(tokens)
        return names
    }
}

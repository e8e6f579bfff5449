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
}

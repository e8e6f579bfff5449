/// One step of a compiled template. The token stream is the one swift-mustache makes, so
/// whitespace and partial indentation come out the same: one `text` per line segment.
indirect enum TemplateToken: Sendable {
    /// Literal bytes (at most one line, with its newline).
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not).
    case variable(TemplatePath, escaped: Bool)
    /// `{{#name}}...{{/name}}` or `{{^name}}...{{/name}}`.
    case section(TemplatePath, inverted: Bool, [TemplateToken])
    /// `{{>name}}` or `{{<name}}...{{/name}}`: indentation when standalone, block overrides when inheriting.
    case partial(String, indentation: [UInt8], overrides: [String: [TemplateToken]]?)
    /// `{{$name}}default{{/name}}` where the template is used (an override replaces the default).
    case block(String, default: [TemplateToken], indentation: [UInt8])
    /// `{{$name}}...{{/name}}` inside `{{<parent}}`: an override (only while parsing).
    case blockDefinition(String, [TemplateToken])
}

/// A variable or section name, split at its dots once at parse time.
struct TemplatePath: Sendable {
    enum Anchor: Sendable {
        /// `name.more`: the first part is searched up the context stack.
        case stack
        /// `.name` or `.`: only in the current value.
        case current
    }

    var anchor: Anchor
    /// The dotted parts (empty for `.`).
    var parts: [String]

    init(_ name: String) {
        anchor = name.first == "." ? .current : .stack
        parts = name.split(separator: ".").map(String.init)
    }
}

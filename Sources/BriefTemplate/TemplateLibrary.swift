/// Named templates that can include each other as partials (`{{>name}}`, `{{<name}}`).
/// Immutable once built and `Sendable`, so one library serves every task of a build.
public struct TemplateLibrary: Sendable {
    var templates: [String: Template]

    /// An empty library.
    public init() {
        templates = [:]
    }

    /// Adds (or replaces) the template called `name`.
    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    /// The template called `name`.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders `value` with the template called `name`, appending the UTF-8 bytes to `output`.
    /// Returns false (and appends nothing) when there is no such template. A partial that does not
    /// exist renders as nothing.
    public func render(_ value: TemplateValue, template name: String, into output: inout [UInt8]) -> Bool {
        guard let template = templates[name] else { return false }
        var renderer = TemplateRenderer(library: templates, output: output, root: value)
        output = []
        renderer.render(template.tokens, indentation: [], overrides: nil)
        output = renderer.output
        return true
    }

    /// `value` rendered with the template called `name`, as UTF-8 bytes; nil without such a template.
    public func render(_ value: some TemplateObject, template name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(template.sourceSize * 2 + 4096)
        _ = render(.object(value), template: name, into: &output)
        return output
    }

    /// `value` rendered with the template called `name`, as a string; nil without such a template.
    public func renderString(_ value: some TemplateObject, template name: String) -> String? {
        render(value, template: name).map { String(decoding: $0, as: UTF8.self) }
    }
}

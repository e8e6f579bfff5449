/// Named templates that can include each other as partials (`{{>name}}`, `{{<name}}`), linked
/// into one `TemplateProgram`. Immutable once built and `Sendable`, so one library serves every
/// task of a build.
public struct TemplateLibrary: Sendable {
    var program = TemplateProgram()
    /// Op range of each registered template.
    var entries: [String: Range<Int32>] = [:]
    /// Op range of the template each name of `program.names` refers to, if registered.
    var targets: [Range<Int32>?] = []
    var sourceSizes: [String: Int] = [:]

    /// An empty library.
    public init() {}

    /// Adds (or replaces) the template called `name`.
    public mutating func register(_ template: Template, named name: String) {
        entries[name] = program.append(template.tokens)
        sourceSizes[name] = template.sourceSize
        _ = program.intern(name)
        targets = program.names.map { entries[$0] }
    }

    /// Whether a template called `name` is registered.
    public func contains(_ name: String) -> Bool {
        entries[name] != nil
    }

    /// Renders `value` with the template called `name`, appending the UTF-8 bytes to `output`.
    /// Returns false (and appends nothing) when there is no such template. A partial that does not
    /// exist renders as nothing.
    /// With a `memo`, sections over keyed lists reuse what they made for an element before (see
    /// `TemplateMemo`): the same bytes, made once.
    public func render(_ value: TemplateValue, template name: String, into output: inout [UInt8], memo: TemplateMemo? = nil) -> Bool {
        guard let entry = entries[name] else { return false }
        let given = output
        output = []
        output = render(value, entry: entry, memo: memo) { TemplateOutput(given) }
        return true
    }

    /// `value` rendered with the template called `name` into a buffer made with room for
    /// `capacity` bytes (a large page does not grow by copying); nil without such a template.
    public func render(_ value: some TemplateObject, template name: String, capacity: Int, memo: TemplateMemo? = nil) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        return render(.object(value), entry: entry, memo: memo) { TemplateOutput(capacity: capacity) }
    }

    /// `value` rendered with the template of op range `entry`, after what the output `makeOutput` makes holds.
    private func render(_ value: TemplateValue, entry: Range<Int32>, memo: TemplateMemo?, makeOutput: () -> TemplateOutput) -> [UInt8] {
        program.ops.withUnsafeBufferPointer { ops in
            program.bytes.withUnsafeBufferPointer { bytes in
                program.parts.withUnsafeBufferPointer { parts in
                    var renderer = TemplateRenderer(
                        ops: ops, bytes: bytes, parts: parts, targets: targets,
                        overrideSets: program.overrideSets, output: makeOutput(), root: value, memo: memo)
                    renderer.run(entry)
                    return renderer.finish()
                }
            }
        }
    }

    /// `value` rendered with the template called `name`, as UTF-8 bytes; nil without such a template.
    public func render(_ value: some TemplateObject, template name: String, memo: TemplateMemo? = nil) -> [UInt8]? {
        guard let size = sourceSizes[name] else { return nil }
        return render(value, template: name, capacity: size * 2 + 4096, memo: memo)
    }

    /// `value` rendered with the template called `name`, as a string; nil without such a template.
    public func renderString(_ value: some TemplateObject, template name: String) -> String? {
        render(value, template: name).map { String(decoding: $0, as: UTF8.self) }
    }
}

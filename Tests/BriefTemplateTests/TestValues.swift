import BriefTemplate

/// A template object backed by a dictionary, for tests.
struct Fields: TemplateObject {
    var fields: [String: TemplateValue]

    init(_ fields: [String: TemplateValue]) {
        self.fields = fields
    }

    func value(named name: String) -> TemplateValue {
        fields[name] ?? .missing
    }
}

extension TemplateValue {
    /// An object with these fields.
    static func fields(_ fields: [String: TemplateValue]) -> TemplateValue {
        .object(Fields(fields))
    }

    /// A list of these values.
    static func values(_ values: [TemplateValue]) -> TemplateValue {
        .list(ValueList(values: values))
    }
}

/// A list of ready values, for tests.
struct ValueList: TemplateList {
    var values: [TemplateValue]
    var count: Int { values.count }
    func value(at index: Int) -> TemplateValue { values[index] }
}

/// Renders `template` with `data`, and `partials` available by name.
func render(_ template: String, _ data: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws -> String {
    var library = TemplateLibrary()
    library.register(try Template(template), named: "__test__")
    for (name, source) in partials { library.register(try Template(source), named: name) }
    return try #require(library.renderString(Fields(data), template: "__test__"))
}

import Testing

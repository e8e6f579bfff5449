/// A value a template can show: what a name resolves to while rendering. No `Any`: each case is
/// handled by a `switch`, so rendering needs no dynamic casts.
///
/// In a section (`{{#x}}...{{/x}}`): `missing` and `bool(false)` hide it, an empty `list` hides
/// it, a non-empty `list` repeats it once per element, `bool(true)` shows it once; `text`, `int`
/// and `object` show it once with the value pushed on the context stack (an empty string and 0
/// count as set, as in swift-mustache). An inverted section shows exactly when a section would not.
public enum TemplateValue {
    /// No such name (an optional that is nil is missing too): lookups go on up the context stack.
    case missing
    /// Renders `true` or `false`; decides a section.
    case bool(Bool)
    /// Renders in decimal.
    case int(Int)
    /// Renders as is with `{{{x}}}` or `{{&x}}`, HTML-escaped with `{{x}}`.
    case text(String)
    /// Has named children (`{{x.child}}`); renders as nothing.
    case object(any TemplateObject)
    /// Elements a section repeats over; renders as nothing.
    case list(any TemplateList)

    /// True for `.missing`.
    @inlinable
    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// The child `member` of this value: nil when this value is missing, `.missing` when it is
    /// no object or the object has no such child.
    @inlinable
    public func child(_ member: String) -> TemplateValue? {
        switch self {
        case .missing: nil
        case .object(let object): object.value(named: member)
        case .bool, .int, .text, .list: .missing
        }
    }

    /// The value of anything that converts (`String`, `Int`, `Bool`, optionals, arrays, objects).
    @inlinable
    public init(_ value: some TemplateValueConvertible) {
        self = value.templateValue
    }
}

/// A value with named children, found by `value(named:)` (a `switch` over the names is the
/// intended shape: no reflection).
public protocol TemplateObject: TemplateValueConvertible {
    /// The child called `name`, or `.missing` when there is none.
    func value(named name: String) -> TemplateValue

    /// The child `member` of the child `name` (`{{name.member}}`), or nil when there is no child
    /// `name`. The default asks `value(named:)` twice; an object holding a large struct answers
    /// directly, so a dotted name does not box a copy of the whole struct for one field.
    func value(named name: String, member: String) -> TemplateValue?
}

extension TemplateObject {
    /// `value(named: name)`, then its child `member`.
    @inlinable
    public func value(named name: String, member: String) -> TemplateValue? {
        value(named: name).child(member)
    }

    /// The object itself.
    @inlinable
    public var templateValue: TemplateValue { .object(self) }
}

/// Elements a section repeats over, read by index so no array is copied or mapped.
public protocol TemplateList {
    /// The number of elements.
    var count: Int { get }
    /// The element at `index` (`0..<count`).
    func value(at index: Int) -> TemplateValue
}

/// A Swift value that has a template value.
public protocol TemplateValueConvertible {
    /// The value templates see.
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    /// `.text(self)`.
    @inlinable
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    /// `.int(self)`.
    @inlinable
    public var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateValueConvertible {
    /// `.bool(self)`.
    @inlinable
    public var templateValue: TemplateValue { .bool(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    /// The wrapped value's, or `.missing` when nil.
    @inlinable
    public var templateValue: TemplateValue {
        switch self {
        case .some(let value): value.templateValue
        case .none: .missing
        }
    }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    /// `.list(self)`: the array itself, elements converted one at a time while rendering.
    @inlinable
    public var templateValue: TemplateValue { .list(self) }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    /// The element's template value.
    @inlinable
    public func value(at index: Int) -> TemplateValue { self[index].templateValue }
}

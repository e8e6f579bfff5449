/// A value a template can show: what a name resolves to while rendering. No `Any`: each case is
/// handled by a `switch`, so rendering needs no dynamic casts.
///
/// In a section (`{{#x}}...{{/x}}`): `missing` and `bool(false)` hide it, an empty `list` hides
/// it, a non-empty `list` repeats it once per element, `bool(true)` shows it once; `text`,
/// `utf8Text`, `int` and `object` show it once with the value pushed on the context stack (an
/// empty string and 0 count as set, as in swift-mustache). An inverted section shows exactly when a section would not.
public enum TemplateValue {
    /// No such name (an optional that is nil is missing too): lookups go on up the context stack.
    case missing
    /// Renders `true` or `false`; decides a section.
    case bool(Bool)
    /// Renders in decimal.
    case int(Int)
    /// Renders as is with `{{{x}}}` or `{{&x}}`, HTML-escaped with `{{x}}`.
    case text(String)
    /// Text already as UTF-8 bytes: renders exactly as `text` of the same bytes would, without
    /// being made a String (no validation, no copy). The bytes must be valid UTF-8, which the
    /// maker promises (brief's own renderers, fed content validated on load).
    case utf8Text([UInt8])
    /// Has named children (`{{x.child}}`); renders as nothing.
    case object(any TemplateObject)
    /// Elements a section repeats over; renders as nothing.
    case list(any TemplateList)

    /// The child `name` of this value (`.missing` when it is no object or has no such child).
    @inlinable
    public func child(named name: String) -> TemplateValue {
        if case .object(let object) = self { return object.value(named: name) }
        return .missing
    }

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
        case .bool, .int, .text, .utf8Text, .list: .missing
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

    /// `value(named:)`, asked of the object in place (no box).
    @inlinable
    public func templateChild(named name: String) -> TemplateValue { value(named: name) }

    /// `value(named:member:)`, asked of the object in place (no box).
    @inlinable
    public func templateChild(named name: String, member: String) -> TemplateValue? { value(named: name, member: member) }

    /// `value(named:)` of `elements[index]`, asked in place (the element is not copied). The same
    /// as `TemplateValueConvertible`'s default, which would reach `value(named:)` through the
    /// protocol's witness: calling it directly here kept a 10,000-briefing build 0.2-1 s of CPU
    /// faster (three alternating runs each way without these two).
    @inlinable
    public static func templateChild(of elements: [Self], at index: Int, named name: String) -> TemplateValue {
        elements.withUnsafeBufferPointer { $0[index].value(named: name) }
    }

    /// `value(named:member:)` of `elements[index]`, asked in place.
    @inlinable
    public static func templateChild(of elements: [Self], at index: Int, named name: String, member: String) -> TemplateValue? {
        elements.withUnsafeBufferPointer { $0[index].value(named: name, member: member) }
    }
}

/// Elements a section repeats over, read by index so no array is copied or mapped.
///
/// While a section repeats, names are asked of the element in place (`value(at:named:)`), so a
/// list of structs is not boxed into a `TemplateValue` element by element.
public protocol TemplateList {
    /// The number of elements.
    var count: Int { get }
    /// The element at `index` (`0..<count`).
    func value(at index: Int) -> TemplateValue
    /// `value(at: index).child(named: name)`, without making the element's value.
    func value(at index: Int, named name: String) -> TemplateValue
    /// The child `member` of the child `name` of the element at `index` (`{{name.member}}`), or
    /// nil when the element is no object or has no child `name`.
    func value(at index: Int, named name: String, member: String) -> TemplateValue?
    /// True for a `TemplateKeyedList`: asked instead of casting the list, which cost thousands
    /// of instructions per section rendered with a memo.
    var isKeyed: Bool { get }
    /// `TemplateKeyedList.memoKey(at:)`; nil for any other list.
    func memoKey(at index: Int) -> TemplateMemo.ElementKey?
}

extension TemplateList {
    /// A plain list is not keyed.
    @inlinable
    public var isKeyed: Bool { false }

    /// A plain list's elements are never remembered.
    @inlinable
    public func memoKey(at index: Int) -> TemplateMemo.ElementKey? { nil }

    /// `value(at: index).child(named: name)`.
    @inlinable
    public func value(at index: Int, named name: String) -> TemplateValue {
        value(at: index).child(named: name)
    }

    /// Through `value(at:)`.
    @inlinable
    public func value(at index: Int, named name: String, member: String) -> TemplateValue? {
        if case .object(let object) = value(at: index) { return object.value(named: name, member: member) }
        return nil
    }
}

/// A Swift value that has a template value.
public protocol TemplateValueConvertible {
    /// The value templates see.
    var templateValue: TemplateValue { get }
    /// `templateValue.child(named: name)`; objects answer without boxing themselves.
    func templateChild(named name: String) -> TemplateValue
    /// For an object, its `value(named: name, member: member)`; else nil.
    func templateChild(named name: String, member: String) -> TemplateValue?
    /// `elements[index].templateChild(named: name)`. A requirement of the element type, so that
    /// a list of structs (read through generic code) asks each element in place instead of copying
    /// it, and reads the array's buffer in code made for the element type: reading it in the
    /// array's generic `value(at:named:)` went through an unspecialized `withUnsafeBufferPointer`
    /// (value witnesses copying and destroying every answer).
    static func templateChild(of elements: [Self], at index: Int, named name: String) -> TemplateValue
    /// `elements[index].templateChild(named: name, member: member)`, in place.
    static func templateChild(of elements: [Self], at index: Int, named name: String, member: String) -> TemplateValue?
}

extension TemplateValueConvertible {
    /// Through `templateValue`.
    @inlinable
    public func templateChild(named name: String) -> TemplateValue { templateValue.child(named: name) }

    /// Through `templateValue`.
    @inlinable
    public func templateChild(named name: String, member: String) -> TemplateValue? {
        if case .object(let object) = templateValue { return object.value(named: name, member: member) }
        return nil
    }

    /// `elements[index].templateChild(named: name)`.
    @inlinable
    public static func templateChild(of elements: [Self], at index: Int, named name: String) -> TemplateValue {
        elements.withUnsafeBufferPointer { $0[index].templateChild(named: name) }
    }

    /// `elements[index].templateChild(named: name, member: member)`.
    @inlinable
    public static func templateChild(of elements: [Self], at index: Int, named name: String, member: String) -> TemplateValue? {
        elements.withUnsafeBufferPointer { $0[index].templateChild(named: name, member: member) }
    }
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

    /// The wrapped value's child, or `.missing` when nil.
    @inlinable
    public func templateChild(named name: String) -> TemplateValue {
        switch self {
        case .some(let value): value.templateChild(named: name)
        case .none: .missing
        }
    }

    /// The wrapped value's, or nil when nil.
    @inlinable
    public func templateChild(named name: String, member: String) -> TemplateValue? {
        switch self {
        case .some(let value): value.templateChild(named: name, member: member)
        case .none: nil
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

    /// The element's child, asked in place (the element is not copied).
    @inlinable
    public func value(at index: Int, named name: String) -> TemplateValue {
        Element.templateChild(of: self, at: index, named: name)
    }

    /// The element's `name.member`, asked in place.
    @inlinable
    public func value(at index: Int, named name: String, member: String) -> TemplateValue? {
        Element.templateChild(of: self, at: index, named: name, member: member)
    }
}

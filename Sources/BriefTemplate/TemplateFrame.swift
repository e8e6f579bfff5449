/// What one level of the renderer's context stack holds, behind one class reference. The
/// subclass is generic over the concrete object or list, made once when the value is pushed (the
/// existential is opened then), so a lookup is one virtual call that asks the stored value in
/// place: asking an `any TemplateObject` copied the existential (retaining what it holds) for
/// every name looked up.
class TemplateFrame {
    /// The child `name` (of element `index` for a list): `.missing` when there is none.
    func child(_ name: String, index: Int) -> TemplateValue { .missing }

    /// The child `name.member`; nil when there is no child `name`.
    func child(_ name: String, member: String, index: Int) -> TemplateValue? { nil }

    /// The value itself (element `index` for a list): what `{{.}}` shows.
    func value(index: Int) -> TemplateValue { .missing }

    /// A frame for the object `object`.
    static func make(_ object: any TemplateObject) -> TemplateFrame { objectFrame(object) }

    /// A frame whose elements are those of `list` (the frame's index says which one is current).
    static func elements(of list: any TemplateList) -> TemplateFrame { listFrame(list) }

    private static func objectFrame<Object: TemplateObject>(_ object: Object) -> TemplateFrame { ObjectFrame(object) }

    private static func listFrame<List: TemplateList>(_ list: List) -> TemplateFrame {
        // A Swift array (tags, quotes, entity links) gets a frame that reads its buffer directly:
        // the array's own `value(at:named:)` is generic code that passed each answer through an
        // unspecialized `withUnsafeBufferPointer` (value witnesses copying and destroying it).
        if let array = list as? any ArrayFrameMaking { return array.elementsFrame() }
        return ListFrame(list)
    }
}

/// Arrays whose elements have template values make an `ArrayFrame`.
protocol ArrayFrameMaking {
    func elementsFrame() -> TemplateFrame
}

extension Array: ArrayFrameMaking where Element: TemplateValueConvertible {
    func elementsFrame() -> TemplateFrame { ArrayFrame(self) }
}

/// The elements of a Swift array, asked in place through the array's buffer.
private final class ArrayFrame<Element: TemplateValueConvertible>: TemplateFrame {
    /// Kept (immutable) so that `elements` stays where it is for the frame's life.
    let array: [Element]
    let elements: UnsafeBufferPointer<Element>

    init(_ array: [Element]) {
        self.array = array
        elements = array.withUnsafeBufferPointer { $0 }
    }

    override func child(_ name: String, index: Int) -> TemplateValue {
        Element.templateChild(of: elements, at: index, named: name)
    }

    override func child(_ name: String, member: String, index: Int) -> TemplateValue? {
        Element.templateChild(of: elements, at: index, named: name, member: member)
    }

    override func value(index: Int) -> TemplateValue { elements[index].templateValue }
}

/// An object, asked in place.
private final class ObjectFrame<Object: TemplateObject>: TemplateFrame {
    let object: Object

    init(_ object: Object) { self.object = object }

    override func child(_ name: String, index: Int) -> TemplateValue { object.value(named: name) }

    override func child(_ name: String, member: String, index: Int) -> TemplateValue? {
        object.value(named: name, member: member)
    }

    override func value(index: Int) -> TemplateValue { .object(object) }
}

/// The elements of a list a section repeats over: names are asked of the element in place, so
/// the element is never boxed into a value.
private final class ListFrame<List: TemplateList>: TemplateFrame {
    let list: List

    init(_ list: List) { self.list = list }

    override func child(_ name: String, index: Int) -> TemplateValue { list.value(at: index, named: name) }

    override func child(_ name: String, member: String, index: Int) -> TemplateValue? {
        list.value(at: index, named: name, member: member)
    }

    override func value(index: Int) -> TemplateValue { list.value(at: index) }
}

/// What one level of the renderer's context stack holds, behind one class reference, so a lookup
/// is one virtual call that asks the stored value in place (the class's own `let`): asking an
/// `any TemplateObject` read out of a box copied the existential (retaining what it holds) for
/// every name looked up.
class TemplateFrame {
    /// The child `name` (of element `index` for a list): `.missing` when there is none.
    func child(_ name: String, index: Int) -> TemplateValue { .missing }

    /// The child `name.member`; nil when there is no child `name`.
    func child(_ name: String, member: String, index: Int) -> TemplateValue? { nil }

    /// The value itself (element `index` for a list): what `{{.}}` shows.
    func value(index: Int) -> TemplateValue { .missing }

    /// A frame for the object `object`.
    static func make(_ object: any TemplateObject) -> TemplateFrame { ObjectFrame(object) }

    /// A frame whose elements are those of `list` (the frame's index says which one is current).
    static func elements(of list: any TemplateList) -> TemplateFrame { ListFrame(list) }
}

/// An object, asked in place. Not generic: a generic frame's type was looked up in the
/// runtime's metadata cache for every frame made, which cost more than it saved.
private final class ObjectFrame: TemplateFrame {
    let object: any TemplateObject

    init(_ object: any TemplateObject) { self.object = object }

    override func child(_ name: String, index: Int) -> TemplateValue { object.value(named: name) }

    override func child(_ name: String, member: String, index: Int) -> TemplateValue? {
        object.value(named: name, member: member)
    }

    override func value(index: Int) -> TemplateValue { .object(object) }
}

/// The elements of a list a section repeats over: names are asked of the element in place, so
/// the element is never boxed into a value.
private final class ListFrame: TemplateFrame {
    let list: any TemplateList

    init(_ list: any TemplateList) { self.list = list }

    override func child(_ name: String, index: Int) -> TemplateValue { list.value(at: index, named: name) }

    override func child(_ name: String, member: String, index: Int) -> TemplateValue? {
        list.value(at: index, named: name, member: member)
    }

    override func value(index: Int) -> TemplateValue { list.value(at: index) }
}

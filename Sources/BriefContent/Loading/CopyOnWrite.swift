/// A value kept in one shared box, copied on the first change of a shared one (as `Array`
/// does): a struct of many reference-counted fields holds its fields in one, so that copying it
/// into lists, sorts and tasks costs one retain instead of one per field (`Briefing`,
/// `BriefingSummary`). Inlinable, and read through `_read`, so reading one field from another
/// module borrows the value instead of copying every field out first.
public struct CopyOnWrite<Value: Sendable>: Sendable {
    /// Changed only through `value`'s `_modify`, after the box is made unique: never while
    /// shared, which is what makes the `@unchecked Sendable` sound.
    @usableFromInline
    final class Box: @unchecked Sendable {
        @usableFromInline var value: Value
        @usableFromInline init(_ value: Value) { self.value = value }
    }

    @usableFromInline var box: Box

    @inlinable
    public init(_ value: Value) {
        box = Box(value)
    }

    /// Whether `other` holds this very box: then neither was changed since one was copied from
    /// the other (a change makes a box of its own).
    @inlinable
    public func sharesBox(with other: Self) -> Bool { box === other.box }

    @inlinable
    public var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension CopyOnWrite: Equatable where Value: Equatable {
    @inlinable
    public static func == (a: Self, b: Self) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    @inlinable
    public func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }
}

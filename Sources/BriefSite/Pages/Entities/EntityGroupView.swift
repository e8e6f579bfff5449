import BriefAnnotate

/// The entities of one type: `{{title}}` (`People`), `{{typeClass}}`, `{{count}}`, `{{entities}}`.
public struct EntityGroupView: Sendable, Hashable {
    public var title: String
    public var typeClass: String
    public var count: Int
    public var entities: EntityLinkList

    public init(type: EntityType, entities: EntityLinkList) {
        title = type.pluralLabel
        typeClass = AnnotationWeaver.typeClass(type)
        count = entities.count
        self.entities = entities
    }

    /// Groups `counts` by type in the fixed type order (people first), each kept in its given order;
    /// empty types are left out.
    public static func grouped(_ counts: [EntityCount], from context: PageContext) -> [EntityGroupView] {
        grouped(counts, root: context.root, rows: nil)
    }

    /// `grouped(_:from:)` for a page whose way back to the site root is `root`, its lists keyed
    /// by `rows` for a memo.
    static func grouped(_ counts: [EntityCount], root: String, rows: EntityLinkRows?) -> [EntityGroupView] {
        // One pass into buckets in type order (`EntityType.order`), each keeping the given order.
        var sizes = [Int](repeating: 0, count: EntityType.allCases.count)
        for count in counts { sizes[count.type.order] += 1 }
        // Each bucket made at its size (growing them by doubling copied the entries over and over).
        var buckets = sizes.map { size -> [EntityCount] in
            var bucket: [EntityCount] = []
            bucket.reserveCapacity(size)
            return bucket
        }
        for count in counts { buckets[count.type.order].append(count) }
        return zip(EntityType.allCases, buckets).compactMap { type, members in
            members.isEmpty ? nil : EntityGroupView(type: type, entities: EntityLinkList(members, root: root, rows: rows))
        }
    }
}

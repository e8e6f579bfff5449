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
        grouped(counts, root: context.root, keys: nil)
    }

    /// `grouped(_:from:)` for a page whose way back to the site root is `root`, its lists keyed
    /// by `keys` for a memo (numbers, when given, in the order of `counts`).
    static func grouped(_ counts: [EntityCount], root: String, keys: EntityLinkKeys?) -> [EntityGroupView] {
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
        // A numbered list's numbers are laid out bucket after bucket in one array, each bucket's
        // list keyed by its slice of it.
        var starts: [Int] = []
        var laidOut: [Int32] = []
        if case .numbered(let numbers, _) = keys {
            starts = [Int](repeating: 0, count: sizes.count + 1)
            for bucket in sizes.indices { starts[bucket + 1] = starts[bucket] + sizes[bucket] }
            var next = starts
            laidOut = [Int32](repeating: 0, count: counts.count)
            // Types read in place (a copy of each entry retained its strings).
            counts.withUnsafeBufferPointer { counts in
                for position in counts.indices {
                    let order = counts[position].type.order
                    laidOut[next[order]] = numbers[numbers.startIndex + position]
                    next[order] += 1
                }
            }
        }
        return zip(EntityType.allCases, buckets.indices).compactMap { type, bucket in
            guard !buckets[bucket].isEmpty else { return nil }
            var listKeys = keys
            if case .numbered(_, let scope) = keys { listKeys = .numbered(laidOut[starts[bucket]..<starts[bucket + 1]], scope: scope) }
            return EntityGroupView(type: type, entities: EntityLinkList(buckets[bucket], root: root, keys: listKeys))
        }
    }
}

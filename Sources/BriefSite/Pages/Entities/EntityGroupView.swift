import BriefAnnotate

/// The entities of one type: `{{title}}` (`People`), `{{typeClass}}`, `{{count}}`, `{{entities}}`.
public struct EntityGroupView: Sendable, Hashable {
    public var title: String
    public var typeClass: String
    public var count: Int
    public var entities: [EntityLinkView]

    public init(type: EntityType, entities: [EntityLinkView]) {
        title = type.pluralLabel
        typeClass = AnnotationWeaver.typeClass(type)
        count = entities.count
        self.entities = entities
    }

    /// Groups `counts` by type in the fixed type order (people first), each kept in its given order;
    /// empty types are left out.
    public static func grouped(_ counts: [EntityCount], from context: PageContext) -> [EntityGroupView] {
        EntityType.allCases.compactMap { type in
            let members = counts.filter { $0.type == type }
            guard !members.isEmpty else { return nil }
            return EntityGroupView(type: type, entities: members.map {
                EntityLinkView(id: $0.id, name: $0.name, type: $0.type, count: $0.count, from: context)
            })
        }
    }
}

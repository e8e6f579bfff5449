import BriefAnnotate
import BriefTemplate

/// The entities of one type in a list (`{{#entities}}` of an `EntityGroupView`), each made an
/// `EntityLinkView` only when asked for: a template reads an entity's names in place, and with
/// `EntityLinkRows` a briefing page's `<li>` for an entity mentioned as often as on an earlier
/// page is the bytes that page made (`TemplateMemo`). Each briefing page lists two dozen
/// entities, mostly ones many other briefings mention; their views and the template's work on
/// them were 3 % of a build's instructions.
public struct EntityLinkList: Sendable, Hashable, RandomAccessCollection {
    public let counts: [EntityCount]
    /// The page's way back to the site root (`PageContext.root`): links are made from it.
    public let root: String
    /// Who each entity is, for a memo (nil: never remembered).
    let keys: EntityLinkKeys?

    /// The entities `counts` as linked from the page of `context`.
    public init(_ counts: [EntityCount], from context: PageContext) {
        self.init(counts, root: context.root, keys: nil)
    }

    init(_ counts: [EntityCount], root: String, keys: EntityLinkKeys?) {
        self.counts = counts
        self.root = root
        self.keys = keys
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { counts.count }

    /// The view of the entity at `index`.
    public subscript(index: Int) -> EntityLinkView {
        let count = counts[index]
        return EntityLinkView(id: count.id, name: count.name, type: count.type, count: count.count, root: root)
    }

    /// Equal when they list the same entities from the same place (the rows only name them).
    public static func == (a: EntityLinkList, b: EntityLinkList) -> Bool { a.counts == b.counts && a.root == b.root }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(counts)
        hasher.combine(root)
    }
}

extension EntityLinkList: TemplateValueConvertible, TemplateKeyedList {
    /// `.list(self)`.
    public var templateValue: TemplateValue { .list(self) }

    /// The view at `index`, boxed (sections ask names of the entity in place instead).
    public func value(at index: Int) -> TemplateValue { .object(self[index]) }

    /// `EntityLinkView.value(named:)` of the entity at `index`, without making the view: only
    /// `href` makes a string.
    public func value(at index: Int, named name: String) -> TemplateValue {
        counts.withUnsafeBufferPointer { counts in
            switch EntityLinkView.Field(name) {
            case .id: .text(counts[index].id)
            case .name: .text(counts[index].name)
            case .href: .text(EntityID.link(to: counts[index].id, from: root))
            case .count: .int(counts[index].count)
            case .typeClass: .text(AnnotationWeaver.typeClass(counts[index].type))
            case .typeLabel: .text(counts[index].type.label)
            case .countIsOne: .bool(counts[index].count == 1)
            case nil: .missing
            }
        }
    }

    /// The entity's row: from its site entity number and count, or from this page's
    /// `EntityLinkRows`; nil when it has none.
    public func memoKey(at index: Int) -> TemplateMemo.ElementKey? {
        switch keys {
        case .numbered(let numbers, let scope):
            let number = Int(numbers[numbers.startIndex + index]), count = counts[index].count
            guard number >= 0, number < EntityLinkRows.entityLimit, count >= 0, count < EntityLinkRows.countLimit else { return nil }
            return TemplateMemo.ElementKey(scope: scope, row: number * EntityLinkRows.countLimit + count)
        case .byID(let rows):
            guard let row = counts.withUnsafeBufferPointer({ rows.row(of: $0[index]) }) else { return nil }
            return TemplateMemo.ElementKey(scope: rows, row: row)
        case nil:
            return nil
        }
    }
}

/// How the entries of an `EntityLinkList` are told apart for a memo: entries with the same row
/// of the same scope render alike (same id, name, type and count, from the same root).
enum EntityLinkKeys: @unchecked Sendable {
    /// Numbered as they come, by id, name and type (`EntityLinkRows`).
    case byID(EntityLinkRows)
    /// By each entry's site entity number (`numbers`, in the list's order), which stands for its
    /// id, name and type within one build; `scope` is one per worker and root.
    case numbered(ArraySlice<Int32>, scope: EntityNumberRows)
}

/// The scope of `EntityLinkKeys.numbered` rows: their number times `EntityLinkRows.countLimit`
/// plus the count. Holds nothing: one per worker, root and build.
final class EntityNumberRows: @unchecked Sendable {}

/// Numbers for the entity links of the pages one worker renders with one root (`../../`), so a
/// memo can tell two entries that render alike: the same entity (id, name and type) with the
/// same mention count. Entities are numbered as they come; the count is the row's low bits.
///
/// Used by one worker at a time (its pages' memo is), hence `@unchecked Sendable`.
final class EntityLinkRows: @unchecked Sendable {
    /// Counts up to this many have rows; a higher one is rendered afresh.
    static let countLimit = 64
    /// Entities past this many are rendered afresh: a memo keeps rows below 2^20.
    static let entityLimit = (1 << 20) / countLimit

    /// Entity number by the FNV hash of its id's bytes (a `Dictionary` hashed every id with
    /// SipHash: most of the cost of an entry copied from the memo).
    private var numbers = KeyTable<Int, Void>(capacity: 256)
    private var entities: [(id: String, name: String, type: EntityType)] = []

    /// The row of `entity`: its number and count; nil when the count is over the limit, or its
    /// id came earlier with another name or type (which a build's merged entities never do).
    /// Strings are compared by their bytes: Swift's `==` (and a dictionary) takes canonically
    /// equivalent ones as equal, which render differently.
    func row(of entity: borrowing EntityCount) -> Int? {
        guard entity.count >= 0, entity.count < Self.countLimit else { return nil }
        let id = entity.id
        var hasher = FNV64()
        hasher.add(id)
        let hash = hasher.value
        let found = entities.withUnsafeBufferPointer { entities in
            numbers.index(hash: hash) { CachedBriefing.sameBytes(entities[$0].id, id) }
        }
        if let found {
            let number = numbers.key(at: found)
            let known = entities[number]
            guard known.type == entity.type, CachedBriefing.sameBytes(known.name, entity.name) else { return nil }
            return number * Self.countLimit + entity.count
        }
        guard entities.count < Self.entityLimit else { return nil }
        numbers.append(entities.count, (), hash: hash)
        entities.append((id, entity.name, entity.type))
        return (entities.count - 1) * Self.countLimit + entity.count
    }
}

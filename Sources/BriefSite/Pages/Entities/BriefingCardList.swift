import BriefTemplate

/// Briefing cards made once and shared by every page that lists them: `{{#entity.briefings}}`.
/// Entity pages list the same briefings many times over (each briefing is on the page of every
/// entity it mentions), so each page holds the positions of its cards, not copies of them.
public struct BriefingCardList: Sendable, Hashable, RandomAccessCollection {
    /// The cards the positions point into.
    let table: BriefingCardTable
    /// Positions in `table`, in the order shown.
    let positions: [Int]

    /// `cards` in their order.
    public init(_ cards: [BriefingCard]) {
        table = BriefingCardTable(cards.map { $0 })
        positions = Array(cards.indices)
    }

    /// The cards of `table` at `positions` (each must hold a card).
    init(table: BriefingCardTable, positions: [Int]) {
        self.table = table
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(index: Int) -> BriefingCard { table.card(at: positions[index]) }

    public static func == (a: BriefingCardList, b: BriefingCardList) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for card in self { hasher.combine(card) }
    }
}

extension BriefingCardList: TemplateValueConvertible, TemplateList {
    /// `.list(self)`.
    public var templateValue: TemplateValue { .list(self) }

    public func value(at index: Int) -> TemplateValue { .object(self[index]) }

    /// The card's child, asked in place in the shared table.
    public func value(at index: Int, named name: String) -> TemplateValue {
        table.value(at: positions[index], named: name)
    }

    public func value(at index: Int, named name: String, member: String) -> TemplateValue? {
        table.value(at: positions[index], named: name, member: member)
    }
}

/// Cards in one allocation that lists share (read only once made). A position may be left
/// without a card when no page to be made lists it.
final class BriefingCardTable: @unchecked Sendable {
    private let cards: UnsafeMutableBufferPointer<BriefingCard?>

    /// A table of `cards`.
    init(_ cards: [BriefingCard]) {
        self.cards = .allocate(capacity: cards.count)
        _ = self.cards.initialize(from: cards.lazy.map { Optional($0) })
    }

    /// A table of `count` positions, each filled by `make` (nil leaves it empty).
    init(count: Int, _ make: (Int) -> BriefingCard?) {
        cards = .allocate(capacity: count)
        for index in 0..<count { (cards.baseAddress! + index).initialize(to: make(index)) }
    }

    deinit {
        cards.deinitialize()
        cards.deallocate()
    }

    var count: Int { cards.count }

    /// The card at `position`.
    func card(at position: Int) -> BriefingCard { cards[position]! }

    /// True when `position` holds a card.
    func hasCard(at position: Int) -> Bool { cards[position] != nil }

    /// `card(at: position).value(named: name)`, in place.
    func value(at position: Int, named name: String) -> TemplateValue {
        cards[position]?.value(named: name) ?? .missing
    }

    /// `card(at: position).value(named: name, member: member)`, in place.
    func value(at position: Int, named name: String, member: String) -> TemplateValue? {
        cards[position]?.value(named: name, member: member)
    }
}

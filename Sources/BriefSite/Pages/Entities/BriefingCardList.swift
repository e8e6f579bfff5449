import BriefContent
import BriefTemplate

/// Briefing cards made once and shared by every page that lists them: `{{#entity.briefings}}`.
/// Entity pages list the same briefings many times over (each briefing is on the page of every
/// entity it mentions), so each page holds the positions of its cards, not copies of them.
public struct BriefingCardList: Sendable, Hashable, RandomAccessCollection {
    // One reference: the renderer copies the list (an existential) for every name it looks up,
    // and a copy retains each reference the list holds.
    private let storage: Storage

    /// `cards` in their order.
    public init(_ cards: [BriefingCard]) {
        self.init(table: BriefingCardTable(cards), positions: Array(cards.indices))
    }

    /// The cards of `table` at `positions`.
    init(table: BriefingCardTable, positions: [Int]) {
        storage = Storage(table: table, positions: positions)
    }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of cards.
    public var endIndex: Int { storage.positions.count }
    /// The card shown at `index` (a copy).
    public subscript(index: Int) -> BriefingCard { storage.table.card(at: storage.positions[index]) }

    /// Equal when the cards are, in order (wherever they are kept).
    public static func == (a: BriefingCardList, b: BriefingCardList) -> Bool { a.elementsEqual(b) }

    /// The cards' hashes, in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for card in self { hasher.combine(card) }
    }

    /// The table and positions, with the cards' address kept beside them so that a lookup is
    /// pointer arithmetic (no reference retained on the way).
    private final class Storage: @unchecked Sendable {
        let table: BriefingCardTable
        let positions: UnsafeMutableBufferPointer<Int>
        let cards: UnsafePointer<BriefingCard>?

        init(table: BriefingCardTable, positions: [Int]) {
            self.table = table
            self.positions = .allocate(capacity: positions.count)
            _ = self.positions.initialize(from: positions)
            cards = table.baseAddress
        }

        deinit { positions.deallocate() }
    }
}

extension BriefingCardList: TemplateValueConvertible, TemplateKeyedList {
    /// The card's row in its shared table: a card listed on many entity pages is rendered on the
    /// first and its bytes reused on the others (`TemplateMemo`).
    public func memoKey(at index: Int) -> TemplateMemo.ElementKey? {
        TemplateMemo.ElementKey(scope: storage.table, row: storage.positions[index])
    }

    /// `.list(self)`.
    public var templateValue: TemplateValue { .list(self) }

    /// The card at `index`, boxed (sections ask names of it in place instead).
    public func value(at index: Int) -> TemplateValue { .object(self[index]) }

    /// The card's child, asked in place in the shared table.
    public func value(at index: Int, named name: String) -> TemplateValue {
        BriefingCard.value(of: storage.cards! + storage.positions[index], named: name)
    }

    /// The card's `name.member`, asked in place.
    public func value(at index: Int, named name: String, member: String) -> TemplateValue? {
        storage.cards![storage.positions[index]].value(named: name, member: member)
    }
}

/// Cards in one allocation that lists share (read only once made). A position may be left
/// without a card of its own when no page to be made lists it.
final class BriefingCardTable: @unchecked Sendable {
    // Not `BriefingCard?`: reading a child through an optional copied the whole card per name.
    private let cards: UnsafeMutableBufferPointer<BriefingCard>
    private let present: [Bool]

    /// A table of `cards`.
    convenience init(_ cards: [BriefingCard]) {
        self.init(count: cards.count) { cards[$0] }
    }

    /// A table of `count` positions, each filled by `make` (nil leaves it without a card).
    init(count: Int, _ make: (Int) -> BriefingCard?) {
        cards = .allocate(capacity: count)
        var present = [Bool](repeating: false, count: count)
        var missing: [Int] = []
        var stand: BriefingCard?
        for index in 0..<count {
            if let card = make(index) {
                (cards.baseAddress! + index).initialize(to: card)
                present[index] = true
                if stand == nil { stand = card }
            } else {
                missing.append(index)
            }
        }
        // Positions without a card hold a stand-in (never shown), so every position is initialized.
        if !missing.isEmpty {
            let stand = stand ?? BriefingCard.standIn
            for index in missing { (cards.baseAddress! + index).initialize(to: stand) }
        }
        self.present = present
    }

    deinit {
        cards.deinitialize()
        cards.deallocate()
    }

    var count: Int { cards.count }

    /// Where the cards are (they stay there while the table lives).
    var baseAddress: UnsafePointer<BriefingCard>? { UnsafePointer(cards.baseAddress) }

    /// The card at `position`.
    func card(at position: Int) -> BriefingCard { cards[position] }

    /// True when `position` holds a card of its own.
    func hasCard(at position: Int) -> Bool { present[position] }

    /// `card(at: position).value(named: name)`, in place.
    func value(at position: Int, named name: String) -> TemplateValue {
        BriefingCard.value(of: cards.baseAddress! + position, named: name)
    }

    /// `card(at: position).value(named: name, member: member)`, in place.
    func value(at position: Int, named name: String, member: String) -> TemplateValue? {
        cards[position].value(named: name, member: member)
    }
}

extension BriefingCard {
    /// A card of nothing, for table positions no page shows.
    static let standIn = BriefingCard(
        BriefingSummary(briefing: Briefing(path: "", format: .markdown, slug: "", title: "", markdown: ""), summary: nil),
        from: PageContext(kind: "", path: "index.html", baseURL: ""))
}

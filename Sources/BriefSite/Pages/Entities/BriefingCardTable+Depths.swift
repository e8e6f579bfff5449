import BriefContent

extension BriefingCardTable {
    /// The cards listings at two depths show: `needed[0]` marks the briefings (positions in
    /// `briefings`) that pages at `first`'s depth list, `needed[1]` those at `further`'s (an
    /// empty mark list: no page there, no table). A card is made once, as `first` shows it; a
    /// further page's is a copy whose link goes further up, as the title, dates and tags are
    /// the same wherever a card is. `further`'s root must end with `first`'s (a deeper folder
    /// of the same site).
    static func atTwoDepths(
        _ briefings: [BriefingSummary], needed: [[Bool]], first: PageContext, further: PageContext
    ) -> (first: BriefingCardTable?, further: BriefingCardTable?) {
        precondition(needed.count == 2, "one list of marks per depth")
        assert(further.root.hasSuffix(first.root), "a further page is deeper in the same site")
        guard needed.contains(where: { !$0.isEmpty }) else { return (nil, nil) }
        let firsts = BriefingCardTable(count: briefings.count) { b in
            needed.contains { !$0.isEmpty && $0[b] } ? BriefingCard(briefings[b], from: first) : nil
        }
        guard !needed[1].isEmpty else { return (firsts, nil) }
        let up = String(further.root.dropLast(first.root.count))
        let furthers = BriefingCardTable(count: briefings.count) { b in
            guard needed[1][b] else { return nil }
            var card = firsts.card(at: b)
            card.href = up + card.href
            return card
        }
        return (needed[0].isEmpty ? nil : firsts, furthers)
    }
}

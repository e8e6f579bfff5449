// PLACEHOLDER: replaced by the quote finder (issue 3).
struct QuoteFinder: Sendable {
    func find(in text: [UInt8], mentions: [EntityMention], entities: [Entity]) -> [Quote] { [] }
}

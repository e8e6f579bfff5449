import Foundation
@testable import BriefAnnotate

/// A found quote with its words, for readable expectations.
struct FoundQuote: Equatable, CustomStringConvertible {
    var text: String
    var kind: QuoteKind
    var cue: String?
    var speaker: String?
    var speakerID: String?

    var description: String { "\(kind) \(cue ?? "-") \(speaker ?? "-"): \(text)" }
}

enum QuoteTestSupport {
    static func find(_ text: String, mentions: [EntityMention] = [], entities: [Entity] = []) -> [FoundQuote] {
        let bytes = Array(text.utf8)
        return QuoteFinder().find(in: bytes, mentions: mentions, entities: entities).map { q in
            FoundQuote(text: String(decoding: bytes[q.range], as: UTF8.self), kind: q.kind, cue: q.cue,
                       speaker: q.speaker, speakerID: q.speakerID)
        }
    }

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/quotes") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

import BriefAnnotate
import BriefContent
import Foundation

/// The inputs of the pages made from all briefings together, hashed (`BuildSession.keyedGroup`):
/// each covers everything its pages show and the order they show it in.
enum GroupKeys {
    /// What the tag pages and the archive show: every briefing's card, its instant (order
    /// within a day), in site order.
    static func cards(_ summaries: [BriefingSummary]) -> UInt64 {
        var hasher = FNV64()
        hasher.add(summaries.count)
        for summary in summaries {
            CacheKeys.addCard(summary, to: &hasher)
            hasher.add(summary.date.map { $0.instant.timeIntervalSince1970.bitPattern } ?? 0)
        }
        return hasher.value
    }

    /// The whole site model: every field of every summary (with its instant) and of every entity.
    /// `summaryHashes`, when given, are `CacheKeys.hash` of each summary (made while rendering).
    static func model(_ model: SiteModel, summaryHashes: [UInt64]? = nil) -> UInt64 {
        var hasher = FNV64()
        hasher.add(model.briefings.count)
        model.briefings.withUnsafeBufferPointer { briefings in
            for (index, summary) in briefings.enumerated() {
                if let summaryHashes, summaryHashes.count == briefings.count {
                    hasher.add(summaryHashes[index])
                } else {
                    CacheKeys.add(summary, to: &hasher)
                }
                hasher.add(summary.date.map { $0.instant.timeIntervalSince1970.bitPattern } ?? 0)
            }
        }
        hasher.add(model.entities.count)
        for entity in model.entities { CacheKeys.add(entity, to: &hasher) }
        return hasher.value
    }

    /// The entities index: every entity.
    static func entities(_ model: SiteModel) -> UInt64 {
        var hasher = FNV64()
        hasher.add(model.entities.count)
        for entity in model.entities { CacheKeys.add(entity, to: &hasher) }
        return hasher.value
    }

    /// The quotes page: every quote, in order, and the cards of the briefings they are in.
    static func quotes(_ model: SiteModel, cards: UInt64) -> UInt64 {
        var hasher = FNV64()
        hasher.add(cards)
        hasher.add(model.quotes.count)
        for quote in model.quotes {
            hasher.add(quote.id)
            hasher.add(quote.quote.number)
            hasher.add(quote.quote.text)
            hasher.add(quote.quote.kind.rawValue)
            hasher.add(quote.quote.speakerID)
            hasher.add(quote.quote.speaker)
            hasher.add(quote.briefingSlug)
        }
        return hasher.value
    }

    /// The feed, robots.txt and sitemap: the model, every page path, and which generated files
    /// static/ replaces (a file it stops replacing must be made again).
    static func feed(model: UInt64, paths: [String], overridden: Set<String>) -> UInt64 {
        var hasher = FNV64()
        hasher.add(model)
        hasher.add(paths.count)
        for path in paths { hasher.add(path) }
        for path in overridden.sorted() { hasher.add(path) }
        return hasher.value
    }
}

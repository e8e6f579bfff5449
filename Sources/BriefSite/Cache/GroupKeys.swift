import BriefAnnotate
import BriefContent
import Foundation

/// The inputs of the pages made from all briefings together, hashed (`BuildSession.keyedGroup`):
/// each covers everything its pages show and the order they show it in.
enum GroupKeys {
    /// What the tag pages and the archive show: every briefing's card, its instant (order
    /// within a day), in site order.
    static func cards(_ summaries: [BriefingSummary]) -> UInt64 {
        cards(summaries, cardKeys: summaries.map(CacheKeys.cardKey))
    }

    /// `cards(_:)`, with each summary's `CacheKeys.cardKey` already worked out (same order).
    static func cards(_ summaries: [BriefingSummary], cardKeys: [UInt64]) -> UInt64 {
        precondition(cardKeys.count == summaries.count)
        var hasher = FNV64()
        hasher.add(summaries.count)
        summaries.withUnsafeBufferPointer { summaries in
            for index in summaries.indices {
                hasher.add(cardKeys[index])
                hasher.add(summaries[index].date.map { $0.instant.timeIntervalSince1970.bitPattern } ?? 0)
            }
        }
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
        // A quote's id is its briefing's slug and its number, both hashed: not hashed again.
        // Each quote's fields by its key (`SiteModel.quoteKeys`), hashed once for all keys.
        model.quotes.withUnsafeBufferPointer { quotes in
            model.quoteKeys.withUnsafeBufferPointer { keys in
                for index in quotes.indices {
                    hasher.add(keys[index])
                    hasher.add(quotes[index].briefingSlug)
                }
            }
        }
        return hasher.value
    }

    /// The feed, robots.txt and sitemap: the cards (`cards(_:)`: everything a feed entry shows,
    /// and the latest instant), every page path, and which generated files static/ replaces (a
    /// file it stops replacing must be made again). Not word counts, entities or quotes: an edit
    /// inside a briefing's text leaves them as they were.
    static func feed(cards: UInt64, paths: [String], overridden: Set<String>) -> UInt64 {
        var hasher = FNV64()
        hasher.add(cards)
        hasher.add(paths.count)
        // The set of paths, not their order (the sitemap sorts them; a rebuild lists kept files
        // in another order than a clean build): per-path hashes summed.
        var sum: UInt64 = 0
        for path in paths {
            var one = FNV64()
            one.add(path)
            sum &+= one.value
        }
        hasher.add(sum)
        for path in overridden.sorted() { hasher.add(path) }
        return hasher.value
    }
}

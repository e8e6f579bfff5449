import BriefAnnotate
import Foundation

/// How each per-briefing entity id resolves site-wide (`SiteEntities.resolve`), hashed once per
/// build and shared by the parallel render tasks: `CacheKeys.bodyKey` asks for every id of every
/// briefing, and ten thousand briefings name the same few hundred entities over and over. Every
/// id the merge knows is hashed up front, so the tasks only read (no lock).
final class ResolutionMemo: Sendable {
    let entities: SiteEntities
    private let hashes: [String: UInt64]
    /// The hash of each id the merge saw, by its number (`SiteEntities.idNumber`): an id that is
    /// an entity of its briefing's summary is found by position, not by hashing the string.
    private let hashesByNumber: [UInt64]

    init(_ entities: SiteEntities) {
        self.entities = entities
        var hashes: [String: UInt64] = [:]
        for id in entities.briefingIDs { hashes[id] = Self.hash(of: id, in: entities) }
        hashesByNumber = entities.idsInOrder.map { hashes[$0] ?? Self.hash(of: $0, in: entities) }
        self.hashes = hashes
    }

    /// `hash(of: id)` for `id`, the id of entry `entry` of summary `index` of those the merge was
    /// made from (any other id is hashed as `hash(of:)` does).
    func hash(of id: String, entry: Int, inSummary index: Int) -> UInt64 {
        if let number = entities.idNumber(ofEntry: entry, inSummary: index, id: id) { return hashesByNumber[number] }
        return hash(of: id)
    }

    /// The hash of what `id` resolves to: the site entity's id, name, type and path, or a fixed
    /// value when it is dropped. Ids resolve as an `entity:` link's do (`linkTarget`), which for
    /// a mention's id is what `resolve` gives it (or a note's entity where it gives none).
    func hash(of id: String) -> UInt64 {
        hashes[id] ?? Self.hash(of: id, in: entities)
    }

    private static func hash(of id: String, in entities: SiteEntities) -> UInt64 {
        var hasher = FNV64()
        if let entity = entities.linkTarget(id) {
            hasher.add(UInt64(1))
            hasher.add(entity.id)
            hasher.add(entity.name)
            hasher.add(entity.type.rawValue)
            hasher.add(entity.path)
        } else {
            hasher.add(UInt64(0))
        }
        return hasher.value
    }
}

import BriefAnnotate
import Foundation

/// How each per-briefing entity id resolves site-wide (`SiteEntities.resolve`), hashed once per
/// build and shared by the parallel render tasks: `CacheKeys.bodyKey` asks for every id of every
/// briefing, and ten thousand briefings name the same few hundred entities over and over.
final class ResolutionMemo: @unchecked Sendable {
    let entities: SiteEntities
    private let lock = NSLock()
    private var hashes: [String: UInt64] = [:]

    init(_ entities: SiteEntities) {
        self.entities = entities
    }

    /// The hash of what `id` resolves to: the site entity's id, name, type and path, or a fixed
    /// value when it is dropped.
    func hash(of id: String) -> UInt64 {
        if let known = lock.withLock({ hashes[id] }) { return known }
        var hasher = FNV64()
        if let entity = entities.resolve(EntityID.sanitize(id)) {
            hasher.add(UInt64(1))
            hasher.add(entity.id)
            hasher.add(entity.name)
            hasher.add(entity.type.rawValue)
            hasher.add(entity.path)
        } else {
            hasher.add(UInt64(0))
        }
        let value = hasher.value
        lock.withLock { hashes[id] = value }
        return value
    }
}

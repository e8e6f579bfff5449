extension Annotation {
    /// For each entity, in order, how many mentions carry exactly its id (the first entity
    /// of an id counts them all), how many mentions carry an id that no entity has, and
    /// whether the entities' ids are all different.
    /// One cheap byte hash per mention (`KeyTable`), no `Hasher`. O(mentions + entities).
    public func mentionCountsByEntity() -> (counts: [Int], unmatched: Int, distinct: Bool) {
        var index = KeyTable<String, Int>(capacity: entities.count)
        for (e, entity) in entities.enumerated() where !index.contains(entity.id) { index.set(entity.id, e) }
        var counts = [Int](repeating: 0, count: entities.count)
        var unmatched = 0
        for mention in mentions {
            if let e = index[mention.entityID] { counts[e] += 1 } else { unmatched += 1 }
        }
        return (counts, unmatched, index.count == entities.count)
    }
}

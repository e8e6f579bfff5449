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

extension Annotation {
    /// The distinct ids of the mentions, then of the quote speakers, in order of first use.
    /// The same list a `Set<String>` of the ids seen gives (ids compare as Strings), with one
    /// cheap byte hash per id (`KeyTable`) where the set ran SipHash and grew as it filled.
    /// O(mentions + quotes).
    public func entityIDsInOrderOfFirstUse() -> [String] {
        var ids: [String] = []
        // Nearly every id is the very string of an id seen before (the annotator's one string
        // per entity): found by its bits first (`String.isSameValue`), without hashing its
        // bytes; only a string not seen before is looked up by text (`tableHash`, as `==`).
        var values = KeyTable<String, Void>(capacity: entities.count + quotes.count)
        var texts = KeyTable<Int, Void>(capacity: entities.count + quotes.count)
        @inline(__always) func use(_ id: String) {
            let bits = id.valueBitsHash
            if values.index(hash: bits, where: { String.isSameValue($0, id) }) != nil { return }
            values.append(id, (), hash: bits)
            let hash = id.tableHash
            if texts.index(hash: hash, where: { ids[$0] == id }) != nil { return }
            texts.append(ids.count, (), hash: hash)
            ids.append(id)
        }
        // Elements read in place: a copy of a mention or quote would retain its strings.
        mentions.withUnsafeBufferPointer { mentions in
            for m in mentions.indices { use(mentions[m].entityID) }
        }
        quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices { if let id = quotes[q].speakerID { use(id) } }
        }
        return ids
    }
}

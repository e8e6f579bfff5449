extension Array {
    /// Sorts stably by `key` in the order `areInIncreasingOrder` gives, for elements that are
    /// costly to copy: each element's key is taken once, the indices are sorted by key, then the
    /// elements are moved into place by swaps (a swap moves; a sort's copies retain every field
    /// of every element they touch, at every comparison).
    mutating func sortByMoving<Key>(key: (Element) -> Key, by areInIncreasingOrder: (Key, Key) -> Bool) {
        let keys = withUnsafeBufferPointer { $0.map(key) }
        // Keys compared where they are: copying one out of the array retains each of its fields.
        let order = keys.withUnsafeBufferPointer { keys in
            keys.indices.sorted { a, b in
                // Ties keep input order, as the stable `sorted(by:)` does.
                if areInIncreasingOrder(keys[a], keys[b]) { return true }
                if areInIncreasingOrder(keys[b], keys[a]) { return false }
                return a < b
            }
        }
        // `order[i]` is the input index of the element that belongs at `i`: follow each cycle.
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            var current = start
            while true {
                placed[current] = true
                let source = order[current]
                if source == start { break }
                swapAt(current, source)
                current = source
            }
        }
    }
}

extension Array {
    /// Reorders the elements into `order` (`order[i]` is the index of the element that belongs
    /// at `i`; a permutation of the indices) by swaps: a swap moves, where building a sorted copy
    /// would retain every field of every element.
    mutating func permute(into order: [Int]) {
        precondition(order.count == count)
        // Follow each cycle of the permutation.
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

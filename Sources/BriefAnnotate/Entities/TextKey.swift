/// A dictionary key for a stretch of the text, compared by its bytes with whitespace
/// runs as one space (and ASCII case folded when `folded`), without copying the bytes.
/// Valid only while the buffer it points into is.
struct TextKey: Hashable {
    let text: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let folded: Bool
    let hashValue64: UInt64

    init(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folded: Bool) {
        self.text = text
        self.range = range
        self.folded = folded
        var h = TableHashing.empty
        var it = TextKey.Normalized(text: text, range: range, folded: folded)
        while let b = it.next() { h = TableHashing.adding(b, to: h) }
        hashValue64 = h
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.hashValue64 == b.hashValue64, a.folded == b.folded else { return false }
        var x = Normalized(text: a.text, range: a.range, folded: a.folded)
        var y = Normalized(text: b.text, range: b.range, folded: b.folded)
        while true {
            let p = x.next(), q = y.next()
            if p != q { return false }
            if p == nil { return true }
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hashValue64) }

    /// The normalized bytes: leading and trailing whitespace dropped, inner runs as one space.
    struct Normalized: IteratorProtocol {
        let text: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int
        let folded: Bool

        init(text: UnsafeBufferPointer<UInt8>, range: Range<Int>, folded: Bool) {
            self.text = text
            self.i = range.lowerBound
            self.end = range.upperBound
            self.folded = folded
            while i < end, ByteClass.isSpace(text[i]) { i += 1 }
        }

        mutating func next() -> UInt8? {
            guard i < end else { return nil }
            let b = text[i]
            i += 1
            if ByteClass.isSpace(b) {
                while i < end, ByteClass.isSpace(text[i]) { i += 1 }
                guard i < end else { return nil }
                return 0x20
            }
            return folded ? ByteClass.lower(b) : b
        }
    }
}

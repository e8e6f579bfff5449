/// A dictionary key for a stretch of the text, compared by its bytes with whitespace
/// runs as one space (and ASCII case folded when `folded`), without copying the bytes.
/// Valid only while the buffer it points into is.
struct TextKey: Hashable {
    let text: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let folded: Bool
    /// The bytes are their own normal form: no whitespace but single spaces between other bytes.
    let plain: Bool
    let hashValue64: UInt64

    init(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folded: Bool) {
        self.text = text
        self.range = range
        self.folded = folded
        // The common case (a name with single spaces) hashed straight from the bytes.
        var h = TableHashing.empty
        var plain = true
        var i = range.lowerBound
        while i < range.upperBound {
            let b = text[i]
            if b <= 0x20 && ByteClass.isSpace(b) {
                if b != 0x20 || i == range.lowerBound || i == range.upperBound - 1 || text[i - 1] == 0x20 { plain = false; break }
            }
            h = TableHashing.adding(folded ? ByteClass.lower(b) : b, to: h)
            i += 1
        }
        if !plain {
            h = TableHashing.empty
            var it = TextKey.Normalized(text: text, range: range, folded: folded)
            while let b = it.next() { h = TableHashing.adding(b, to: h) }
        }
        self.plain = plain
        hashValue64 = h
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.hashValue64 == b.hashValue64, a.folded == b.folded else { return false }
        if a.plain && b.plain {
            guard a.range.count == b.range.count else { return false }
            var i = a.range.lowerBound, j = b.range.lowerBound
            while i < a.range.upperBound {
                let p = a.text[i], q = b.text[j]
                if p != q && (!a.folded || ByteClass.lower(p) != ByteClass.lower(q)) { return false }
                i += 1
                j += 1
            }
            return true
        }
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

/// Links made of two or three parts (`root` and a site path; a page link, `#` and an anchor),
/// joined in one allocation: `a + b` copied `a` into a buffer for itself and then grew it for
/// `b`, and listings make such a link for every card and quote they show.
enum StringJoin {
    /// `first + second`.
    static func join(_ first: String, _ second: String) -> String {
        join(first, nil, second)
    }

    /// `first`, the ASCII byte `middle` when there is one, then `last`.
    static func join(_ first: String, _ middle: UInt8?, _ last: String) -> String {
        var first = first
        var last = last
        let count = first.utf8.count + (middle == nil ? 0 : 1) + last.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            // Each step returns its end offset (no counter captured by a closure: a captured
            // variable is boxed).
            let afterFirst = first.withUTF8 { copy($0, into: buffer, at: 0) }
            var afterMiddle = afterFirst
            if let middle {
                buffer[afterFirst] = middle
                afterMiddle += 1
            }
            return last.withUTF8 { copy($0, into: buffer, at: afterMiddle) }
        }
    }

    /// Copies `bytes` into `buffer` at `offset`; returns the offset after them.
    @inline(__always)
    static func copy(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return offset }
        (buffer.baseAddress! + offset).initialize(from: source, count: bytes.count)
        return offset + bytes.count
    }
}

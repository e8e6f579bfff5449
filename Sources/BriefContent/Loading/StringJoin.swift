/// Paths and links made of two or three parts (`root` and a site path; a page link, `#` and an
/// anchor; a folder, `/` and a name), joined in one allocation: `a + b` copied `a` into a buffer
/// for itself and then grew it for `b` (some 500 instructions an append), and a build makes
/// such a path for every file it walks and every card and quote it shows.
public enum StringJoin {
    /// `first + second`.
    public static func join(_ first: String, _ second: String) -> String {
        join(first, nil, second)
    }

    /// `first + second + third`.
    public static func join(_ first: String, _ second: String, _ third: String) -> String {
        var first = first
        var second = second
        var third = third
        let count = first.utf8.count + second.utf8.count + third.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            let afterFirst = first.withUTF8 { copy($0, into: buffer, at: 0) }
            let afterSecond = second.withUTF8 { copy($0, into: buffer, at: afterFirst) }
            return third.withUTF8 { copy($0, into: buffer, at: afterSecond) }
        }
    }

    /// `first`, the ASCII byte `middle` when there is one, then `last`.
    public static func join(_ first: String, _ middle: UInt8?, _ last: String) -> String {
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
    public static func copy(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return offset }
        (buffer.baseAddress! + offset).initialize(from: source, count: bytes.count)
        return offset + bytes.count
    }
}

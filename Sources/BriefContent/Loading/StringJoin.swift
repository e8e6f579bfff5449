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
        return first.withUTF8 { first in last.withUTF8 { last in joined(first, middle, last) } }
    }

    /// `join(_:_:_:)` of a slice (a folder of a path), read in place: no string is made of it.
    public static func join(_ first: String, _ middle: UInt8?, _ last: Substring) -> String {
        var first = first
        return first.withUTF8 { first in
            last.utf8.withContiguousStorageIfAvailable { joined(first, middle, $0) }
                ?? Array(last.utf8).withUnsafeBufferPointer { joined(first, middle, $0) }
        }
    }

    /// The bytes of `first`, `middle` when there is one, and `last`, as a string.
    private static func joined(_ first: UnsafeBufferPointer<UInt8>, _ middle: UInt8?, _ last: UnsafeBufferPointer<UInt8>) -> String {
        let count = first.count + (middle == nil ? 0 : 1) + last.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = copy(first, into: buffer, at: 0)
            if let middle {
                buffer[offset] = middle
                offset += 1
            }
            return copy(last, into: buffer, at: offset)
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's path as a dictionary key, compared and hashed by its bytes: two names that differ
/// only in Unicode normalization (`café.md` composed and decomposed) are two files on Linux,
/// where `String`'s `==` (canonical equivalence) takes them for one.
public struct PathKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let path: String

    public init(_ path: String) { self.path = path }
    public init(stringLiteral path: String) { self.path = path }

    /// By bytes: every dictionary of paths compares each found key once. The lengths first, then
    /// the bytes in place (no Substring made of either path, as `sameBytes` takes).
    public static func == (a: PathKey, b: PathKey) -> Bool {
        let x = a.path.utf8, y = b.path.utf8
        guard x.count == y.count else { return false }
        let same = x.withContiguousStorageIfAvailable { x in
            y.withContiguousStorageIfAvailable { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        if let same, let same { return same }
        return x.elementsEqual(y)
    }

    /// Whether two texts hold the same UTF-8 bytes, compared in place with `memcmp` when both
    /// are contiguous (native strings are): `elementsEqual` over the views walked them byte by
    /// byte through the generic iterator. What paths (`PathKey`, the output's `PathBytes`) and the
    /// cache's names (`CachedBriefing.sameBytes`) are compared by. Inlinable: the cache encoder
    /// calls it in its inner loop.
    @inlinable
    public static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        if let same, let same { return same }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// The bytes, read in place (a native string's are contiguous; a copy to call `withUTF8`
    /// retained and released it for every look-up).
    public func hash(into hasher: inout Hasher) {
        if path.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            var path = path
            path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    public var description: String { path }
}

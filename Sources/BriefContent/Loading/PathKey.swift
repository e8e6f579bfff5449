import BriefBytes
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

    /// By bytes (`sameBytes`): every dictionary of paths compares each found key once. Over the
    /// strings' own views (a Substring made of each path cost more than the compare).
    public static func == (a: PathKey, b: PathKey) -> Bool { sameBytes(a.path.utf8, b.path.utf8) }

    /// Whether two texts hold the same UTF-8 bytes, compared in place with `memcmp` when both
    /// are contiguous (native strings are): `elementsEqual` over the views walked them byte by
    /// byte through the generic iterator. What paths (`PathKey`, the output's `PathBytes`) and the
    /// cache's names (`CachedBriefing.sameBytes`) are compared by. Inlinable: the cache encoder
    /// calls it in its inner loop.
    @inlinable
    public static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        sameBytes(a.utf8, b.utf8)
    }

    /// `sameBytes` of two UTF-8 views: the lengths first, then the bytes.
    @inlinable
    static func sameBytes(_ x: some Collection<UInt8>, _ y: some Collection<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        let same = x.withContiguousStorageIfAvailable { x in
            y.withContiguousStorageIfAvailable { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        if let same, let same { return same }
        return x.elementsEqual(y)
    }

    /// The bytes, read in place (a native string's are contiguous; a copy to call `withUTF8`
    /// retained and released it for every look-up), hashed eight at a time (`ByteWords.hash`):
    /// the hasher is given one word, not the bytes.
    public func hash(into hasher: inout Hasher) {
        if let hash = path.utf8.withContiguousStorageIfAvailable({ ByteWords.hash(UnsafeRawBufferPointer($0)) }) {
            hasher.combine(hash)
        } else {
            var path = path
            hasher.combine(path.withUTF8 { ByteWords.hash(UnsafeRawBufferPointer($0)) })
        }
    }

    public var description: String { path }
}

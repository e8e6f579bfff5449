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

    /// Compared in place with `memcmp` when both strings are contiguous UTF-8 (native ones
    /// are): `elementsEqual` over the views walked them byte by byte through the generic
    /// iterator, and every dictionary of paths compares each found key once.
    public static func == (a: PathKey, b: PathKey) -> Bool {
        let same = a.path.utf8.withContiguousStorageIfAvailable { x in
            b.path.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        if let same, let same { return same }
        return a.path.utf8.elementsEqual(b.path.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public var description: String { path }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path of the output (or a part of one) as a table key, compared and hashed by its bytes, as
/// the file system tells names apart (`PathKey`, for a `Substring`): `String` and `Substring`
/// compare by canonical equivalence, so two static folders whose names differ only in Unicode
/// normalization (`café/` composed and decomposed) were one folder to the staging tree, which
/// made only the first and failed to copy into the other ("The file doesn't exist"), and a
/// stale file of the spare whose twin was planned was never removed.
struct PathBytes: Hashable {
    let path: Substring

    init(_ path: Substring) { self.path = path }
    init(_ path: String) { self.path = path[...] }

    /// Compared in place with `memcmp` when both are contiguous UTF-8 (native ones are), as
    /// `PathKey` is: `elementsEqual` walked them byte by byte through the generic iterator, and
    /// the staging tree's tables compare a found key some five times per output file.
    static func == (a: PathBytes, b: PathBytes) -> Bool {
        let same = a.path.utf8.withContiguousStorageIfAvailable { x in
            b.path.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        if let same, let same { return same }
        return a.path.utf8.count == b.path.utf8.count && a.path.utf8.elementsEqual(b.path.utf8)
    }

    func hash(into hasher: inout Hasher) {
        // Native strings are contiguous; a bridged one is copied (the same bytes, the same hash).
        let hashed: Void? = path.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { Array(path.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}

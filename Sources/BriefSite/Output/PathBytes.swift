import BriefBytes
import BriefContent

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

    /// By bytes, as `PathKey` compares (`PathKey.sameBytes`): the staging tree's tables compare a
    /// found key some five times per output file.
    static func == (a: PathBytes, b: PathBytes) -> Bool { PathKey.sameBytes(a.path, b.path) }

    /// The index of the last `/` in `path`, found over its bytes in place (the generic
    /// `utf8.lastIndex(of:)` stepped through the view an index at a time: the staging tree
    /// asks this several times for every output file).
    static func lastSlash(in path: Substring) -> Substring.Index? {
        let utf8 = path.utf8
        let offset: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
            var index = bytes.count - 1
            while index >= 0, bytes[index] != UInt8(ascii: "/") { index -= 1 }
            return index >= 0 ? index : nil
        }
        guard let offset else { return utf8.lastIndex(of: UInt8(ascii: "/")) }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// As `PathKey` hashes: the bytes eight at a time (`ByteWords.hash`), one word to the hasher.
    func hash(into hasher: inout Hasher) {
        // Native strings are contiguous; a bridged one is copied (the same bytes, the same hash).
        let hash = path.utf8.withContiguousStorageIfAvailable { ByteWords.hash(UnsafeRawBufferPointer($0)) }
        hasher.combine(hash ?? Array(path.utf8).withUnsafeBytes { ByteWords.hash($0) })
    }
}

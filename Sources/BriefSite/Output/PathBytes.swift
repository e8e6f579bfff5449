import BriefBytes
import BriefContent
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
    /// The path is the first `count` UTF-8 bytes of `whole`: the staging tree's folders are the
    /// starts of the paths of files, kept without a copy. A `Substring` (what a prefix would
    /// be) reached its bytes through the generic slice, about 100 instructions a time against
    /// 17 for a string's own, and the tree hashes and compares some 60,000 keys per build.
    private let whole: String
    private let count: Int
    /// `ByteWords.hash` of the bytes, worked out once: the hasher is given this one word, and
    /// keys that differ in it are told apart without reading their bytes.
    private let bytesHash: UInt64

    init(_ path: String) { self.init(prefix: path.utf8.count, of: path) }

    init(_ path: Substring) {
        // Slices that start where their string starts (a folder of a file's path, a top-level
        // name) are kept as that string's prefix; any other is copied.
        if path.startIndex == path.base.startIndex {
            // The distance in the string's own view: the slice's is the generic one.
            let base = path.base.utf8
            self.init(prefix: base.distance(from: base.startIndex, to: path.endIndex), of: path.base)
        } else {
            self.init(String(path))
        }
    }

    private init(prefix count: Int, of whole: String) {
        var whole = whole
        // Native strings are contiguous already; a bridged one becomes so here, once.
        whole.makeContiguousUTF8()
        self.whole = whole
        self.count = count
        bytesHash = whole.utf8.withContiguousStorageIfAvailable { bytes in
            ByteWords.hash(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<count]))
        } ?? 0
    }

    /// Calls `body` with each folder `path` is in, deepest first (`a/b/c.html`: `a/b`, then
    /// `a`), found over its bytes, each a prefix of `path`, until `body` returns false.
    static func forEachFolder(of path: String, _ body: (PathBytes) -> Bool) {
        var path = path
        path.makeContiguousUTF8()
        // Slash offsets first (the bytes are borrowed only in here), the keys after.
        var end = path.utf8.count
        while end > 0 {
            let slash = path.utf8.withContiguousStorageIfAvailable { bytes in
                var index = end - 1
                while index >= 0, bytes[index] != UInt8(ascii: "/") { index -= 1 }
                return index
            } ?? -1
            guard slash >= 0, body(PathBytes(prefix: slash, of: path)) else { return }
            end = slash
        }
    }

    /// The path as a slice of the string it was taken from.
    var path: Substring {
        whole[..<whole.utf8.index(whole.utf8.startIndex, offsetBy: count)]
    }

    /// By bytes, as `PathKey` compares (`PathKey.sameBytes`): the staging tree's tables compare a
    /// found key some five times per output file. Different hashes are different paths.
    static func == (a: PathBytes, b: PathBytes) -> Bool {
        guard a.count == b.count, a.bytesHash == b.bytesHash else { return false }
        let count = a.count
        guard count > 0 else { return true }
        let same = a.whole.utf8.withContiguousStorageIfAvailable { x in
            b.whole.utf8.withContiguousStorageIfAvailable { y in memcmp(x.baseAddress!, y.baseAddress!, count) == 0 }
        }
        // Both are contiguous (made so in `init`).
        return same!!
    }

    /// The bytes' hash (`ByteWords.hash`, as `PathKey` hashes), one word to the hasher.
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytesHash)
    }

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

}

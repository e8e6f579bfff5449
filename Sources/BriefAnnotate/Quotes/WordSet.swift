/// A set of lower-case ASCII words looked up straight from UTF-8 bytes, without building a
/// String: each word is kept as a 64-bit FNV-1a hash of its ASCII-lower-cased bytes. O(word length).
struct WordSet: Sendable {
    private let hashes: Set<UInt64>

    init(_ words: some Sequence<String>) {
        hashes = Set(words.map { Self.hash(Array($0.utf8)[...]) })
    }

    /// Whether `text[range]`, lower-cased, is in the set.
    @inline(__always) func contains(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        hashes.contains(Self.hash(text[range]))
    }

    func contains(_ word: String) -> Bool {
        hashes.contains(Self.hash(Array(word.utf8)[...]))
    }

    @inline(__always) static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

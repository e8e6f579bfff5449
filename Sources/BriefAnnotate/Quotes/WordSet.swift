/// A set of lower-case ASCII words looked up straight from UTF-8 bytes, without building a
/// String: each word is kept as a 64-bit FNV-1a hash of its ASCII-lower-cased bytes. O(word length).
///
/// The hashes sit in a `HashSlots` table: these sets are asked about most capitalised words of
/// every document.
struct WordSet: Sendable {
    private let table: HashSlots<Bool>

    init(_ words: some Sequence<String>) {
        table = HashSlots(Dictionary(words.map { (Self.hash(Array($0.utf8)[...]), true) }, uniquingKeysWith: { first, _ in first }), missing: false)
    }

    /// Whether the word with hash `h` (from `hash(_:_:)`) is in the set: one hash serves
    /// several sets.
    @inline(__always) func contains(hash h: UInt64) -> Bool {
        table.value(hash: h)
    }

    /// Whether `text[range]`, lower-cased, is in the set.
    @inline(__always) func contains(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        contains(hash: Self.hash(text[range]))
    }

    func contains(_ word: String) -> Bool {
        contains(hash: Self.hash(Array(word.utf8)[...]))
    }

    /// The hash of `text[range]`, lower-cased, for `contains(hash:)`.
    @inline(__always) static func hash(_ text: [UInt8], _ range: Range<Int>) -> UInt64 {
        hash(text[range])
    }

    @inline(__always) static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = TableHashing.empty
        for b in bytes { h = TableHashing.adding(ByteClass.lower(b), to: h) }
        return h
    }
}

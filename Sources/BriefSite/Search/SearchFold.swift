import Foundation

/// The words of a text as the search script folds them (`fold` in `templates/search.js`):
/// canonical decomposition (NFD), the combining marks U+0300-U+036F dropped, lower case, and
/// every run of characters that are not letters or numbers (`\p{L}`, `\p{N}`) a word break.
/// The index's terms are these words, so a query folded by the script finds them.
///
/// ASCII is folded byte by byte; other scalars below U+3000 through a generated table
/// (`SearchFoldTable`: their decomposition needs Foundation, too slow per character and some
/// 25 ms for the whole table); the rest one by one.
enum SearchFold {
    /// Calls `word` with each folded word of `text`, in order, as UTF-8 bytes (valid only
    /// during the call).
    static func forEachWord(in text: String, _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachWord(inUTF8: $0, word) }
    }

    /// The folded words of `text` (for tests and the rare caller that wants Strings).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    static func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
        // No scalar folds to more than 4 bytes per byte of its UTF-8, so this never fills.
        let capacity = bytes.count * 4 + 64
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        forEachWord(inUTF8: bytes, buffer: UnsafeMutableBufferPointer(start: buffer, count: capacity), word)
    }

    /// As `forEachWord(inUTF8:_:)`, making each word in `wordBuffer` (the caller's, kept from one
    /// text to the next), which holds at least `bytes.count * 4 + 64` bytes.
    static func forEachWord(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, buffer wordBuffer: UnsafeMutableBufferPointer<UInt8>,
        _ word: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        // The word being made, in a buffer written through a pointer (no array append per byte).
        let buffer = wordBuffer.baseAddress!
        let capacity = wordBuffer.count
        var length = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                    buffer[length] = byte
                    length += 1
                } else if byte &- 0x41 < 26 {
                    buffer[length] = byte | 0x20
                    length += 1
                } else if length > 0 {
                    word(UnsafeBufferPointer(start: buffer, count: length))
                    length = 0
                }
                index += 1
                continue
            }
            let (scalar, width) = decode(bytes, at: index)
            index += width
            if scalar == 0x3A3 {
                // Capital sigma: JavaScript's toLowerCase writes the final form at the end of a
                // word (after a letter, before no letter).
                let next = index < count ? decode(bytes, at: index).scalar : 0x20
                let final = length > 0 && !isWordScalar(next)
                buffer[length] = 0xCF
                buffer[length + 1] = final ? 0x82 : 0x83
                length += 2
                continue
            }
            let folded = scalar < tableEnd ? table.bytes(of: scalar) : fold(scalar)[...]
            for byte in folded {
                if byte != 0x20, length < capacity {
                    buffer[length] = byte
                    length += 1
                } else if length > 0 {
                    word(UnsafeBufferPointer(start: buffer, count: length))
                    length = 0
                }
            }
        }
        if length > 0 { word(UnsafeBufferPointer(start: buffer, count: length)) }
    }

    /// One scalar folded as UTF-8, a space standing for each character that breaks words.
    static func fold(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [0x20] }
        var out: [UInt8] = []
        // Above the table: a symbol (emoji) has no decomposition into letters; letters are decomposed.
        let decomposed = value >= 0x10000 && !isWordScalar(value)
            ? [scalar] : Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
        for part in decomposed where !(0x300...0x36F).contains(part.value) {
            for lower in part.properties.lowercaseMapping.unicodeScalars {
                if isWordScalar(lower.value) { out.append(contentsOf: String(lower).utf8) } else { out.append(0x20) }
            }
        }
        return out
    }

    /// `\p{L}` or `\p{N}`.
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The scalar at `index` (a lead byte of valid UTF-8, which a Swift String always is) and its width.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return (((lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (((lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            ((lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12) | (UInt32(bytes[index + 2] & 0x3F) << 6)
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// Scalars below this are folded through `table`.
    static let tableEnd: UInt32 = 0x3000

    /// `fold` of every scalar below `tableEnd`, read on first use from the generated table.
    private static let table = SearchFoldTable()
}

/// `SearchFold.fold` of every scalar below U+3000, end to end: scalar s's bytes are
/// `folded[starts[s]..<starts[s + 1]]`. Read from `lines` (SearchFoldTable.swift, generated by
/// scripts/make-fold-table.swift): made here from Foundation's decompositions it took some 25 ms
/// of one core in every build that met a non-ASCII letter, while the other core waited for it.
/// A class, so reading it retains nothing per scalar's arrays.
final class SearchFoldTable: Sendable {
    let starts: [Int32]
    let folded: [UInt8]

    init() {
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        starts.reserveCapacity(0x3001)
        bytes.reserveCapacity(32_768)
        for line in Self.lines {
            let text = UnsafeBufferPointer(start: line.utf8Start, count: line.utf8CodeUnitCount)
            for byte in text {
                if byte == UInt8(ascii: "|") {
                    starts.append(Int32(bytes.count))
                } else {
                    bytes.append(byte)
                }
            }
        }
        self.starts = starts
        folded = bytes
    }

    /// How many scalars the table holds (from U+0000).
    var count: Int { starts.count - 1 }

    func bytes(of scalar: UInt32) -> ArraySlice<UInt8> {
        folded[Int(starts[Int(scalar)])..<Int(starts[Int(scalar) + 1])]
    }
}

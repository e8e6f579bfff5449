import Foundation

/// The words of a text as the search script folds them (`fold` in `templates/search.js`):
/// canonical decomposition (NFD), the combining marks U+0300-U+036F dropped, lower case, and
/// every run of characters that are not letters or numbers (`\p{L}`, `\p{N}`) a word break.
/// The index's terms are these words, so a query folded by the script finds them.
///
/// ASCII is folded byte by byte; other scalars below U+3000 through a table made once (their
/// decomposition needs Foundation, too slow per character); the rest one by one.
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
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                    current.append(byte)
                } else if byte &- 0x41 < 26 {
                    current.append(byte | 0x20)
                } else {
                    flush(&current, word)
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
                let final = !current.isEmpty && !isWordScalar(next)
                current.append(contentsOf: final ? [0xCF, 0x82] : [0xCF, 0x83])
                continue
            }
            appendFolded(scalar, to: &current, word)
        }
        flush(&current, word)
    }

    /// Hands the word being made to `word` and starts the next one.
    @inline(__always)
    private static func flush(_ current: inout [UInt8], _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
        if !current.isEmpty {
            current.withUnsafeBufferPointer(word)
            current.removeAll(keepingCapacity: true)
        }
    }

    /// Appends `scalar` folded: its letters and numbers to the word, a break for anything else.
    private static func appendFolded(_ scalar: UInt32, to current: inout [UInt8], _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
        if scalar < tableEnd {
            let table = Self.table
            let start = Int(table.starts[Int(scalar)])
            let end = Int(table.starts[Int(scalar) + 1])
            for index in start..<end {
                let byte = table.bytes[index]
                if byte == 0x20 { flush(&current, word) } else { current.append(byte) }
            }
            return
        }
        for byte in fold(scalar) {
            if byte == 0x20 { flush(&current, word) } else { current.append(byte) }
        }
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
    private static let tableEnd: UInt32 = 0x3000

    /// `fold` of every scalar below `tableEnd`, end to end: scalar s's bytes are
    /// `bytes[starts[s]..<starts[s + 1]]`. Made on first use (thread-safe, as every static).
    private static let table: (starts: [Int32], bytes: [UInt8]) = {
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        starts.reserveCapacity(Int(tableEnd) + 1)
        for value in 0..<tableEnd {
            if value < 0x80 {
                if isWordScalar(value) { bytes.append(UInt8(value) | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)) } else { bytes.append(0x20) }
            } else {
                bytes.append(contentsOf: fold(value))
            }
            starts.append(Int32(bytes.count))
        }
        return (starts, bytes)
    }()
}

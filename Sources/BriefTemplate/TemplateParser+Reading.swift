// Reading lines, whitespace and tags for `TemplateParser`, byte by byte. Where swift-mustache
// compares Characters, these compare bytes; they agree except for a combining mark right after
// a delimiter, space or newline, which no template needs.
extension TemplateParser {
    /// Reads text up to a newline (`\n` or `\r\n`, not consumed) or a start delimiter (consumed).
    /// Returns the text's range.
    mutating func readUntilTagOrNewline(_ state: State) -> Range<Int> {
        let start = position
        let delimiter = state.startDelimiter
        let first = delimiter[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") { return start..<position }
            if byte == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
                return start..<position
            }
            if byte == first, matches(delimiter) {
                let end = position
                position += delimiter.count
                return start..<end
            }
            position += 1
        }
        return start..<position
    }

    /// Spaces and tabs from here.
    mutating func readSpacesAndTabs() -> Range<Int> {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return start..<position
    }

    /// A tag is standalone when its line started with only whitespace and nothing but whitespace
    /// follows it; then the rest of the line, newline included, is consumed.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        guard position < bytes.count else { return true }
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        let newline = newlineLength(at: end)
        guard newline > 0 else { return false }
        position = end + newline
        return true
    }

    /// Length of the newline character at `index` (`\n`, `\r\n`, `\r`, VT, FF, NEL, LS, PS), else 0.
    func newlineLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case UInt8(ascii: "\r"):
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }

    /// Length of the Unicode whitespace character at `index`, else 0.
    func whitespaceLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let byte = bytes[index]
        if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) { return 1 }
        guard byte >= 0xC2, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    mutating func skipWhitespace() {
        while case let length = whitespaceLength(at: position), length > 0 { position += length }
    }

    func matches(_ pattern: [UInt8]) -> Bool {
        guard bytes.count - position >= pattern.count else { return false }
        for offset in pattern.indices where bytes[position + offset] != pattern[offset] { return false }
        return true
    }

    private static let nameCharacters: [Bool] = table("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters: [Bool] = table("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private static func table(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    /// A tag's name up to and including the end delimiter.
    mutating func parseName(_ state: State) throws(Failure) -> String {
        let name = try readName(state, Self.nameCharacters)
        if name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
            throw Failure(message: "transforms (`\(name)`) are not supported", offset: position)
        }
        return name
    }

    /// A partial's name up to and including the end delimiter.
    mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        let name = try readName(state, Self.partialNameCharacters)
        if name.first == "*" { throw Failure(message: "dynamic partials (`\(name)`) are not supported", offset: position) }
        return name
    }

    private mutating func readName(_ state: State, _ allowed: [Bool]) throws(Failure) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed[Int(bytes[position])] { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(state.endDelimiter) else {
            let end = String(decoding: state.endDelimiter, as: UTF8.self)
            if position >= bytes.count { throw Failure(message: "the template ends inside a tag (expected `\(end)`)", offset: position) }
            throw Failure(message: "unexpected character in a tag name (expected `\(end)`)", offset: position)
        }
        position += state.endDelimiter.count
        return name
    }

    /// Skips a comment up to and including the end delimiter (a naive search, as swift-mustache's).
    mutating func skipComment(_ state: State) throws(Failure) {
        let start = position
        let end = state.endDelimiter
        var matched = 0
        while position < bytes.count {
            if bytes[position] == end[matched] {
                matched += 1
                if matched == end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw Failure(message: "comment is never closed", offset: start)
    }

    /// `{{=<% %>=}}`: the new delimiters.
    mutating func parseDelimiters(_ state: State) throws(Failure) -> State {
        let invalid = Failure(message: "invalid delimiter change (expected `\(String(decoding: state.startDelimiter, as: UTF8.self))=START END=\(String(decoding: state.endDelimiter, as: UTF8.self))`)", offset: position)
        skipWhitespace()
        let startBegin = position
        while position < bytes.count, whitespaceLength(at: position) == 0 { position += 1 }
        guard position < bytes.count else { throw invalid }
        let start = Array(bytes[startBegin..<position])
        skipWhitespace()
        let endBegin = position
        while position < bytes.count, whitespaceLength(at: position) == 0, bytes[position] != UInt8(ascii: "=") { position += 1 }
        guard position < bytes.count else { throw invalid }
        let end = Array(bytes[endBegin..<position])
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw invalid }
        position += 1
        guard matches(state.endDelimiter) else { throw invalid }
        position += state.endDelimiter.count
        guard !start.isEmpty, !end.isEmpty else { throw invalid }
        var state = state
        state.startDelimiter = start
        state.endDelimiter = end
        state.isPartialDefinitionTopLevel = false
        return state
    }
}

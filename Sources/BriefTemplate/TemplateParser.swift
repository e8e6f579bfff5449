/// Compiles template source into tokens, over UTF-8 bytes. It follows swift-mustache's parser
/// step by step (standalone lines, where pending indentation goes, block-definition indents) so
/// that templates written for it render byte for byte the same. O(n) in the source length.
struct TemplateParser {
    /// A parse failure at a byte offset; turned into line and column once, at the top.
    struct Failure: Error {
        var message: String
        var offset: Int
    }

    /// What the parser knows while reading one section body.
    struct State {
        var sectionName: String?
        /// Byte offset of the tag that opened the section (for "never closed").
        var sectionStart = 0
        /// The sigil that opened it (`#`, `^`, `$`, `<`), for messages.
        var sectionSigil = "#"
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [UInt8] = Array("{{".utf8)
        var endDelimiter: [UInt8] = Array("}}".utf8)
        /// Leading whitespace of the first line inside a block override, removed from every line.
        var partialDefinitionIndent: Int?

        func withSection(_ name: String, _ sigil: String, at start: Int, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionSigil = sigil
            state.sectionStart = start
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritance(_ name: String, at start: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionSigil = "<"
            state.sectionStart = start
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    let bytes: [UInt8]
    var position = 0

    /// The tokens of `source`, or the first syntax error with its line and column.
    static func parse(_ source: String) throws(TemplateSyntaxError) -> [TemplateToken] {
        var parser = TemplateParser(bytes: Array(source.utf8))
        do {
            return try parser.parseBody(State())
        } catch {
            throw TemplateSyntaxError.at(error.offset, in: parser.bytes, error.message)
        }
    }

    // MARK: - Bodies

    /// Tokens up to the tag closing `state.sectionName` (or the end, at the top level).
    mutating func parseBody(_ initial: State) throws(Failure) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var state = initial
        var pending = position..<position  // whitespace before a tag, not yet emitted
        while position < bytes.count {
            if state.newLine {
                let whitespace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        pending = min(whitespace.lowerBound + indent, whitespace.upperBound)..<whitespace.upperBound
                    } else {
                        state.partialDefinitionIndent = whitespace.count
                    }
                } else {
                    pending = whitespace
                }
            }
            let text = readUntilTagOrNewline(state)
            let newline = newlineLength(at: position)
            if newline > 0 {
                tokens.append(.text(Array(bytes[pending]) + bytes[text] + bytes[position..<(position + newline)]))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(Array(bytes[pending]) + bytes[text]))
                pending = position..<position
                state.newLine = false
            }
            guard position < bytes.count else { break }
            let tagStart = position - state.startDelimiter.count
            var setNewLine = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !pending.isEmpty {
                    tokens.append(.text(Array(bytes[pending])))
                    pending = position..<position
                }
                let body = try parseBody(state.withSection(name, inverted ? "^" : "#", at: tagStart, newLine: setNewLine))
                tokens.append(.section(TemplatePath(name), inverted: inverted, body))

            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let name = try parseName(state)
                guard name == state.sectionName else {
                    position = nameStart
                    let message = state.sectionName.map { "`\(closing(name, state))` does not close the open section `\(opening($0, state))`" }
                        ?? "`\(closing(name, state))` closes no open section"
                    throw Failure(message: message, offset: nameStart)
                }
                if !isStandalone(state), !pending.isEmpty {
                    tokens.append(.text(Array(bytes[pending])))
                }
                return tokens

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                if !pending.isEmpty {
                    tokens.append(.text(Array(bytes[pending])))
                    pending = position..<position
                }
                position += 1
                let name = try parseName(state)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw Failure(message: "`{{{\(name)` is not closed with `}}}`", offset: position)
                    }
                    position += 1
                }
                tokens.append(.variable(TemplatePath(name), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let name = try parsePartialName(state)
                if !pending.isEmpty { tokens.append(.text(Array(bytes[pending]))) }
                if isStandalone(state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: Array(bytes[pending]), overrides: nil))
                } else {
                    tokens.append(.partial(name, indentation: [], overrides: nil))
                }
                pending = position..<position

            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let name = try parsePartialName(state)
                if !pending.isEmpty { tokens.append(.text(Array(bytes[pending]))) }
                if isStandalone(state) { setNewLine = true }
                let body = try parseBody(state.withInheritance(name, at: tagStart))
                var overrides: [String: [TemplateToken]] = [:]
                for token in body {
                    switch token {
                    case .blockDefinition(let block, let tokens): overrides[block] = tokens
                    case .text: continue
                    default:
                        throw Failure(message: "only blocks (`{{$name}}...{{/name}}`) may be inside `{{<\(name)}}`", offset: tagStart)
                    }
                }
                tokens.append(.partial(name, indentation: Array(bytes[pending]), overrides: overrides))
                pending = position..<position

            case UInt8(ascii: "$"):
                position += 1
                let name = try parseName(state)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parseBody(state.withSection(name, "$", at: tagStart, newLine: setNewLine))
                    tokens.append(.blockDefinition(name, body))
                } else {
                    if !pending.isEmpty { tokens.append(.text(Array(bytes[pending]))) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parseBody(state.withSection(name, "$", at: tagStart, newLine: setNewLine))
                    tokens.append(.block(name, default: body, indentation: Array(bytes[pending])))
                    pending = position..<position
                }

            case UInt8(ascii: "="):
                position += 1
                state = try parseDelimiters(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                throw Failure(message: "pragmas (`{{%...}}`) are not supported", offset: tagStart)

            default:
                if !pending.isEmpty {
                    tokens.append(.text(Array(bytes[pending])))
                    pending = position..<position
                }
                let name = try parseName(state)
                tokens.append(.variable(TemplatePath(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let name = state.sectionName {
            throw Failure(message: "`\(opening(name, state))` is never closed (expected `\(closing(name, state))`)", offset: state.sectionStart)
        }
        return tokens
    }

    private func opening(_ name: String, _ state: State) -> String {
        String(decoding: state.startDelimiter, as: UTF8.self) + state.sectionSigil + name + String(decoding: state.endDelimiter, as: UTF8.self)
    }

    private func closing(_ name: String, _ state: State) -> String {
        String(decoding: state.startDelimiter, as: UTF8.self) + "/" + name + String(decoding: state.endDelimiter, as: UTF8.self)
    }

    // MARK: - Lines

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

    // MARK: - Tags

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

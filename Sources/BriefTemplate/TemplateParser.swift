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
}

/// One rendering: the output buffer, the context stack and the partials. Follows swift-mustache's
/// rendering rules (see `TemplateValue` for sections) into one growing byte buffer.
struct TemplateRenderer {
    let library: [String: Template]
    var output: [UInt8]
    /// The context stack: the root value, then one value per section entered.
    var stack: [TemplateValue]

    init(library: [String: Template], output: [UInt8], root: TemplateValue) {
        self.library = library
        self.output = output
        stack = [root]
        stack.reserveCapacity(16)
    }

    /// Renders `tokens` (one template body). With an indentation, a token whose output is not
    /// empty and that starts a line of this body's output is indented first; this is per token,
    /// as in swift-mustache, so a variable holding newlines is not re-indented.
    mutating func render(_ tokens: [TemplateToken], indentation: [UInt8], overrides: [String: [TemplateToken]]?) {
        if indentation.isEmpty {
            for token in tokens { render(token, indentation: indentation, overrides: overrides) }
            return
        }
        let start = output.count
        for token in tokens {
            guard endsWithNewline(since: start) else {
                render(token, indentation: indentation, overrides: overrides)
                continue
            }
            output.append(contentsOf: indentation)
            let mark = output.count
            render(token, indentation: indentation, overrides: overrides)
            if output.count == mark { output.removeLast(indentation.count) }
        }
    }

    /// Whether the output since `start` ends with a line feed that is a character of its own
    /// (not the end of `\r\n`).
    private func endsWithNewline(since start: Int) -> Bool {
        let end = output.count
        guard end > start, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 2 < start || output[end - 2] != UInt8(ascii: "\r")
    }

    mutating func render(_ token: TemplateToken, indentation: [UInt8], overrides: [String: [TemplateToken]]?) {
        switch token {
        case .text(let bytes):
            output.append(contentsOf: bytes)

        case .variable(let path, let escaped):
            switch lookUp(path) {
            case .text(let text):
                if escaped {
                    HTMLEscape.append(text, to: &output)
                } else {
                    output.append(contentsOf: text.utf8)
                }
            case .int(let number): appendDecimal(number)
            case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .missing, .object, .list: break
            }

        case .section(let path, let inverted, let body):
            let value = lookUp(path)
            if inverted {
                renderInverted(body, for: value, indentation: indentation, overrides: overrides)
            } else {
                renderSection(body, for: value, indentation: indentation, overrides: overrides)
            }

        case .block(let name, let defaultBody, let blockIndentation):
            let body = overrides?[name] ?? defaultBody
            render(body, indentation: indentation + blockIndentation, overrides: overrides)

        case .partial(let name, let partialIndentation, let partialOverrides):
            guard let template = library[name] else { return }
            var merged = overrides
            if let partialOverrides {
                // Blocks given further out win over those given closer in.
                merged = overrides.map { $0.merging(partialOverrides) { outer, _ in outer } } ?? partialOverrides
            }
            render(template.tokens, indentation: indentation + partialIndentation, overrides: merged)

        case .blockDefinition:
            break  // only inside `{{<parent}}`, where the parser collects them
        }
    }

    private mutating func renderSection(
        _ body: [TemplateToken], for value: TemplateValue, indentation: [UInt8], overrides: [String: [TemplateToken]]?
    ) {
        switch value {
        case .missing, .bool(false):
            return
        case .bool(true):
            render(body, indentation: indentation, overrides: overrides)
        case .list(let list):
            for index in 0..<list.count {
                stack.append(list.value(at: index))
                render(body, indentation: indentation, overrides: overrides)
                stack.removeLast()
            }
        case .int, .text, .object:
            stack.append(value)
            render(body, indentation: indentation, overrides: overrides)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(
        _ body: [TemplateToken], for value: TemplateValue, indentation: [UInt8], overrides: [String: [TemplateToken]]?
    ) {
        switch value {
        case .missing, .bool(false):
            render(body, indentation: indentation, overrides: overrides)
        case .list(let list) where list.count == 0:
            stack.append(value)
            render(body, indentation: indentation, overrides: overrides)
            stack.removeLast()
        case .bool(true), .list, .int, .text, .object:
            return
        }
    }

    /// The value `path` names: its first part is searched from the top of the stack down, the
    /// others only inside what was found.
    func lookUp(_ path: TemplatePath) -> TemplateValue {
        let parts = path.parts
        guard let first = parts.first else { return stack[stack.count - 1] }
        var value: TemplateValue = .missing
        switch path.anchor {
        case .current:
            value = child(first, of: stack[stack.count - 1])
        case .stack:
            var level = stack.count - 1
            while level >= 0 {
                value = child(first, of: stack[level])
                if case .missing = value {
                    level -= 1
                    continue
                }
                break
            }
        }
        var index = 1
        while index < parts.count {
            if case .missing = value { return .missing }
            value = child(parts[index], of: value)
            index += 1
        }
        return value
    }

    @inline(__always)
    private func child(_ name: String, of value: TemplateValue) -> TemplateValue {
        if case .object(let object) = value { return object.value(named: name) }
        return .missing
    }

    private mutating func appendDecimal(_ number: Int) {
        if number < 0 {
            output.append(UInt8(ascii: "-"))
        }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }
}

/// Every template of a library flattened into one array of plain ops (no references, so running
/// them retains nothing), with literal bytes in one pool. A section, block or partial op is
/// followed by its body (for a partial: its block overrides) and says where that ends.
struct TemplateProgram: Sendable {
    /// One step. `first` and `second` depend on the kind (see `Kind`).
    struct Op: Sendable {
        enum Kind: UInt8, Sendable {
            /// Literal bytes: `first` offset in `bytes`, `second` length.
            case text
            /// `{{x}}` / `{{{x}}}`: the name's parts are `second` strings of `parts` from `first`.
            case escaped, unescaped
            /// `{{#x}}` / `{{^x}}`: the name as for variables; the body runs to `end`.
            case section, inverted
            /// `{{>name}}` / `{{<name}}`: `first` index in `names`; `overrides` index in
            /// `overrideSets` or -1; ops up to `end` are the override bodies.
            case partial
            /// `{{$name}}`: `first` index in `names`; the default body runs to `end`.
            case block
        }

        var kind: Kind
        var first: Int32
        var second: Int32 = 0
        var end: Int32 = 0
        /// Indentation bytes (partials and blocks): offset and length in `bytes`.
        var indentStart: Int32 = 0
        var indentLength: Int32 = 0
        var overrides: Int32 = -1
        /// The name starts with a dot: only the current context is searched.
        var isAnchored = false
    }

    var ops: [Op] = []
    var bytes: [UInt8] = []
    /// Dotted parts of variable and section names.
    var parts: [String] = []
    /// Partial and block names; an op refers to one by index.
    var names: [String] = []
    var nameIndex: [String: Int32] = [:]
    /// Block overrides of `{{<parent}}` ops: name index to the op range of the body.
    var overrideSets: [[Int32: Range<Int32>]] = []

    mutating func intern(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    /// Appends `tokens`; returns their op range.
    mutating func append(_ tokens: [TemplateToken]) -> Range<Int32> {
        let start = Int32(ops.count)
        for token in tokens { append(token) }
        return start..<Int32(ops.count)
    }

    private mutating func appendBytes(_ bytes: [UInt8]) -> (Int32, Int32) {
        let start = Int32(self.bytes.count)
        self.bytes.append(contentsOf: bytes)
        return (start, Int32(bytes.count))
    }

    private mutating func nameOp(_ kind: Op.Kind, _ path: TemplatePath) -> Op {
        let start = Int32(parts.count)
        parts.append(contentsOf: path.parts)
        var op = Op(kind: kind, first: start, second: Int32(path.parts.count))
        op.isAnchored = path.anchor == .current
        return op
    }

    private mutating func append(_ token: TemplateToken) {
        switch token {
        case .text(let literal):
            // Each text token stays its own op: partial indentation is decided per token.
            let (start, length) = appendBytes(literal)
            ops.append(Op(kind: .text, first: start, second: length))
        case .variable(let path, let escaped):
            ops.append(nameOp(escaped ? .escaped : .unescaped, path))
        case .section(let path, let inverted, let body):
            let index = ops.count
            ops.append(nameOp(inverted ? .inverted : .section, path))
            _ = append(body)
            ops[index].end = Int32(ops.count)
        case .partial(let name, let indentation, let overrides):
            let index = ops.count
            let (indentStart, indentLength) = appendBytes(indentation)
            ops.append(Op(kind: .partial, first: intern(name), indentStart: indentStart, indentLength: indentLength))
            if let overrides {
                var set: [Int32: Range<Int32>] = [:]
                for (block, body) in overrides.sorted(by: { $0.key < $1.key }) { set[intern(block)] = append(body) }
                overrideSets.append(set)
                ops[index].overrides = Int32(overrideSets.count - 1)
            }
            ops[index].end = Int32(ops.count)
        case .block(let name, let defaultBody, let indentation):
            let index = ops.count
            let (indentStart, indentLength) = appendBytes(indentation)
            ops.append(Op(kind: .block, first: intern(name), indentStart: indentStart, indentLength: indentLength))
            _ = append(defaultBody)
            ops[index].end = Int32(ops.count)
        case .blockDefinition:
            break  // collected into the partial's overrides by the parser
        }
    }
}

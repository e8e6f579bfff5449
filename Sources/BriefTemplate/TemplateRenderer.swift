/// One rendering of a `TemplateProgram`: the output buffer, the context stack, the current
/// indentation and block overrides. Follows swift-mustache's rendering rules (see
/// `TemplateValue` for sections) into one growing byte buffer.
struct TemplateRenderer: ~Copyable {
    let ops: UnsafeBufferPointer<TemplateProgram.Op>
    let bytes: UnsafeBufferPointer<UInt8>
    let parts: UnsafeBufferPointer<String>
    let targets: [Range<Int32>?]
    let overrideSets: [[Int32: Range<Int32>]]
    var output: TemplateOutput
    /// The context stack, bottom first. A frame refers to a `TemplateFrame` that `owners` keeps
    /// alive, unretained (reading a frame costs no reference counting), or to a value in
    /// `plains` (text, a number, a flag, a list pushed whole, missing: no children; kept in an
    /// array, as a `{{#date}}` over text pushes one per card).
    var stack: [Frame]
    var owners: [TemplateFrame] = []
    var plains: [TemplateValue] = []
    /// Indentation of the partials and blocks being rendered, outermost first.
    var indentation: [UInt8] = []
    var overrides: [Int32: Range<Int32>]?
    /// Partials being rendered inside each other.
    var partialDepth = 0
    /// Deeper partials render as nothing: a partial that includes itself ends instead of
    /// overflowing the stack.
    static let maximumPartialDepth = 100
    /// Where sections over keyed lists remember their elements' bytes (nil: none are).
    let memo: TemplateMemo?
    /// While an element's body is being remembered: what it looked up outside the element.
    private var recording: Recording?
    /// What names remembered elements found outside themselves name now, by op, while a keyed
    /// list repeats (`outsideValue`).
    private var outsideValues: [(op: Int32, value: TemplateMemo.Outside?)] = []

    /// Lookups of one element's body that were answered below `floor` (the element's frame).
    struct Recording {
        let floor: Int
        var outside: [(op: Int32, value: TemplateMemo.Outside)] = []
        /// A list or object was found outside the element: the bytes cannot be checked, so they
        /// are not remembered.
        var spoiled = false
    }

    init(
        ops: UnsafeBufferPointer<TemplateProgram.Op>, bytes: UnsafeBufferPointer<UInt8>, parts: UnsafeBufferPointer<String>,
        targets: [Range<Int32>?], overrideSets: [[Int32: Range<Int32>]], output: consuming TemplateOutput, root: TemplateValue,
        memo: TemplateMemo? = nil
    ) {
        self.memo = memo
        self.ops = ops
        self.bytes = bytes
        self.parts = parts
        self.targets = targets
        self.overrideSets = overrideSets
        self.output = output
        stack = []
        stack.reserveCapacity(16)
        push(root)
    }

    /// The bytes made, as an array (the renderer is done with).
    consuming func finish() -> [UInt8] {
        output.finish()
    }

    /// One level of the context stack: an object, element `index` of a list a section is
    /// repeating over (one `TemplateFrame` for all its elements), or (without a payload)
    /// `plains[index]`.
    struct Frame {
        var payload: Unmanaged<TemplateFrame>?
        var index: Int
    }

    /// Pushes `value` as a frame.
    /// Takes the value (`consuming`, as the section ops that push one hand it over): a text
    /// pushed by `{{#date}}` is moved onto the stack, not copied (a retain and a release) on each call.
    private mutating func push(_ value: consuming TemplateValue) {
        switch consume value {
        case .object(let object):
            let frame = TemplateFrame.make(object)
            owners.append(frame)
            stack.append(Frame(payload: .passUnretained(frame), index: 0))
        case let plain:
            stack.append(Frame(payload: nil, index: plains.count))
            plains.append(plain)
        }
    }

    /// Pops the frame `push` pushed.
    private mutating func pop() {
        if stack.removeLast().payload == nil { plains.removeLast() } else { owners.removeLast() }
    }

    /// The child `name` of the frame at `level` (`.missing` when it is no object or has none).
    @inline(__always)
    private func child(_ name: String, of level: Int) -> TemplateValue {
        let frame = stack.withUnsafeBufferPointer { $0[level] }
        guard let payload = frame.payload else { return .missing }
        return payload._withUnsafeGuaranteedRef { $0.child(name, index: frame.index) }
    }

    /// The child `name.member` of the frame at `level`; nil when it has no child `name`.
    @inline(__always)
    private func child(_ name: String, member: String, of level: Int) -> TemplateValue? {
        let frame = stack.withUnsafeBufferPointer { $0[level] }
        guard let payload = frame.payload else { return nil }
        return payload._withUnsafeGuaranteedRef { $0.child(name, member: member, index: frame.index) }
    }

    /// Runs one template body (`range` of ops). With an indentation, an op whose output is not
    /// empty and that starts a line of this body's output is indented first; this is per op (one
    /// swift-mustache token), so a variable holding newlines is not re-indented.
    mutating func run(_ range: Range<Int32>) {
        var index = Int(range.lowerBound)
        let end = Int(range.upperBound)
        if indentation.isEmpty {
            while index < end {
                // Literal text (every other op or so) is copied here, without a call to `step`.
                let op = ops[index]
                if op.kind == .text {
                    appendLiteral(op)
                    index += 1
                } else {
                    index = step(index)
                }
            }
            return
        }
        let start = output.count
        while index < end {
            guard endsWithNewline(since: start) else {
                index = step(index)
                continue
            }
            indentation.withUnsafeBufferPointer { output.append($0) }
            let mark = output.count
            index = step(index)
            if output.count == mark { output.removeLast(indentation.count) }
        }
    }

    /// Appends the literal bytes of the text op `op`.
    @inline(__always)
    private mutating func appendLiteral(_ op: TemplateProgram.Op) {
        guard op.second > 0 else { return }
        output.append(bytes.baseAddress! + Int(op.first), count: Int(op.second))
    }

    /// Whether the output since `start` ends with a line feed that is a character of its own
    /// (not the end of `\r\n`).
    private func endsWithNewline(since start: Int) -> Bool {
        let end = output.count
        guard end > start, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 2 < start || output[end - 2] != UInt8(ascii: "\r")
    }

    /// Runs the op at `index` (with its body); returns the index of the next op.
    private mutating func step(_ index: Int) -> Int {
        let op = ops[index]
        switch op.kind {
        case .text:
            appendLiteral(op)
            return index + 1

        case .escaped, .unescaped:
            switch value(of: op, at: index) {
            case .text(var text):
                if op.kind == .escaped {
                    HTMLEscape.append(text, to: &output)
                } else {
                    text.withUTF8 { output.append($0) }
                }
            case .utf8Text(let bytes):
                if op.kind == .escaped {
                    HTMLEscape.append(bytes, to: &output)
                } else {
                    bytes.withUnsafeBufferPointer { output.append($0) }
                }
            case .int(let number): appendDecimal(number)
            case .bool(let flag):
                var text = flag ? "true" : "false"
                text.withUTF8 { output.append($0) }
            case .missing, .object, .list: break
            }
            return index + 1

        case .section:
            renderSection(Int32(index + 1)..<op.end, for: value(of: op, at: index))
            return Int(op.end)

        case .inverted:
            renderInverted(Int32(index + 1)..<op.end, for: value(of: op, at: index))
            return Int(op.end)

        case .block:
            let body = overrides?[op.first] ?? Int32(index + 1)..<op.end
            withIndentation(op) { $0.run(body) }
            return Int(op.end)

        case .partial:
            guard let target = targets[Int(op.first)], partialDepth < Self.maximumPartialDepth else { return Int(op.end) }
            let saved = overrides
            if op.overrides >= 0 {
                let given = overrideSets[Int(op.overrides)]
                // Blocks given further out win over those given closer in.
                overrides = overrides.map { $0.merging(given) { outer, _ in outer } } ?? given
            }
            partialDepth += 1
            withIndentation(op) { $0.run(target) }
            partialDepth -= 1
            overrides = saved
            return Int(op.end)
        }
    }

    private mutating func withIndentation(_ op: TemplateProgram.Op, _ body: (inout TemplateRenderer) -> Void) {
        let length = Int(op.indentLength)
        if length == 0 {
            body(&self)
            return
        }
        indentation.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(op.indentStart)..<(Int(op.indentStart) + length)]))
        body(&self)
        indentation.removeLast(length)
    }

    private mutating func renderSection(_ body: Range<Int32>, for value: consuming TemplateValue) {
        switch consume value {
        case .missing, .bool(false):
            return
        case .bool(true):
            run(body)
        case .list(let list):
            let count = list.count
            guard count > 0 else { return }
            // Elements are remembered only outside another element being remembered (whose
            // lookups would then go unrecorded).
            let section = body.lowerBound - 1
            let memoized = memo != nil && recording == nil && list.isKeyed && isMemoable(section)
            let elements = TemplateFrame.elements(of: list)
            owners.append(elements)
            let payload = Unmanaged.passUnretained(elements)
            // The rows of the last table an element came from (elements of one list are
            // usually all of one table).
            var rows: TemplateMemo.Rows?
            if memoized { outsideValues.removeAll(keepingCapacity: true) }
            var index = 0
            while index < count {
                stack.append(Frame(payload: payload, index: index))
                if memoized, let memo, let element = list.memoKey(at: index) {
                    if rows?.scope !== element.scope { rows = memo.rows(section: section, scope: element.scope) }
                    renderRemembering(body, row: element.row, of: rows!, in: memo)
                } else {
                    run(body)
                }
                stack.removeLast()
                index += 1
            }
            owners.removeLast()
        case let shown:
            // `.int`, `.text`, `.utf8Text`, `.object`.
            push(shown)
            run(body)
            pop()
        }
    }

    /// Runs `body` for the element on top of the stack, or appends what it made for the same
    /// element before, when everything it found outside the element is still the same.
    private mutating func renderRemembering(_ body: Range<Int32>, row: Int, of rows: TemplateMemo.Rows, in memo: TemplateMemo) {
        let slot = rows.slot(row)
        if slot >= 0, let (start, count) = reusable(rows, slot) {
            rows.pool.withUnsafeBufferPointer { output.append($0.baseAddress! + start, count: count) }
            memo.hits += 1
            return
        }
        let start = output.count
        recording = Recording(floor: stack.count - 1)
        run(body)
        let made = recording!
        recording = nil
        guard !made.spoiled else { return }
        memo.store(output.bytes(from: start), indentation: indentation, partialDepth: partialDepth, outside: made.outside, row: row, in: rows)
    }

    /// Where the bytes of entry `slot` of `rows` are, when they can be reused here: made at this
    /// indentation and partial depth, and every name it found outside its element is the same.
    /// Reads the entry in place.
    private mutating func reusable(_ rows: TemplateMemo.Rows, _ slot: Int) -> (start: Int, count: Int)? {
        let entry = rows.entries.withUnsafeBufferPointer { entries -> (start: Int, count: Int, outside: [(op: Int32, value: TemplateMemo.Outside)])? in
            let entry = entries.baseAddress! + slot
            guard entry.pointee.partialDepth == partialDepth, entry.pointee.indentation == indentation else { return nil }
            return (entry.pointee.start, entry.pointee.count, entry.pointee.outside)
        }
        guard let entry else { return nil }
        for found in entry.outside where outsideValue(found.op) != found.value { return nil }
        return (entry.start, entry.count)
    }

    /// What the name of op `op` names now, found outside the element on top of the stack (an
    /// element that remembered finding it outside itself), as the memo compares it.
    ///
    /// Looked up once per name while a keyed list repeats: below its elements the stack does
    /// not change, and an element that found a name outside itself finds it outside again
    /// (elements with equal keys are equal), so every such element finds the same. A card
    /// without a source looked `source` up through the whole page again for each card reused.
    private mutating func outsideValue(_ op: Int32) -> TemplateMemo.Outside? {
        for known in outsideValues where known.op == op { return known.value }
        let value = TemplateMemo.Outside(lookUp(ops[Int(op)]))
        outsideValues.append((op, value))
        return value
    }

    /// Whether the body of the section at `section` can be remembered: it holds no block
    /// (`{{$name}}` renders what the page overrides), nor does any partial it includes.
    private func isMemoable(_ section: Int32) -> Bool {
        if let known = memo?.memoable[section] { return known }
        var visited: Set<Int32> = []
        func blockFree(_ range: Range<Int32>) -> Bool {
            for index in range {
                let op = ops[Int(index)]
                switch op.kind {
                case .block: return false
                case .partial:
                    guard visited.insert(op.first).inserted else { continue }
                    if let target = targets[Int(op.first)], !blockFree(target) { return false }
                default: continue
                }
            }
            return true
        }
        let result = blockFree((section + 1)..<ops[Int(section)].end)
        memo?.memoable[section] = result
        return result
    }

    /// The value of the name of `op` (at `index`); while an element is being remembered, a
    /// value found outside it is noted.
    @inline(__always)
    private mutating func value(of op: TemplateProgram.Op, at index: Int) -> TemplateValue {
        guard let floor = recording?.floor else { return lookUp(op) }
        let (value, level) = find(op)
        if level < floor {
            if let outside = TemplateMemo.Outside(value) {
                recording!.outside.append((Int32(index), outside))
            } else {
                recording!.spoiled = true
            }
        }
        return value
    }

    private mutating func renderInverted(_ body: Range<Int32>, for value: consuming TemplateValue) {
        switch consume value {
        case .missing, .bool(false):
            run(body)
        case .list(let list) where list.count == 0:
            push(.list(list))
            run(body)
            pop()
        case .bool(true), .list, .int, .text, .utf8Text, .object:
            return
        }
    }

    /// The value the name of `op` names: its first part is searched from the top of the stack
    /// down (only in the top for a name starting with a dot), the others only inside what was found.
    func lookUp(_ op: TemplateProgram.Op) -> TemplateValue {
        find(op).value
    }

    /// `lookUp`, with the level of the frame that answered (-1 when none did).
    @inline(__always)
    private func find(_ op: TemplateProgram.Op) -> (value: TemplateValue, level: Int) {
        let count = Int(op.second)
        let top = stack.count - 1
        guard count > 0 else { return (current(), top) }
        let start = Int(op.first)
        if count >= 2 { return lookUpDotted(op, start: start, count: count) }
        // Each frame's answer is returned as it is (no `var` holding a copy of it).
        let name = parts[start]
        if op.isAnchored { return (child(name, of: top), top) }
        var level = top
        while level >= 0 {
            // Consumed by the switch: matching a value still used after copies it (it is five
            // words with an existential), and that copy was a tenth of every lookup.
            let value = child(name, of: level)
            switch consume value {
            case .missing: level -= 1
            case let found: return (found, level)
            }
        }
        return (.missing, -1)
    }

    /// `find` for a name of two or more parts: the first two are asked of a frame together, so
    /// an object can answer `a.b` without boxing its child `a`.
    private func lookUpDotted(_ op: TemplateProgram.Op, start: Int, count: Int) -> (value: TemplateValue, level: Int) {
        var level = stack.count - 1
        let lowest = op.isAnchored ? level : 0
        while level >= lowest {
            if let value = child(parts[start], member: parts[start + 1], of: level) {
                let found = count == 2 ? value : Self.follow(value, parts: UnsafeBufferPointer(rebasing: parts[(start + 2)..<(start + count)]))
                return (found, level)
            }
            level -= 1
        }
        return (.missing, -1)
    }

    /// The child of `value` the names `parts` lead to, one after the other.
    private static func follow(_ value: TemplateValue, parts: UnsafeBufferPointer<String>) -> TemplateValue {
        var value = value
        for part in parts {
            guard case .object(let object) = value else { return .missing }
            value = object.value(named: part)
        }
        return value
    }

    /// The value on top of the stack.
    private func current() -> TemplateValue {
        let frame = stack[stack.count - 1]
        guard let payload = frame.payload else { return plains[frame.index] }
        return payload._withUnsafeGuaranteedRef { $0.value(index: frame.index) }
    }

    private mutating func appendDecimal(_ number: Int) {
        if number < 0 {
            output.append(UInt8(ascii: "-"))
        }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (24 - count), count: count)
        }
    }
}

/// One candidate paragraph of a pasted page: a line, or a hard-wrapped block of lines
/// joined with spaces, with the 1-based line where it starts.
struct TextUnit: Sendable, Hashable {
    var line: Int
    var bytes: [UInt8]
    /// Whether a blank line (or the start of the text) comes before the unit: the first line
    /// of a block, as opposed to a line of a list or menu written without blank lines.
    var startsBlock = true
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Splits `bytes` into units. Blank lines separate blocks; inside a block each line is
    /// its own unit (menus, link lists, pages that put every paragraph on one line) unless
    /// the block looks hard-wrapped (long lines that mostly do not end a sentence).
    /// Handles LF, CRLF and CR line ends. O(n).
    static func split(_ bytes: [UInt8]) -> [TextUnit] {
        var units: [TextUnit] = []
        var block: [(line: Int, bytes: ArraySlice<UInt8>)] = []
        var lineNumber = 1
        var start = 0
        var i = 0
        func endLine(_ end: Int) {
            let line = ByteText.trimmed(bytes[start..<end])
            if line.isEmpty { flush(&block, into: &units) } else { block.append((line: lineNumber, bytes: line)) }
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                endLine(i)
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                i += 1
                start = i
                lineNumber += 1
            } else {
                i += 1
            }
        }
        endLine(bytes.count)
        flush(&block, into: &units)
        return units
    }

    private static func flush(_ block: inout [(line: Int, bytes: ArraySlice<UInt8>)], into units: inout [TextUnit]) {
        defer { block.removeAll(keepingCapacity: true) }
        guard !block.isEmpty else { return }
        if isHardWrapped(block.map(\.bytes)) {
            var joined: [UInt8] = []
            for (index, entry) in block.enumerated() {
                if index > 0 { joined.append(0x20) }
                joined.append(contentsOf: entry.bytes)
            }
            units.append(TextUnit(line: block[0].line, bytes: joined))
        } else {
            for (index, line) in block.enumerated() {
                units.append(TextUnit(line: line.line, bytes: Array(line.bytes), startsBlock: index == 0))
            }
        }
    }

    // Hard-wrapped prose: every line but the last is long, and few of them end a sentence.
    // The first line may be short when the second carries on its sentence in lower case
    // ("Photos" / "which were released online ..."): a page that wrapped its first words
    // at a link or an inline picture. A first line of furniture ("Advertisement", "Share")
    // stays a line of its own: the page put it there, not a wrap.
    static func isHardWrapped(_ lines: [ArraySlice<UInt8>]) -> Bool {
        guard lines.count > 1 else { return false }
        var inner = lines.dropLast()
        if lines.count >= 3, !inner[inner.startIndex].isEmpty, inner[inner.startIndex].count < 40,
           !LineFeatures.endsSentence(inner[inner.startIndex]),
           startsLowercase(lines[lines.startIndex + 1]) {
            let first = LineFeatures(Array(inner[inner.startIndex]))
            if first.strongCues == 0, first.callToActionCues == 0 { inner = inner.dropFirst() }
        }
        guard inner.allSatisfy({ $0.count >= 40 }) else { return false }
        let sentenceEnds = inner.filter { LineFeatures.endsSentence($0) }.count
        return sentenceEnds <= inner.count / 3
    }

    /// Whether the line opens with a lower-case letter, in any script ("which", "état", "и").
    static func startsLowercase(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        if first < 0x80 { return ByteText.isLower(first) }
        var iterator = line.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isLowercase
    }
}

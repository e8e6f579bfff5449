/// Finds the `---` ... `---` block at the very start of a file (a `...` line also closes it).
struct FrontMatterBlock {
    /// The file's text, which the YAML is read from.
    private let text: String
    /// The YAML's UTF-8 offsets in `text`.
    private let yamlRange: Range<Int>
    /// Everything after the closing fence.
    var body: String
    /// The file line of the closing fence, or nil when there is none.
    var closingLine: Int?

    /// The YAML between the fences (made on demand: the fast front matter path reads its bytes).
    var yaml: String { Self.string(text.utf8, yamlRange) }

    /// Calls `body` with the YAML's UTF-8 bytes.
    func withYAMLBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = self.text
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[yamlRange])) }
    }

    /// Returns nil when `text` does not open with a `---` line.
    ///
    /// Lines end at each `\n` that is not part of a `\r\n` (as when splitting the String on the
    /// Character "\n": "\r\n" is one Character), found in one pass over the UTF-8 bytes.
    init?(_ text: String) {
        let utf8 = text.utf8
        let scanned = utf8.withContiguousStorageIfAvailable { Self.fences(in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.fences(in: $0) }
        guard let found = scanned else { return nil }
        self.text = text
        guard let closing = found.closing else {
            yamlRange = 0..<0
            body = ""
            closingLine = nil
            return
        }
        closingLine = closing.line
        // The lines between the fences joined by "\n" are the bytes between them minus the last "\n".
        let yamlStart = found.yamlStart
        let yamlEnd = max(yamlStart, closing.start - 1)
        yamlRange = yamlStart..<yamlEnd
        body = Self.string(utf8, closing.bodyStart..<utf8.count)
    }

    private static func string(_ utf8: String.UTF8View, _ range: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(Substring(utf8[start..<end]))
    }

    /// Where the YAML starts and, when there is one, where the closing fence is: its first byte,
    /// the byte after its line, its 1-based line. Nil when the first line is no `---` fence.
    static func fences(in bytes: UnsafeBufferPointer<UInt8>)
        -> (yamlStart: Int, closing: (start: Int, bodyStart: Int, line: Int)?)? {
        let n = bytes.count
        /// The end of the line starting at `start` (the index of its `\n`, or `n`).
        func lineEnd(_ start: Int) -> Int {
            var i = start
            while i < n {
                if bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) { return i }
                i += 1
            }
            return n
        }
        let firstEnd = lineEnd(0)
        guard isFence(bytes, 0..<firstEnd, allowDots: false) else { return nil }
        guard firstEnd < n else { return (n, nil) }
        let yamlStart = firstEnd + 1
        var start = yamlStart
        var line = 1
        while true {
            let end = lineEnd(start)
            line += 1
            if isFence(bytes, start..<end, allowDots: true) {
                return (yamlStart, (start, min(end + 1, n), line))
            }
            if end >= n { return (yamlStart, nil) }
            start = end + 1
        }
    }

    /// `---` (or `...` with `allowDots`) followed only by spaces, tabs and carriage returns.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, allowDots: Bool) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end - line.lowerBound == 3 else { return false }
        let s = line.lowerBound
        if bytes[s] == 0x2D && bytes[s + 1] == 0x2D && bytes[s + 2] == 0x2D { return true }
        return allowDots && bytes[s] == 0x2E && bytes[s + 1] == 0x2E && bytes[s + 2] == 0x2E
    }
}

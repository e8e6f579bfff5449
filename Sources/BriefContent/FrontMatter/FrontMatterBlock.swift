/// Finds the `---` ... `---` block at the very start of a file (a `...` line also closes it).
struct FrontMatterBlock {
    /// The YAML between the fences.
    var yaml: String
    /// Everything after the closing fence.
    var body: String
    /// The file line of the closing fence, or nil when there is none.
    var closingLine: Int?

    /// Returns nil when `text` does not open with a `---` line.
    init?(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, Self.isFence(first, allowDots: false) else { return nil }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            if Self.isFence(line, allowDots: true) {
                closingLine = lineNumber
                yaml = yamlLines.joined(separator: "\n")
                body = lines.joined(separator: "\n")
                return
            }
            yamlLines.append(line)
        }
        yaml = ""
        body = ""
        closingLine = nil
    }

    private static func isFence(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}

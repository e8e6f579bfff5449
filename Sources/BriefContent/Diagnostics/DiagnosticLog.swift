/// Collects diagnostics for one file; `line`s given to it are lines of a YAML block that
/// starts at `lineOffset + 1` in the file, so the reported line is the file's own.
struct DiagnosticLog {
    let path: String
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// Records a problem at `yamlLine` (1-based within the YAML block), or without a line.
    mutating func error(_ message: String, yamlLine: Int?) {
        diagnostics.append(Diagnostic(path: path, line: yamlLine.map { $0 + lineOffset }, message: message))
    }
}

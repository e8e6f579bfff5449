/// One problem found in a site's content, printed compiler-style as `path:line: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the site directory (`content/world/nato.md`, `brief.yml`).
    public var path: String
    /// The 1-based line in that file, when the problem has one.
    public var line: Int?
    /// What is wrong, in a sentence without a final period.
    public var message: String

    /// Creates a diagnostic for `path`, optionally at `line`.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: error: message`, or `path: error: message` without a line.
    public var description: String {
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }

    /// `path:line: warning: message`: the same problem reported as a warning.
    public var warningDescription: String {
        if let line { return "\(path):\(line): warning: \(message)" }
        return "\(path): warning: \(message)"
    }
}

/// Every problem found while loading a site; thrown as a whole so nothing is reported one at a time.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in path and line order.
    public var diagnostics: [Diagnostic]

    /// Wraps `diagnostics`, sorted by path, then line.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { lhs, rhs in
            if lhs.path != rhs.path { return lhs.path < rhs.path }
            return (lhs.line ?? 0) < (rhs.line ?? 0)
        }
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

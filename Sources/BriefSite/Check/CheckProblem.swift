import BriefContent

/// One finding of `brief check`, printed as `path:line: error: message` (or `warning:`).
public struct CheckProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Errors fail the check (exit status 1); warnings are reported only.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// The file, relative to the site folder.
    public var path: String
    /// 1-based line in that file, when known.
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// A build problem, as an error.
    public init(_ diagnostic: Diagnostic) {
        self.init(path: diagnostic.path, line: diagnostic.line, severity: .error, message: diagnostic.message)
    }

    /// `path:line: severity: message`, or `path: severity: message` without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(severity.rawValue): \(message)" }
        return "\(path): \(severity.rawValue): \(message)"
    }

    /// Path, then line, then message: the order problems are printed in.
    static func ordered(_ lhs: CheckProblem, _ rhs: CheckProblem) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return lhs.message < rhs.message
    }
}

import Foundation

/// `brief check` without the process: runs `SiteChecker` and prints its problems as text
/// (`path:line: error: message`, to standard error, and a summary) or as one JSON array of
/// `{path, line, severity, message}` (to standard output).
public struct CheckRun: Sendable {
    /// How problems are printed.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
    }

    public var site: String
    public var drafts: Bool
    public var format: Format
    public var currentDirectory: URL
    public var printOut: @Sendable (String) -> Void
    public var printError: @Sendable (String) -> Void
    /// Colour for `error:` and `warning:` in text output; none unless the command allows it.
    public var style = TerminalStyle(colour: false)

    public init(
        site: String = ".", drafts: Bool = false, format: Format = .text,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
        printOut: @escaping @Sendable (String) -> Void = { print($0) },
        printError: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) {
        self.site = site
        self.drafts = drafts
        self.format = format
        self.currentDirectory = currentDirectory
        self.printOut = printOut
        self.printError = printError
    }

    /// Checks; returns the exit status: 0 without errors (warnings allowed), 1 with any error.
    public func run() async -> Int32 {
        let siteURL = URL(fileURLWithPath: site, isDirectory: true, relativeTo: currentDirectory)
        let result = await SiteChecker(siteDirectory: siteURL, includeDrafts: drafts).check()
        switch format {
        case .json:
            printOut(Self.json(result.problems))
        case .text:
            for problem in result.problems { printError(style.highlight(problem.description)) }
            if result.entityChecksSkipped, result.briefingCount > 0 {
                printError("note: no entities found in any briefing, so entity links and notes were not checked")
            }
            let errors = result.problems.filter { $0.severity == .error }.count
            let warnings = result.problems.count - errors
            if result.problems.isEmpty {
                printOut("Checked \(result.briefingCount) briefing\(result.briefingCount == 1 ? "" : "s"): no problems")
            } else {
                printError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        }
        return result.hasErrors ? 1 : 0
    }

    /// The problems as a JSON array; `line` is null when unknown.
    static func json(_ problems: [CheckProblem]) -> String {
        struct Record: Encodable {
            var path: String
            var line: Int?
            var severity: String
            var message: String
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(path, forKey: .path)
                try container.encode(line, forKey: .line)
                try container.encode(severity, forKey: .severity)
                try container.encode(message, forKey: .message)
            }
            enum CodingKeys: String, CodingKey { case path, line, severity, message }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        if problems.isEmpty { return "[]" }
        let records = problems.map { Record(path: $0.path, line: $0.line, severity: $0.severity.rawValue, message: $0.message) }
        return (try? String(decoding: encoder.encode(records), as: UTF8.self)) ?? "[]"
    }
}

import Foundation

/// Colour for problems printed to a terminal: `error:` in red and `warning:` in yellow, only
/// when the stream is a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
public struct TerminalStyle: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// The style for standard error of this process.
    public static func standardError(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        TerminalStyle(colour: allowsColour(environment: environment, isTerminal: isatty(STDERR_FILENO) == 1))
    }

    /// Colour only on a terminal, and never with a non-empty `NO_COLOR`.
    public static func allowsColour(environment: [String: String], isTerminal: Bool) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }

    /// `line` with its first ` error:` / ` warning:` (or a leading `error:`) coloured.
    public func highlight(_ line: String) -> String {
        guard colour else { return line }
        for (word, code) in [("error:", "31"), ("warning:", "33")] {
            if line.hasPrefix(word) {
                return "\u{1B}[1;\(code)m\(word)\u{1B}[0m" + line.dropFirst(word.count)
            }
            if let range = line.range(of: " " + word) {
                return String(line[..<range.lowerBound]) + " \u{1B}[1;\(code)m\(word)\u{1B}[0m" + line[range.upperBound...]
            }
        }
        return line
    }
}

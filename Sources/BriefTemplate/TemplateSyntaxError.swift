/// Why a template does not parse, and where: the 1-based line and column of the offending tag
/// (for a section never closed, of the tag that opened it).
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, for people.
    public var message: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    /// An error at `line`, `column`.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }

    /// The error for `message` at byte `offset` of `source`. Lines end at any newline character
    /// (`\r\n` counts once). O(n), only when failing.
    static func at(_ offset: Int, in source: [UInt8], _ message: String) -> TemplateSyntaxError {
        let before = String(decoding: source[..<min(offset, source.count)], as: UTF8.self)
        let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let column = before.reversed().prefix { !$0.isNewline }.count + 1
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}

/// A heading of a document: its level, plain text and source line.
public struct MarkdownHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text (formatting removed, code spans kept).
    public var text: String
    /// 1-based source line.
    public var line: Int

    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }
}

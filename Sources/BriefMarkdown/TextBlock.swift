/// One block of prose in `MarkdownDocument.plainText`: a paragraph or a heading
/// (wherever it sits: in a list, a block quote, ...). Code blocks are not prose
/// and have no `TextBlock`.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading(level: Int)
    }

    public var kind: Kind
    /// The block's UTF-8 byte range in `plainText`, end exclusive.
    public var range: Range<Int>
    /// 1-based source line where the block starts.
    public var line: Int

    public init(kind: Kind, range: Range<Int>, line: Int) {
        self.kind = kind
        self.range = range
        self.line = line
    }
}

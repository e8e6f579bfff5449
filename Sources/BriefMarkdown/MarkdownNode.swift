/// A read-only snapshot of one node of a parsed document, as produced by
/// `MarkdownDocument.walk(_:)` and `MarkdownDocument.nodes`.
///
/// The snapshot is flat (pre-order, each node knows its parent's index and its
/// depth) rather than nested, so that no Swift recursion is needed to build or
/// release it, however deeply the Markdown nests.
public struct MarkdownNode: Sendable, Hashable {
    /// What the node is, with the properties of its kind.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        /// A fenced or indented code block; `info` is the fence's info string.
        case codeBlock(info: String)
        /// Raw HTML block; only present with `.unsafeHTML` (otherwise it was turned into a paragraph).
        case htmlBlock
        case customBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text
        case softBreak
        case lineBreak
        /// An inline code span.
        case code
        /// Raw inline HTML; only present with `.unsafeHTML` (otherwise it became text).
        case htmlInline
        /// A wrapper inserted by `wrap(_:open:close:)`, with its verbatim markup.
        case wrapper(open: String, close: String)
        case emphasis
        case strong
        /// A link; a dangerous destination (`javascript:` ...) has been replaced by "".
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    /// Position of this node in the pre-order list.
    public var index: Int
    /// Index of the parent node, nil for the document.
    public var parent: Int?
    /// Nesting depth: 0 for the document, 1 for its children, ...
    public var depth: Int
    public var kind: Kind
    /// The node's own text for text, code, code blocks and raw HTML; nil otherwise.
    public var literal: String?
    /// 1-based source line where the node starts (cmark's source position);
    /// 0 when cmark has none (nodes created by editing).
    public var line: Int
    /// 1-based source column (counted in UTF-8 bytes) where the node starts; 0 when unknown.
    public var column: Int

    public init(index: Int, parent: Int?, depth: Int, kind: Kind, literal: String?, line: Int, column: Int) {
        self.index = index
        self.parent = parent
        self.depth = depth
        self.kind = kind
        self.literal = literal
        self.line = line
        self.column = column
    }

    /// True for block-level kinds (document, paragraphs, headings, lists, ...).
    public var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
             .paragraph, .heading, .thematicBreak:
            true
        default:
            false
        }
    }
}

/// A parsed document copied out of cmark's tree into Swift arrays, to weave annotations in and
/// render HTML without editing cmark's tree: `wrap(_:)` then `renderHTML()` make exactly what
/// `MarkdownDocument.wrap(_:)` then `MarkdownDocument.renderHTML()` make of the same document,
/// at a fraction of the cost (a split narrows a byte range, a wrapper is an array element: no
/// cmark node, literal copy or malloc per wrap, and no C tree to render and free).
///
/// The plain text, its blocks and the byte offsets wraps take are `MarkdownDocument`'s.
/// Copy it once the document's tree is final (after link rewriting); later edits of the
/// document are not seen.
public struct MarkdownWeave {
    var tree: WeaveTree
    public let options: MarkdownOptions

    /// Copies `document`'s tree: O(size of the document).
    public init(_ document: MarkdownDocument) {
        options = document.options
        tree = WeaveTree(root: document.root, softBreak: document.options.contains(.hardBreaks) ? 0x0A : 0x20,
                         textCapacity: document.sourceByteCount)
    }

    /// `MarkdownDocument.plainTextUTF8`.
    public var plainTextUTF8: [UInt8] { tree.plain }

    /// `MarkdownDocument.textBlocks`.
    public var textBlocks: [TextBlock] {
        tree.blocks.map { TextBlock(kind: $0.kind, range: $0.range, line: $0.line) }
    }

    /// The ranges of `textBlocks`, without making the blocks.
    public var textBlockRanges: [Range<Int>] { tree.blocks.map(\.range) }

    /// The byte ranges of `plainText` inside emphasis, strong and link nodes (none empty): where a
    /// wrap crossing them would be cut into pieces.
    public var inlineContainerRanges: [Range<Int>] { tree.containerRanges }

    /// True when the document has a link (images aside).
    public var hasLinks: Bool { tree.hasLinks }

    /// Gives every heading an `id` (`HeadingAnchors.ids`, from the texts of
    /// `MarkdownDocument.headings`, kept off the ids `isReserved` names), rendered as
    /// `<hN id="ID">`: the only way the HTML differs from cmark's. Returns the ids in document
    /// order. Raw HTML headings are not headings here and keep what they have. O(headings).
    @discardableResult
    public mutating func identifyHeadings(isReserved: (String) -> Bool = { _ in false }) -> [String] {
        let headings = tree.headings()
        guard !headings.isEmpty else { return [] }
        let ids = HeadingAnchors.ids(for: headings.map(\.text), isReserved: isReserved)
        for (heading, id) in zip(headings, ids) { tree.setID(id, ofHeading: heading.node) }
        return ids
    }

    /// `MarkdownDocument.wrap(_:)`: applies `wraps`, outer first (sorted by start, then longest
    /// first, equal ranges in their given order). Nothing is copied per wrap but its markup.
    public mutating func wrap(_ wraps: [MarkdownWrap]) {
        tree.apply(MarkdownWrapList(wraps))
    }

    /// `wrap(_:)` for wraps whose markup is in one buffer: the same order and result as
    /// `wrap(list.wraps)`, without a String per wrap.
    public mutating func wrap(_ list: MarkdownWrapList) {
        tree.apply(list)
    }

    /// `MarkdownDocument.renderHTML()`: the document as an HTML fragment with every wrap applied.
    public func renderHTML() -> String {
        String(decoding: renderHTMLUTF8(), as: UTF8.self)
    }

    /// `renderHTML()` as its UTF-8 bytes, not made a String (no validation and no copy). Valid
    /// UTF-8 by construction when the document's text was: the renderer copies the source's
    /// bytes whole between ASCII markup and escapes, and wraps' markup is Swift strings.
    public func renderHTMLUTF8() -> [UInt8] {
        tree.renderHTML(unsafe: options.contains(.unsafeHTML), hardBreaks: options.contains(.hardBreaks))
    }
}

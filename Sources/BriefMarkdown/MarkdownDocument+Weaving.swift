extension MarkdownDocument {
    /// The document's prose as one string: the text of every paragraph and
    /// heading (including those in lists and block quotes), blocks joined by
    /// "\n\n". Within a block, code spans give their literal, soft breaks " "
    /// ("\n" with `.hardBreaks`), hard breaks "\n"; images, raw HTML kept by
    /// `.unsafeHTML` and code blocks give nothing. With `.smartPunctuation` the
    /// text has the curly quotes and dashes. Raw HTML shown as text (the
    /// default) is part of it.
    ///
    /// Byte offsets into its UTF-8 view are what `wrap(_:open:close:avoidingLinks:)`
    /// takes. Wrapping never changes it. Decoded on each call, in O(document size).
    public var plainText: String {
        withTextMap { $0.text }
    }

    /// `plainText` as UTF-8 bytes, without decoding and re-encoding it: what annotators scan.
    public var plainTextUTF8: [UInt8] {
        withTextMap { $0.bytes }
    }

    /// The prose blocks of `plainText`, in document order, with their byte ranges.
    public var textBlocks: [TextBlock] {
        withTextMap { map in
            map.blocks.map { TextBlock(kind: $0.kind, range: $0.range, line: $0.line) }
        }
    }

    /// Splits the text node holding plain-text byte `offset` so that a node
    /// starts exactly there (moved forward to the next UTF-8 character
    /// boundary if `offset` falls inside a character). Returns false, changing
    /// nothing, when `offset` is already a node boundary, lies between blocks,
    /// or falls in a code span or a break. Rendering is unchanged by splitting.
    /// O(log blocks + text nodes of the block).
    @discardableResult
    public func splitTextNode(at offset: Int) -> Bool {
        withTextMap { map in
            for b in map.blockIndices(overlapping: offset..<(offset + 1)) {
                guard let i = map.leafIndex(strictlyContaining: offset, inBlock: b),
                      map.blocks[b].leaves[i].isText else { return false }
                let before = map.blocks[b].leaves.count
                _ = map.cut(at: offset, inBlock: b, forward: true)
                return map.blocks[b].leaves.count > before
            }
            return false
        }
    }

    /// Wraps the plain-text UTF-8 byte `range` in raw markup: `open` is
    /// rendered before the covered text and `close` after it, verbatim (as
    /// cmark custom inline nodes), in both safe and unsafe mode.
    ///
    /// **`open` and `close` are inserted verbatim: the caller must escape
    /// attribute values** (`"`, `&`, `<`) in them.
    ///
    /// The HTML stays well-formed: a range that spans several blocks is
    /// wrapped once per block; a range that starts or ends inside inline
    /// formatting (`*emphasis*`, links, earlier wrappers) is wrapped as
    /// several pieces, one per run of sibling nodes. Edges inside a code span
    /// or a break move outward off it, so code is never wrapped from inside
    /// (a range wholly inside one wraps nothing); edges inside a UTF-8
    /// character move to its end. Separators between blocks are never wrapped.
    /// Raw inline HTML kept by `.unsafeHTML` is never taken into a wrapper:
    /// the range is wrapped in pieces around it.
    ///
    /// Nesting: wrap outer ranges first. A later range that lies inside an
    /// earlier one is wrapped inside it (also when both ranges are equal), so
    /// `<q>` … `<a>` … `</a>` … `</q>` nest correctly. `plainText` does not
    /// change, so all ranges computed from it stay valid.
    ///
    /// With `avoidingLinks`, the content of existing Markdown links is left
    /// out: the range is wrapped in pieces around them. Use it for markup that
    /// is itself a link (`<a>`), which must not nest in another `<a>`.
    ///
    /// Returns the number of pieces made (0 if the range holds no prose).
    /// Cost: O(log blocks + text nodes of the touched blocks + covered nodes x depth).
    @discardableResult
    public func wrap(_ range: Range<Int>, open: String, close: String, avoidingLinks: Bool = false) -> Int {
        withTextMap { $0.wrap(range, open: open, close: close, avoidingLinks: avoidingLinks) }
    }

    /// Applies many wraps, outer first: sorted by start, then longest first
    /// (equal ranges keep their given order, the first one outermost).
    /// Returns the number of pieces made.
    @discardableResult
    public func wrap(_ wraps: [MarkdownWrap]) -> Int {
        let ordered = wraps.enumerated().sorted { a, b in
            if a.element.range.lowerBound != b.element.range.lowerBound {
                return a.element.range.lowerBound < b.element.range.lowerBound
            }
            if a.element.range.count != b.element.range.count {
                return a.element.range.count > b.element.range.count
            }
            return a.offset < b.offset
        }
        // One use of the map for all of them: split literals are set once, at the end.
        return withTextMap { map in
            var made = 0
            for (_, item) in ordered {
                made += map.wrap(item.range, open: item.open, close: item.close, avoidingLinks: item.avoidingLinks)
            }
            return made
        }
    }
}

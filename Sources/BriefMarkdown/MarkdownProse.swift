/// A document's prose as an annotator reads it, made in one walk of the tree: `plainTextUTF8`
/// and `textBlocks` of `MarkdownDocument`, byte for byte, and the text with code spans blanked,
/// without the map from offsets to nodes that wrapping needs (a node's range per inline node, a
/// leaf array per block). Annotating a briefing (`brief build` and `brief check`) reads these
/// three and never wraps that document.
public struct MarkdownProse: Sendable {
    /// `MarkdownDocument.plainTextUTF8`.
    public let plainUTF8: [UInt8]
    /// `MarkdownDocument.textBlocks`.
    public let textBlocks: [TextBlock]
    /// The byte ranges of the code spans in `plainUTF8`, in order (none empty).
    let codeSpans: [Range<Int>]

    /// `plainUTF8` with every byte of every code span (`` `x` ``) made a space: what an annotator
    /// scans. Code is not prose (a log line's `“Access denied,” said Maria Lopez` names no one,
    /// as code blocks, which are not in the text at all); the length is the same, so ranges found
    /// in it index `plainUTF8` (a quote around a code span keeps the code). `plainUTF8` itself
    /// (not copied) when there is no code span.
    public var annotatableUTF8: [UInt8] {
        guard !codeSpans.isEmpty else { return plainUTF8 }
        var bytes = plainUTF8
        bytes.withUnsafeMutableBufferPointer { bytes in
            for span in codeSpans {
                for index in span { bytes[index] = 0x20 }
            }
        }
        return bytes
    }

    /// The layout of `TextMap.init(root:softBreak:)`, step for step: each paragraph and heading
    /// with text gives its inline leaves' text (text and code spans their literal, soft breaks
    /// `softBreak`, hard breaks "\n"; images, with their alt text, and raw inline HTML nothing),
    /// blocks joined by "\n\n". O(size of the document).
    init(root: CNode, softBreak: UInt8, capacity: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        var blocks: [TextBlock] = []
        var codeSpans: [Range<Int>] = []
        // The open block: its kind, line, where its text starts and where its separator starts.
        var open: (kind: TextBlock.Kind, line: Int, start: Int, separator: Int)?
        root.forEach { node, entering in
            let type = node.type
            switch type {
            case .paragraph, .heading:
                if entering {
                    let separator = bytes.count
                    if !bytes.isEmpty {
                        bytes.append(0x0A)
                        bytes.append(0x0A)
                    }
                    let kind: TextBlock.Kind = type == .heading ? .heading(level: node.headingLevel) : .paragraph
                    open = (kind, node.startLine, bytes.count, separator)
                } else if let block = open {
                    if bytes.count == block.start {
                        // No text (an image alone, say): no block, no separator.
                        bytes.removeSubrange(block.separator...)
                    } else {
                        blocks.append(TextBlock(kind: block.kind, range: block.start..<bytes.count, line: block.line))
                    }
                    open = nil
                }
                return .proceed
            default:
                break
            }
            guard open != nil else { return .proceed }
            switch type {
            case .text:
                node.appendLiteral(to: &bytes)
            case .code:
                let start = bytes.count
                node.appendLiteral(to: &bytes)
                if bytes.count > start { codeSpans.append(start..<bytes.count) }
            case .softBreak:
                bytes.append(softBreak)
            case .lineBreak:
                bytes.append(0x0A)
            case .image:
                // Alt text is an attribute: nothing inside an image is prose.
                return .skipChildren
            default:
                break
            }
            return .proceed
        }
        plainUTF8 = bytes
        textBlocks = blocks
        self.codeSpans = codeSpans
    }
}

extension MarkdownDocument {
    /// The prose an annotator reads (`MarkdownProse`), in one walk of the tree. Wrapping never
    /// changes it (a split text node gives the same bytes, a wrap's tags none). O(size of the
    /// document).
    public var prose: MarkdownProse {
        MarkdownProse(root: root, softBreak: options.contains(.hardBreaks) ? 0x0A : 0x20, capacity: sourceByteCount)
    }
}

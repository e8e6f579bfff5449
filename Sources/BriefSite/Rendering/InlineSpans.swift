import BriefMarkdown

/// The plain-text byte ranges of a document's inline containers (emphasis, strong, links), found
/// by laying out the walked nodes the way `MarkdownDocument.plainText` does: text and code spans
/// give their literal, breaks one byte, images and raw HTML nothing; non-empty prose blocks line
/// up with `textBlocks`. A wrap that crosses one of these ranges is cut into several elements, so
/// the weaver cuts quotes there itself and keeps one id and one badge per quote. O(document).
enum InlineSpans {
    static func ranges(in document: MarkdownDocument) -> [Range<Int>] {
        let blocks = document.textBlocks
        var nextBlock = 0
        var result: [Range<Int>] = []
        var inBlock = false
        var blockDepth = 0
        var offset = 0
        var open: [(depth: Int, start: Int)] = []
        var pending: [Range<Int>] = []
        var imageDepth: Int?

        func finishBlock() {
            while let container = open.popLast() { pending.append(container.start..<offset) }
            // An empty block has no place in the plain text.
            if offset > 0, nextBlock < blocks.count {
                let base = blocks[nextBlock].range.lowerBound
                result += pending.map { (base + $0.lowerBound)..<(base + $0.upperBound) }
                nextBlock += 1
            }
            pending = []
            inBlock = false
            offset = 0
        }

        document.walk { node in
            // Containers deeper than or level with this node have ended before it.
            while let container = open.last, container.depth >= node.depth {
                open.removeLast()
                pending.append(container.start..<offset)
            }
            if inBlock, node.depth <= blockDepth { finishBlock() }
            if let depth = imageDepth, node.depth <= depth { imageDepth = nil }
            switch node.kind {
            case .paragraph, .heading:
                inBlock = true
                blockDepth = node.depth
                offset = 0
                return
            default:
                break
            }
            guard inBlock, imageDepth == nil else { return }
            switch node.kind {
            case .text, .code: offset += node.literal?.utf8.count ?? 0
            case .softBreak, .lineBreak: offset += 1
            case .image: imageDepth = node.depth
            case .emphasis, .strong, .link: open.append((node.depth, offset))
            default: break
            }
        }
        if inBlock { finishBlock() }
        return result.filter { !$0.isEmpty }
    }

    /// `piece` cut at the edges of the containers that only partly overlap it, appended to
    /// `parts` in order, so each part lies wholly inside or wholly around every container. No
    /// array is made when no container cuts the piece (the usual case).
    static func cut(_ piece: Range<Int>, at containers: [Range<Int>], into parts: inout [Range<Int>]) {
        var cuts: [Int] = []
        for container in containers where container.overlaps(piece) {
            let inside = piece.lowerBound <= container.lowerBound && container.upperBound <= piece.upperBound
            let around = container.lowerBound <= piece.lowerBound && piece.upperBound <= container.upperBound
            guard !inside, !around else { continue }
            for edge in [container.lowerBound, container.upperBound] where piece.lowerBound < edge && edge < piece.upperBound {
                if !cuts.contains(edge) { cuts.append(edge) }
            }
        }
        guard !cuts.isEmpty else {
            parts.append(piece)
            return
        }
        cuts.sort()
        var lower = piece.lowerBound
        for edge in cuts {
            parts.append(lower..<edge)
            lower = edge
        }
        parts.append(lower..<piece.upperBound)
    }
}

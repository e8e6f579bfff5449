/// The prose of a document as one UTF-8 string, with the map from its byte
/// offsets back to cmark's text nodes, kept up to date as text nodes are split
/// and wrapped (module-internal; `MarkdownDocument` is the public face).
///
/// Layout: each prose block (paragraph, heading) contributes the text of its
/// inline leaves: text nodes their literal, code spans their literal (atomic:
/// never split), soft breaks one byte (" ", or "\n" with hard breaks), hard
/// breaks "\n"; images and raw inline HTML contribute nothing. Non-empty
/// blocks are joined by "\n\n". The text never changes after building: only
/// the tree under it does.
struct TextMap {
    /// An inline leaf and its byte range in `bytes`.
    struct Leaf {
        var node: CNode
        var start: Int
        var end: Int
        /// Text nodes can be split; everything else is atomic.
        var isText: Bool
        /// Raw inline HTML (kept by `.unsafeHTML`): its tags may open or close
        /// elements, so wraps never take it in and split around it instead.
        var isBarrier = false
        /// A code span: its literal is in the text, but it is not prose (`codeSpanRanges`).
        var isCode = false
        /// A split text node whose literal in the tree is not yet its bytes (see `flushLiterals`).
        var isStale = false
    }

    /// A prose block with its leaves in document order (sorted by `start`).
    struct Block {
        var node: CNode
        var kind: TextBlock.Kind
        var range: Range<Int>
        var line: Int
        var leaves: [Leaf]
        /// True while some leaf is stale (the block is listed in `staleBlocks`).
        var hasStaleLeaves = false
    }

    private(set) var bytes: [UInt8] = []
    /// `bytes` decoded, for `MarkdownDocument.plainText`: made when asked for, as a build
    /// reads only `bytes` (decoding every document's text once more cost a copy of it).
    var text: String { String(decoding: bytes, as: UTF8.self) }
    private(set) var blocks: [Block] = []
    /// The byte range of every inline node inside a prose block, containers included.
    private var ranges = NodeRangeTable()
    /// Blocks with leaves split since the last `flushLiterals()`: those leaves' literals in the
    /// tree are stale (`bytes` and the leaves are not). Splitting a paragraph's text node at every
    /// mention would otherwise copy the rest of the paragraph into cmark each time.
    private var staleBlocks: [Int] = []

    /// Builds the map in one pre-order pass over the tree: O(size of the document).
    init(root: CNode, softBreak: UInt8) {
        var current: Block?
        var containerStarts: [Int] = []
        var separatorStart = 0
        root.forEach { node, entering in
            let type = node.type
            switch type {
            case .paragraph, .heading:
                if entering {
                    separatorStart = bytes.count
                    if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
                    let kind: TextBlock.Kind = type == .heading ? .heading(level: node.headingLevel) : .paragraph
                    current = Block(node: node, kind: kind, range: bytes.count..<bytes.count,
                                    line: node.startLine, leaves: [])
                } else if var block = current {
                    if bytes.count == block.range.lowerBound {
                        // No text (an image alone, say): no block, no separator.
                        bytes.removeSubrange(separatorStart...)
                    } else {
                        block.range = block.range.lowerBound..<bytes.count
                        blocks.append(block)
                    }
                    current = nil
                }
                return .proceed
            default:
                break
            }
            guard current != nil else { return .proceed }
            let start = bytes.count
            var isText = false
            var isBarrier = false
            var isCode = false
            switch type {
            case .text:
                node.appendLiteral(to: &bytes)
                isText = true
            case .code:
                node.appendLiteral(to: &bytes)
                isCode = true
            case .softBreak:
                bytes.append(softBreak)
            case .lineBreak:
                bytes.append(0x0A)
            case .htmlInline:
                isBarrier = true
            case .image:
                // Alt text is an attribute: nothing inside an image is prose.
                current!.leaves.append(Leaf(node: node, start: start, end: start, isText: false))
                ranges[node] = start..<start
                return .skipChildren
            default:
                // Emphasis, strong, link, wrapper: a container spanning its children.
                if entering {
                    containerStarts.append(start)
                } else {
                    ranges[node] = containerStarts.removeLast()..<start
                }
                return .proceed
            }
            current!.leaves.append(Leaf(node: node, start: start, end: bytes.count, isText: isText, isBarrier: isBarrier, isCode: isCode))
            ranges[node] = start..<bytes.count
            return .proceed
        }
    }

    // MARK: Lookup

    /// Indices of the blocks whose ranges overlap `range`: O(log blocks).
    func blockIndices(overlapping range: Range<Int>) -> Range<Int> {
        let first = blocks.partitionPoint { $0.range.upperBound > range.lowerBound }
        var last = first
        while last < blocks.count, blocks[last].range.lowerBound < range.upperBound { last += 1 }
        return first..<last
    }

    /// The leaf of block `b` that has `offset` strictly inside it, if any: O(log leaves).
    func leafIndex(strictlyContaining offset: Int, inBlock b: Int) -> Int? {
        let leaves = blocks[b].leaves
        let i = leaves.partitionPoint { $0.end > offset }
        guard i < leaves.count, leaves[i].start < offset else { return nil }
        return i
    }

    /// The text node holding the byte at `offset` and the offset inside its literal.
    func location(of offset: Int) -> (node: CNode, offset: Int)? {
        for b in blockIndices(overlapping: offset..<(offset + 1)) {
            let leaves = blocks[b].leaves
            let i = leaves.partitionPoint { $0.end > offset }
            guard i < leaves.count, leaves[i].start <= offset, leaves[i].isText else { return nil }
            return (leaves[i].node, offset - leaves[i].start)
        }
        return nil
    }

    // MARK: Splitting

    /// Makes `offset` a node boundary in block `b` and returns the boundary
    /// used: inside a text node, splits it (moving forward to the next UTF-8
    /// scalar boundary); inside an atomic leaf (code span, break), returns its
    /// end when `forward`, else its start. O(leaves of the block).
    mutating func cut(at offset: Int, inBlock b: Int, forward: Bool) -> Int {
        guard let i = leafIndex(strictlyContaining: offset, inBlock: b) else { return offset }
        let leaf = blocks[b].leaves[i]
        guard leaf.isText else { return forward ? leaf.end : leaf.start }
        var cut = offset
        while cut < leaf.end, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
        guard cut < leaf.end else { return cut }
        let right = CNode.make(.text)
        if !blocks[b].hasStaleLeaves {
            blocks[b].hasStaleLeaves = true
            staleBlocks.append(b)
        }
        leaf.node.insertAfter(right)
        blocks[b].leaves[i].end = cut
        blocks[b].leaves[i].isStale = true
        blocks[b].leaves.insert(Leaf(node: right, start: cut, end: leaf.end, isText: true, isStale: true), at: i + 1)
        ranges[leaf.node] = leaf.start..<cut
        ranges[right] = cut..<leaf.end
        return cut
    }

    /// Gives every text node split since the last call its literal (its bytes): the tree is whole
    /// again. `MarkdownDocument` calls it after each use of the map.
    mutating func flushLiterals() {
        guard !staleBlocks.isEmpty else { return }
        for b in staleBlocks {
            for i in blocks[b].leaves.indices where blocks[b].leaves[i].isStale {
                let leaf = blocks[b].leaves[i]
                leaf.node.setLiteral(bytes[leaf.start..<leaf.end])
                blocks[b].leaves[i].isStale = false
            }
            blocks[b].hasStaleLeaves = false
        }
        staleBlocks.removeAll(keepingCapacity: true)
    }

    // MARK: Wrapping

    /// Wraps `range` in every block it overlaps (see `MarkdownDocument.wrap(_:open:close:avoidingLinks:)`).
    mutating func wrap(_ range: Range<Int>, open: String, close: String, avoidingLinks: Bool) -> Int {
        var made = 0
        for b in blockIndices(overlapping: range) {
            let block = blocks[b].range
            let clamped = max(range.lowerBound, block.lowerBound)..<min(range.upperBound, block.upperBound)
            made += wrap(clamped, inBlock: b, open: open, close: close, avoidingLinks: avoidingLinks)
        }
        return made
    }

    /// Wraps `range` (inside block `b`) in custom inline nodes, one per maximal
    /// run of sibling nodes it covers; returns the number of wrappers made.
    /// Cost: O(leaves of the block) for the splits, plus O(covered leaves x depth).
    mutating func wrap(_ range: Range<Int>, inBlock b: Int, open: String, close: String, avoidingLinks: Bool) -> Int {
        let lower = cut(at: range.lowerBound, inBlock: b, forward: true)
        let upper = cut(at: range.upperBound, inBlock: b, forward: false)
        guard lower < upper else { return 0 }
        let blockNode = blocks[b].node

        func covered(_ r: Range<Int>) -> Bool {
            r.isEmpty ? (lower < r.lowerBound && r.lowerBound < upper)
                      : (lower <= r.lowerBound && r.upperBound <= upper)
        }

        // The highest covered node above each covered leaf, in document order.
        var tops: [CNode] = []
        let leaves = blocks[b].leaves
        var i = leaves.partitionPoint { $0.start >= lower }
        while i < leaves.count, leaves[i].start < upper {
            let leaf = leaves[i]
            i += 1
            guard !leaf.isBarrier, covered(leaf.start..<leaf.end) else { continue }
            var top = leaf.node
            var node = leaf.node
            var climbing = true
            var insideLink = false
            while let parent = node.parent, parent != blockNode {
                let type = parent.type
                if avoidingLinks, type == .link { insideLink = true; break }
                // Never climb past an earlier wrapper: a later (inner) wrap nests inside it.
                if climbing, type != .customInline, let r = ranges[parent], covered(r) {
                    top = parent
                } else {
                    climbing = false
                    if !avoidingLinks { break }
                }
                node = parent
            }
            if insideLink { continue }
            if tops.last != top { tops.append(top) }
        }

        // Group consecutive siblings into runs; each run gets one wrapper.
        var made = 0
        var k = 0
        while k < tops.count {
            var end = k + 1
            while end < tops.count, tops[end - 1].next == tops[end] { end += 1 }
            let wrapper = CNode.makeCustomInline(open: open, close: close)
            tops[k].insertBefore(wrapper)
            for node in tops[k..<end] { wrapper.appendChild(node) }
            let first = ranges[tops[k]] ?? lower..<lower
            let last = ranges[tops[end - 1]] ?? upper..<upper
            ranges[wrapper] = first.lowerBound..<last.upperBound
            made += 1
            k = end
        }
        return made
    }
}

extension RandomAccessCollection {
    /// The index of the first element for which `predicate` is true, assuming
    /// the collection is partitioned (all false, then all true): O(log n).
    func partitionPoint(_ predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}

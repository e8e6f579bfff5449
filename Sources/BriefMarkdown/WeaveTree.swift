/// A copy of a parsed document's tree in flat Swift arrays, for weaving wraps in and rendering
/// HTML without editing cmark's tree (module-internal; `MarkdownWeave` is the public face).
///
/// Wrapping a cmark tree costs a cmark node, a literal copy and several mallocs per split and
/// per wrapper; here a split narrows a byte range and a wrapper is one array element. The
/// layout of the plain text and the wrapping rules are `TextMap`'s, step for step, and the HTML
/// is what `cmark_render_html` makes of the same tree (the tests check both against cmark).
struct WeaveTree {
    enum Kind: UInt8 {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
        case paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image
        /// A wrapper made by `wrap`: `a`/`aCount` and `b`/`bCount` are its markup in `markup`.
        case wrapper

        /// cmark's leaves: the iterator gives them an enter event only.
        var isLeaf: Bool {
            switch self {
            case .text, .softBreak, .lineBreak, .code, .htmlInline, .thematicBreak, .codeBlock, .htmlBlock: true
            default: false
            }
        }
    }

    /// One node. Links are indices into `nodes` (-1 for none).
    struct Node {
        var kind: Kind
        /// The literal is `plain[start..<end]` (text and code spans of prose), not in `pool`.
        var literalInPlain = false
        /// Raw inline HTML: wraps never take it in.
        var isBarrier = false
        /// Lists: ordered, tight.
        var isOrdered = false
        var isTight = false
        var parent: Int32 = -1
        var first: Int32 = -1
        var last: Int32 = -1
        var next: Int32 = -1
        var prev: Int32 = -1
        /// The byte range in `plain` of an inline node of a prose block.
        var start: Int32 = 0
        var end: Int32 = 0
        /// In `pool`: the literal, destination, info string or on-enter markup (or a wrap index).
        var a: Int32 = 0
        var aCount: Int32 = 0
        /// In `pool`: the title or on-exit markup.
        var b: Int32 = 0
        var bCount: Int32 = 0
        /// Heading level, list start.
        var number: Int32 = 0
        /// Links and images: true when the title was given (possibly empty).
        var hasTitle = false

        init(kind: Kind, parent: Int32) {
            self.kind = kind
            self.parent = parent
        }
    }

    /// A prose block (paragraph or heading) with text, as in `TextMap`.
    struct Block {
        var node: Int32
        var kind: TextBlock.Kind
        var range: Range<Int>
        var line: Int
        /// The block's leaves in `initialLeaves`.
        var leaves: Range<Int>
    }

    var nodes: [Node] = []
    /// The plain text (`MarkdownDocument.plainText`'s bytes).
    private(set) var plain: [UInt8] = []
    /// Literals that are not in `plain`.
    private(set) var pool: [UInt8] = []
    private(set) var blocks: [Block] = []
    /// Every leaf of every block in document order, as parsed.
    private var initialLeaves: [Int32] = []
    /// Leaves of the blocks wraps have touched (split leaves included); empty for the others.
    private var touchedLeaves: [[Int32]] = []
    private var isTouched: [Bool] = []
    /// Plain-text ranges of emphasis, strong and link nodes (not empty), in closing order.
    private(set) var containerRanges: [Range<Int>] = []
    /// True when there is a link (not an image) anywhere.
    private(set) var hasLinks = false
    /// The markup of the wraps applied, back to back; wrapper nodes point into it.
    private(set) var markup: [UInt8] = []
    /// The number of wraps applied.
    private(set) var wrapCount = 0
    private var scratch: [Int32] = []

    /// Copies the tree in one pre-order pass: O(size of the document).
    init(root: CNode, softBreak: UInt8) {
        nodes.reserveCapacity(256)
        var stack: [Int32] = []
        // The open prose block: its node, where its text starts, where its separator starts, and
        // where its leaves start.
        var block: (node: Int32, start: Int, separator: Int, leaves: Int, kind: TextBlock.Kind, line: Int)?
        // Images being read (their children are alt text, not prose).
        var imageDepth = 0
        root.forEach { cnode, entering in
            if !entering {
                let index = stack.removeLast()
                let kind = nodes[Int(index)].kind
                switch kind {
                case .paragraph, .heading:
                    if let open = block, open.node == index {
                        if plain.count == open.start {
                            // No text (an image alone, say): no block, no separator.
                            plain.removeSubrange(open.separator...)
                            initialLeaves.removeSubrange(open.leaves...)
                        } else {
                            blocks.append(Block(node: index, kind: open.kind, range: open.start..<plain.count,
                                                line: open.line, leaves: open.leaves..<initialLeaves.count))
                        }
                        block = nil
                    }
                case .image:
                    imageDepth -= 1
                case .emphasis, .strong, .link, .customInline:
                    if block != nil, imageDepth == 0 {
                        nodes[Int(index)].end = Int32(plain.count)
                        if kind != .customInline, nodes[Int(index)].start < Int32(plain.count) {
                            containerRanges.append(Int(nodes[Int(index)].start)..<plain.count)
                        }
                    }
                default:
                    break
                }
                return .proceed
            }
            let type = cnode.type
            var node = Node(kind: Self.kind(of: type), parent: stack.last ?? -1)
            let inProse = block != nil && imageDepth == 0
            var isLeaf = false
            switch type {
            case .paragraph, .heading:
                let separator = plain.count
                if !plain.isEmpty { plain.append(0x0A); plain.append(0x0A) }
                let kind: TextBlock.Kind = type == .heading ? .heading(level: cnode.headingLevel) : .paragraph
                if type == .heading { node.number = Int32(cnode.headingLevel) }
                block = (Int32(nodes.count), plain.count, separator, initialLeaves.count, kind, cnode.startLine)
            case .list:
                node.isOrdered = cnode.isOrderedList
                node.isTight = cnode.isTightList
                node.number = Int32(cnode.listStart)
            case .codeBlock:
                (node.a, node.aCount) = appendToPool { cnode.appendLiteral(to: &$0) }
                (node.b, node.bCount) = appendToPool { cnode.appendFenceInfo(to: &$0) }
            case .htmlBlock:
                (node.a, node.aCount) = appendToPool { cnode.appendLiteral(to: &$0) }
            case .customBlock, .customInline:
                (node.a, node.aCount) = appendToPool { cnode.appendOnEnter(to: &$0) }
                (node.b, node.bCount) = appendToPool { cnode.appendOnExit(to: &$0) }
                if inProse { node.start = Int32(plain.count) }
            case .text, .code:
                if inProse {
                    node.start = Int32(plain.count)
                    cnode.appendLiteral(to: &plain)
                    node.end = Int32(plain.count)
                    node.literalInPlain = true
                    isLeaf = true
                } else {
                    (node.a, node.aCount) = appendToPool { cnode.appendLiteral(to: &$0) }
                }
            case .softBreak, .lineBreak:
                if inProse {
                    node.start = Int32(plain.count)
                    plain.append(type == .softBreak ? softBreak : 0x0A)
                    node.end = Int32(plain.count)
                    isLeaf = true
                }
            case .htmlInline:
                (node.a, node.aCount) = appendToPool { cnode.appendLiteral(to: &$0) }
                if inProse {
                    node.start = Int32(plain.count)
                    node.end = node.start
                    node.isBarrier = true
                    isLeaf = true
                }
            case .link, .image:
                (node.a, node.aCount) = appendToPool { cnode.appendURL(to: &$0) }
                (node.b, node.bCount) = appendToPool { cnode.appendTitle(to: &$0) }
                node.hasTitle = node.bCount > 0 || cnode.hasExplicitTitle
                if type == .link { hasLinks = true }
                if inProse {
                    node.start = Int32(plain.count)
                    if type == .image {
                        node.end = node.start
                        isLeaf = true
                    }
                }
                if type == .image { imageDepth += 1 }
            case .emphasis, .strong:
                if inProse { node.start = Int32(plain.count) }
            default:
                break
            }
            let index = append(node)
            if isLeaf { initialLeaves.append(index) }
            if !type.isLeaf { stack.append(index) }
            return .proceed
        }
        touchedLeaves = Array(repeating: [], count: blocks.count)
        isTouched = Array(repeating: false, count: blocks.count)
    }

    private static func kind(of type: CNodeType) -> Kind {
        switch type {
        case .document: .document
        case .blockQuote: .blockQuote
        case .list: .list
        case .item: .item
        case .codeBlock: .codeBlock
        case .htmlBlock: .htmlBlock
        case .customBlock, .none: .customBlock
        case .paragraph: .paragraph
        case .heading: .heading
        case .thematicBreak: .thematicBreak
        case .text: .text
        case .softBreak: .softBreak
        case .lineBreak: .lineBreak
        case .code: .code
        case .htmlInline: .htmlInline
        case .customInline: .customInline
        case .emphasis: .emphasis
        case .strong: .strong
        case .link: .link
        case .image: .image
        }
    }

    /// Gives heading `node` the id `id`, rendered as `<hN id="ID">` (a heading's `a` is unused).
    mutating func setID(_ id: String, ofHeading node: Int32) {
        var id = id
        (nodes[Int(node)].a, nodes[Int(node)].aCount) = appendToPool { pool in id.withUTF8 { pool.append(contentsOf: $0) } }
    }

    private mutating func appendToPool(_ fill: (inout [UInt8]) -> Void) -> (Int32, Int32) {
        let start = pool.count
        fill(&pool)
        return (Int32(start), Int32(pool.count - start))
    }

    /// Adds `node` as the last child of its parent; returns its index.
    private mutating func append(_ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        let parent = node.parent
        if parent >= 0 {
            let last = nodes[Int(parent)].last
            if last >= 0 {
                nodes[Int(last)].next = index
                nodes[Int(index)].prev = last
            } else {
                nodes[Int(parent)].first = index
            }
            nodes[Int(parent)].last = index
        }
        return index
    }

    // MARK: Editing (as cmark's insert and append calls do)

    private mutating func unlink(_ node: Int32) {
        let n = nodes[Int(node)]
        if n.prev >= 0 { nodes[Int(n.prev)].next = n.next } else if n.parent >= 0 { nodes[Int(n.parent)].first = n.next }
        if n.next >= 0 { nodes[Int(n.next)].prev = n.prev } else if n.parent >= 0 { nodes[Int(n.parent)].last = n.prev }
        nodes[Int(node)].parent = -1
        nodes[Int(node)].prev = -1
        nodes[Int(node)].next = -1
    }

    private mutating func insert(_ new: Int32, after node: Int32) {
        let n = nodes[Int(node)]
        nodes[Int(new)].parent = n.parent
        nodes[Int(new)].prev = node
        nodes[Int(new)].next = n.next
        if n.next >= 0 { nodes[Int(n.next)].prev = new } else if n.parent >= 0 { nodes[Int(n.parent)].last = new }
        nodes[Int(node)].next = new
    }

    private mutating func insert(_ new: Int32, before node: Int32) {
        let n = nodes[Int(node)]
        nodes[Int(new)].parent = n.parent
        nodes[Int(new)].next = node
        nodes[Int(new)].prev = n.prev
        if n.prev >= 0 { nodes[Int(n.prev)].next = new } else if n.parent >= 0 { nodes[Int(n.parent)].first = new }
        nodes[Int(node)].prev = new
    }

    private mutating func appendChild(_ child: Int32, to parent: Int32) {
        unlink(child)
        nodes[Int(child)].parent = parent
        let last = nodes[Int(parent)].last
        if last >= 0 {
            nodes[Int(last)].next = child
            nodes[Int(child)].prev = last
        } else {
            nodes[Int(parent)].first = child
        }
        nodes[Int(parent)].last = child
    }

    // MARK: Wrapping (`TextMap`'s rules)

    /// Applies `list`'s wraps outer first, in `MarkdownDocument.wrap(_:)`'s order.
    mutating func apply(_ list: MarkdownWrapList) {
        // The first (usually only) list shares its markup buffer instead of copying it.
        let base = Int32(markup.count)
        if markup.isEmpty { markup = list.markup } else { markup += list.markup }
        wrapCount += list.count
        let items = list.items
        let order = Self.order(items)
        // Starts only grow along `order`: the first block ending after a wrap's start is found
        // by moving on from the previous wrap's, not by a search per wrap.
        var firstBlock = 0
        for index in order {
            let item = items[index]
            let range = item.lower..<item.upper
            while firstBlock < blocks.count, blocks[firstBlock].range.upperBound <= range.lowerBound { firstBlock += 1 }
            var b = firstBlock
            while b < blocks.count, blocks[b].range.lowerBound < range.upperBound {
                defer { b += 1 }
                let block = blocks[b].range
                let clamped = max(range.lowerBound, block.lowerBound)..<min(range.upperBound, block.upperBound)
                wrap(clamped, inBlock: b, open: (base + item.open.start, item.open.count),
                     close: (base + item.close.start, item.close.count), avoidingLinks: item.avoidingLinks)
            }
        }
    }

    /// The indices of `items` sorted by start, then longest first, then given order. Usually
    /// (starts and lengths under 2^24, fewer than 2^16 wraps) as one integer key per wrap sorted
    /// without a comparison closure; otherwise by comparing the items.
    static func order(_ items: [MarkdownWrapList.Item]) -> [Int] {
        let limit = 1 << 24
        if items.count < 1 << 16,
           items.allSatisfy({ $0.lower >= 0 && $0.lower < limit && $0.upper - $0.lower < limit }) {
            var keys = [UInt64]()
            keys.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                let inverseLength = UInt64(limit - 1 - (item.upper - item.lower))
                keys.append(UInt64(item.lower) << 40 | inverseLength << 16 | UInt64(index))
            }
            keys.sort()
            return keys.map { Int($0 & 0xFFFF) }
        }
        var order = Array(items.indices)
        items.withUnsafeBufferPointer { items in
            order.sort { a, b in
                let x = items[a], y = items[b]
                if x.lower != y.lower { return x.lower < y.lower }
                if x.upper - x.lower != y.upper - y.lower { return x.upper - x.lower > y.upper - y.lower }
                return a < b
            }
        }
        return order
    }

    /// The leaves of block `b`, copied out of `initialLeaves` the first time it is touched.
    private mutating func touch(_ b: Int) {
        guard !isTouched[b] else { return }
        isTouched[b] = true
        touchedLeaves[b] = Array(initialLeaves[blocks[b].leaves])
    }

    /// The leaf of block `b` that has `offset` strictly inside it, if any: O(log leaves).
    private func leafIndex(strictlyContaining offset: Int, inBlock b: Int) -> Int? {
        // Read in place: a copy of the block's leaf array is a retain and release per call.
        touchedLeaves[b].withUnsafeBufferPointer { leaves in
            nodes.withUnsafeBufferPointer { nodes in
                let i = leaves.partitionPoint { Int(nodes[Int($0)].end) > offset }
                guard i < leaves.count, Int(nodes[Int(leaves[i])].start) < offset else { return nil }
                return i
            }
        }
    }

    /// The first leaf of block `b` starting at or after `offset`: O(log leaves).
    private func leafIndex(startingAtOrAfter offset: Int, inBlock b: Int) -> Int {
        touchedLeaves[b].withUnsafeBufferPointer { leaves in
            nodes.withUnsafeBufferPointer { nodes in leaves.partitionPoint { Int(nodes[Int($0)].start) >= offset } }
        }
    }

    /// `TextMap.cut`: makes `offset` a node boundary in block `b`; returns the boundary used.
    private mutating func cut(at offset: Int, inBlock b: Int, forward: Bool) -> Int {
        guard let i = leafIndex(strictlyContaining: offset, inBlock: b) else { return offset }
        let leaf = touchedLeaves[b][i]
        let node = nodes[Int(leaf)]
        guard node.kind == .text else { return forward ? Int(node.end) : Int(node.start) }
        var cut = offset
        let end = Int(node.end)
        while cut < end, plain[cut] & 0xC0 == 0x80 { cut += 1 }
        guard cut < end else { return cut }
        var right = Node(kind: .text, parent: node.parent)
        right.literalInPlain = true
        right.start = Int32(cut)
        right.end = node.end
        let index = Int32(nodes.count)
        nodes.append(right)
        insert(index, after: leaf)
        nodes[Int(leaf)].end = Int32(cut)
        touchedLeaves[b].insert(index, at: i + 1)
        return cut
    }

    /// `TextMap.wrap(_:inBlock:...)`: one wrapper per maximal run of sibling nodes covered.
    private mutating func wrap(
        _ range: Range<Int>, inBlock b: Int, open: (Int32, Int32), close: (Int32, Int32), avoidingLinks: Bool
    ) {
        touch(b)
        let lower = cut(at: range.lowerBound, inBlock: b, forward: true)
        let upper = cut(at: range.upperBound, inBlock: b, forward: false)
        guard lower < upper else { return }
        let blockNode = blocks[b].node
        var tops = scratch
        scratch = []
        tops.removeAll(keepingCapacity: true)
        let first = leafIndex(startingAtOrAfter: lower, inBlock: b)
        // Finding the tops only reads the tree: done in place, without an array access (and its
        // retain) per leaf and per parent climbed.
        touchedLeaves[b].withUnsafeBufferPointer { leaves in
            nodes.withUnsafeBufferPointer { nodes in
                func covered(_ node: Int32) -> Bool {
                    let start = Int(nodes[Int(node)].start), end = Int(nodes[Int(node)].end)
                    return start == end ? (lower < start && start < upper) : (lower <= start && end <= upper)
                }
                var i = first
                while i < leaves.count, Int(nodes[Int(leaves[i])].start) < upper {
                    let leaf = leaves[i]
                    i += 1
                    guard !nodes[Int(leaf)].isBarrier, covered(leaf) else { continue }
                    var top = leaf
                    var node = leaf
                    var climbing = true
                    var insideLink = false
                    while case let parent = nodes[Int(node)].parent, parent >= 0, parent != blockNode {
                        let kind = nodes[Int(parent)].kind
                        if avoidingLinks, kind == .link { insideLink = true; break }
                        // Never climb past an earlier wrapper: a later (inner) wrap nests inside it.
                        if climbing, kind != .customInline, kind != .wrapper, covered(parent) {
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
            }
        }
        var k = 0
        while k < tops.count {
            var end = k + 1
            while end < tops.count, nodes[Int(tops[end - 1])].next == tops[end] { end += 1 }
            var wrapper = Node(kind: .wrapper, parent: -1)
            (wrapper.a, wrapper.aCount) = open
            (wrapper.b, wrapper.bCount) = close
            wrapper.start = nodes[Int(tops[k])].start
            wrapper.end = nodes[Int(tops[end - 1])].end
            let index = Int32(nodes.count)
            nodes.append(wrapper)
            insert(index, before: tops[k])
            for t in k..<end { appendChild(tops[t], to: index) }
            k = end
        }
        scratch = tops
    }


}

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
        /// The block's leaves in `leaves`, in document order (split leaves included).
        var leaves: Range<Int>
        /// The end of the block's stretch of `leaves`: room for leaves split off up to there.
        var leafLimit: Int
    }

    var nodes: [Node] = []
    /// The plain text (`MarkdownDocument.plainText`'s bytes).
    private(set) var plain: [UInt8] = []
    /// Literals that are not in `plain`.
    private(set) var pool: [UInt8] = []
    private(set) var blocks: [Block] = []
    /// The leaves of every block, each block's in a stretch of its own (`Block.leaves`): as
    /// parsed, back to back in document order, until a split needs room in a full stretch, which
    /// then moves to the end with room to spare. One array for all blocks: no array per block
    /// to copy, retain and release as wraps split its leaves.
    private var leaves: [Int32] = []
    /// Plain-text ranges of emphasis, strong and link nodes (not empty), in closing order.
    private(set) var containerRanges: [Range<Int>] = []
    /// True when there is a link (not an image) anywhere.
    private(set) var hasLinks = false
    /// The markup of the wraps applied, back to back; wrapper nodes point into it.
    private(set) var markup: [UInt8] = []
    /// The number of wraps applied.
    private(set) var wrapCount = 0
    private var scratch: [Int32] = []

    /// Copies the tree in one pre-order pass: O(size of the document). `textCapacity` is room to
    /// reserve for the plain text (the source's length is always enough).
    init(root: CNode, softBreak: UInt8, textCapacity: Int = 0) {
        nodes.reserveCapacity(256)
        plain.reserveCapacity(textCapacity)
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
                            leaves.removeSubrange(open.leaves...)
                        } else {
                            blocks.append(Block(node: index, kind: open.kind, range: open.start..<plain.count,
                                                line: open.line, leaves: open.leaves..<leaves.count, leafLimit: leaves.count))
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
                block = (Int32(nodes.count), plain.count, separator, leaves.count, kind, cnode.startLine)
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
            if isLeaf { leaves.append(index) }
            if !type.isLeaf { stack.append(index) }
            return .proceed
        }
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
        // Room for a split at each end and a wrapper per wrap: grown once, not doubled as it fills.
        nodes.reserveCapacity(nodes.count + 3 * items.count)
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

    /// The leaf of block `b` that has `offset` strictly inside it (its position in `leaves`), or
    /// nil with the position of the first leaf ending after `offset` (from there on, leaves start
    /// at or after it): O(log leaves).
    private func leafIndex(strictlyContaining offset: Int, inBlock b: Int) -> (inside: Int?, next: Int) {
        let stretch = blocks[b].leaves
        // Read in place: no copy of an array (and its retain and release) per call.
        return leaves.withUnsafeBufferPointer { leaves in
            nodes.withUnsafeBufferPointer { nodes in
                var low = stretch.lowerBound
                var high = stretch.upperBound
                while low < high {
                    let middle = (low + high) >> 1
                    if Int(nodes[Int(leaves[middle])].end) > offset { high = middle } else { low = middle + 1 }
                }
                guard low < stretch.upperBound, Int(nodes[Int(leaves[low])].start) < offset else { return (nil, low) }
                return (low, low)
            }
        }
    }

    /// Puts leaf `leaf` into block `b`'s stretch of `leaves` at `position`, moving the stretch to
    /// the end of `leaves` with room to spare when it is full.
    private mutating func insertLeaf(_ leaf: Int32, at position: Int, inBlock b: Int) {
        var position = position
        if blocks[b].leaves.upperBound == blocks[b].leafLimit {
            let old = blocks[b].leaves
            let start = leaves.count
            let room = old.count + old.count / 2 + 4
            leaves.append(contentsOf: repeatElement(-1, count: room))
            // Copied in place (appending a slice of the array to itself would copy all of it).
            leaves.withUnsafeMutableBufferPointer { leaves in
                for k in 0..<old.count { leaves[start + k] = leaves[old.lowerBound + k] }
            }
            blocks[b].leaves = start..<(start + old.count)
            blocks[b].leafLimit = start + room
            position += start - old.lowerBound
        }
        let end = blocks[b].leaves.upperBound
        leaves.withUnsafeMutableBufferPointer { leaves in
            var i = end
            while i > position {
                leaves[i] = leaves[i - 1]
                i -= 1
            }
            leaves[position] = leaf
        }
        blocks[b].leaves = blocks[b].leaves.lowerBound..<(end + 1)
    }

    /// `TextMap.cut`: makes `offset` a node boundary in block `b`; returns the boundary used and
    /// the position in `leaves` of the first leaf starting at or after it (or of an empty leaf
    /// right at it, which no wrap covers).
    private mutating func cut(at offset: Int, inBlock b: Int, forward: Bool) -> (boundary: Int, next: Int) {
        let found = leafIndex(strictlyContaining: offset, inBlock: b)
        guard let i = found.inside else { return (offset, found.next) }
        let leaf = leaves[i]
        let node = nodes[Int(leaf)]
        guard node.kind == .text else { return (forward ? Int(node.end) : Int(node.start), i + 1) }
        var cut = offset
        let end = Int(node.end)
        while cut < end, plain[cut] & 0xC0 == 0x80 { cut += 1 }
        guard cut < end else { return (cut, i + 1) }
        var right = Node(kind: .text, parent: node.parent)
        right.literalInPlain = true
        right.start = Int32(cut)
        right.end = node.end
        let index = Int32(nodes.count)
        nodes.append(right)
        insert(index, after: leaf)
        nodes[Int(leaf)].end = Int32(cut)
        let before = blocks[b].leaves.lowerBound
        insertLeaf(index, at: i + 1, inBlock: b)
        // The stretch may have moved: the new leaf's position is relative to its start.
        return (cut, blocks[b].leaves.lowerBound + (i + 1 - before))
    }

    /// `TextMap.wrap(_:inBlock:...)`: one wrapper per maximal run of sibling nodes covered.
    private mutating func wrap(
        _ range: Range<Int>, inBlock b: Int, open: (Int32, Int32), close: (Int32, Int32), avoidingLinks: Bool
    ) {
        let (lower, firstAt) = cut(at: range.lowerBound, inBlock: b, forward: true)
        let firstOffset = firstAt - blocks[b].leaves.lowerBound
        let upper = cut(at: range.upperBound, inBlock: b, forward: false).boundary
        guard lower < upper else { return }
        let blockNode = blocks[b].node
        var tops = scratch
        scratch = []
        // One element at a time: `removeAll(keepingCapacity:)` goes through the generic `replaceSubrange`.
        while !tops.isEmpty { tops.removeLast() }
        // The upper cut inserts only after the first leaf (or moves the stretch): the first
        // leaf's place within the stretch holds.
        let stretch = blocks[b].leaves
        let first = stretch.lowerBound + firstOffset
        // Finding the tops only reads the tree: done in place, without an array access (and its
        // retain) per leaf and per parent climbed.
        leaves.withUnsafeBufferPointer { leaves in
            nodes.withUnsafeBufferPointer { nodes in
                func covered(_ node: Int32) -> Bool {
                    let start = Int(nodes[Int(node)].start), end = Int(nodes[Int(node)].end)
                    return start == end ? (lower < start && start < upper) : (lower <= start && end <= upper)
                }
                var i = first
                while i < stretch.upperBound, Int(nodes[Int(leaves[i])].start) < upper {
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

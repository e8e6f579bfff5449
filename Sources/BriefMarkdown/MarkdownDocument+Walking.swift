extension MarkdownDocument {
    /// Calls `visit` on a snapshot of every node, in pre-order (a parent
    /// before its children, children in order). Iterative: any nesting depth
    /// is safe. Nodes without a source position (made by `wrap`) report their
    /// parent's line and column. O(size of the document).
    public func walk(_ visit: (MarkdownNode) throws -> Void) rethrows {
        // Open containers: (index, line, column).
        var open: [(index: Int, line: Int, column: Int)] = []
        var count = 0
        try root.forEach { node, entering in
            let type = node.type
            guard entering else {
                open.removeLast()
                return .proceed
            }
            var line = node.startLine
            var column = node.startColumn
            if line == 0, let parent = open.last {
                line = parent.line
                column = parent.column
            }
            let snapshot = MarkdownNode(
                index: count, parent: open.last?.index, depth: open.count,
                kind: Self.kind(of: node, type: type), literal: type.isLeaf ? node.literal : nil,
                line: line, column: column
            )
            count += 1
            if !type.isLeaf { open.append((snapshot.index, line, column)) }
            try visit(snapshot)
            return .proceed
        }
    }

    /// Every node, in pre-order (see `walk(_:)`); `nodes[i].index == i`.
    public var nodes: [MarkdownNode] {
        var result: [MarkdownNode] = []
        walk { result.append($0) }
        return result
    }

    /// Every link and image, in document order, with its plain text and source line.
    public var links: [MarkdownLink] { outline().links }

    /// Every heading, in document order, with its plain text and source line.
    public var headings: [MarkdownHeading] { outline().headings }

    /// Links and headings with their text, gathered in one iterative walk.
    private func outline() -> (links: [MarkdownLink], headings: [MarkdownHeading]) {
        var links: [MarkdownLink] = []
        var headings: [MarkdownHeading] = []
        // Open links and headings collecting text: slot in the result, and bytes.
        var collecting: [(isHeading: Bool, slot: Int, text: [UInt8])] = []
        var lines: [(line: Int, column: Int)] = []
        root.forEach { node, entering in
            let type = node.type
            if !type.isLeaf {
                if entering {
                    var position = (line: node.startLine, column: node.startColumn)
                    if position.line == 0, let parent = lines.last { position = parent }
                    lines.append(position)
                } else {
                    lines.removeLast()
                }
            }
            switch type {
            case .link, .image, .heading:
                if entering {
                    let position = lines.last ?? (0, 0)
                    if type == .heading {
                        collecting.append((true, headings.count, []))
                        headings.append(MarkdownHeading(level: node.headingLevel, text: "", line: position.line))
                    } else {
                        collecting.append((false, links.count, []))
                        links.append(MarkdownLink(destination: node.url, title: node.title, text: "",
                                                  line: position.line, column: position.column,
                                                  isImage: type == .image))
                    }
                } else if let done = collecting.popLast() {
                    let text = String(decoding: done.text, as: UTF8.self)
                    if done.isHeading { headings[done.slot].text = text } else { links[done.slot].text = text }
                }
            case .text, .code:
                for i in collecting.indices { node.appendLiteral(to: &collecting[i].text) }
            case .softBreak, .lineBreak:
                for i in collecting.indices { collecting[i].text.append(0x20) }
            default:
                break
            }
            return .proceed
        }
        return (links, headings)
    }

    static func kind(of node: CNode, type: CNodeType) -> MarkdownNode.Kind {
        switch type {
        case .document: .document
        case .blockQuote: .blockQuote
        case .list: .list(ordered: node.isOrderedList, start: node.listStart, tight: node.isTightList)
        case .item: .item
        case .codeBlock: .codeBlock(info: node.fenceInfo)
        case .htmlBlock: .htmlBlock
        case .customBlock, .none: .customBlock
        case .paragraph: .paragraph
        case .heading: .heading(level: node.headingLevel)
        case .thematicBreak: .thematicBreak
        case .text: .text
        case .softBreak: .softBreak
        case .lineBreak: .lineBreak
        case .code: .code
        case .htmlInline: .htmlInline
        case .customInline: .wrapper(open: node.onEnter, close: node.onExit)
        case .emphasis: .emphasis
        case .strong: .strong
        case .link: .link(destination: node.url, title: node.title)
        case .image: .image(source: node.url, title: node.title)
        }
    }
}

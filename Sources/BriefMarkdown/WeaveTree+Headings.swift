extension WeaveTree {
    /// The heading nodes, in document order, each with its plain text as `MarkdownHeading.text`
    /// has it (text and code literals, image alt text included, a space per line break; raw HTML
    /// left out). O(size of the headings).
    func headings() -> [(node: Int32, text: String)] {
        var result: [(node: Int32, text: String)] = []
        var bytes: [UInt8] = []
        // Headings are never made by wrapping or splitting: in index order, they are in document order.
        for heading in nodes.indices where nodes[heading].kind == .heading {
            bytes.removeAll(keepingCapacity: true)
            let top = Int32(heading)
            var node = nodes[heading].first
            while node >= 0 {
                let n = nodes[Int(node)]
                switch n.kind {
                case .text, .code:
                    if n.literalInPlain {
                        bytes += plain[Int(n.start)..<Int(n.end)]
                    } else {
                        bytes += pool[Int(n.a)..<Int(n.a + n.aCount)]
                    }
                case .softBreak, .lineBreak:
                    bytes.append(0x20)
                default:
                    break
                }
                if !n.kind.isLeaf, n.first >= 0 {
                    node = n.first
                    continue
                }
                // The next node after this subtree, without leaving the heading.
                var current = node
                while current != top, nodes[Int(current)].next < 0 { current = nodes[Int(current)].parent }
                node = current == top ? -1 : nodes[Int(current)].next
            }
            result.append((top, String(decoding: bytes, as: UTF8.self)))
        }
        return result
    }
}

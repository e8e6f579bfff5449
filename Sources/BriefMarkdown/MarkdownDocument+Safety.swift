extension MarkdownDocument {
    /// Turns raw HTML into text (unless `allowingHTML`), empties dangerous link destinations and
    /// turns images with a dangerous source into their alt text, in one walk plus edits:
    /// O(size of the document).
    static func makeSafe(_ root: CNode, allowingHTML: Bool) {
        var html: [CNode] = []
        var links: [CNode] = []
        root.forEach { node, entering in
            guard entering else { return .proceed }
            switch node.type {
            case .htmlInline, .htmlBlock: if !allowingHTML { html.append(node) }
            case .link, .image: links.append(node)
            default: break
            }
            return .proceed
        }
        for link in links where URLSafety.isDangerous(link.url) {
            guard link.type == .image else {
                link.setURL("")
                continue
            }
            // An emptied source would make `<img src="">`, which no browser shows and HTML does
            // not allow: the alt text stands in for the image, as text.
            while let child = link.firstChild { link.insertBefore(child) }
            // (The caller joins its text to the text around it.)
            link.free()
        }
        for node in html {
            var literal = node.literal ?? ""
            let text = CNode.make(.text)
            if node.type == .htmlInline {
                text.setLiteral(literal)
                node.replaceAndFree(with: text)
            } else {
                while literal.utf8.last == 0x0A { literal.removeLast() }
                text.setLiteral(literal)
                let paragraph = CNode.make(.paragraph)
                paragraph.appendChild(text)
                node.replaceAndFree(with: paragraph)
            }
        }
    }
}

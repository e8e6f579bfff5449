extension MarkdownDocument {
    /// Replaces link and image destinations: `transform` gets each destination as written and
    /// returns the new one, or nil to keep it. A new destination goes through the same safety
    /// check as parsed ones (`javascript:` and friends become ""). O(size of the document).
    public func rewriteLinkDestinations(_ transform: (String) -> String?) {
        var links: [CNode] = []
        root.forEach { node, entering in
            if entering, node.type == .link || node.type == .image { links.append(node) }
            return .proceed
        }
        for link in links {
            guard let replacement = transform(link.url) else { continue }
            link.setURL(URLSafety.isDangerous(replacement) ? "" : replacement)
        }
    }
}

extension MarkdownDocument {
    /// What becomes of one link or image in `rewriteLinks(_:)`.
    public enum LinkRewrite: Sendable, Equatable {
        /// Left as written.
        case keep
        /// Leads to this destination instead.
        case destination(String)
        /// No longer a link: its content stays in its place, as text (images are kept).
        case unlink
    }

    /// Replaces link and image destinations: `transform` gets each destination as written and
    /// returns the new one, or nil to keep it. A new destination goes through the same safety
    /// check as parsed ones (`javascript:` and friends become ""). O(size of the document).
    public func rewriteLinkDestinations(_ transform: (String) -> String?) {
        rewriteLinks { destination in transform(destination).map(LinkRewrite.destination) ?? .keep }
    }

    /// `rewriteLinkDestinations(_:)`, where `transform` may also turn a link into its content.
    /// O(size of the document).
    public func rewriteLinks(_ transform: (String) -> LinkRewrite) {
        var links: [CNode] = []
        root.forEach { node, entering in
            if entering, node.type == .link || node.type == .image { links.append(node) }
            return .proceed
        }
        var unlinked = false
        for link in links {
            switch transform(link.url) {
            case .keep:
                continue
            case .destination(let replacement):
                link.setURL(URLSafety.isDangerous(replacement) ? "" : replacement)
            case .unlink:
                guard link.type == .link else { continue }
                // Its children move out in front of it, in order; then it goes.
                while let child = link.firstChild { link.insertBefore(child) }
                link.free()
                unlinked = true
            }
        }
        // The text that was inside joins the text around it, as if never linked.
        if unlinked {
            Cmark.consolidateText(root)
            textMap = nil
        }
    }

    /// The destinations of the document's links and images, as written, in document order:
    /// what `rewriteLinks(_:)` hands its transform. O(size of the document).
    public var linkAndImageDestinations: [String] {
        var destinations: [String] = []
        root.forEach { node, entering in
            if entering, node.type == .link || node.type == .image { destinations.append(node.url) }
            return .proceed
        }
        return destinations
    }
}

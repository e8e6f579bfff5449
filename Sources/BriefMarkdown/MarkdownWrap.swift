/// One wrapping to apply with `MarkdownDocument.wrap(_:)`: the plain-text
/// byte range and the raw markup to put around it.
///
/// `open` and `close` are inserted verbatim into the HTML: the caller must
/// escape any attribute values in them.
public struct MarkdownWrap: Sendable, Hashable {
    /// UTF-8 byte range in `MarkdownDocument.plainText`, end exclusive.
    public var range: Range<Int>
    public var open: String
    public var close: String
    /// Leave the content of existing links unwrapped (wrap around them instead),
    /// so that an `<a>` wrapper never ends up inside a Markdown link.
    public var avoidingLinks: Bool

    public init(range: Range<Int>, open: String, close: String, avoidingLinks: Bool = false) {
        self.range = range
        self.open = open
        self.close = close
        self.avoidingLinks = avoidingLinks
    }
}

/// A link found in a document, for link checking and the site's indexes.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written (after entity and escape decoding); "" when it
    /// was a dangerous one (`javascript:` ...) and was neutralised.
    public var destination: String
    public var title: String
    /// The plain text of the link's content.
    public var text: String
    /// 1-based source line and column (UTF-8 bytes) of the link, or of its block when cmark has none.
    public var line: Int
    public var column: Int
    /// True for an image (`![alt](src)`), whose `text` is the alt text.
    public var isImage: Bool

    public init(destination: String, title: String, text: String, line: Int, column: Int, isImage: Bool = false) {
        self.destination = destination
        self.title = title
        self.text = text
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}

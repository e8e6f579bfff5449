// PLACEHOLDER: replaced by the raw-article cleaner (issue 2/3).
/// A news article pasted from a web page, reduced to its headline and clean body.
public struct RawArticle: Sendable, Hashable {
    public var title: String
    public var paragraphs: [String]
    public var byline: String?
    public var dateline: String?
    public var source: String?
    /// The paragraphs joined by blank lines.
    public var body: String { paragraphs.joined(separator: "\n\n") }

    public init(parsing text: String) {
        let blocks = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        title = blocks.first ?? ""
        paragraphs = Array(blocks.dropFirst())
    }
}

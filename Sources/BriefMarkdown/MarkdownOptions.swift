/// How Markdown is parsed and rendered. The defaults are the safe ones.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Straight quotes to curly ones, `--` to dashes (cmark's CMARK_OPT_SMART).
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 0)
    /// Let raw HTML in content through. Without it raw HTML is shown escaped, as text.
    public static let unsafeHTML = MarkdownOptions(rawValue: 1 << 1)
    /// Render soft line breaks as `<br />`.
    public static let hardBreaks = MarkdownOptions(rawValue: 1 << 2)
}

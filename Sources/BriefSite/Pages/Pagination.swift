import BriefContent

/// `{{pagination.*}}` on index pages.
public struct Pagination: Sendable, Hashable {
    /// 1-based.
    public var current: Int
    public var total: Int
    public var isFirst: Bool
    public var hasMultiplePages: Bool
    /// Relative link to the previous (newer) page, if any.
    public var newer: String?
    /// Relative link to the next (older) page, if any.
    public var older: String?

    public init(current: Int, total: Int, from context: PageContext) {
        self.current = current
        self.total = total
        isFirst = current == 1
        hasMultiplePages = total > 1
        newer = current > 1 ? context.link(to: Self.path(ofPage: current - 1)) : nil
        older = current < total ? context.link(to: Self.path(ofPage: current + 1)) : nil
    }

    /// `index.html` for page 1, `page/N/index.html` after it.
    public static func path(ofPage number: Int) -> String {
        number == 1 ? "index.html" : "page/\(number)/index.html"
    }
}

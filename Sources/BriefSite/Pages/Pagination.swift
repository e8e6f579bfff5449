import BriefContent

/// `{{pagination.*}}` on the index, tag, entity and quotes pages.
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
    /// The words of the links to the previous and the next page: `Newer` and `Older` on lists
    /// latest first, `Previous` and `Next` on the quotes pages (by speaker).
    public var newerLabel: String
    public var olderLabel: String

    /// Page `current` of `total` in `folder` (`""` for the home page, `tags/nato/`, `quotes/`).
    public init(
        current: Int, total: Int, from context: PageContext, folder: String = "", labels: (newer: String, older: String) = Pagination.byDate
    ) {
        self.current = current
        self.total = total
        newerLabel = labels.newer
        olderLabel = labels.older
        isFirst = current == 1
        hasMultiplePages = total > 1
        newer = current > 1 ? context.link(to: Self.path(ofPage: current - 1, in: folder)) : nil
        older = current < total ? context.link(to: Self.path(ofPage: current + 1, in: folder)) : nil
    }

    /// Labels of lists latest first: `Newer`, `Older`.
    public static let byDate = (newer: "Newer", older: "Older")
    /// Labels of lists in another order (the quotes pages, by speaker): `Previous`, `Next`.
    public static let inOrder = (newer: "Previous", older: "Next")

    /// `FOLDERindex.html` for page 1, `FOLDERpage/N/index.html` after it.
    public static func path(ofPage number: Int, in folder: String = "") -> String {
        number == 1 ? folder + "index.html" : folder + "page/\(number)/index.html"
    }

    /// `count` items in pages of `size` (all on one page when `size` is 0): each page's range.
    /// There is always one page, empty when there is nothing.
    static func pages(of count: Int, size: Int) -> [Range<Int>] {
        let size = size > 0 ? size : max(count, 1)
        return stride(from: 0, to: max(count, 1), by: size).map { $0..<min($0 + size, count) }
    }
}

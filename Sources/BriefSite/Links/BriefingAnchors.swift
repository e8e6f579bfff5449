import BriefMarkdown

/// The `id`s in a briefing's page that links may name after `#`: its headings' (see
/// `HeadingAnchors`), its quotes' (`q-1`, `q-2`, ...) and the theme's own (`main`, ...).
///
/// Heading ids are kept off the other two kinds, so a heading "Main" or "Q 3" never takes an
/// id the page already has: it gets `main-1`, `q-3-1`.
public enum BriefingAnchors {
    /// The fixed ids of the built-in theme's pages (a test keeps this list complete): the layout's
    /// `main`, the briefing's panel titles, the entity and search pages' ones (a theme may move
    /// those onto a briefing's page).
    public static let themeIDs: Set<String> = EntityNoteAnchors.entityPageIDs.union([
        "who-said-what-title", "in-this-briefing-title",
        "search-form", "search-input", "search-status", "search-results",
    ])

    /// True for an id a heading must not take: a theme id or a quote id. O(id).
    public static func isReserved(_ id: String) -> Bool {
        isQuoteID(id) || themeIDs.contains(id)
    }

    /// `q-` and decimal digits: the form of quote ids (`AnnotationWeaver`).
    static func isQuoteID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard bytes.count > 2, bytes.starts(with: "q-".utf8) else { return false }
        return bytes.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// What headings must not take: `isReserved`, and `rawHTMLIDs`, the ids a body's raw HTML
    /// sets (`MarkdownDocument.rawHTMLIDs`: shown only with `unsafe_html`; none otherwise).
    public static func reservedIDs(besides rawHTMLIDs: Set<String>) -> (String) -> Bool {
        if rawHTMLIDs.isEmpty { return isReserved }
        return { id in isReserved(id) || rawHTMLIDs.contains(id) }
    }

    /// Every id a link into a briefing's page may name: its headings' `headingIDs`, its
    /// `quoteCount` quotes', the theme's and `rawHTMLIDs` (shown only with `unsafe_html`).
    public static func ids(headingIDs: [String], rawHTMLIDs: Set<String>, quoteCount: Int) -> Set<String> {
        var ids = themeIDs.union(headingIDs).union(rawHTMLIDs)
        if quoteCount > 0 { for number in 1...quoteCount { ids.insert("q-\(number)") } }
        return ids
    }
}

import BriefMarkdown

/// The `id`s in an entity's page that links in its note (`content/entities/ID.md`) may name after
/// `#`: the note's headings' (see `HeadingAnchors`) and the theme's own (`main`,
/// `entity-quotes-title`, ...).
///
/// A note's heading ids are kept off the theme's, as a briefing's are (`BriefingAnchors`): a
/// heading "Main" in a note is `main-1`. The page has no quote ids, so "Q 1" stays `q-1`.
public enum EntityNoteAnchors {
    /// True for an id a note's heading must not take: one of the theme's fixed ids
    /// (`BriefingAnchors.themeIDs`, which lists the entity page's). O(id).
    public static func isReserved(_ id: String) -> Bool {
        BriefingAnchors.themeIDs.contains(id)
    }

    /// Every id a link in a note may name: its headings' `headingIDs` and the theme's.
    public static func ids(headingIDs: [String]) -> Set<String> {
        BriefingAnchors.themeIDs.union(headingIDs)
    }

    /// The note's Markdown `body` as HTML (raw HTML in it escaped), its headings with their ids.
    /// O(size of the body).
    public static func html(ofNote body: String) -> String {
        var weave = MarkdownWeave(MarkdownDocument(body, options: []))
        weave.identifyHeadings(isReserved: isReserved)
        return weave.renderHTML()
    }
}

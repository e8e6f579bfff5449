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

    /// The built-in theme's ids on an entity page (its sections' only when it has them), the
    /// layout's `main` among them; `BriefingAnchors.themeIDs` holds them with the other pages'.
    static let entityPageIDs: Set<String> = ["main", "entity-quotes-title", "entity-briefings-title", "entity-related-title"]

    /// Every id a link in a note may name: its headings' `headingIDs` and the entity page's
    /// (not a briefing's or the search page's: `#search-input` leads nowhere there).
    public static func ids(headingIDs: [String]) -> Set<String> {
        entityPageIDs.union(headingIDs)
    }

    /// The note's Markdown `body` as HTML (raw HTML in it escaped), its headings with their ids.
    /// O(size of the body).
    /// `links`: where its links lead (`SiteEntity.noteLinks`; "" unlinks).
    public static func html(ofNote body: String, links: [String: String] = [:]) -> String {
        let document = MarkdownDocument(body, options: [])
        if !links.isEmpty {
            document.rewriteLinks { destination in
                guard let href = links[destination] else { return .keep }
                return href.isEmpty ? .unlink : .destination(href)
            }
        }
        var weave = MarkdownWeave(document)
        weave.identifyHeadings(isReserved: isReserved)
        return weave.renderHTML()
    }
}

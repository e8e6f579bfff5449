import BriefContent
import BriefMarkdown

/// The links in entity notes' bodies, resolved as a briefing's are (`LinkResolver`): a relative
/// link to a briefing's source file from the note's folder (`[z](../b.md)`) leads to its page, an
/// `entity:` link to that entity's page or, with none, to nothing (its text stays).
enum EntityNoteLinks {
    /// `entities` with `noteLinks` set for each note with links; nil when no note has any (the
    /// usual case: nothing is parsed but notes whose body could hold a link).
    static func resolved(_ entities: [SiteEntity], links: LinkResolver, merge: SiteEntities) -> [SiteEntity]? {
        var result: [SiteEntity]?
        for (index, entity) in entities.enumerated() {
            guard let note = entity.note, note.body.utf8.contains(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "<") })
            else { continue }
            let hrefs = self.hrefs(of: note, onPageOf: entity.id, links: links, merge: merge)
            guard !hrefs.isEmpty else { continue }
            if result == nil { result = entities }
            result![index].noteLinks = hrefs
        }
        return result
    }

    /// The rewritten destinations of `note`'s links on the page of entity `id`.
    static func hrefs(of note: EntityNote, onPageOf id: String, links: LinkResolver, merge: SiteEntities) -> [String: String] {
        let page = EntityID.path(of: id)
        var hrefs: [String: String] = [:]
        // Images' too, as in a briefing (`LinkResolver.rewrite`): `![map](../static/map.png)`.
        for destination in MarkdownDocument(note.body, options: []).links.lazy.map(\.destination) where hrefs[destination] == nil {
            switch links.target(of: destination, from: note.path) {
            case .entity(let target):
                hrefs[destination] = merge.linkTarget(target).map { EntityID.link(to: $0.id, from: LinkResolver.root(fromPage: page)) } ?? ""
            case .emptyEntity:
                hrefs[destination] = ""
            case let other:
                if let href = links.href(for: other, fromPage: page) { hrefs[destination] = href }
            }
        }
        return hrefs
    }
}

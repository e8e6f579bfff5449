import BriefContent
import BriefMarkdown
import Foundation

/// Turns the links authors write between briefings and to entity pages into page links.
///
/// How authors link, in Markdown:
/// - to another briefing: a relative path to its source file, from the linking file's folder,
///   `[NATO](../world/nato-summit.md)` (or `.txt`, `.markdown`), optionally with `#fragment`;
///   a path starting with `/` starts at `content/` (`/world/nato-summit.md`). The build writes
///   the other briefing's page instead (`../../briefings/nato-summit/index.html`), whatever its
///   slug, so renaming a slug never breaks links.
/// - to an entity page: `[Lavrov](entity:sergei-lavrov)`, with the entity's id as `brief
///   annotate` prints it; written as `entities/ID/index.html`, relative, for the site entity the
///   id stands for (`SiteEntities.linkTarget`).
///
/// Everything else (web links, `#anchors`, static files) is left as written. A briefing link
/// that leads nowhere is left as written by the build; an entity link that leads to no entity
/// page is no link, only its text. `brief check` reports both. A link with a briefing's extension
/// that leads to a file of `static/` (`/files/notes.txt`, from the site root as the site serves
/// it, or `../static/files/notes.txt`, from the linking file) is a static file's, not a briefing's.
public struct LinkResolver: Sendable {
    /// Where a link destination leads.
    public enum Target: Sendable, Equatable {
        /// Not a briefing or entity link: left as written.
        case other
        /// The page of the briefing with this slug, at `fragment` when given.
        case briefing(slug: String, fragment: String?)
        /// The entity page of this id.
        case entity(id: String)
        /// A briefing source path (relative to the site) that is no published briefing;
        /// `isDraft` when it is a draft left out of this build.
        case missingBriefing(path: String, isDraft: Bool)
        /// `entity:` without an id.
        case emptyEntity
    }

    /// The scheme of entity links.
    public static let entityScheme = "entity:"
    /// Source file extensions a briefing link may name.
    public static let briefingExtensions: Set<String> = ["md", "markdown", "txt"]

    private let slugsByPath: [String: String]
    private let draftPaths: Set<String>
    private let staticFiles: Set<String>

    /// A resolver for the briefings of one build; `leftOutDrafts` only sharpen messages.
    /// `staticFiles` (paths relative to `static/`) are the files links to which are no briefing
    /// links (the build leaves them as written either way, so it need not list them).
    public init(briefings: [Briefing], leftOutDrafts: [Briefing] = [], staticFiles: Set<String> = []) {
        var slugs: [String: String] = [:]
        for briefing in briefings { slugs[briefing.path] = briefing.slug }
        slugsByPath = slugs
        draftPaths = Set(leftOutDrafts.map(\.path))
        self.staticFiles = staticFiles
    }

    /// The id of an `entity:ID` destination (percent-decoded, "" when none); nil for any other.
    static func entityID(in destination: String) -> String? {
        let scheme = entityScheme.utf8
        let bytes = destination.utf8
        // The scheme in any case, compared as ASCII bytes.
        guard bytes.count >= scheme.count,
            zip(bytes, scheme).allSatisfy({ $0 == $1 || ($1 >= 0x61 && $1 <= 0x7A && $0 == $1 - 0x20) })
        else { return nil }
        var id = Substring(String(decoding: bytes.dropFirst(scheme.count), as: UTF8.self))
        while id.first == "/" { id = id.dropFirst() }
        while id.last == "/" { id = id.dropLast() }
        return String(id).removingPercentEncoding ?? String(id)
    }

    /// Where `destination`, written in the file at `sourcePath` (relative to the site), leads.
    public func target(of destination: String, from sourcePath: String) -> Target {
        if let id = Self.entityID(in: destination) { return id.isEmpty ? .emptyEntity : .entity(id: id) }
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"),
            !Self.hasScheme(destination)
        else { return .other }
        var path = Substring(destination)
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") { path = path[..<question] }
        let decoded = String(path).removingPercentEncoding ?? String(path)
        guard let dot = decoded.lastIndex(of: "."),
            Self.briefingExtensions.contains(decoded[decoded.index(after: dot)...].lowercased())
        else { return .other }
        let base = decoded.hasPrefix("/") ? "content" : Self.folder(of: sourcePath)
        guard let resolved = Self.normalize(base + "/" + decoded) else {
            return .missingBriefing(path: decoded, isDraft: false)
        }
        if let slug = slugsByPath[resolved] {
            return .briefing(slug: slug, fragment: fragment.flatMap { $0.isEmpty ? nil : $0 })
        }
        if !staticFiles.isEmpty {
            // From the site root (`static/` is published there), or a path into static/.
            let staticPath = decoded.hasPrefix("/") ? Self.normalize(decoded) : resolved.hasPrefix("static/") ? String(resolved.dropFirst(7)) : nil
            if let staticPath, staticFiles.contains(staticPath) { return .other }
        }
        return .missingBriefing(path: resolved, isDraft: draftPaths.contains(resolved))
    }

    /// The link written into the page at `pagePath` (site-relative) for `target`; nil keeps the
    /// destination as written.
    public func href(for target: Target, fromPage pagePath: String) -> String? {
        let root = Self.root(fromPage: pagePath)
        switch target {
        case .briefing(let slug, let fragment):
            return root + BriefingSummary.path(forSlug: slug) + (fragment.map { "#" + $0 } ?? "")
        case .entity(let id):
            return root + Self.entityPagePath(id)
        case .other, .missingBriefing, .emptyEntity:
            return nil
        }
    }

    /// Rewrites the briefing and entity links of `briefing`'s parsed body for its page: entity
    /// links through `entities` (the site-wide merge), those to no entity page unlinked.
    public func rewrite(_ document: MarkdownDocument, of briefing: Briefing, entities: SiteEntities) {
        let page = BriefingSummary.path(forSlug: briefing.slug)
        document.rewriteLinks { destination in
            switch target(of: destination, from: briefing.path) {
            case .entity(let id):
                guard let entity = entities.linkTarget(id) else { return .unlink }
                return .destination(EntityID.link(to: entity.id, from: Self.root(fromPage: page)))
            case .emptyEntity:
                return .unlink
            case let other:
                return href(for: other, fromPage: page).map(MarkdownDocument.LinkRewrite.destination) ?? .keep
            }
        }
    }

    /// The entity ids of the `entity:` links among `destinations` (as `target(of:from:)` reads
    /// them), each once, in order: what a body's entity links depend on.
    public static func entityIDs(linkedFrom destinations: [String]) -> [String] {
        var ids: [String] = []
        for destination in destinations {
            guard let id = entityID(in: destination), !id.isEmpty, !ids.contains(id) else { continue }
            ids.append(id)
        }
        return ids
    }

    /// `entities/ID/index.html`.
    public static func entityPagePath(_ id: String) -> String {
        let safe = id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#"])) ?? id
        return "entities/\(safe)/index.html"
    }

    /// From the page at `pagePath` back to the site root: `""` or `"../../"`.
    static func root(fromPage pagePath: String) -> String {
        String(repeating: "../", count: max(0, pagePath.split(separator: "/").count - 1))
    }

    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return scheme.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0) }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Removes `.` and `..` segments; nil when `..` would leave the site folder.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }
}

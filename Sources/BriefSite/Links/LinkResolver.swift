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
/// - to a file of `static/`: a relative path from the linking file's folder into the site's
///   `static/` folder, `[map](../static/img/map.png)`. `static/` is published at the site root,
///   so the build writes the file's place there instead (`../../img/map.png`), with the query
///   and fragment as written; `brief check` reports one to no file (or folder) of `static/`.
///   A link to `static/` itself leads to the site root (`../../`).
///
/// Everything else (web links, `#anchors`, links from the site root) is left as written. A briefing link
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
        /// A relative path into the site's `static/` folder: `path` there (a folder's ends in
        /// `/`), published at the site root; `suffix` is the query and fragment as written.
        case staticFile(path: String, suffix: String)
    }

    /// The scheme of entity links.
    public static let entityScheme = "entity:"
    /// Source file extensions a briefing link may name.
    public static let briefingExtensions: Set<String> = ["md", "markdown", "txt"]

    /// By the bytes of the path (`PathKey`): two files whose names differ only in Unicode
    /// normalization (`café.md` composed and decomposed) are two briefings on Linux, and a link
    /// leads to the one whose bytes it names (a `String` key took them for one, either's slug).
    private let slugsByPath: [PathKey: String]
    private let draftPaths: Set<PathKey>
    /// The fallback for a link no file has the very bytes of, made when one first needs it.
    private let equivalents: EquivalentPaths
    /// By bytes too: a link into static/ is written as its own path, so one that names a file
    /// only in another normal form leads to no file on the host (a `String` set said it did).
    private let staticFiles: Set<PathKey>

    /// A resolver for the briefings of one build; `leftOutDrafts` only sharpen messages.
    /// `staticFiles` (paths relative to `static/`) are the files links to which are no briefing
    /// links, and that `staticFile` targets are checked against (`hasStatic`); the build needs
    /// none: where a link leads does not depend on them.
    public init(briefings: [Briefing], leftOutDrafts: [Briefing] = [], staticFiles: Set<String> = []) {
        var slugs: [PathKey: String] = [:]
        slugs.reserveCapacity(briefings.count)
        for briefing in briefings { slugs[PathKey(briefing.path)] = briefing.slug }
        slugsByPath = slugs
        draftPaths = Set(leftOutDrafts.map { PathKey($0.path) })
        equivalents = EquivalentPaths(slugsByPath: slugs, draftPaths: draftPaths)
        self.staticFiles = Set(staticFiles.lazy.map { PathKey($0) })
    }

    /// Whether the fallback's tables are made (for tests: only a link that misses makes them).
    var hasEquivalentTables: Bool { equivalents.isMade }

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
        switch Self.reading(of: destination, from: sourcePath) {
        case .decided(let target):
            return target
        case .briefingFile(let resolved, let decoded, let fragment):
            if let slug = slug(ofSource: resolved) {
                return .briefing(slug: slug, fragment: fragment.flatMap { $0.isEmpty ? nil : $0 })
            }
            let isDraft = draftPaths.contains(PathKey(resolved))
            if !staticFiles.isEmpty {
                // From the site root (`static/` is published there; a path into static/ is a
                // `staticFile`, in `reading`).
                if decoded.hasPrefix("/"), let staticPath = Self.normalize(decoded), staticFiles.contains(PathKey(staticPath)) { return .other }
            }
            return .missingBriefing(path: resolved, isDraft: isDraft || equivalents.isDraft(resolved))
        }
    }

    /// The slug of the briefing whose source file is `resolved` (relative to the site): the
    /// file of these very bytes, unless a draft left out; else one whose name is the same text
    /// in another normal form.
    private func slug(ofSource resolved: String) -> String? {
        if let slug = slugsByPath[PathKey(resolved)] { return slug }
        return draftPaths.contains(PathKey(resolved)) ? nil : equivalents.slug(resolved)
    }

    /// What a destination's own text tells of where it leads: all of it, or the source file of
    /// a briefing it names, which only the briefings of the build can tell more of.
    private enum Reading {
        case decided(Target)
        /// `resolved`: the file's path relative to the site; `decoded`: the path as written,
        /// percent-decoded.
        case briefingFile(resolved: String, decoded: String, fragment: String?)
    }

    private static func reading(of destination: String, from sourcePath: String) -> Reading {
        if let id = entityID(in: destination) { return .decided(id.isEmpty ? .emptyEntity : .entity(id: id)) }
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"),
            !hasScheme(destination)
        else { return .decided(.other) }
        var path = Substring(destination)
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") { path = path[..<question] }
        let decoded = String(path).removingPercentEncoding ?? String(path)
        if let staticPath = staticPath(of: decoded, from: sourcePath) {
            return .decided(.staticFile(path: staticPath, suffix: String(destination[path.endIndex...])))
        }
        guard let dot = decoded.lastIndex(of: "."),
            briefingExtensions.contains(decoded[decoded.index(after: dot)...].lowercased())
        else { return .decided(.other) }
        let base = decoded.hasPrefix("/") ? "content" : folder(of: sourcePath)
        guard let resolved = normalize(base + "/" + decoded) else {
            return .decided(.missingBriefing(path: decoded, isDraft: false))
        }
        return .briefingFile(resolved: resolved, decoded: decoded, fragment: fragment)
    }

    /// The source files (relative to the site) that the briefing links among `destinations`,
    /// written in the file at `sourcePath`, name, each once, in order: all that where a body's
    /// links lead depends on besides its own text (`addLinkTargets`). Empty for nearly
    /// every briefing, so adding or removing a briefing renders again only the bodies that
    /// link to its file.
    public static func briefingPaths(linkedFrom destinations: [String], from sourcePath: String) -> [String] {
        var paths: [String] = []
        for destination in destinations {
            guard case .briefingFile(let resolved, _, _) = reading(of: destination, from: sourcePath),
                !paths.contains(where: { PathKey.sameBytes($0[...], resolved[...]) })
            else { continue }
            paths.append(resolved)
        }
        return paths
    }

    /// What the links to the source files `paths` (`briefingPaths`) lead to in this build, into
    /// `hasher`: each one's slug, or none. A link to no briefing is written as it stands,
    /// whatever else `target` tells of it (missing, a draft, a file of static/).
    func addLinkTargets(ofPaths paths: [String], to hasher: inout FNV64) {
        hasher.add(paths.count)
        for path in paths { hasher.add(slug(ofSource: path)) }
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
        case .staticFile(let path, let suffix):
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#"])) ?? path
            // static/ itself from a page at the root: `./`, as an empty link is the page itself.
            let link = root + encoded
            return (link.isEmpty ? "./" : link) + suffix
        case .other, .missingBriefing, .emptyEntity:
            return nil
        }
    }

    /// The path under `static/` that the relative link path `decoded` (percent-decoded, no
    /// query or fragment), written in the file at `sourcePath`, leads to; nil when it leads
    /// elsewhere. A folder's keeps its `/`; `static/` itself is "" (its files are the output
    /// root's, so a link to it leads to the root, `../../` from a briefing's page).
    static func staticPath(of decoded: String, from sourcePath: String) -> String? {
        // Most links never name the folder: no path is put together for them.
        guard !decoded.hasPrefix("/"), decoded.contains(Self.staticFolder.dropLast()),
            let resolved = normalize(folder(of: sourcePath) + "/" + decoded)
        else { return nil }
        if resolved == Self.staticFolder.dropLast() { return "" }
        guard resolved.hasPrefix(Self.staticFolder) else { return nil }
        let path = String(resolved.dropFirst(Self.staticFolder.count))
        return decoded.hasSuffix("/") ? path + "/" : path
    }

    /// `static/`, the site's folder of files published as they are at the site root.
    static let staticFolder = "static/"

    /// Whether `path` (a `staticFile` target's) is a file of `static/`, or a folder holding one;
    /// static/ itself ("") leads to the output root, which every build writes.
    public func hasStatic(_ path: String) -> Bool {
        if path.isEmpty { return true }
        // By bytes (`hasPrefix` on `String` compares Characters, canonical equivalence).
        let folder = path.hasSuffix("/") ? path : path + "/"
        if !path.hasSuffix("/"), staticFiles.contains(PathKey(path)) { return true }
        return staticFiles.contains { $0.path.utf8.starts(with: folder.utf8) }
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

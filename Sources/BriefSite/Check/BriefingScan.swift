import BriefAnnotate
import BriefContent
import BriefMarkdown
import Foundation

/// One briefing as `brief check` sees it: its links (resolved, with file lines), the entities
/// the annotator finds in it (as the build's summary holds them, for the site-wide merge) and
/// the ids its page will have. Made in a child task; holds no document.
struct BriefingScan: Sendable {
    struct EntityLink: Sendable {
        var id: String
        var line: Int?
    }

    /// A link to an element of a briefing's page: `other.md#reactions`, `#reactions`.
    struct FragmentLink: Sendable {
        var destination: String
        /// The slug of the briefing whose page it leads to.
        var slug: String
        /// Percent-decoded.
        var fragment: String
        var line: Int?

        /// A link to `fragment` as written (percent-encoded or not) of the page of `slug`.
        init(_ destination: String, slug: String, fragment: String, line: Int?) {
            self.destination = destination
            self.slug = slug
            self.fragment = fragment.removingPercentEncoding ?? fragment
            self.line = line
        }
    }

    var path: String
    var slug: String
    var linkProblems: [CheckProblem] = []
    var entityLinks: [EntityLink] = []
    var fragmentLinks: [FragmentLink] = []
    /// The briefing's summary with only its entities filled in (per-briefing ids, counted as
    /// the build counts them): what `SiteEntities` merges site-wide.
    var summary: BriefingSummary
    /// The ids of elements of this briefing's page links may name (`BriefingAnchors.ids`).
    var anchors: Set<String> = []
    /// Its headings' ids, in order: named in the message about a fragment that misses.
    var headingIDs: [String] = []

    /// `unloadable`: files that exist but have errors of their own; links to them are not reported again.
    init(
        _ briefing: Briefing, resolver: LinkResolver, annotator: Annotator, options: MarkdownOptions, siteDirectory: URL,
        unloadable: Set<String>
    ) {
        path = briefing.path
        slug = briefing.slug
        let document = MarkdownDocument(briefing.markdown, options: options)
        // The text the build annotates (`BriefingRenderer.annotate`), read the same way.
        let (annotation, mentionCounts) = annotator.annotateCountingMentions(utf8: document.prose.annotatableUTF8)
        summary = BriefingSummary(briefing: briefing, summary: nil)
        summary.entities = BriefingRenderer.entityCounts(annotation, mentionCounts: mentionCounts)
        let rawHTMLIDs = document.rawHTMLIDs
        headingIDs = document.headingIDs(isReserved: BriefingAnchors.reservedIDs(besides: rawHTMLIDs))
        anchors = BriefingAnchors.ids(headingIDs: headingIDs, rawHTMLIDs: rawHTMLIDs, quoteCount: annotation.quotes.count)
        // Raw articles are shown as written: nothing in them is a link.
        guard briefing.format == .markdown else { return }
        let offset = Self.bodyLineOffset(of: briefing, siteDirectory: siteDirectory)
        for link in document.links {
            let line = link.line > 0 ? link.line + offset : nil
            switch resolver.target(of: link.destination, from: briefing.path) {
            case .missingBriefing(let target, _) where unloadable.contains(target):
                break
            case .missingBriefing(let target, let isDraft):
                let why = Self.whyNoBriefing(target, isDraft: isDraft)
                linkProblems.append(CheckProblem(path: path, line: line, message: "link to `\(link.destination)` leads nowhere: \(why)"))
            case .emptyEntity:
                linkProblems.append(CheckProblem(path: path, line: line, message: "link to `\(link.destination)` names no entity; write entity:ID"))
            case .entity(let id):
                entityLinks.append(EntityLink(id: id, line: line))
            case .briefing(let slug, let fragment?):
                fragmentLinks.append(FragmentLink(link.destination, slug: slug, fragment: fragment, line: line))
            case .other where link.destination.hasPrefix("#") && link.destination.count > 1 && !link.isImage:
                fragmentLinks.append(FragmentLink(link.destination, slug: slug, fragment: String(link.destination.dropFirst()), line: line))
            case .staticFile(let target, _) where !resolver.hasStatic(target):
                linkProblems.append(CheckProblem(path: path, line: line, message: "link to `\(link.destination)` leads nowhere: \(Self.whyNoStaticFile(target))"))
            case .briefing, .other, .staticFile:
                break
            }
        }
    }

    /// Lines before the body in the file (front matter, a title heading taken out): the body is
    /// the file's tail, so the difference in line counts is the offset.
    static func bodyLineOffset(of briefing: Briefing, siteDirectory: URL) -> Int {
        guard let data = FileManager.default.contents(atPath: siteDirectory.appendingPathComponent(briefing.path).path) else { return 0 }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard text.hasSuffix(briefing.markdown) else { return 0 }
        func lines(_ s: Substring) -> Int { s.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        return lines(text.dropLast(briefing.markdown.count))
    }
}

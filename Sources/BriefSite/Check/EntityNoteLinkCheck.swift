import BriefContent
import BriefMarkdown

// The links in an entity note's body, checked as a briefing's are: the build resolves them the
// same way (`EntityNoteLinks`).
extension BriefingScan {
    /// Why a link to the source file `target` leads nowhere (`LinkResolver.Target.missingBriefing`).
    static func whyNoBriefing(_ target: String, isDraft: Bool) -> String {
        if isDraft { return "\(target) is a draft (publish it, or check with --drafts)" }
        if target.hasPrefix("content/\(ContentLoader.entitiesFolder)/") {
            return "\(target) is an entity note, not a briefing; link to its page with entity:ID (the id `brief annotate` prints)"
        }
        return "there is no briefing \(target)"
    }

    /// Why a link into `static/` (`LinkResolver.Target.staticFile`) leads nowhere.
    static func whyNoStaticFile(_ target: String) -> String {
        target.hasSuffix("/") ? "static/ has no folder \(target)" : "there is no file static/\(target)"
    }
}

extension SiteChecker {
    /// Links in `note`'s body to a briefing source file that is no published briefing, `entity:`
    /// without an id, and (unless `entityChecksSkipped`) `entity:` links that lead to no page
    /// (`leadsSomewhere` answers as the build's merge does).
    static func linkProblems(
        ofNote note: EntityNoteFile, resolver: LinkResolver, leadsSomewhere: (String) -> Bool, ignored: Set<String>,
        entityChecksSkipped: Bool
    ) -> [CheckProblem] {
        guard note.body.utf8.contains(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "<") }) else { return [] }
        var problems: [CheckProblem] = []
        for link in MarkdownDocument(note.body, options: []).links {
            let line = link.line > 0 ? link.line + note.bodyLineOffset : nil
            switch resolver.target(of: link.destination, from: note.path) {
            case .missingBriefing(let target, let isDraft):
                let why = BriefingScan.whyNoBriefing(target, isDraft: isDraft)
                problems.append(CheckProblem(path: note.path, line: line, message: "link to `\(link.destination)` leads nowhere: \(why)"))
            case .emptyEntity:
                problems.append(CheckProblem(path: note.path, line: line, message: "link to `\(link.destination)` names no entity; write entity:ID"))
            case .entity(let id) where !entityChecksSkipped:
                // As the build resolves it (`SiteEntities.linkTarget`), joins included.
                guard !leadsSomewhere(id) else { continue }
                let id = EntityID.sanitize(id)
                problems.append(CheckProblem(
                    path: note.path, line: line,
                    message: ignored.contains(id)
                        ? "link to entity `\(id)` leads nowhere: its entity note says `ignore: true`"
                        : "link to entity `\(id)` leads nowhere: no briefing mentions an entity with that id and no entity note has it"))
            case .staticFile(let target, _) where !resolver.hasStatic(target):
                problems.append(CheckProblem(
                    path: note.path, line: line, message: "link to `\(link.destination)` leads nowhere: \(BriefingScan.whyNoStaticFile(target))"))
            case .entity, .briefing, .other, .staticFile:
                continue
            }
        }
        return problems
    }
}

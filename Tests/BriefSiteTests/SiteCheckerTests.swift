import BriefTestSupport
import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Site checker")
struct SiteCheckerTests {
    @Test func theSampleSiteIsClean() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let result = await SiteChecker(siteDirectory: site).check()
        #expect(result.problems.filter { $0.severity == .error } == [])
        #expect(result.briefingCount >= 6)
        let status = await CheckRun(site: site.path, printOut: { _ in }, printError: { _ in }).run()
        #expect(status == 0)
    }

    @Test func findsABrokenLinkAndADuplicateSlugWithFileAndLine() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let target = "content/economy/imf-world-economic-outlook.md"
        var text = try scratch.read("site/" + target)
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\nMore in [the report](../economy/no-such-report.md).\n"
        try scratch.write("site/" + target, text)
        let linkLine = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        // Same file name in another folder: the same slug.
        try scratch.write("site/content/europe/guterres-belem-climate-finance.md", "---\ntitle: Another\n---\nText.\n")
        // A `slug:` that another briefing's file name already gives.
        try scratch.write("site/content/zz/renamed.md", "---\ntitle: Renamed\nslug: commission-steel-safeguard\n---\nText.\n")

        let result = await SiteChecker(siteDirectory: site).check()
        let lines = result.problems.map(\.description)
        #expect(lines.contains("\(target):\(linkLine): error: link to `../economy/no-such-report.md` leads nowhere: there is no briefing content/economy/no-such-report.md"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/world/guterres-belem-climate-finance.md: error: slug `guterres-belem-climate-finance` is already used by content/europe/guterres-belem-climate-finance.md") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/zz/renamed.md:3: error: slug `commission-steel-safeguard` is already used by content/europe/commission-steel-safeguard.md") }, "\(lines)")
        #expect(result.hasErrors)

        let output = OutputBox()
        let status = await CheckRun(site: site.path, format: .json, printOut: { output.append($0) }, printError: { _ in }).run()
        #expect(status == 1)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [[String: Any]])
        let link = try #require(records.first { ($0["message"] as? String)?.contains("no-such-report") == true })
        #expect(link["path"] as? String == target)
        #expect(link["line"] as? Int == linkLine)
        #expect(link["severity"] as? String == "error")
        #expect(records.contains { ($0["message"] as? String)?.hasPrefix("slug `guterres-belem-climate-finance`") == true })
    }

    /// A `.txt` (or `.md`) link to a file of static/ is no briefing link: from the site root as
    /// static/ is published there, or by its path from the linking file. A link to a missing
    /// briefing beside them is still reported.
    @Test func linksToStaticFilesAreNoMissingBriefings() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/static/files/report.txt", "numbers\n")
        try scratch.write("site/static/notes.txt", "notes\n")
        try scratch.write("site/static/guide.md", "# Guide\n")
        try scratch.write("site/content/world/a.md", """
            ---
            title: A
            ---
            See [data](/files/report.txt), [notes](../../static/notes.txt) and [the guide](/guide.md).
            Not there: [old data](/files/old-report.txt) and [b](../static/notes.txt).
            """ + "\n")
        let result = await SiteChecker(siteDirectory: scratch.url("site")).check()
        let lines = result.problems.filter { $0.severity == .error }.map(\.description)
        #expect(lines == [
            "content/world/a.md:5: error: link to `../static/notes.txt` leads nowhere: there is no briefing content/static/notes.txt",
            "content/world/a.md:5: error: link to `/files/old-report.txt` leads nowhere: there is no briefing content/files/old-report.txt",
        ], "\(lines)")
    }

    @Test func frontMatterAndConfigErrorsAreReportedWithoutWriting() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: many\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\ndate: not a date\n---\nSee [b](b.md).\n")
        try scratch.write("site/content/b.md", "---\ntitle: B\n---\nSee [a](a.md) and [draft](c.md).\n")
        try scratch.write("site/content/c.md", "---\ntitle: C\ndraft: true\n---\nDraft.\n")
        let output = OutputBox()
        let status = await CheckRun(site: scratch.url("site").path, printOut: { output.append($0) }, printError: { output.append($0) }).run()
        #expect(status == 1)
        #expect(output.text.contains("brief.yml:2: error:"))
        #expect(output.text.contains("content/a.md:3: error:"))
        #expect(output.text.contains("content/b.md:4: error: link to `c.md` leads nowhere: content/c.md is a draft"))
        #expect(!output.text.contains("link to `a.md`"), "a.md has its own error; the link to it is not another one")
        #expect(!scratch.exists("site/public"))

        let withDrafts = await SiteChecker(siteDirectory: scratch.url("site"), includeDrafts: true).check()
        #expect(!withDrafts.problems.contains { $0.message.contains("c.md") })
    }

    @Test func entityLinksAndNotesAreCheckedWhenTheAnnotatorFindsEntities() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", """
            ---
            title: A
            ---
            Russian Foreign Minister Sergei Lavrov met Secretary of State Marco Rubio in Washington on Monday.

            See [nobody](entity:no-such-person-anywhere).

            And [this](entity:share-this), which the build shows as text.
            """)
        try scratch.write("site/content/entities/nobody-here.md", "---\nname: Zqxw Vrplk\ntype: person\n---\nNever mentioned.\n")
        try scratch.write("site/content/entities/false-names.md", "---\nname: Share This\nignore: true\n---\n")
        try scratch.write("site/content/entities/bad-type.md", "---\nname: X\ntype: ANIMAL\n---\n")
        let result = await SiteChecker(siteDirectory: scratch.url("site")).check()
        let lines = result.problems.map(\.description)
        // One typo, one error (the loader's, as `brief build` reports it).
        #expect(lines.filter { $0.hasPrefix("content/entities/bad-type.md:3: error:") } == [
            "content/entities/bad-type.md:3: error: `type` must be person, place, org, group or other, found \"ANIMAL\"",
        ], "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("content/entities/false-names.md") }, "notes of ignored names are not entities")
        let found = !Annotator().annotate("Russian Foreign Minister Sergei Lavrov met Marco Rubio in Washington.").entities.isEmpty
        if found {
            #expect(!result.entityChecksSkipped)
            #expect(lines.contains("content/a.md:6: error: link to entity `no-such-person-anywhere` leads nowhere: no briefing mentions an entity with that id and no entity note has it"), "\(lines)")
            #expect(lines.contains("content/a.md:8: error: link to entity `share-this` leads nowhere: its entity note says `ignore: true`"), "\(lines)")
            #expect(lines.contains { $0.hasPrefix("content/entities/nobody-here.md:1: warning: entity note `zqxw-vrplk` (Zqxw Vrplk)") }, "\(lines)")
        } else {
            // Before entity recognition exists, nothing can be said about entity ids.
            #expect(result.entityChecksSkipped)
            #expect(!lines.contains { $0.contains("entity `no-such-person-anywhere`") })
            #expect(!lines.contains { $0.contains("warning") })
        }
    }
}

/// Collects printed lines from `@Sendable` closures.
final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
    /// Everything written, as written (for raw terminal output).
    var raw: String { lock.withLock { lines.joined() } }
}

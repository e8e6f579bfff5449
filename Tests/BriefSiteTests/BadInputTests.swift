import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// Bad input never crashes a build and never half-writes the site: each case ends in exact
/// diagnostics with status 1 and the previous output untouched, or in a correct page.
@Suite("Bad input")
struct BadInputTests {
    /// A site with one good briefing, built once, so failures can be checked to keep its output.
    private func builtSite() async throws -> (HostileSite, [String: Data]) {
        let site = try HostileSite()
        try site.write("content/good.md", "---\ntitle: Good\n---\nFine text.\n")
        let first = await site.build()
        #expect(first.status == 0)
        return (site, try site.output())
    }

    /// Builds `site`, expects status 1 with exactly `diagnostics` and the earlier output unchanged.
    private func expectFailure(_ site: HostileSite, before: [String: Data], _ diagnostics: [String]) async throws {
        let result = await site.build()
        #expect(result.status == 1)
        let count = diagnostics.count
        #expect(result.err == diagnostics + ["error: \(count) problem\(count == 1 ? "" : "s") found; nothing was written"])
        #expect(try site.output() == before)
        #expect(try site.leftovers().isEmpty)
    }

    @Test func invalidUTF8IsReportedAtItsLine() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/latin1.md", bytes: Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\nbody\n".utf8))
        try await expectFailure(site, before: before, [
            "content/latin1.md:2: error: the file is not valid UTF-8 (byte 0xE9 at offset 14); save it as UTF-8",
        ])
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/overlong.md", bytes: Array("a\nb\n".utf8) + [0xC0, 0xAF])
        try site.write("content/surrogate.txt", bytes: Array("Title\n\n".utf8) + [0xED, 0xA0, 0x80])
        try await expectFailure(site, before: before, [
            "content/overlong.md:3: error: the file is not valid UTF-8 (byte 0xC0 at offset 4); save it as UTF-8",
            "content/surrogate.txt:3: error: the file is not valid UTF-8 (byte 0xED at offset 7); save it as UTF-8",
        ])
    }

    @Test func nulBytesAreReportedAtTheirLine() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/nul.md", bytes: Array("one\ntwo\nthree".utf8) + [0] + Array("four\n".utf8))
        try await expectFailure(site, before: before, [
            "content/nul.md:3: error: the file holds a NUL byte (is it a binary file?); brief reads UTF-8 text only",
        ])
    }

    @Test func aBinaryFileNamedMarkdownIsRefused() async throws {
        let (site, before) = try await builtSite()
        // A PNG header, then pseudo-random bytes.
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        try site.write("content/photo.md", bytes: bytes)
        try await expectFailure(site, before: before, [
            "content/photo.md:1: error: the file is not valid UTF-8 (byte 0x89 at offset 0); save it as UTF-8",
        ])
    }

    @Test func anEmptyMarkdownFileIsABriefingTitledByItsName() async throws {
        let site = try HostileSite()
        try site.write("content/empty-note.md", "")
        let result = await site.build()
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let page = try site.scratch.read("site/public/briefings/empty-note/index.html")
        #expect(page.contains("<h1") && page.contains("empty-note</h1>"))
    }

    @Test func anEmptyRawArticleIsABriefingTitledByItsNameLikeAnEmptyMarkdownFile() async throws {
        let site = try HostileSite()
        try site.write("content/blank-paste.txt", "\n\n  \n")
        let result = await site.build()
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let page = try site.scratch.read("site/public/briefings/blank-paste/index.html")
        #expect(page.contains("<h1") && page.contains("blank-paste</h1>"))
    }

    @Test func aFiftyMegabyteArticleBuilds() async throws {
        let site = try HostileSite()
        let paragraph = String(repeating: "The minister said the talks would go on. ", count: 24) + "\n\n"
        var text = "---\ntitle: Long\n---\n"
        text.reserveCapacity(50 << 20 + 4096)
        var count = 0
        while text.utf8.count < 50 << 20 {
            text += paragraph
            count += 1
        }
        text += "The last paragraph.\n"
        try site.write("content/long.md", text)
        #expect(try await site.heavyBuild() == 0)
        let page = try site.scratch.read("site/public/briefings/long/index.html")
        #expect(page.utf8.count > 50 << 20)
        #expect(page.contains("<p>The last paragraph.</p>"))
        #expect(page.components(separatedBy: "<p>The minister said").count - 1 == count)
    }

    @Test func tenThousandNestedListsAndBlockquotesBuild() async throws {
        let site = try HostileSite()
        try site.write("content/quotes.md", String(repeating: "> ", count: 10_000) + "deep quote\n")
        // "- - - item": each marker opens a list inside the previous item, on one short line.
        try site.write("content/list.md", String(repeating: "- ", count: 10_000) + "item\n")
        try site.write("content/ordered.md", String(repeating: "1. ", count: 10_000) + "item\n")
        #expect(try await site.heavyBuild() == 0)
        let quotes = try site.scratch.read("site/public/briefings/quotes/index.html")
        #expect(quotes.components(separatedBy: "<blockquote>").count - 1 == 10_000)
        #expect(quotes.contains("<p>deep quote</p>"))
        let lists = try site.scratch.read("site/public/briefings/list/index.html")
        #expect(lists.components(separatedBy: "<ul>").count - 1 >= 10_000)
        #expect(lists.contains("<li>item</li>"))
        let ordered = try site.scratch.read("site/public/briefings/ordered/index.html")
        #expect(ordered.components(separatedBy: "<ol>").count - 1 >= 10_000)
    }

    @Test func aHundredThousandUnbalancedQuotationMarksBuild() async throws {
        let site = try HostileSite()
        try site.write("content/marks.md", "---\ntitle: Marks\n---\n" + String(repeating: "\u{201C}a \"b ", count: 50_000) + "\n")
        try site.write("content/marks-raw.txt", "Marks\n\n" + String(repeating: "\u{AB} \u{201E}", count: 50_000) + "\n")
        #expect(try await site.heavyBuild() == 0)
        #expect(try site.output().keys.contains("briefings/marks/index.html"))
    }

    @Test func aTenMegabyteLineBuildsAsMarkdownAndAsRawText() async throws {
        let site = try HostileSite()
        let line = String(repeating: "word ", count: 2 << 20)
        try site.write("content/line-md.md", line + "\n")
        try site.write("content/line-txt.txt", "Headline\n\n" + line + "\n")
        #expect(try await site.heavyBuild() == 0)
        #expect(try site.scratch.read("site/public/briefings/line-md/index.html").utf8.count > 10 << 20)
        #expect(try site.scratch.read("site/public/briefings/line-txt/index.html").utf8.count > 10 << 20)
    }

    @Test func fileNamesWithSpacesQuotesAndNonLatinLettersWork() async throws {
        let site = try HostileSite()
        try site.write("content/a file \"quoted\" 'too' Шольц 東京.md", "Body.\n")
        try site.write("content/über café/naïve «x».md", "---\ntags: 5\n---\n")
        let failed = await site.build()
        #expect(failed.err.first == "content/über café/naïve «x».md:2: error: `tags` must be a list, like [nato, ukraine], found \"5\"")
        try site.remove("content/über café")
        let result = await site.build()
        #expect(result.status == 0)
        let page = try site.scratch.read("site/public/briefings/a-file-quoted-too-sholts/index.html")
        #expect(page.contains("a file &quot;quoted&quot; &#39;too&#39; Шольц 東京") || page.contains("a file &quot;quoted&quot; &#x27;too&#x27; Шольц 東京") || page.contains("a file \"quoted\""))
    }

    /// Links are never followed in content/: each is an error, so a linked briefing never
    /// silently goes missing, a loop cannot hang the build and nothing outside the site is published.
    @Test func symbolicLinksInContentAreReportedNotFollowed() async throws {
        let (site, before) = try await builtSite()
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: site.site.appendingPathComponent("content/loop"), withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("content/loop/again").path, withDestinationPath: "..")
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("content/self.md").path, withDestinationPath: "self.md")
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("content/passwd.md").path, withDestinationPath: "/etc/passwd")
        let message = "is a symbolic link; brief does not follow links under content/ (copy the file or folder in instead)"
        try await expectFailure(site, before: before, [
            "content/loop/again: error: \(message)",
            "content/passwd.md: error: \(message)",
            "content/self.md: error: \(message)",
        ])
    }

    /// A FIFO (or socket, or device) under content/, and a folder named like a briefing, are
    /// no briefings: each is skipped with a warning naming it, by the build (also one that finds
    /// nothing else changed) and by `brief check`. A FIFO is never opened: that would wait for a
    /// writer forever.
    @Test func specialFilesAndFoldersNamedLikeBriefingsAreWarnedOf() async throws {
        let (site, _) = try await builtSite()
        // Made after a build: the next one must see them, though no briefing changed.
        for fifo in ["content/pipe.md", "content/notes", "content/.hidden.md", "content/entities/nato.md"] {
            try FileManager.default.createDirectory(
                at: site.site.appendingPathComponent(fifo).deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(mkfifo(site.site.appendingPathComponent(fifo).path, 0o644) == 0)
        }
        for folder in ["content/empty.md", "content/entities/lavrov.md"] {
            try FileManager.default.createDirectory(at: site.site.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try site.write("content/europe.md/inside.md", "---\ntitle: Inside\n---\nText.\n")
        let folder = "is a folder, not a briefing file, though named like one (the files in it are read as in any other folder)"
        let special = "is not a regular file (a FIFO, socket or device); brief reads only regular files, so it is skipped"
        let expected = [
            "content/empty.md: warning: \(folder)",
            "content/europe.md: warning: \(folder)",
            "content/notes: warning: \(special)",
            "content/pipe.md: warning: \(special)",
            "content/entities/lavrov.md: warning: \(folder)",
            "content/entities/nato.md: warning: \(special)",
        ]
        let built = await site.build()
        #expect(built.status == 0)
        #expect(built.err == expected)
        #expect(try site.output().keys.contains("briefings/inside/index.html"))
        let again = await site.build()
        #expect(again.status == 0)
        #expect(again.err == expected)

        let checked = await SiteChecker(siteDirectory: site.site).check()
        #expect(!checked.hasErrors, "\(checked.problems)")
        #expect(checked.problems.filter { $0.severity == .warning }.map(\.description).sorted() == expected.sorted())
    }

    /// In static/ and templates/ links are skipped: nothing outside the site reaches the output.
    @Test func symbolicLinksInStaticAndTemplatesAreNotCopied() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "Text.\n")
        try site.write("static/robots.txt", "User-agent: *\n")
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("static/passwd").path, withDestinationPath: "/etc/passwd")
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("static/etc").path, withDestinationPath: "/etc")
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("static/loop").path, withDestinationPath: "loop")
        try fileManager.createDirectory(at: site.site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(atPath: site.site.appendingPathComponent("templates/hosts.css").path, withDestinationPath: "/etc/hosts")
        let result = await site.build()
        #expect(result.status == 0)
        let paths = try site.output().keys
        #expect(paths.contains("robots.txt"))
        #expect(!paths.contains { $0.hasPrefix("passwd") || $0.hasPrefix("etc") || $0.hasPrefix("loop") || $0.contains("hosts") })
        let links = try fileManager.subpathsOfDirectory(atPath: site.site.appendingPathComponent("public").path).filter {
            (try? fileManager.destinationOfSymbolicLink(atPath: site.site.appendingPathComponent("public/\($0)").path)) != nil
        }
        #expect(links.isEmpty)
    }

    @Test func slugsThatTryPathsAreRefused() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/up.md", "---\nslug: ../../etc\n---\nx\n")
        try site.write("content/abs.md", "---\ntitle: A\nslug: /etc/cron.d\n---\nx\n")
        try site.write("content/back.md", "---\nslug: ..\\\\windows\n---\nx\n")
        try await expectFailure(site, before: before, [
            "content/abs.md:3: error: `slug` must be a single name, without `/`, `\\` or `..`, found \"/etc/cron.d\"",
            "content/back.md:2: error: `slug` must be a single name, without `/`, `\\` or `..`, found \"..\\\\windows\"",
            "content/up.md:2: error: `slug` must be a single name, without `/`, `\\` or `..`, found \"../../etc\"",
        ])
    }

    /// Names starting with a dot are hidden files and are skipped; dots inside a name are word breaks.
    @Test func fileNamesThatLookLikePathsStayInsideBriefings() async throws {
        let site = try HostileSite()
        try site.write("content/...md", "---\ntitle: Dots only\n---\nx\n")
        try site.write("content/..etc passwd.md", "x\n")
        try site.write("content/a..b...md", "---\ntitle: Inner dots\n---\nx\n")
        try site.write("content/~root.md", "x\n")
        let result = await site.build()
        #expect(result.status == 0)
        let paths = try site.output().keys
        #expect(Set(paths.filter { $0.hasPrefix("briefings/") }) == ["briefings/a-b/index.html", "briefings/root/index.html"])
        #expect(!paths.contains { $0.contains("..") })
    }

    @Test func twoFilesWithOneSlugNameBoth() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/europe/summit.md", "x\n")
        try site.write("content/world/summit.txt", "Summit\n\nText.\n")
        try await expectFailure(site, before: before, [
            "content/world/summit.txt: error: slug `summit` is already used by content/europe/summit.md; both would be written to briefings/summit/ (set a different `slug:` in one of them)",
        ])
    }

    @Test func aTemplateSyntaxErrorNamesTheTemplateAndLine() async throws {
        let (site, before) = try await builtSite()
        try site.write("templates/briefing.mustache", "<article>\n<h1>{{title}}</h1>\n{{#briefing}}\n{{/tags}}\n</article>\n")
        let result = await site.build()
        #expect(result.status == 1)
        let first = try #require(result.err.first)
        #expect(first.hasPrefix("templates/briefing.mustache:4: error: template does not parse: "))
        #expect(result.err.count == 2)
        #expect(try site.output() == before)
    }

    /// Mustache renders an unknown name as nothing; brief reports it instead, at its line.
    @Test func aTemplateNamingAnUnknownVariableIsAnError() async throws {
        let (site, before) = try await builtSite()
        try site.write("templates/briefing.mustache", """
            {{<layout}}{{$main}}
            <h1>{{briefing.titel}}</h1>
            {{#briefing.tags}}<span>{{nmae}}</span>{{/briefing.tags}}
            {{site.title}} {{{briefing.bodyHTML}}} {{#briefings}}{{.}}{{/briefings}}
            {{>haeder}}
            {{/main}}{{/layout}}
            """ + "\n")
        try await expectFailure(site, before: before, [
            "templates/briefing.mustache:2: error: unknown variable `titel` in `briefing.titel`; it would always render empty (see the README's template variables)",
            "templates/briefing.mustache:3: error: unknown variable `nmae`; it would always render empty (see the README's template variables)",
            "templates/briefing.mustache:5: error: no template named `haeder` for the partial `{{>haeder}}`",
        ])
    }

    /// Each part of `briefing.name` is a variable somewhere (`name` is a tag's), but a briefing has
    /// no `name`: a dotted name is checked as a path, with the same error as an unknown name.
    @Test func aDottedNameThroughAnObjectWithoutThatFieldIsAnError() async throws {
        let (site, before) = try await builtSite()
        try site.write("templates/briefing.mustache", """
            {{<layout}}{{$main}}
            <h1>{{briefing.title}} {{briefing.name}}</h1>
            {{#pagination}}{{pagination.newerLabel}}{{/pagination}} {{site.title.slug}}
            {{/main}}{{/layout}}
            """ + "\n")
        try await expectFailure(site, before: before, [
            "templates/briefing.mustache:2: error: unknown variable `briefing.name` (`briefing` has no `name`); it would always render empty (see the README's template variables)",
            "templates/briefing.mustache:3: error: unknown variable `site.title.slug` (`title` has no `slug`); it would always render empty (see the README's template variables)",
        ])
    }

    /// The site's values hold nothing recursive, so a partial that comes back to itself could only
    /// stop at the renderer's depth limit (or never, inside a section): it is an error at its tag.
    @Test func aPartialThatIncludesItselfIsAnError() async throws {
        let (site, before) = try await builtSite()
        try site.write("templates/briefing-card.mustache", "<p>{{title}}</p>\n{{#tags}}{{>briefing-card}}{{/tags}}\n")
        try await expectFailure(site, before: before, [
            "templates/briefing-card.mustache:2: error: the partial `{{>briefing-card}}` includes `briefing-card` again (briefing-card -> briefing-card), so it would never end",
        ])
    }

    @Test func partialsThatIncludeEachOtherAreAnErrorInEach() async throws {
        let (site, before) = try await builtSite()
        try site.write("templates/briefing-card.mustache", "<p>{{title}}</p>{{>card-extra}}\n")
        try site.write("templates/card-extra.mustache", "<span>{{date}}</span>\n\n{{> briefing-card }}\n")
        try await expectFailure(site, before: before, [
            "templates/briefing-card.mustache:1: error: the partial `{{>card-extra}}` includes `briefing-card` again (briefing-card -> card-extra -> briefing-card), so it would never end",
            "templates/card-extra.mustache:3: error: the partial `{{>briefing-card}}` includes `card-extra` again (card-extra -> briefing-card -> card-extra), so it would never end",
        ])
    }

    /// Every quote variable the README's table lists is accepted, `anchor` and `briefingHref` too.
    @Test func theDocumentedQuoteVariablesAreKnown() async throws {
        let (site, _) = try await builtSite()
        try site.write("templates/quote-item.mustache", "<li id=\"{{anchor}}\"><a href=\"{{briefingHref}}\">{{briefingTitle}}</a> {{text}}</li>\n")
        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
    }

    @Test func frontMatterOfTheWrongTypesIsReportedPerLine() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/types.md", "---\ntags: 5\ndate: \"not a date\"\ndraft: maybe\ntitle: [a, b]\nurl: javascript:alert(1)\nsummary: {a: 1}\n---\nx\n")
        try await expectFailure(site, before: before, [
            "content/types.md:2: error: `tags` must be a list, like [nato, ukraine], found \"5\"",
            "content/types.md:3: error: `date` must be a date like 2025-08-21, found \"not a date\"",
            "content/types.md:4: error: `draft` must be true or false, found \"maybe\"",
            "content/types.md:5: error: `title` must be text, found a list",
            "content/types.md:6: error: `url` must start with http:// or https://, found \"javascript:alert(1)\"",
            "content/types.md:7: error: `summary` must be text, found a mapping",
        ])
    }

    @Test func anOutputBelowAFileIsAClearError() async throws {
        let (site, before) = try await builtSite()
        try site.write("blocker", "a file, not a folder\n")
        let result = await site.build(output: "site/blocker/public")
        #expect(result.status == 1)
        #expect(result.err.count == 1)
        let line = try #require(result.err.first)
        #expect(line.hasSuffix("error: cannot create the output's parent folder: The operation could not be completed. (Cocoa error 512.)") || line.contains("error: cannot create the output's parent folder"))
        #expect(try site.output() == before)
    }

    @Test(.enabled(if: getuid() != 0, "root writes anywhere"))
    func anUnwritableOutputFolderIsAClearErrorAndKeepsTheOutput() async throws {
        let (site, before) = try await builtSite()
        try site.write("content/second.md", "More.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: site.site.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.site.path) }
        let result = await site.build()
        #expect(result.status == 1)
        #expect(result.err.first?.contains("Permission denied") == true)
        #expect(try site.output() == before)
    }

    /// The same as root, who may write anywhere: the output's parent is a regular file, so the
    /// output folder cannot be made; the error names it and the site's own output is untouched.
    @Test func anOutputThatCannotBeMadeIsAClearErrorAndWritesNothing() async throws {
        let (site, before) = try await builtSite()
        try site.write("blocker", "a file where a folder should be\n")
        let result = await site.build(output: "site/blocker/public")
        #expect(result.status == 1)
        #expect(result.err.contains { $0.contains("blocker") }, "\(result.err)")
        #expect(try site.output() == before)
        let blocker = try String(contentsOf: site.site.appendingPathComponent("blocker"), encoding: .utf8)
        #expect(blocker == "a file where a folder should be\n")
    }

    @Test func aSecondBuildWhileOneRunsExitsWithAClearMessage() async throws {
        let (site, before) = try await builtSite()
        var lock: BuildLock? = try BuildLock(output: site.site.appendingPathComponent("public"))
        let result = await site.build()
        #expect(result.status == 1)
        #expect(result.err == [
            "\(site.site.path)/public: error: another brief build is writing this folder (process \(getpid())); wait for it to finish (lock: .public.brief-lock)",
        ])
        #expect(try site.output() == before)
        #expect(lock != nil)
        lock = nil
        let after = await site.build()
        #expect(after.status == 0)
    }
}

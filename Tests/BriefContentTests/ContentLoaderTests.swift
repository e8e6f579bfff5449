import Foundation
import Testing
@testable import BriefContent

@Suite("Content loader")
struct ContentLoaderTests {
    @Test func loadsMarkdownAndRawArticlesFromSubfolders() throws {
        let site = try TestSite.withConfig()
        try site.write("content/europe/nato.md", "---\ntitle: NATO meets\ndate: 2025-06-25\ntags: [nato]\n---\nText.\n")
        try site.write("content/raw/article.txt", "Lavrov speaks in Moscow\n\nFirst paragraph.\n\nSecond paragraph.\n")
        let content = try ContentLoader(siteDirectory: site.root).load()
        #expect(content.config.title == "Test")
        #expect(content.briefings.map(\.slug) == ["nato", "article"])
        let raw = try #require(content.briefings.last)
        #expect(raw.format == .rawArticle)
        #expect(raw.path == "content/raw/article.txt")
        #expect(raw.date == nil)
        #expect(raw.title == "Lavrov speaks in Moscow")
    }

    @Test func frontMatterInARawArticleIsReadAsInMarkdown() throws {
        let site = try TestSite.withConfig()
        try site.write("content/pasted.txt", """
            ---
            title: Real title
            date: 2026-01-02
            tags: [x]
            source: Le Monde
            ---
            Pasted headline

            Body text of the article is here and long enough to be a paragraph of its own.
            """)
        let briefing = try #require(try ContentLoader(siteDirectory: site.root).load().briefings.first)
        #expect(briefing.format == .rawArticle)
        #expect(briefing.title == "Real title")
        #expect(briefing.date?.isoDay == "2026-01-02")
        #expect(briefing.tags == ["x"])
        #expect(briefing.source == "Le Monde")
        #expect(briefing.markdown.hasPrefix("Body text of the article is here"))
        #expect(!briefing.markdown.contains("Pasted") && !briefing.markdown.contains("title"))
    }

    @Test func aRawArticleWithFrontMatterButNoTitleKeepsThePastedHeadline() throws {
        let site = try TestSite.withConfig()
        try site.write("content/pasted.txt", "---\ndate: 2026-01-02\n---\nPasted headline\n\nBody text of the article.\n")
        let briefing = try #require(try ContentLoader(siteDirectory: site.root).load().briefings.first)
        #expect(briefing.title == "Pasted headline")
        #expect(briefing.date?.isoDay == "2026-01-02")
    }

    @Test(arguments: [
        ("---\ntitle: A\ndate: someday\n---\nHeadline\n\nText.\n", "content/bad.txt:3: error: `date` must be a date like 2025-08-21, found \"someday\""),
        ("---\ntitle: A\nHeadline\n\nText.\n", "content/bad.txt:1: error: front matter opened with `---` is never closed; add a `---` line after it"),
        ("---\ntitle: A\ncolour: red\n---\nHeadline\n", "content/bad.txt:3: error: unknown key `colour` (known keys: `title`, `date`, `tags`, `source`, `url`, `summary`, `draft`, `slug`)"),
    ])
    func frontMatterErrorsInARawArticleNameTheirLine(_ text: String, _ printed: String) throws {
        let site = try TestSite.withConfig()
        try site.write("content/bad.txt", text)
        #expect(throws: ContentErrors.self) { try ContentLoader(siteDirectory: site.root).load() }
        do {
            _ = try ContentLoader(siteDirectory: site.root).load()
        } catch {
            #expect(error.description == printed)
        }
    }

    @Test func anEmptyRawArticleIsTitledByItsFileNameLikeAnEmptyMarkdownFile() throws {
        let site = try TestSite.withConfig()
        try site.write("content/empty-paste.txt", "\n  \n")
        try site.write("content/empty-note.md", "")
        let briefings = try ContentLoader(siteDirectory: site.root).load().briefings
        #expect(briefings.map(\.title) == ["empty-note", "empty-paste"])
        #expect(briefings.last?.markdown == "\n")
    }

    @Test func rawArticlePunctuationStaysText() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.txt", "Headline\n\n1. Not a list & <b>not</b> HTML *nor* emphasis\n")
        let briefing = try #require(try ContentLoader(siteDirectory: site.root).load().briefings.first)
        // The `/` needs no escape once the `<` before it has one.
        #expect(briefing.markdown == "1\\. Not a list \\& \\<b\\>not\\</b\\> HTML \\*nor\\* emphasis\n")
    }

    @Test func aLeadingHeadingIsTheTitleWhenFrontMatterHasNone() throws {
        let site = try TestSite.withConfig()
        try site.write("content/plain.md", "\n# IMF cuts forecast\n\nBody.\n")
        try site.write("content/untitled.md", "Just text.\n")
        let briefings = try ContentLoader(siteDirectory: site.root).load().briefings
        #expect(briefings.map(\.title) == ["IMF cuts forecast", "untitled"])
        #expect(briefings.first?.markdown == "\nBody.\n")
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "---\ntitle: Published\n---\n")
        try site.write("content/b.md", "---\ntitle: Draft\ndraft: true\n---\n")
        #expect(try ContentLoader(siteDirectory: site.root).load().briefings.map(\.title) == ["Published"])
        #expect(try ContentLoader(siteDirectory: site.root, includeDrafts: true).load().briefings.count == 2)
    }

    @Test func theEntitiesFolderAndHiddenFilesAreSkipped() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "---\ntitle: A\n---\n")
        try site.write("content/entities/sergei-lavrov.md", "---\nname: Sergei Lavrov\ntype: person\n---\n")
        try site.write("content/.hidden.md", "---\ntitle: Hidden\n---\n")
        try site.write("content/notes/picture.png", "not text")
        let content = try ContentLoader(siteDirectory: site.root).load()
        #expect(content.briefings.map(\.title) == ["A"])
        #expect(content.entityNotes.map(\.name) == ["Sergei Lavrov"], "entities/ holds notes, read as such")
    }

    @Test func latestFirstWithUndatedLast() throws {
        let site = try TestSite.withConfig()
        try site.write("content/old.md", "---\ntitle: Old\ndate: 2025-01-01\n---\n")
        try site.write("content/new.md", "---\ntitle: New\ndate: 2026-01-01\n---\n")
        try site.write("content/none.txt", "Undated\n\nText.\n")
        #expect(try ContentLoader(siteDirectory: site.root).load().briefings.map(\.title) == ["New", "Old", "Undated"])
    }

    @Test func slugsComeFromFileNamesOrFrontMatter() throws {
        let site = try TestSite.withConfig()
        try site.write("content/Gdańsk Überblick.md", "---\ntitle: One\ndate: 2025-01-03\n---\n")
        try site.write("content/two.md", "---\ntitle: Two\ndate: 2025-01-02\nslug: Chosen Name\n---\n")
        try site.write("content/Київ.txt", "Three\n\nText.\n")
        #expect(try ContentLoader(siteDirectory: site.root).load().briefings.map(\.slug) == ["gdansk-uberblick", "chosen-name", "kiyiv"])
    }

    @Test func twoFilesWithOneSlugIsAnErrorNamingBoth() throws {
        let site = try TestSite.withConfig()
        try site.write("content/europe/summit.md", "---\ntitle: The Summit\n---\n")
        try site.write("content/world/summit.txt", "Another summit\n\nText.\n")
        #expect(messages(site) == [
            "content/world/summit.txt: error: slug `summit` is already used by content/europe/summit.md; both would be written to briefings/summit/ (set a different `slug:` in one of them)"
        ])
    }

    @Test func aFrontMatterSlugMayCollideToo() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a/the-summit.md", "---\ntitle: The Summit\n---\n")
        try site.write("content/b/other.md", "---\ntitle: Another\nslug: the-summit\n---\n")
        #expect(messages(site) == [
            "content/b/other.md: error: slug `the-summit` is already used by content/a/the-summit.md; both would be written to briefings/the-summit/ (set a different `slug:` in one of them)"
        ])
    }

    @Test func aSlugThatClimbsOutIsRejectedAtItsLine() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "---\ntitle: A\nslug: ../../etc\n---\n")
        #expect(messages(site) == [
            "content/a.md:3: error: `slug` must be a single name, without `/`, `\\` or `..`, found \"../../etc\""
        ])
    }

    @Test func allProblemsOfAllFilesAreCollected() throws {
        let site = try TestSite()
        try site.write("brief.yml", "title: T\ncolour: red\n")
        try site.write("content/a.md", "---\ntags: 5\n---\n")
        try site.write("content/b/c.md", "---\ndate: soon\n")
        try site.write("content/d.md", "---\ndraft: perhaps\n---\n")
        #expect(messages(site).map { String($0.prefix(while: { $0 != " " })) } == [
            "brief.yml:2:", "content/a.md:2:", "content/b/c.md:1:", "content/d.md:2:",
        ])
    }

    @Test func aMissingConfigIsAnError() throws {
        let site = try TestSite()
        #expect(messages(site).first?.hasPrefix("brief.yml: error: no brief.yml") == true)
    }

    @Test func windowsLineEndingsAndByteOrderMarksAreRead() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "\u{FEFF}---\r\ntitle: CRLF\r\ntags: [a]\r\n---\r\nText.\r\n")
        let briefing = try #require(try ContentLoader(siteDirectory: site.root).load().briefings.first)
        #expect(briefing.title == "CRLF")
        #expect(briefing.tags == ["a"])
        #expect(briefing.markdown == "Text.\n")
    }

    @Test func invalidUTF8IsReported() throws {
        let site = try TestSite.withConfig()
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data([0x66, 0xFF, 0xFE]).write(to: site.root.appendingPathComponent("content/bad.md"))
        #expect(messages(site) == ["content/bad.md:1: error: the file is not valid UTF-8 (byte 0xFF at offset 1); save it as UTF-8"])
    }

    private func messages(_ site: TestSite) -> [String] {
        do {
            _ = try ContentLoader(siteDirectory: site.root).load()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}

@Suite("Content loader: non-Latin names")
struct ContentLoaderNonLatinTests {
    @Test func briefingsAndEntityNotesNamedOnlyInNonLatinLettersLoad() throws {
        let site = try TestSite.withConfig()
        try site.write("content/日本語のみ.md", "---\ntitle: 日本語のみ\n---\nText.\n")
        try site.write("content/entities/xi.md", "---\nname: 习近平\ntype: person\n---\n")
        let content = try ContentLoader(siteDirectory: site.root).load()
        #expect(content.briefings.map(\.slug) == [Slug.make(from: "日本語のみ")])
        #expect(content.entityNotes.map(\.id) == [Slug.make(from: "习近平")])
        #expect(content.entityNotes.first?.id.hasPrefix(Slug.hashedPrefix) == true)
    }
}

@Suite("Content loader: one file on its own")
struct ContentLoaderSingleFileTests {
    @Test func aMarkdownFileIsReadAsTheBuildReadsItWithoutFrontMatterOrBOM() throws {
        let site = try TestSite()
        try site.write("a.md", "\u{FEFF}---\r\ntitle: \"Guterres Urges Rich Nations\"\r\ndraft: true\r\n---\r\nBody text.\r\n")
        let path = site.root.appendingPathComponent("a.md").path
        let briefing = try ContentLoader.markdownBriefing(atPath: path)
        #expect(briefing.title == "Guterres Urges Rich Nations")
        #expect(briefing.body.string == "Body text.\n")
        #expect(briefing.draft)
        #expect(try ContentLoader.text(ofFileAt: path).hasPrefix("---\ntitle:"), "BOM dropped, line endings made \\n")
    }

    @Test func aFirstHeadingIsTheTitleWhenTheFrontMatterHasNone() throws {
        let site = try TestSite()
        try site.write("b.md", "# The Headline\n\nBody.\n")
        let briefing = try ContentLoader.markdownBriefing(atPath: site.root.appendingPathComponent("b.md").path)
        #expect(briefing.title == "The Headline")
        #expect(!briefing.body.string.contains("Headline"))
    }

    @Test func problemsNameTheFileAsGivenWithTheLine() throws {
        let site = try TestSite()
        try site.write("open.md", "---\ntitle: x\nBody.\n")
        let missing = site.root.appendingPathComponent("missing.md").path
        let open = site.root.appendingPathComponent("open.md").path
        #expect(throws: ContentErrors.self) { try ContentLoader.text(ofFileAt: missing) }
        do {
            _ = try ContentLoader.markdownBriefing(atPath: missing)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.description == "\(missing): error: no such file")
        }
        do {
            _ = try ContentLoader.markdownBriefing(atPath: open)
            Issue.record("unclosed front matter was accepted")
        } catch {
            #expect(error.description == "\(open):1: error: front matter opened with `---` is never closed; add a `---` line after it")
        }
        do {
            _ = try ContentLoader.text(ofFileAt: site.root.path)
            Issue.record("a folder was read")
        } catch {
            #expect(error.description.hasSuffix("error: is a folder, not a file"))
        }
    }

    @Test(arguments: [("a.md", true), ("B.MARKDOWN", true), ("c.txt", false), ("d", false), ("x.md/e.txt", false)])
    func markdownIsToldByExtension(path: String, expected: Bool) {
        #expect(ContentLoader.isMarkdown(path: path) == expected)
    }
}

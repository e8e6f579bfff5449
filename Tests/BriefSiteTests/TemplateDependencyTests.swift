import BriefContent
import BriefTemplate
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A template edit renders again exactly the pages made with that template, or with one that
/// includes or extends it: an edit of `entity.mustache` leaves every briefing page as it was.
@Suite("Pages keyed by the templates they are made with")
struct TemplateDependencyTests {
    /// Every output file's inode, by path.
    static func inodes(_ scratch: Scratch, _ out: String) throws -> [String: UInt64] {
        var found: [String: UInt64] = [:]
        for file in FileTree.read(out, in: scratch.root).files { found[file.path] = try IncrementalBuildTests.inode(file.url) }
        return found
    }

    /// Rebuilds after `template` gets `marker` at its end; returns the paths rewritten.
    static func rebuild(
        _ scratch: Scratch, site: URL, changing template: String, marker: String
    ) async throws -> Set<String> {
        let before = try inodes(scratch, "out")
        let source = try #require(BuiltinTheme.files["\(template).mustache"])
        try scratch.write("site/templates/\(template).mustache", source + "<!-- \(marker) -->\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let after = try inodes(scratch, "out")
        return Set(after.keys.filter { before[$0] != after[$0] })
    }

    @Test func aTemplateEditRendersOnlyThePagesMadeWithIt() async throws {
        let (scratch, site, _) = try await IncrementalBuildTests.builtSampleSite()
        let all = try Self.inodes(scratch, "out").keys
        let briefingPages = Set(all.filter { $0.hasPrefix("briefings/") })
        let entityPages = Set(all.filter { $0.hasPrefix("entities/") && $0 != EntityID.indexPath })
        #expect(!briefingPages.isEmpty && !entityPages.isEmpty)

        let afterEntity = try await Self.rebuild(scratch, site: site, changing: "entity", marker: "entity edit")
        #expect(afterEntity == entityPages)
        for path in entityPages { #expect(try scratch.read("out/" + path).contains("entity edit"), "\(path)") }

        // A partial: the pages whose templates include it (index and tag pages list cards), and
        // not the tags index or the archive, which are keyed apart from the tag pages.
        let listings = Set(all.filter {
            $0 == "index.html" || $0.hasPrefix("page/") || $0.hasPrefix("tags/") && $0 != TagsIndexPage.path
        })
        #expect(listings.contains { $0.hasPrefix("tags/") })
        let afterCard = try await Self.rebuild(scratch, site: site, changing: "briefing-card", marker: "card edit")
        #expect(afterCard == listings)
        for path in listings {
            #expect(try scratch.read("out/" + path).contains("card edit"), "\(path)")
        }

        // The parent of every page: all of them (not the data files, feed or search index).
        let afterLayout = try await Self.rebuild(scratch, site: site, changing: "layout", marker: "layout edit")
        #expect(afterLayout.isSuperset(of: briefingPages.union(entityPages)))
        #expect(!afterLayout.contains { $0.hasPrefix("data/") || $0 == "feed.xml" || $0.hasPrefix("search/") && $0 != SearchPage.path })

        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        try await IncrementalBuildTests.build(scratch, site: site, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    /// A template's key covers what it includes or extends, and theirs, and no other template;
    /// a partial no template has yet counts, so adding it changes the key.
    @Test func aTemplatesKeyCoversWhatItIncludesAndNothingElse() throws {
        let templates = [
            "page": "{{<frame}}{{$main}}{{>card}}{{/main}}{{/frame}}", "frame": "<main>{{$main}}{{/main}}</main>{{>footer}}",
            "card": "<li>{{title}}</li>", "other": "{{>card}}",
        ]
        let base = CacheKeys.closures(of: templates)
        func changed(_ name: String, to source: String) -> [String: UInt64] {
            var edited = templates
            edited[name] = source
            return CacheKeys.closures(of: edited)
        }
        let footerAdded = changed("footer", to: "<footer></footer>")
        #expect(footerAdded["page"] != base["page"] && footerAdded["frame"] != base["frame"])
        #expect(footerAdded["card"] == base["card"] && footerAdded["other"] == base["other"])
        let cardEdited = changed("card", to: "<li>{{title}}!</li>")
        #expect(cardEdited["page"] != base["page"] && cardEdited["other"] != base["other"])
        #expect(cardEdited["frame"] == base["frame"])
        let otherEdited = changed("other", to: "{{>card}}.")
        #expect(otherEdited["page"] == base["page"] && otherEdited["card"] == base["card"])
    }

    /// A new briefing renders again the pages of its own tags (they list it) and the tags index
    /// (their counts), not the pages of the other tags; the result is the clean build's.
    @Test func aNewBriefingRendersOnlyItsOwnTagsPages() async throws {
        let (scratch, site, _) = try await IncrementalBuildTests.builtSampleSite()
        let before = try Self.inodes(scratch, "out")
        let tagPages = Set(before.keys.filter { $0.hasPrefix("tags/") && $0 != TagsIndexPage.path })
        #expect(tagPages.count >= 3 && tagPages.contains("tags/energy/index.html"))
        try scratch.write("site/content/new-energy.md", "---\ntitle: New energy briefing\ndate: 2030-01-05\ntags: [energy, brand-new]\n---\nBerlin.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let after = try Self.inodes(scratch, "out")
        let rewritten = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(Set(rewritten.filter { $0.hasPrefix("tags/") }) == Set(["tags/index.html", "tags/energy/index.html", "tags/brand-new/index.html"]))
        #expect(try scratch.read("out/tags/energy/index.html").contains("New energy briefing"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}

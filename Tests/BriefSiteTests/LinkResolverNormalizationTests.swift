import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// Two briefings whose file names differ only in Unicode normalization (`café.md` with a
/// composed é, and with e + a combining accent) are two files on Linux: a link leads to the one
/// whose bytes it names, never to the other.
@Suite("Links to files whose names differ only in normalization")
struct LinkResolverNormalizationTests {
    static let composed = "content/caf\u{E9}.md"
    static let decomposed = "content/cafe\u{301}.md"

    @Test func eachLinkLeadsToTheFileItNames() {
        // Either order: a String key kept whichever came last for both.
        for order in [[Self.composed, Self.decomposed], [Self.decomposed, Self.composed]] {
            let briefings = order.map {
                Briefing(path: $0, format: .markdown, slug: $0.utf8.elementsEqual(Self.composed.utf8) ? "composed" : "decomposed", title: "T", markdown: "")
            }
            let resolver = LinkResolver(briefings: briefings)
            #expect(resolver.target(of: "caf\u{E9}.md", from: "content/a.md") == .briefing(slug: "composed", fragment: nil))
            #expect(resolver.target(of: "cafe\u{301}.md", from: "content/a.md") == .briefing(slug: "decomposed", fragment: nil))
            #expect(resolver.target(of: "caf%C3%A9.md", from: "content/a.md") == .briefing(slug: "composed", fragment: nil))
            #expect(resolver.target(of: "cafe%CC%81.md", from: "content/a.md") == .briefing(slug: "decomposed", fragment: nil))
        }
    }

    /// Alone, a file whose name is decomposed (from macOS) is reached by a link typed either way:
    /// a link's text is read composed (normal form C).
    @Test func aFileWithoutATwinIsReachedTypedEitherWay() {
        for (path, other) in [(Self.decomposed, "caf\u{E9}.md"), (Self.composed, "cafe\u{301}.md")] {
            let resolver = LinkResolver(briefings: [Briefing(path: path, format: .markdown, slug: "only", title: "T", markdown: "")])
            #expect(resolver.target(of: other, from: "content/a.md") == .briefing(slug: "only", fragment: nil))
        }
    }

    /// Names whose normal form is another single code point (U+212B ANGSTROM SIGN is U+00C5,
    /// U+2126 OHM SIGN is U+03A9, CJK compatibility ideograph U+F900 is U+8C48) are reached
    /// typed either way: no combining mark marks them as not composed.
    @Test func singletonDecompositionsAreReachedTypedEitherWay() {
        let pairs: [(String, String)] = [("\u{212B}", "\u{C5}"), ("\u{2126}", "\u{3A9}"), ("\u{F900}", "\u{8C48}")]
        for (singleton, canonical) in pairs {
            for (file, typed) in [(singleton, canonical), (canonical, singleton)] {
                let resolver = LinkResolver(briefings: [Briefing(path: "content/\(file).md", format: .markdown, slug: "only", title: "T", markdown: "")])
                #expect(resolver.target(of: "\(typed).md", from: "content/a.md") == .briefing(slug: "only", fragment: nil), "\(file) by \(typed)")
            }
        }
    }

    /// Where two files are equivalent and the link has neither's bytes, the first by byte order
    /// is reached, whichever order the briefings come in.
    @Test func theFirstByByteOrderOfEquivalentFilesIsReached() {
        let files = ["content/\u{212B}.md", "content/A\u{30A}.md"]
        for order in [files, files.reversed()] {
            let resolver = LinkResolver(briefings: order.map { Briefing(path: $0, format: .markdown, slug: $0.utf8.starts(with: "content/A".utf8) ? "decomposed" : "sign", title: "T", markdown: "") })
            #expect(resolver.target(of: "\u{C5}.md", from: "content/a.md") == .briefing(slug: "decomposed", fragment: nil))
        }
    }

    /// The table of names by normal form is made only when a link misses the byte-keyed lookup
    /// (not with every resolver: some 2 ms of a build at 10,000 briefings), once, and answers
    /// alike asked from many tasks at once.
    @Test func theEquivalentNamesAreWorkedOutOnlyWhenALinkMisses() async {
        let draft = Briefing(path: "content/d.md", format: .markdown, slug: "d", title: "T", draft: true, markdown: "")
        let resolver = LinkResolver(
            briefings: [Briefing(path: Self.decomposed, format: .markdown, slug: "only", title: "T", markdown: "")], leftOutDrafts: [draft])
        #expect(!resolver.hasEquivalentTables)
        #expect(resolver.target(of: "cafe%CC%81.md", from: "content/a.md") == .briefing(slug: "only", fragment: nil))
        #expect(resolver.target(of: "d.md", from: "content/a.md") == .missingBriefing(path: "content/d.md", isDraft: true))
        #expect(resolver.target(of: "https://example.org/x.md", from: "content/a.md") == .other)
        #expect(!resolver.hasEquivalentTables, "links whose bytes a file has need no table")
        let targets = await withTaskGroup(of: LinkResolver.Target.self) { group in
            for _ in 0..<16 { group.addTask { resolver.target(of: "caf\u{E9}.md", from: "content/a.md") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(targets == Array(repeating: .briefing(slug: "only", fragment: nil), count: 16))
        #expect(resolver.hasEquivalentTables)
        #expect(resolver.target(of: "gone.md", from: "content/a.md") == .missingBriefing(path: "content/gone.md", isDraft: false))
    }

    /// Through a build and a check: a file named with the Angstrom sign, linked with U+00C5.
    @Test func aBuildAndACheckReachTheAngstromSignFile() async throws {
        let site = try HostileSite()
        try site.write("content/\u{212B}.md", "---\ntitle: Sign\nslug: ang\ndate: 2025-01-01\n---\nText.\n")
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-03\n---\nSee [x](\u{C5}.md).\n")
        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
        let page = try site.scratch.read("site/public/briefings/a/index.html")
        #expect(page.contains("href=\"../../briefings/ang/index.html\">x<"), "\(page)")
        let checked = await SiteChecker(siteDirectory: site.site).check()
        #expect(!checked.hasErrors, "\(checked.problems.map(\.description))")
        #expect(!checked.problems.contains { $0.description.contains("\u{C5}.md") }, "\(checked.problems.map(\.description))")
    }

    /// A draft left out is told by its bytes too: a link to it is a draft's, one to its published
    /// twin leads to the twin.
    @Test func aLeftOutDraftIsToldFromItsTwin() {
        let draft = Briefing(path: Self.decomposed, format: .markdown, slug: "decomposed", title: "T", draft: true, markdown: "")
        let published = Briefing(path: Self.composed, format: .markdown, slug: "composed", title: "T", markdown: "")
        let resolver = LinkResolver(briefings: [published], leftOutDrafts: [draft])
        #expect(resolver.target(of: "cafe\u{301}.md", from: "content/a.md") == .missingBriefing(path: Self.decomposed, isDraft: true))
        #expect(resolver.target(of: "caf\u{E9}.md", from: "content/a.md") == .briefing(slug: "composed", fragment: nil))
    }

    /// Through a build: both files published, each link written to its own page. The text is read
    /// composed, so the decomposed name is reached by its bytes percent-encoded.
    @Test func aBuildLinksEachToItsOwnPage() async throws {
        let site = try HostileSite()
        try site.write(Self.composed, "---\ntitle: Composed\nslug: composed\ndate: 2025-01-01\n---\nText.\n")
        try site.write(Self.decomposed, "---\ntitle: Decomposed\nslug: decomposed\ndate: 2025-01-02\n---\nText.\n")
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-03\n---\nSee [one](caf\u{E9}.md) and [two](cafe%CC%81.md).\n")
        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
        let page = try site.scratch.read("site/public/briefings/a/index.html")
        #expect(page.contains("href=\"../../briefings/composed/index.html\">one<"), "\(page)")
        #expect(page.contains("href=\"../../briefings/decomposed/index.html\">two<"), "\(page)")
    }
}

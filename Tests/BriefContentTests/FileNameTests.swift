import Foundation
import Testing
@testable import BriefContent

@Suite("FileName: byte split against Foundation")
struct FileNameTests {
    @Test(arguments: [
        "a.md", "2025-03-06-nato.md", "article-004809.txt", "A_B.Markdown", "x.y.TXT", "foo..md", "a.b.c.md",
        "with space.md", "é.md", ".hidden.md", "..x.md", "noext", "trailing.", "-.md", "_x_.txt", "dir.d/name.md",
    ])
    func agreesWithFoundation(_ name: String) {
        let url = URL(fileURLWithPath: "/tmp/site/content/2025/" + name)
        #expect(FileName.stem(of: url, path: url.path) == url.deletingPathExtension().lastPathComponent)
        #expect(FileName.lowercasedExtension(of: url, path: url.path) == url.pathExtension.lowercased())
        let relative = "content/2025/" + name
        #expect(FileName.stem(ofRelativePath: relative) == ((relative as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    @Test func splitsPlainNamesOnly() {
        #expect(FileName.plainParts(of: "/s/content/a-b.md").map { [String($0.stem), String($0.pathExtension)] } == ["a-b", "md"])
        #expect(FileName.plainParts(of: "/s/content/with space.md") == nil)
        #expect(FileName.plainParts(of: "/s/content/.hidden.md") == nil)
        #expect(FileName.plainParts(of: "/s/content/noext") == nil)
    }
}

@Suite("ContentLoader: briefing extensions")
struct BriefingExtensionTests {
    /// The Character rule the byte check stands in for.
    static func characterRule(_ path: String) -> Bool {
        let dot = path.lastIndex(of: ".")
        let slash = path.lastIndex(of: "/")
        guard let dot, slash.map({ $0 < dot }) ?? true else { return false }
        return ["md", "markdown", "txt"].contains(path[path.index(after: dot)...].lowercased())
    }

    @Test(arguments: [
        "a.md", "a/b.MD", "a.Markdown", "x.txt", "x.tXt", "x.mdx", "x.md/y", "noext", "a.b/c", ".md", "a.",
        "mar\u{212A}down", "a.mar\u{212A}down", "a\u{600}.md", "a.\u{301}md", "a.md\u{301}", "é.md", "a/é.txt", "a.m d",
    ])
    func byteCheckMatchesTheCharacterRule(_ path: String) {
        #expect(ContentLoader.hasBriefingExtension(path) == Self.characterRule(path))
    }

    @Test(arguments: ["Headline", " Headline ", "\u{1680}Ogham", "Trail\u{205F}", "“Quoted”", "", " ", "\tx"])
    func titleTrimmingMatchesFoundation(_ title: String) {
        #expect(ContentLoader.trimmingWhitespaces(title) == title.trimmingCharacters(in: .whitespaces))
    }
}

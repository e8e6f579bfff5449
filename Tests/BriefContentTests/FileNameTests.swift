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

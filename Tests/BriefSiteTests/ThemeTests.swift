import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Theme")
struct ThemeTests {
    @Test func theBuiltinThemeIsTheRepositoryTemplatesFolder() throws {
        var onDisk: [String: String] = [:]
        // Listed as a site's templates/ is (`Theme.load`).
        for (path, url) in FileTree.read("templates", in: Repository.root).files {
            onDisk[path] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        #expect(Set(onDisk.keys) == Set(BuiltinTheme.files.keys), "run scripts/embed-theme.py after editing templates/")
        for (path, text) in onDisk {
            #expect(BuiltinTheme.files[path] == text, "templates/\(path) differs from the built-in theme; run scripts/embed-theme.py")
        }
    }

    @Test func theBuiltinThemeHasThePagesAndStylesheet() throws {
        let theme = Theme.builtin
        for name in ["layout", "header", "footer", "index", "briefing", "briefing-card"] {
            #expect(theme.templates[name] != nil, "missing \(name)")
        }
        #expect(theme.assetFiles.map(\.path).contains("assets/brief.css"))
        _ = try PageRenderer(theme: theme)
    }

    @Test func aSiteTemplateOverridesTheBuiltinOneOfThatName() throws {
        let scratch = try Scratch()
        try scratch.write("templates/footer.mustache", "<footer>Custom footer for {{site.title}}</footer>\n")
        try scratch.write("templates/brief.css", "body { color: red; }\n")
        let theme = try Theme.load(siteDirectory: scratch.root)
        #expect(theme.templates["footer"] == "<footer>Custom footer for {{site.title}}</footer>\n")
        #expect(theme.templates["header"] == Theme.builtin.templates["header"])
        #expect(theme.assets["brief.css"] == Data("body { color: red; }\n".utf8))
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithItsLine() throws {
        let scratch = try Scratch()
        try scratch.write("templates/index.mustache", "<p>\n{{#briefings}}\n<li>{{title}}</li>\n")
        let theme = try Theme.load(siteDirectory: scratch.root)
        #expect {
            _ = try PageRenderer(theme: theme)
        } throws: { error in
            let messages = (error as? ContentErrors)?.diagnostics.map(\.description) ?? []
            return messages.count == 1 && messages[0].hasPrefix("templates/index.mustache:") && messages[0].contains("error: template does not parse")
        }
    }
}

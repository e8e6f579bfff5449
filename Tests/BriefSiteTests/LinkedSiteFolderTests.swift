import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// `templates/` or `static/` itself given as a link to a folder is read as that folder, as
/// `content/` is (the walk opens the folder it is named, following a link there, and never a
/// link inside). Foundation's enumerator, which listed their files, did not follow it: the
/// theme fell back to the built-in one and static/'s files were left out, without a word.
@Suite("templates/ and static/ as links to folders")
struct LinkedSiteFolderTests {
    @Test func theLinkedFoldersAreRead() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n")
        try site.scratch.write("elsewhere/static/.well-known/security.txt", "Contact: desk@example.org\n")
        try site.scratch.write("elsewhere/static/img/map.png", "not really a picture")
        try site.scratch.write("elsewhere/templates/extra.css", "body { color: red; }\n")
        for folder in ["static", "templates"] {
            try FileManager.default.createSymbolicLink(
                atPath: site.site.appendingPathComponent(folder).path, withDestinationPath: site.scratch.url("elsewhere/\(folder)").path)
        }
        // A link inside is still skipped.
        try FileManager.default.createSymbolicLink(
            atPath: site.scratch.url("elsewhere/static/hosts").path, withDestinationPath: "/etc/hosts")
        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
        let output = try site.output()
        #expect(output[".well-known/security.txt"] == Data("Contact: desk@example.org\n".utf8))
        #expect(output["img/map.png"] == Data("not really a picture".utf8))
        #expect(output["assets/extra.css"] == Data("body { color: red; }\n".utf8))
        #expect(output["hosts"] == nil)

        let checked = await SiteChecker(siteDirectory: site.site).check()
        #expect(!checked.hasErrors, "\(checked.problems)")
    }
}

import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// `OutputFolder` stats a file from the open top-level folder it is in: the identities must be
/// those `lstat` gives by full path, for files at any depth, beside links and folders.
@Suite("Output folder identities")
struct OutputFolderTests {
    @Test func identitiesAreThoseOfTheFilesByFullPath() throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "home")
        try scratch.write("out/briefings/a/index.html", "a page")
        try scratch.write("out/entities/x/page/2/index.html", "x, page 2")
        try scratch.write("elsewhere/page.html", "linked")
        try FileManager.default.createSymbolicLink(atPath: scratch.url("out/linked").path, withDestinationPath: scratch.url("elsewhere").path)
        try FileManager.default.createSymbolicLink(atPath: scratch.url("out/briefings/link.html").path, withDestinationPath: "a/index.html")
        let root = scratch.url("out").path
        let folder = OutputFolder(scratch.url("out"))
        for path in ["index.html", "briefings/a/index.html", "entities/x/page/2/index.html", "linked/page.html"] {
            let found = try #require(folder.identity(of: path, key: 7), "\(path)")
            #expect(found == OutputManifest.identity(atPath: root + "/" + path, key: 7), "\(path)")
        }
        // Not regular files, or not there: no identity.
        for path in ["briefings", "briefings/", "briefings/a", "briefings/link.html", "briefings/b/index.html", "missing/index.html", "linked"] {
            #expect(folder.identity(of: path, key: 7) == nil, "\(path)")
        }
        // A file changed after the folder was opened is seen as changed.
        let before = try #require(folder.identity(of: "briefings/a/index.html", key: 1))
        try scratch.write("out/briefings/a/index.html", "a page, edited by hand")
        let after = try #require(folder.identity(of: "briefings/a/index.html", key: 1))
        #expect(after.size != before.size)
        #expect(after == OutputManifest.identity(atPath: root + "/briefings/a/index.html", key: 1))
    }

    /// A no-change build's check of the whole output (two halves on two threads at this size)
    /// finds a file changed by hand wherever it is in the manifest, and a missing one.
    @Test func theWholeOutputCheckFindsAChangedFileInEitherHalf() throws {
        let scratch = try Scratch()
        var manifest = OutputManifest()
        let paths = (0..<2_400).map { "briefings/b\($0)/index.html" }
        for path in paths { try scratch.write("out/" + path, "page") }
        for path in paths { manifest.records[PathKey(path)] = OutputManifest.identity(atPath: scratch.url("out/" + path).path, key: 3) }
        #expect(manifest.isWhollyIntact(in: OutputFolder(scratch.url("out")), fileCount: paths.count))
        #expect(!manifest.isWhollyIntact(in: OutputFolder(scratch.url("out")), fileCount: paths.count + 1))
        // The first and the last path of the table's order: one in each half.
        let order = manifest.records.keys.map(\.path)
        for changed in [order.first!, order.last!] {
            let original = try scratch.read("out/" + changed)
            try scratch.write("out/" + changed, "edited by hand")
            #expect(!manifest.isWhollyIntact(in: OutputFolder(scratch.url("out")), fileCount: paths.count), "\(changed)")
            try FileManager.default.removeItem(at: scratch.url("out/" + changed))
            #expect(!manifest.isWhollyIntact(in: OutputFolder(scratch.url("out")), fileCount: paths.count), "\(changed)")
            try scratch.write("out/" + changed, original)
            manifest.records[PathKey(changed)] = OutputManifest.identity(atPath: scratch.url("out/" + changed).path, key: 3)
        }
        #expect(manifest.isWhollyIntact(in: OutputFolder(scratch.url("out")), fileCount: paths.count))
    }
}

import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A build hashes its inputs once, watching each folder as it reads it, and walks them again at
/// the end of loading only when the watch saw a change (`FolderWatch`): every kind of change to
/// an input must be seen, and what the build itself writes beside the inputs must not count.
@Suite("Input watch")
struct InputWatchTests {
    static func site() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("brief.yml", "title: Watched\n")
        try scratch.write("content/first.md", "# First\n\nSome text.\n")
        try scratch.write("content/2025/07/second.md", "# Second\n\nMore text.\n")
        try scratch.write("templates/page.mustache", "{{title}}\n")
        try scratch.write("static/logo.txt", "logo\n")
        try scratch.write("public/index.html", "old output\n")
        return scratch
    }

    static func hashing(_ scratch: Scratch) -> InputFingerprint.Hashing {
        InputFingerprint.hashWithFiles(siteDirectory: scratch.root, includeDrafts: false, watching: true, loadingKnown: { nil })
    }

    @Test func readingAndTheBuildsOwnFilesAreNoChange() throws {
        let scratch = try Self.site()
        let hashing = Self.hashing(scratch)
        // inotify, on a local file system (Linux CI's temp folder); elsewhere the inputs are walked again.
        guard hashing.watch != nil else { return }
        #expect(!hashing.mayHaveChanged)
        _ = try scratch.read("content/2025/07/second.md")
        _ = try scratch.read("brief.yml")
        try scratch.write(".brief-cache/briefings.bin", "rows")
        try scratch.write(".public.brief-tmp-1/index.html", "new output")
        try scratch.write("public/index.html", "new output")
        #expect(!hashing.mayHaveChanged)
        #expect(!hashing.mayHaveChanged)
    }

    /// A file of several hard links can be written through a folder that is not watched, which
    /// inotify reports only there: its walk gives the watch up, so the inputs are walked again.
    @Test func aFileWithAnotherHardLinkGivesTheWatchUp() throws {
        let scratch = try Self.site()
        guard Self.hashing(scratch).watch != nil else { return }
        try FileManager.default.createDirectory(at: scratch.url("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(at: scratch.url("content/first.md"), to: scratch.url("elsewhere/first.md"))
        let hashing = Self.hashing(scratch)
        #expect(hashing.mayHaveChanged)
    }

    @Test(arguments: [
        "an edit", "an edit in a subfolder", "a new file", "a new folder", "a removed file", "a renamed file", "a touch",
        "a template", "a static file", "brief.yml", "a new templates folder", "the content folder moved",
    ])
    func everyChangeToAnInputIsSeen(_ change: String) throws {
        let scratch = try Self.site()
        // A folder that was not there when the inputs were hashed, made then.
        if change == "a new templates folder" { try FileManager.default.removeItem(at: scratch.url("templates")) }
        let hashing = Self.hashing(scratch)
        guard hashing.watch != nil else { return }
        #expect(!hashing.mayHaveChanged)
        let files = FileManager.default
        switch change {
        case "an edit": try scratch.write("content/first.md", "# First\n\nOther text.\n")
        case "an edit in a subfolder":
            let handle = try FileHandle(forWritingTo: scratch.url("content/2025/07/second.md"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("An added sentence.\n".utf8))
            try handle.close()
        case "a new file": try scratch.write("content/2025/third.md", "# Third\n")
        case "a new folder": try files.createDirectory(at: scratch.url("content/2025/08"), withIntermediateDirectories: false)
        case "a removed file": try files.removeItem(at: scratch.url("content/first.md"))
        case "a renamed file": try files.moveItem(at: scratch.url("content/first.md"), to: scratch.url("content/2025/first.md"))
        case "a touch": try files.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: scratch.url("content/first.md").path)
        case "a template": try scratch.write("templates/page.mustache", "{{title}} and more\n")
        case "a static file": try scratch.write("static/logo.txt", "another logo\n")
        case "brief.yml": try scratch.write("brief.yml", "title: Changed\n")
        case "a new templates folder": try scratch.write("templates/page.mustache", "{{title}}!\n")
        case "the content folder moved": try files.moveItem(at: scratch.url("content"), to: scratch.url("old-content"))
        default: Issue.record("unknown change \(change)")
        }
        #expect(hashing.mayHaveChanged, "\(change)")
        // Seen once, said every time after.
        #expect(hashing.mayHaveChanged, "\(change)")
    }

    /// A change seen makes the build hash its inputs again, and its fingerprint is that of
    /// the inputs as they are now.
    @Test func aBuildWhoseInputsChangedIsNotTakenForNoChange() async throws {
        let scratch = try Self.site()
        let first = Self.hashing(scratch)
        try scratch.write("content/first.md", "# First\n\nEdited while the build ran.\n")
        let again = InputFingerprint.hash(siteDirectory: scratch.root, includeDrafts: false)
        #expect(again != first.value)
        if first.watch != nil { #expect(first.mayHaveChanged) }
    }
}

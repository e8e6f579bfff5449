import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A build replaces its output folder as a whole: it must never take a user's files with it.
@Suite("Output guard")
struct OutputGuardTests {
    static func build(_ scratch: Scratch, out: String) async throws -> BuildReport {
        try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url(out)).build()
    }

    static func message(_ scratch: Scratch, out: String) async -> String? {
        do {
            _ = try await build(scratch, out: out)
            return nil
        } catch let error as BuildError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    static func site() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\ndate: 2025-01-02\n---\nText.\n")
        return scratch
    }

    @Test func aFolderHoldingOtherFilesIsRefusedAndKept() async throws {
        let scratch = try Self.site()
        try scratch.write("docs/thesis.txt", "precious")
        let message = try #require(await Self.message(scratch, out: "docs"))
        #expect(message.contains("holds files brief did not write"))
        #expect(try scratch.read("docs/thesis.txt") == "precious")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == ["docs", "site"])
    }

    @Test func aFileIsRefusedAndKept() async throws {
        let scratch = try Self.site()
        try scratch.write("notes.txt", "precious")
        let message = try #require(await Self.message(scratch, out: "notes.txt"))
        #expect(message.contains("is a file, not a folder"))
        #expect(try scratch.read("notes.txt") == "precious")
    }

    @Test func foldersTheSiteReadsAreRefusedAroundAndInside() async throws {
        let scratch = try Self.site()
        for out in ["site/content/out", "site/templates/out", "site/static/out", "site/.brief-cache/out"] {
            let message = try #require(await Self.message(scratch, out: out), "\(out)")
            #expect(message.contains("inside the site's"), "\(out)")
            #expect(!scratch.exists(out), "\(out)")
        }
        for out in ["site", "site/content", ""] {
            #expect(await Self.message(scratch, out: out)?.contains("would replace") == true, "\(out)")
        }
    }

    /// A link cannot smuggle a folder of the site past the guard.
    @Test func aLinkIntoContentIsRefused() async throws {
        let scratch = try Self.site()
        try FileManager.default.createSymbolicLink(at: scratch.url("alias"), withDestinationURL: scratch.url("site/content"))
        let message = try #require(await Self.message(scratch, out: "alias/out"))
        #expect(message.contains("inside the site's content/"))
    }

    /// A site folder that is a link is guarded where it leads.
    @Test func aLinkedStaticFolderIsGuardedWhereItLeads() async throws {
        let scratch = try Self.site()
        try scratch.write("shared/logo.txt", "a shared asset")
        try FileManager.default.createSymbolicLink(at: scratch.url("site/static"), withDestinationURL: scratch.url("shared"))
        let message = try #require(await Self.message(scratch, out: "shared/out"))
        #expect(message.contains("inside the site's static/"))
        #expect(!scratch.exists("shared/out"))
    }

    @Test func emptyNewAndEarlierOutputsAreBuilt() async throws {
        let scratch = try Self.site()
        try FileManager.default.createDirectory(at: scratch.url("empty"), withIntermediateDirectories: true)
        _ = try await Self.build(scratch, out: "empty")
        _ = try await Self.build(scratch, out: "new/deeper")
        #expect(scratch.exists("empty/index.html") && scratch.exists("new/deeper/index.html"))
        // Rebuilt with its manifest in the cache, and without it (the cache may always be deleted).
        try scratch.write("empty/stray.html", "left by hand")
        _ = try await Self.build(scratch, out: "empty")
        try FileManager.default.removeItem(at: scratch.url("site/.brief-cache"))
        try scratch.write("empty/stray.html", "left by hand")
        _ = try await Self.build(scratch, out: "empty")
        // Without the manifest brief cannot tell it from its own old files: only hidden
        // entries are kept (`AtomicOutput+UserEntries`).
        #expect(!scratch.exists("empty/stray.html"))
    }

    /// `public/` is the site's own output by convention, built without the cache too.
    @Test func theSitesPublicFolderIsAlwaysItsOutput() async throws {
        let scratch = try Self.site()
        try scratch.write("site/public/old.html", "from some earlier tool")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site")).build()
        // No manifest: nothing tells what is brief's, so only hidden entries would be kept.
        #expect(scratch.exists("site/public/index.html") && !scratch.exists("site/public/old.html"))
    }

    /// `public` linked to a web root: the site is built there and the link stays a link.
    @Test func aLinkedOutputIsBuiltWhereItLeads() async throws {
        let scratch = try Self.site()
        try FileManager.default.createDirectory(at: scratch.url("www/html"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: scratch.url("site/public"), withDestinationURL: scratch.url("www/html"))
        for _ in 0..<2 {
            try scratch.write("site/content/a.md", "---\ntitle: A\ndate: 2025-01-02\n---\nText \(UUID()).\n")
            _ = try await SiteBuilder(siteDirectory: scratch.url("site")).build()
        }
        let kind = try FileManager.default.attributesOfItem(atPath: scratch.url("site/public").path)[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        #expect(scratch.exists("www/html/briefings/a/index.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url("www").path).filter { !$0.hasPrefix(".") } == ["html"])
    }

    /// `public` linked to a folder whose name is not valid UTF-8 is refused, naming that folder
    /// with its bad bytes as `\xHH`: its path read as text (U+FFFD for the byte) was another
    /// folder, which the build made beside it and wrote the site into, exiting 0.
    @Test func aLinkedOutputWhoseNameIsNotUTF8IsRefused() async throws {
        let scratch = try Self.site()
        let folder = Array(scratch.root.path.utf8) + Array("/www".utf8) + [0xE9]
        let made = (folder + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) } }
        #expect(made == 0)
        let linked = (folder + [0]).withUnsafeBufferPointer { target in
            target.withMemoryRebound(to: CChar.self) { symlink($0.baseAddress!, scratch.url("site/public").path) }
        }
        #expect(linked == 0)
        let message = await {
            do {
                _ = try await SiteBuilder(siteDirectory: scratch.url("site")).build()
                return "built"
            } catch let error as BuildError {
                return error.message
            } catch {
                return "unexpected \(error)"
            }
        }()
        #expect(message.contains("links to \(scratch.root.path)/www\\xE9, which has a name that is not valid UTF-8"), "\(message)")
        // Nothing was made: not the folder of U+FFFD's name, nor anything in the linked one.
        #expect(!scratch.exists("www\u{FFFD}"))
        #expect(FolderName.names(in: scratch.root.path)?.count == 2)
        #expect(FolderName.names(in: scratch.url("site/public").path)?.isEmpty == true)
    }

    @Test func aLinkToNothingIsRefused() async throws {
        let scratch = try Self.site()
        try FileManager.default.createSymbolicLink(at: scratch.url("out"), withDestinationURL: scratch.url("gone"))
        #expect(await Self.message(scratch, out: "out")?.contains("link that does not lead to a folder") == true)
    }

    /// Names like a leftover's but the user's own are not cleaned up as one.
    @Test func foldersNamedLikeTheOutputAreNotLeftovers() async throws {
        let scratch = try Self.site()
        try scratch.write("out.old-2019/index.html", "an archive")
        try scratch.write("out.tmp-x/index.html", "a draft")
        _ = try await Self.build(scratch, out: "out")
        #expect(try scratch.read("out.old-2019/index.html") == "an archive")
        #expect(try scratch.read("out.tmp-x/index.html") == "a draft")
    }
}

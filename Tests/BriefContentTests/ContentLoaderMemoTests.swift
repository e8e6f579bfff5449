import Foundation
import Testing
@testable import BriefContent

/// A memo that answers only by content hash and records what it was asked.
private final class HashMemo: BriefingMemo, @unchecked Sendable {
    let known: [String: (hash: UInt64, briefing: Briefing)]
    private let lock = NSLock()
    private(set) var askedByBytes: [String] = []

    init(known: [String: (hash: UInt64, briefing: Briefing)]) { self.known = known }

    func briefing(path: String, bytes: UnsafeRawBufferPointer) -> Briefing? {
        lock.withLock { askedByBytes.append(path) }
        return nil
    }

    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer) {}

    func briefing(path: String, contentHash: UInt64) -> Briefing? {
        guard let entry = known[path], entry.hash == contentHash else { return nil }
        return entry.briefing
    }
}

/// A memo that records the content hash it is told with each file's bytes (none found).
private final class HashRecordingMemo: BriefingMemo, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var askedWith: [String: UInt64?] = [:]
    private(set) var rememberedWith: [String: UInt64?] = [:]

    func briefing(path: String, bytes: UnsafeRawBufferPointer) -> Briefing? { nil }
    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer) {}

    func briefing(path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) -> Briefing? {
        lock.withLock { askedWith[path] = contentHash }
        return nil
    }

    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) {
        lock.withLock { rememberedWith[path] = contentHash }
    }
}

@Suite("Content loader with known content hashes")
struct ContentLoaderMemoTests {
    /// Bytes handed over by the pass that hashed them come with that hash (the memo need not
    /// hash them again); bytes the loader read itself may differ from what was hashed: no hash.
    @Test func onlyBytesTheHashingPassReadComeWithTheirHash() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "---\ntitle: Kept\n---\nText.\n")
        try site.write("content/b.md", "---\ntitle: Read again\n---\nText.\n")
        let memo = HashRecordingMemo()
        var loader = ContentLoader(siteDirectory: site.root)
        loader.memo = memo
        loader.knownHashes = ["content/a.md": 42, "content/b.md": 7]
        loader.readFiles = KeptFiles(paths: ["content/a.md"], bytes: [Data("---\ntitle: Kept\n---\nText.\n".utf8)])
        #expect(Set(try loader.load().briefings.map(\.title)) == ["Kept", "Read again"])
        #expect(memo.askedWith["content/a.md"] == .some(42))
        #expect(memo.rememberedWith["content/a.md"] == .some(42))
        #expect(memo.askedWith["content/b.md"] == .some(nil))
        #expect(memo.rememberedWith["content/b.md"] == .some(nil))
    }

    @Test func aFileWhoseHashTheMemoKnowsIsNotReadAgain() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "---\ntitle: On disk\n---\nText.\n")
        try site.write("content/b.md", "---\ntitle: Also on disk\n---\nText.\n")
        let first = try ContentLoader(siteDirectory: site.root).load().briefings
        var remembered = try #require(first.first { $0.path == "content/a.md" })
        // The memo's answer differs from the file: only a loader that skipped the file returns it.
        remembered.title = "From the memo"
        let memo = HashMemo(known: ["content/a.md": (hash: 42, briefing: remembered)])
        var loader = ContentLoader(siteDirectory: site.root)
        loader.memo = memo
        loader.knownHashes = ["content/a.md": 42, "content/b.md": 7]
        let titles = Set(try loader.load().briefings.map(\.title))
        #expect(titles == ["From the memo", "Also on disk"])
        // b's hash is not the memo's: it was read and offered by its bytes; a was never read.
        #expect(memo.askedByBytes == ["content/b.md"])
    }

    @Test func aHashTheMemoDoesNotKnowMeansTheFileIsRead() throws {
        let site = try TestSite.withConfig()
        try site.write("content/a.md", "---\ntitle: Edited\n---\nText.\n")
        var stale = try #require(try ContentLoader(siteDirectory: site.root).load().briefings.first)
        stale.title = "Before the edit"
        let memo = HashMemo(known: ["content/a.md": (hash: 1, briefing: stale)])
        var loader = ContentLoader(siteDirectory: site.root)
        loader.memo = memo
        loader.knownHashes = ["content/a.md": 2]
        #expect(try loader.load().briefings.map(\.title) == ["Edited"])
    }
}

@Suite("Content loader with a listing made elsewhere")
struct ContentLoaderListingTests {
    /// Given every file and link under content/ (hidden ones included, as the input fingerprint
    /// walks them), the loader picks the same briefings and reports the same links as its own walk.
    @Test func aListingPicksWhatTheWalkFinds() throws {
        let site = try TestSite.withConfig()
        for path in [
            "content/a.md", "content/.hidden.md", "content/.drafts/b.md", "content/sub/.c.md", "content/sub/d.TXT",
            "content/sub/notes.markdown", "content/image.png", "content/entities/person.md", "content/sub/entities/e.md",
            "content/z/y/x.md",
        ] {
            try site.write(path, path.hasSuffix(".TXT") ? "Headline for d\n\nA first paragraph of the article, long enough to keep.\n" : "---\ntitle: \(path)\n---\nText.\n")
        }
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/sub/link.md").path, withDestinationPath: "../a.md")
        let walked = ContentLoader(siteDirectory: site.root).inspect()
        var listing = ContentLoader(siteDirectory: site.root)
        listing.listedFiles = DirectoryWalk.entries(under: site.root.appendingPathComponent("content").path, skipHidden: false)
            .map { ContentLoader.ListedFile(path: $0.path, kind: $0.kind) }
        let listed = listing.inspect()
        #expect(listed.briefings.map(\.path) == walked.briefings.map(\.path))
        #expect(listed.diagnostics.map(\.message) == walked.diagnostics.map(\.message))
        #expect(Set(walked.briefings.map(\.path)) == ["content/a.md", "content/sub/d.TXT", "content/sub/notes.markdown", "content/sub/entities/e.md", "content/z/y/x.md"])
        #expect(walked.diagnostics.contains { $0.path == "content/sub/link.md" })
    }

    @Test func hiddenMeansANameStartingWithADot() {
        #expect(ContentLoader.isHidden(".a.md"))
        #expect(ContentLoader.isHidden("x/.y/z.md"))
        #expect(!ContentLoader.isHidden("x/y.z/a.md"))
        #expect(!ContentLoader.isHidden("a..md"))
        // As the walk's `hasPrefix(".")` by Character: a dot carrying a combining mark is no dot.
        #expect(!ContentLoader.isHidden("x/.\u{301}a.md"))
        // A dot with a mark before a hidden name further on: the name further on counts.
        #expect(ContentLoader.isHidden("x/.\u{301}a/.b/c.md"))
        #expect(ContentLoader.isHidden("a//.b") && ContentLoader.isHidden("a/./b") && ContentLoader.isHidden("a/.."))
        #expect(!ContentLoader.isHidden("") && !ContentLoader.isHidden("/") && !ContentLoader.isHidden("a/b./c"))
        #expect(ContentLoader.isInEntitiesFolder("entities/a.md"))
        #expect(!ContentLoader.isInEntitiesFolder("entities\u{301}/a.md"))
        #expect(!ContentLoader.isInEntitiesFolder("sub/entities/a.md"))
        #expect(!ContentLoader.isInEntitiesFolder("entities.md"))
    }
}

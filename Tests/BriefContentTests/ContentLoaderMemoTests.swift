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

@Suite("Content loader with known content hashes")
struct ContentLoaderMemoTests {
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

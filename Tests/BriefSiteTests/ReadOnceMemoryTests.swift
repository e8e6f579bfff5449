import BriefContent
import BriefTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import BriefSite

/// What a build's loading keeps of the files the input hashing read: only bytes the loader will
/// parse, each let go once parsed, and each file's own bytes even where two names differ only
/// in Unicode normalization.
@Suite("Read-once loading: what is kept")
struct ReadOnceMemoryTests {
    /// The hashing keeps no bytes of a file the parsed-briefings memo has: the loader takes the
    /// briefing from the memo, and keeping every file a `touch` or checkout made it read again
    /// held the whole corpus for nothing.
    @Test func bytesTheMemoMakesNeedlessAreNotKept() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText of a.\n")
        try scratch.write("site/content/b.md", "---\ntitle: B\n---\nText of b.\n")
        let site = scratch.url("site")
        let aHash = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false).files["content/a.md"]
        let kept = InputFingerprint.hashWithFiles(
            siteDirectory: site, includeDrafts: false, keepingBriefings: true,
            isParsed: { path, hash in path == "content/a.md" && hash == aHash }, keptWithoutAsking: 0, loadingKnown: { nil })
        #expect(kept.briefingBytes?.paths == ["content/b.md"])
    }

    /// The memo is not asked (its index read) while few bytes are kept: a build that reads a
    /// file edited in the last seconds and then finds nothing changed never needs it.
    @Test func fewBytesAreKeptWithoutAskingTheMemo() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText of a.\n")
        try scratch.write("site/content/b.md", "---\ntitle: B\n---\n" + String(repeating: "Long text. ", count: 200) + "\n")
        let site = scratch.url("site")
        let asked = Asked()
        let kept = InputFingerprint.hashWithFiles(
            siteDirectory: site, includeDrafts: false, keepingBriefings: true,
            isParsed: { path, _ in asked.add(path) }, keptWithoutAsking: 1_000, loadingKnown: { nil })
        // a fits in the budget; b (over 2 KB) does not, and closes it: it is asked about.
        #expect(asked.paths == ["content/b.md"])
        #expect(kept.briefingBytes?.paths == ["content/a.md"])
        let small = InputFingerprint.hashWithFiles(
            siteDirectory: site, includeDrafts: false, keepingBriefings: true,
            isParsed: { path, _ in asked.add(path) }, loadingKnown: { nil })
        #expect(asked.paths == ["content/b.md"], "not asked again")
        #expect(Set(small.briefingBytes?.paths ?? []) == ["content/a.md", "content/b.md"])
    }

    /// Paths `isParsed` was asked about; it answers true (the memo has each).
    private final class Asked: @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [String] = []
        var paths: [String] { lock.withLock { asked } }
        func add(_ path: String) -> Bool {
            lock.withLock { asked.append(path) }
            return true
        }
    }

    /// A full build's memo: after a build, every file `touch`ed (its identity changed, its
    /// bytes not), the rebuild's hashing reads every file again but keeps none of them.
    @Test func aRebuildAfterTouchKeepsNoBytes() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        let cache = site.appendingPathComponent(BuildCache.folderName)
        let memo = ParsedBriefings(folder: cache)
        let kept = InputFingerprint.hashWithFiles(
            siteDirectory: site, includeDrafts: false, keepingBriefings: true,
            isParsed: { memo.knows(path: $0, contentHash: $1) }, keptWithoutAsking: 0, loadingKnown: { nil })
        #expect(kept.hashes.filesRead > 3, "every file was read")
        #expect(kept.briefingBytes?.paths == [])
    }

    /// The loader takes each file's bytes as it parses it: none is still held once loaded
    /// (they were all held until the whole load returned).
    @Test func theLoaderLetsGoOfEachFilesBytes() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        for k in 0..<20 { try scratch.write("site/content/b\(k).md", "---\ntitle: B\(k)\n---\nText \(k).\n") }
        let site = scratch.url("site")
        let hashing = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, keepingBriefings: true, loadingKnown: { nil })
        let kept = try #require(hashing.briefingBytes)
        #expect(kept.paths.count == 20)
        var loader = ContentLoader(siteDirectory: site, includeDrafts: false)
        loader.knownHashes = hashing.files
        loader.listedFiles = hashing.listedContent
        loader.readFiles = kept
        #expect(try loader.load().briefings.count == 20)
        #expect(kept.paths.isEmpty)
        #expect(kept.take("content/b0.md") == nil, "handed over once")
    }

    /// Two files whose names differ only in Unicode normalization (two files on Linux) each
    /// parse from their own bytes, in a full build and in a rebuild after both are touched.
    @Test func namesInTwoNormalizationsAreTwoFiles() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        let site = scratch.url("site")
        try scratch.write("site/content/other.md", "---\ntitle: Other\n---\nText.\n")
        let composed = site.path + "/content/caf\u{E9}.md", decomposed = site.path + "/content/cafe\u{301}.md"
        try Self.write(composed, "---\ntitle: Composed title\nslug: composed\n---\nComposed text.\n")
        try Self.write(decomposed, "---\ntitle: Decomposed title\nslug: decomposed\n---\nDecomposed text.\n")
        // The file system keeps both (it does on Linux; elsewhere there is nothing to test).
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path + "/content")
        guard names.count == 3 else { return }

        let hashing = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, keepingBriefings: true, loadingKnown: { nil })
        #expect(hashing.files.count == 4, "brief.yml and three files")
        var loader = ContentLoader(siteDirectory: site, includeDrafts: false)
        loader.knownHashes = hashing.files
        loader.listedFiles = hashing.listedContent
        loader.readFiles = hashing.briefingBytes
        let titles = try loader.load().briefings.map { "\($0.slug): \($0.title)" }.sorted()
        #expect(titles == ["composed: Composed title", "decomposed: Decomposed title", "other: Other"])

        let out = scratch.url("out")
        try await SiteBuilder(siteDirectory: site, outputDirectory: out).build()
        try Self.expectOwnTitles(in: out)
        // Touched, and another file edited: the rebuild reads both again, takes them from the
        // memo by their hashes, and each from the cache by its own key.
        for path in [composed, decomposed] {
            var times = [timespec(tv_sec: 2_000_000_000, tv_nsec: 0), timespec(tv_sec: 2_000_000_000, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        try scratch.write("site/content/other.md", "---\ntitle: Other, edited\n---\nText.\n")
        try await SiteBuilder(siteDirectory: site, outputDirectory: out).build()
        try Self.expectOwnTitles(in: out)
        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        let clean = scratch.url("clean")
        try await SiteBuilder(siteDirectory: site, outputDirectory: clean).build()
        for name in ["composed", "decomposed"] {
            let page = "briefings/\(name)/index.html"
            let rebuilt = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(rebuilt == (try String(contentsOf: clean.appendingPathComponent(page), encoding: .utf8)), "\(page) as a clean build makes it")
        }
        #expect(try Self.briefingsData(out) == (try Self.briefingsData(clean)))
    }

    /// The table of known hashes tells the two names apart too: neither is read again.
    @Test func knownHashesOfNamesInTwoNormalizationsStandForEach() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        let site = scratch.url("site")
        try scratch.write("site/content/other.md", "---\ntitle: Other\n---\nText.\n")
        try Self.write(site.path + "/content/caf\u{E9}.md", "---\ntitle: Composed\nslug: composed\n---\nText.\n")
        try Self.write(site.path + "/content/cafe\u{301}.md", "---\ntitle: Decomposed\nslug: decomposed\n---\nText.\n")
        guard try FileManager.default.contentsOfDirectory(atPath: site.path + "/content").count == 3 else { return }
        var table = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false).hashes
        #expect(table.entries.count == 4)
        table.taken += 10 * 1_000_000_000
        let aged = table
        let again = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, known: aged)
        #expect(again.hashes.filesRead == 0)
    }

    private static func briefingsData(_ out: URL) throws -> String {
        try String(contentsOf: out.appendingPathComponent("data/briefings.json"), encoding: .utf8)
    }

    private static func expectOwnTitles(in out: URL) throws {
        let data = try briefingsData(out)
        #expect(data.contains("Composed title"))
        #expect(data.contains("Decomposed title"))
    }

    /// Writes `text` to `path` by its bytes (no URL, which could normalize the name).
    private static func write(_ path: String, _ text: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        #expect(Glibc.write(descriptor, bytes, bytes.count) == bytes.count)
    }
}

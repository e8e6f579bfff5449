import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A full build reads each briefing once: the input hashing keeps the bytes it hashed
/// (`keepingBriefings`), and the loader parses those, never the file as it is by then.
@Suite("Briefings read once")
struct ReadOnceTests {
    @Test func theHashingKeepsExactlyTheBriefingsBytesItHashed() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText of a.\n")
        try scratch.write("site/content/day/b.txt", "B\n\nText of b.\n")
        try scratch.write("site/content/notes.json", "{}")
        try scratch.write("site/content/.hidden.md", "---\ntitle: H\n---\nHidden.\n")
        try scratch.write("site/content/entities/nato.md", "---\nname: NATO\n---\nA note.\n")
        let site = scratch.url("site")
        let kept = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, keepingBriefings: true, loadingKnown: { nil })
        let keptFiles = try #require(kept.briefingBytes)
        #expect(Set(keptFiles.paths) == ["content/a.md", "content/day/b.txt"])
        for path in keptFiles.paths {
            let bytes = try #require(keptFiles.bytes(of: path))
            #expect(bytes == (try Data(contentsOf: site.appendingPathComponent(path))))
            #expect(kept.files[PathKey(path)] == bytes.withUnsafeBytes { InputWalk.contentHash($0) }, "the hash is of the bytes kept")
        }
        // The same fingerprint and table as a hashing that keeps nothing.
        let plain = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false)
        #expect(plain.briefingBytes == nil)
        #expect(plain.value == kept.value)
        #expect(plain.files == kept.files)
        #expect(plain.hashes.entries.count == kept.hashes.entries.count)
        // Files whose hash the table vouches for are not read, so none is kept.
        var table = kept.hashes
        table.taken += 10 * 1_000_000_000
        let aged = table
        let again = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, keepingBriefings: true, loadingKnown: { aged })
        #expect(again.briefingBytes?.paths.isEmpty == true)
        #expect(again.value == kept.value)
    }

    /// A file changed after it was hashed: the loader parses the bytes hashed, so nothing the
    /// build makes (or remembers) claims bytes the fingerprint never saw.
    @Test func theLoaderParsesTheBytesHashedNotTheFileAsItIsNow() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: Hashed\n---\nText.\n")
        let site = scratch.url("site")
        let hashing = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, keepingBriefings: true, loadingKnown: { nil })
        try scratch.write("site/content/a.md", "---\ntitle: Changed later\n---\nText.\n")
        var loader = ContentLoader(siteDirectory: site, includeDrafts: false)
        loader.knownHashes = hashing.files
        loader.listedFiles = hashing.listedContent
        loader.readFiles = hashing.briefingBytes
        #expect(try loader.load().briefings.map(\.title) == ["Hashed"])
        loader.readFiles = nil
        #expect(try loader.load().briefings.map(\.title) == ["Changed later"])
    }
}

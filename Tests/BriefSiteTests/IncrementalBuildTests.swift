import BriefContent
import BriefTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import BriefSite

@Suite("Incremental builds and the build cache")
struct IncrementalBuildTests {
    /// Builds `site` into `out` (relative to the scratch folder) and returns the report.
    @discardableResult
    static func build(_ scratch: Scratch, site: URL, out: String) async throws -> BuildReport {
        try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url(out)).build()
    }

    /// A copy of the sample site built once into `out`: the scratch folder, the site and its
    /// cache folder.
    static func builtSampleSite() async throws -> (scratch: Scratch, site: URL, cache: URL) {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await build(scratch, site: site, out: "out")
        return (scratch, site, site.appendingPathComponent(BuildCache.folderName))
    }

    /// The first briefing file of a site (not an entity note or a draft) and its text.
    static func firstBriefing(_ site: URL) throws -> (url: URL, text: String) {
        let files = FileTree.read("content", in: site).files.filter {
            $0.path.hasSuffix(".md") && !$0.path.hasPrefix("entities/") && !$0.path.hasPrefix("drafts/")
        }
        let first = try #require(files.first)
        return (first.url, try String(contentsOf: first.url, encoding: .utf8))
    }

    /// The inode of a file, to tell a rewritten file from a kept one.
    static func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func anIncrementalBuildIsByteIdenticalToACleanBuild() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await Self.build(scratch, site: site, out: "out")
        // Edit one briefing (new text and a new entity), add one, delete one; change an entity note.
        let files = FileTree.read("content", in: site).files.filter { $0.path.hasSuffix(".md") && !$0.path.hasPrefix("entities/") }
        let edited = try #require(files.first)
        let text = try String(contentsOf: edited.url, encoding: .utf8)
        try Data((text + "\nAngela Merkel said “this changes everything” on Friday.\n").utf8).write(to: edited.url)
        try scratch.write("site/content/added.md", "---\ntitle: Added later\ndate: 2025-01-02\n---\nKyiv and Berlin talked.\n")
        if files.count > 2 { try FileManager.default.removeItem(at: files[files.count - 1].url) }
        try await Self.build(scratch, site: site, out: "out")
        // Once more with no change at all; then an edit that reuses the tree the last swap kept.
        try await Self.build(scratch, site: site, out: "out")
        try scratch.write("site/content/added.md", "---\ntitle: Added, then edited\ndate: 2025-01-03\n---\nKyiv, Berlin and Paris talked.\n")
        try await Self.build(scratch, site: site, out: "out")

        // A clean build of the same site, without the cache.
        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        try await Self.build(scratch, site: site, out: "clean")
        let incremental = try scratch.snapshot("out")
        let clean = try scratch.snapshot("clean")
        #expect(incremental.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean where incremental[path] != bytes {
            Issue.record("\(path) differs between the incremental and the clean build")
        }
        #expect(incremental["briefings/added/index.html"] != nil)
    }

    @Test func aNoChangeRebuildWritesNothing() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await Self.build(scratch, site: site, out: "out")
        let index = scratch.url("out/index.html")
        let before = try Self.inode(index)
        try await Self.build(scratch, site: site, out: "out")
        #expect(try Self.inode(index) == before, "the unchanged index was not rewritten")
        // A hand-edited output file is noticed and made again.
        try scratch.write("out/index.html", "tampered")
        try await Self.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/index.html").contains("<html"))
    }

    @Test func aCorruptCacheEntryIsDetectedAndRebuilt() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await Self.build(scratch, site: site, out: "clean")
        let cacheFile = site.appendingPathComponent(BuildCache.folderName).appendingPathComponent(BuildCache.fileName)
        let good = try Data(contentsOf: cacheFile)
        let cache = BuildCache.load(from: cacheFile.deletingLastPathComponent())
        #expect(cache.count >= 6)
        #expect(cache.discarded == nil)

        // Flip bytes inside the entries (after the header): checksums must catch it.
        var damaged = [UInt8](good)
        for offset in stride(from: 64, to: damaged.count, by: 97) { damaged[offset] ^= 0x5A }
        try Data(damaged).write(to: cacheFile)
        let reloaded = BuildCache.load(from: cacheFile.deletingLastPathComponent())
        let intact = try Scratch()
        _ = intact
        var sound = 0
        for key in Self.keys(in: good) where reloaded.entry(key) != nil { sound += 1 }
        #expect(sound < cache.count, "damaged entries are not trusted")

        // The build still succeeds, output identical to a clean build, and the cache is rewritten.
        try FileManager.default.removeItem(at: scratch.url("clean"))
        try await Self.build(scratch, site: site, out: "out")
        let rewritten = BuildCache.load(from: cacheFile.deletingLastPathComponent())
        #expect(rewritten.discarded == nil)
        for key in Self.keys(in: good) { #expect(rewritten.entry(key) != nil) }
        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        try await Self.build(scratch, site: site, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))

        // A file cut off mid-row (a killed build) keeps the rows before the cut, all sound.
        let current = try Data(contentsOf: cacheFile)
        try Data(current.prefix(current.count / 2)).write(to: cacheFile)
        let cut = BuildCache.load(from: cacheFile.deletingLastPathComponent())
        #expect(cut.discarded == nil)
        #expect(cut.count > 0 && cut.count < cache.count)
        for key in cut.entries.keys { #expect(cut.entry(key) != nil) }
        #expect(cut.rowsEnd <= current.count / 2)
        // A file of another format version is discarded whole.
        var otherVersion = [UInt8](good)
        otherVersion[8] &+= 1
        try Data(otherVersion).write(to: cacheFile)
        #expect(BuildCache.load(from: cacheFile.deletingLastPathComponent()).discarded != nil)
        // Rows whose heavy file is gone are discarded whole too.
        try Data(good).write(to: cacheFile)
        for name in try Self.heavyFiles(cacheFile.deletingLastPathComponent()) {
            try FileManager.default.removeItem(at: cacheFile.deletingLastPathComponent().appendingPathComponent(name))
        }
        #expect(BuildCache.load(from: cacheFile.deletingLastPathComponent()).discarded != nil)
        try await Self.build(scratch, site: site, out: "out")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    /// Annotations are read only when a page is rendered: damage there is caught then (the
    /// briefing is annotated and rendered again), and the light rows stay trusted.
    @Test func aDamagedAnnotationIsCaughtWhenItIsRead() async throws {
        let (scratch, site, folder) = try await Self.builtSampleSite()
        let cache = BuildCache.load(from: folder)
        let keys = Array(cache.entries.keys)
        #expect(keys.count >= 6)
        for key in keys { #expect(cache.entry(key) != nil) }
        // Flip one byte in every heavy part; the rows file is left alone.
        let heavyFile = BuildCache.heavyURL(in: folder, id: cache.heavyID)
        var bytes = [UInt8](try Data(contentsOf: heavyFile))
        for row in cache.entries.values where !row.heavy.isEmpty { bytes[row.heavy.lowerBound + row.heavy.count / 2] ^= 0x20 }
        try Data(bytes).write(to: heavyFile)
        let damaged = BuildCache.load(from: folder)
        #expect(damaged.discarded == nil)
        for key in keys {
            let light = try #require(damaged.entry(key, withBody: false), "the light part is intact")
            #expect(damaged.heavy(key, light: light.entities) == nil, "a damaged heavy part is not trusted")
        }
        // A template change renders every page again, so every heavy part is read.
        let layout = try #require(BuiltinTheme.files["layout.mustache"])
        try scratch.write("site/templates/layout.mustache", layout.replacingOccurrences(of: "</body>", with: "<!-- v2 --></body>"))
        try await Self.build(scratch, site: site, out: "out")
        let rewritten = BuildCache.load(from: folder)
        for key in keys { #expect(rewritten.entry(key) != nil, "annotated again and saved") }
        try FileManager.default.removeItem(at: folder)
        try await Self.build(scratch, site: site, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    /// A sentence added inside a briefing changes its page, not what the feed, the sitemap,
    /// entities.json or quotes.json show; a new title changes the feed, a new quote quotes.json.
    @Test func aTextEditKeepsTheFeedAndATitleEditRemakesIt() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await Self.build(scratch, site: site, out: "out")
        let (edited, text) = try Self.firstBriefing(site)
        // Right after a clean build: a rebuild lists kept files in another order, and the feed
        // must not depend on it.
        let feed = scratch.url("out/feed.xml")
        let quotes = scratch.url("out/data/quotes.json")
        let before = try (
            Self.inode(feed), Self.inode(scratch.url("out/sitemap.xml")), Self.inode(scratch.url("out/data/entities.json")),
            Self.inode(quotes))
        try Data((text + "\nOfficials met again on Wednesday to discuss the agenda.\n").utf8).write(to: edited)
        try await Self.build(scratch, site: site, out: "out")
        let after = try (
            Self.inode(feed), Self.inode(scratch.url("out/sitemap.xml")), Self.inode(scratch.url("out/data/entities.json")),
            Self.inode(quotes))
        #expect(after == before, "kept, not rewritten")
        let quoted = text + "\n“We will not sign a paper without the farmers,” the minister said on Wednesday.\n"
        try Data(quoted.utf8).write(to: edited)
        try await Self.build(scratch, site: site, out: "out")
        #expect(try Self.inode(quotes) != after.3)
        #expect(try scratch.read("out/data/quotes.json").contains("We will not sign a paper without the farmers"))
        try Data(text.utf8).write(to: edited)
        let retitled = text.replacingOccurrences(of: "title: ", with: "title: Retitled ", options: [], range: text.range(of: "title: "))
        #expect(retitled != text)
        try Data(retitled.utf8).write(to: edited)
        try await Self.build(scratch, site: site, out: "out")
        #expect(try Self.inode(feed) != after.0)
        #expect(try scratch.read("out/feed.xml").contains("Retitled"))
    }

    /// Edits leave dead heavy parts behind; the file is compacted before they outgrow the live ones.
    @Test func repeatedEditsDoNotGrowTheCacheWithoutBound() async throws {
        let (scratch, site, folder) = try await Self.builtSampleSite()
        let first = try Self.cacheSize(folder)
        let files = FileTree.read("content", in: site).files.filter {
            $0.path.hasSuffix(".md") && !$0.path.hasPrefix("entities/") && !$0.path.hasPrefix("drafts/")
        }
        let edited = try #require(files.first)
        let text = try String(contentsOf: edited.url, encoding: .utf8)
        var sizes: [Int] = []
        for round in 0..<12 {
            try Data((text + "\nRound \(round) of talks ended on Friday.\n").utf8).write(to: edited.url)
            try await Self.build(scratch, site: site, out: "out")
            sizes.append(try Self.cacheSize(folder))
            #expect(try Self.heavyFiles(folder).count == 1, "the replaced heavy file went")
        }
        #expect(zip(sizes, sizes.dropFirst()).contains { $1 < $0 }, "compacted at least once: \(sizes)")
        #expect(zip(sizes, sizes.dropFirst()).contains { $1 > $0 }, "appended to between compactions: \(sizes)")
        #expect(try Self.cacheSize(folder) < first * 3)
        // Compacted or not, every entry of the last build is sound, heavy part included.
        let cache = BuildCache.load(from: folder)
        #expect(cache.discarded == nil)
        #expect(cache.count >= files.count)
        for key in cache.entries.keys { #expect(cache.entry(key) != nil) }
        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        try await Self.build(scratch, site: site, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    /// A build that fails after rendering leaves the cache sound: what it had not written out yet
    /// is dropped, and the old files are never changed in place.
    @Test func aFailedBuildLeavesTheCacheAsItWas() async throws {
        let (scratch, site, folder) = try await Self.builtSampleSite()
        let rows = try Data(contentsOf: folder.appendingPathComponent(BuildCache.fileName))
        let heavyFile = BuildCache.heavyURL(in: folder, id: BuildCache.load(from: folder).heavyID)
        let heavy = try Data(contentsOf: heavyFile)
        let (edited, text) = try Self.firstBriefing(site)
        try Data((text + "\nTalks resumed in Geneva on Monday.\n").utf8).write(to: edited)
        // A static file in the way of a generated page fails the build after the pages are made.
        try scratch.write("site/static/index.html", "in the way")
        await #expect(throws: ContentErrors.self) { try await Self.build(scratch, site: site, out: "out") }
        // Its row was never written; its heavy part may have been, after the old ones, which
        // are untouched.
        #expect(try Data(contentsOf: folder.appendingPathComponent(BuildCache.fileName)) == rows)
        #expect(try Data(contentsOf: heavyFile).prefix(heavy.count) == heavy)
        #expect(try Self.heavyFiles(folder) == [heavyFile.lastPathComponent])
        let afterFailure = BuildCache.load(from: folder)
        #expect(afterFailure.discarded == nil)
        for key in afterFailure.entries.keys { #expect(afterFailure.entry(key) != nil) }
        // Without the obstacle, the edit is appended to the same heavy file.
        try FileManager.default.removeItem(at: site.appendingPathComponent("static/index.html"))
        try await Self.build(scratch, site: site, out: "out")
        #expect(try Self.heavyFiles(folder) == [heavyFile.lastPathComponent])
        let grown = try Data(contentsOf: heavyFile)
        #expect(grown.count > heavy.count && grown.prefix(heavy.count) == heavy, "appended, not rewritten")
        let grownRows = try Data(contentsOf: folder.appendingPathComponent(BuildCache.fileName))
        #expect(grownRows.count > rows.count && grownRows.prefix(rows.count) == rows, "rows appended, not rewritten")
    }

    /// A build killed while appending leaves a torn row at the end: the next build writes the rows
    /// anew without it (bytes of a cache file are never changed in place), and every entry stays
    /// sound.
    @Test func aTornRowAtTheEndMakesTheNextBuildWriteTheRowsAnew() async throws {
        let (scratch, site, folder) = try await Self.builtSampleSite()
        let rowsFile = folder.appendingPathComponent(BuildCache.fileName)
        let sound = try Data(contentsOf: rowsFile)
        let rowsInode = try Self.inode(rowsFile)
        let handle = try FileHandle(forWritingTo: rowsFile)
        try handle.seekToEnd()
        // A row header promising more light bytes than follow.
        var torn = ByteWriter()
        for value: UInt64 in [42, 7, 5_000, UInt64(BuildCache.headerSize), 0, 0] { torn.write(value) }
        try handle.write(contentsOf: Data(torn.bytes + [1, 2, 3]))
        try handle.close()
        #expect(BuildCache.load(from: folder).rowsEnd == sound.count)
        let (edited, text) = try Self.firstBriefing(site)
        try Data((text + "\nThe ceasefire held overnight.\n").utf8).write(to: edited)
        try await Self.build(scratch, site: site, out: "out")
        let after = try Data(contentsOf: rowsFile)
        #expect(try Self.inode(rowsFile) != rowsInode, "written anew, not appended after the torn row")
        let cache = BuildCache.load(from: folder)
        #expect(cache.rowsEnd == after.count, "no torn bytes left")
        #expect(cache.entries[42] == nil)
        for key in cache.entries.keys { #expect(cache.entry(key) != nil) }
        try FileManager.default.removeItem(at: folder)
        try await Self.build(scratch, site: site, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    /// Temp files of killed builds go with the next build that writes the cache; one that a
    /// running build holds (`flock`) stays.
    @Test func killedBuildsTempFilesAreRemovedButNotAHeldOne() async throws {
        let (scratch, site, folder) = try await Self.builtSampleSite()
        let leftover = folder.appendingPathComponent(BuildCache.fileName + ".tmp-1234")
        let held = folder.appendingPathComponent(ParsedBriefings.fileName + ".tmp-5678")
        try Data(repeating: 7, count: 1_000).write(to: leftover)
        try Data(repeating: 7, count: 1_000).write(to: held)
        let holder = open(held.path, O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        let (edited, text) = try Self.firstBriefing(site)
        try Data((text + "\nThe envoys met again.\n").utf8).write(to: edited)
        try await Self.build(scratch, site: site, out: "out")
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: held.path))
    }

    /// A build that writes no row still sweeps a killed build's temp files: a first build
    /// killed while parsing leaves a parsed.bin.tmp-* (up to 25 MB), and the builds after it may
    /// all find every row (here a brief.yml edit, which changes no briefing's row).
    @Test func aBuildWritingNoRowStillRemovesKilledBuildsTempFiles() async throws {
        let (scratch, site, folder) = try await Self.builtSampleSite()
        let rowsFile = folder.appendingPathComponent(BuildCache.fileName)
        let rowsInode = try Self.inode(rowsFile)
        let rowsBytes = try Data(contentsOf: rowsFile)
        let leftover = folder.appendingPathComponent(ParsedBriefings.fileName + ".tmp-1234")
        try Data(repeating: 7, count: 1_000).write(to: leftover)
        let config = site.appendingPathComponent("brief.yml")
        try Data((String(decoding: try Data(contentsOf: config), as: UTF8.self) + "\n# edited\n").utf8).write(to: config)
        try await Self.build(scratch, site: site, out: "out")
        #expect(try Self.inode(rowsFile) == rowsInode && Data(contentsOf: rowsFile) == rowsBytes, "no row written")
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: BuildCache.heavyURL(in: folder, id: BuildCache.load(from: folder).heavyID).path), "the heavy file in use stays")
    }

    @Test func anUnwritableCacheFolderWarnsAndBuilds() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        // A file where the cache folder should be: nothing can be written there.
        try scratch.write("site/\(BuildCache.folderName)", "not a folder")
        let report = try await Self.build(scratch, site: site, out: "out")
        #expect(report.briefingCount >= 6)
        #expect(report.warnings.contains { $0.contains("cache") })
        #expect(scratch.exists("out/index.html"))
        let again = try await Self.build(scratch, site: site, out: "out")
        #expect(again.briefingCount == report.briefingCount)
    }

    @Test func aTemplateChangeRerendersPagesButKeepsAnnotations() async throws {
        let (scratch, site, cacheFolder) = try await Self.builtSampleSite()
        let before = try Data(contentsOf: cacheFolder.appendingPathComponent(BuildCache.fileName))
        let heavyBefore = try Self.heavyFiles(cacheFolder).map { try Data(contentsOf: cacheFolder.appendingPathComponent($0)) }
        let searchIndex = scratch.url("out/" + SearchShards.manifestPath)
        let indexBefore = try Self.inode(searchIndex)
        let layout = try #require(BuiltinTheme.files["layout.mustache"])
        try scratch.write("site/templates/layout.mustache", layout.replacingOccurrences(of: "</body>", with: "<!-- changed --></body>"))
        try await Self.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/index.html").contains("<!-- changed -->"))
        // The search page shows the layout; the index does not, and is kept.
        #expect(try scratch.read("out/" + SearchPage.path).contains("<!-- changed -->"))
        #expect(try Self.inode(searchIndex) == indexBefore)
        let page = try #require(FileTree.read("briefings", in: scratch.url("out")).files.first)
        #expect(try String(contentsOf: page.url, encoding: .utf8).contains("<!-- changed -->"))
        // Annotations and bodies do not depend on templates: the cache files did not change
        // (bodies, which the cache does not keep, were woven again from the stored annotations).
        #expect(try Data(contentsOf: cacheFolder.appendingPathComponent(BuildCache.fileName)) == before)
        #expect(try Self.heavyFiles(cacheFolder).map { try Data(contentsOf: cacheFolder.appendingPathComponent($0)) } == heavyBefore)
        try FileManager.default.removeItem(at: cacheFolder)
        try await Self.build(scratch, site: site, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    /// The heavy files in a cache folder.
    static func heavyFiles(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("heavy-") }
    }

    /// The bytes of a cache: its rows file and heavy files.
    static func cacheSize(_ folder: URL) throws -> Int {
        try ([BuildCache.fileName] + heavyFiles(folder)).reduce(0) { $0 + (try Data(contentsOf: folder.appendingPathComponent($1)).count) }
    }

    /// The entry keys of a rows file (format: header, then rows to the end).
    static func keys(in data: Data) -> [UInt64] {
        let bytes = [UInt8](data)
        var reader = ByteReader(bytes, offset: BuildCache.headerSize)
        var keys: [UInt64] = []
        while let key = try? reader.readUInt64(), (try? reader.readUInt64()) != nil, let length = try? reader.readCount(),
            (try? reader.readUInt64()) != nil, (try? reader.readUInt64()) != nil, (try? reader.readUInt64()) != nil {
            keys.append(key)
            reader.offset += length
        }
        return keys
    }
}

@Suite("FNV64 hash")
struct FNV64Tests {
    @Test func differentInputsHashDifferentlyAndEqualInputsEqually() {
        func hash(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBytes { FNV64.hash($0) } }
        #expect(hash("abc") == hash("abc"))
        #expect(hash("abc") != hash("abd"))
        #expect(hash("0123456789abcdef") != hash("0123456789abcdeg"))
        var a = FNV64(), b = FNV64()
        a.add("ab"); a.add("c")
        b.add("a"); b.add("bc")
        #expect(a.value != b.value, "string boundaries count")
        var c = FNV64(), d = FNV64()
        c.add("ab")
        d.add("ab\0\0\0\0\0\u{2}")
        #expect(c.value != d.value, "a string's length counts, not only its packed words")
    }

    /// Strings of every length to 40 bytes (read as one or two overlapping words up to 16):
    /// a change to any one byte changes the hash, strings that differ only in length differ,
    /// and a String hashes as its bytes do.
    @Test func everyByteOfAShortStringCounts() {
        func hash(_ bytes: [UInt8]) -> UInt64 {
            var hasher = FNV64()
            bytes.withUnsafeBytes { hasher.add(text: $0) }
            return hasher.value
        }
        var seen: Set<UInt64> = []
        for length in 0...40 {
            let base = (0..<length).map { UInt8(0x61 + ($0 * 7) % 26) }
            #expect(seen.insert(hash(base)).inserted, "length \(length)")
            for index in base.indices {
                var changed = base
                changed[index] = 0x41
                #expect(seen.insert(hash(changed)).inserted, "length \(length), byte \(index)")
            }
            var viaString = FNV64()
            viaString.add(String(decoding: base, as: UTF8.self))
            #expect(viaString.value == hash(base))
        }
        // Three-byte strings whose first, middle and last bytes differ in turn.
        #expect(Set([[1, 2, 3], [1, 2, 4], [1, 5, 3], [6, 2, 3], [1, 2], [1, 3], [2, 3]].map(hash)).count == 7)
    }

    /// Long inputs run in two lanes of 16 bytes a block: a change to any byte, in any lane or in
    /// the tail, and words swapped within a lane's block, between lanes or between blocks all
    /// change the hash.
    @Test func everyByteOfALongInputCounts() {
        let base = (0..<103).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { FNV64.hash($0) } }
        let original = hash(base)
        var seen: Set<UInt64> = [original]
        for index in base.indices {
            var changed = base
            changed[index] ^= 0x01
            #expect(seen.insert(hash(changed)).inserted, "byte \(index)")
        }
        var lanesSwapped = base
        for offset in 0..<8 { lanesSwapped[offset] = base[8 + offset]; lanesSwapped[8 + offset] = base[offset] }
        #expect(hash(lanesSwapped) != original)
        var halvesSwapped = base
        for offset in 0..<16 { halvesSwapped[offset] = base[16 + offset]; halvesSwapped[16 + offset] = base[offset] }
        #expect(hash(halvesSwapped) != original)
        var blocksSwapped = base
        for offset in 0..<32 { blocksSwapped[offset] = base[32 + offset]; blocksSwapped[32 + offset] = base[offset] }
        #expect(hash(blocksSwapped) != original)
        #expect(hash(Array(base.prefix(64))) != hash(Array(base.prefix(65))))
    }

    /// The last bytes are hashed as one word with their count: trailing zero bytes still count,
    /// and a number hashes as its eight little-endian bytes.
    @Test func shortTailsKeepTheirLength() {
        func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { FNV64.hash($0) } }
        var seen: Set<UInt64> = []
        for length in 0...16 { #expect(seen.insert(hash([UInt8](repeating: 0, count: length))).inserted, "\(length) zero bytes") }
        #expect(hash([1, 2, 3]) != hash([1, 2, 4]))
        #expect(hash([1, 2, 3]) != hash([3, 2, 1]))
        let number: UInt64 = 0x0102_0304_0506_0708
        var words = FNV64()
        words.add(number)
        #expect(words.value == withUnsafeBytes(of: number.littleEndian) { FNV64.hash($0) })
    }
}

import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A file or folder under content/, templates/ or static/ whose name is not valid UTF-8 is an
/// error naming it (its bad bytes shown as `\xHH`), in `brief build` and `brief check` alike: the
/// build stops and the previous output stays. The walk read such a name with U+FFFD in place of
/// the byte: a static file of that name was then not found when copied (the build failed on a
/// temp folder's path while `brief check` said nothing), and a folder was left out in silence.
@Suite("Names that are not valid UTF-8")
struct InvalidNameTests {
    static let why = "has a name that is not valid UTF-8 (its bad bytes shown as \\xHH, a backslash as \\\\): brief reads names as UTF-8 text, so it cannot read this file or folder; rename it"

    /// (folder, name bytes, is a folder, what the error names)
    static let cases: [(String, [UInt8], Bool, String)] = [
        ("static", Array("bad".utf8) + [0xFF] + Array(".txt".utf8), false, "static/bad\\xFF.txt"),
        ("static", Array("d".utf8) + [0xFE], true, "static/d\\xFE"),
        ("templates", Array("x".utf8) + [0xC3] + Array(".html".utf8), false, "templates/x\\xC3.html"),
        ("templates", Array("caf\u{E9}".utf8) + [0x80], true, "templates/caf\u{E9}\\x80"),
        ("content", Array("n".utf8) + [0xE9] + Array(".md".utf8), false, "content/n\\xE9.md"),
        ("content", Array("w".utf8) + [0xE9], true, "content/w\\xE9"),
        // Its backslash shown as `\\`: not the name of the characters `a\xE9.md`.
        ("content", Array("a\\".utf8) + [0xE9] + Array(".md".utf8), false, "content/a\\\\\\xE9.md"),
    ]

    /// Makes `site/folder/name` (a folder with a briefing in it, or a file) by its raw bytes.
    static func make(_ site: HostileSite, folder: String, name: [UInt8], isFolder: Bool) throws {
        try FileManager.default.createDirectory(at: site.site.appendingPathComponent(folder), withIntermediateDirectories: true)
        let path = Array(site.site.appendingPathComponent(folder).path.utf8) + [UInt8(ascii: "/")] + name
        let made = path.withUnsafeBufferPointer { buffer -> Bool in
            let cPath = Array(buffer) + [0]
            return cPath.withUnsafeBufferPointer { pointer in
                pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: cPath.count) { raw in
                    if isFolder { return mkdir(raw, 0o755) == 0 }
                    let descriptor = open(raw, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
                    guard descriptor >= 0 else { return false }
                    let text = Array("---\ntitle: N\ndate: 2025-01-05\n---\nText.\n".utf8)
                    _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                    close(descriptor)
                    return true
                }
            }
        }
        #expect(made, "could not make \(folder)/\(name)")
    }

    @Test(arguments: cases.indices)
    func anInvalidNameIsAnErrorInBuildAndCheck(_ index: Int) async throws {
        let (folder, name, isFolder, shown) = Self.cases[index]
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n")
        try site.write("static/img/map.png", "not really a picture")
        let first = await site.build()
        #expect(first.status == 0, "\(first.err)")
        let before = try site.output()

        // After a build (the rebuild's fingerprint must see it), then from clean.
        try Self.make(site, folder: folder, name: name, isFolder: isFolder)
        let expected = "\(shown): error: \(Self.why)"
        for clean in [false, true] {
            if clean { try? FileManager.default.removeItem(at: site.site.appendingPathComponent(".brief-cache")) }
            let failed = await site.build()
            #expect(failed.status == 1, "\(folder) clean: \(clean)")
            #expect(failed.err.contains(expected), "\(failed.err)")
            #expect(!failed.err.contains { $0.contains("doesn't exist") || $0.contains("\u{FFFD}") }, "\(failed.err)")
            #expect(try site.output() == before)
        }
        let checked = await SiteChecker(siteDirectory: site.site).check()
        #expect(checked.hasErrors)
        #expect(checked.problems.map(\.description).contains(expected), "\(checked.problems.map(\.description))")
    }
}

import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A file system mounted at a folder of static/, templates/ or content/entities/ is read like any
/// other folder: its files are published (its notes read). (Foundation's enumerator, which listed those folders, stopped at a mount
/// point in silence; the walk now is content/'s, which compares no devices.) Needs a process that
/// may mount (root with `CAP_SYS_ADMIN`); skipped elsewhere.
@Suite("Folders mounted inside static/, templates/ and content/entities/")
struct MountedFolderTests {
    @Test(.enabled(if: Mounting.canMount, "needs a process that may mount a tmpfs"))
    func filesOnAMountedFolderArePublished() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nNATO ministers met in Brussels on Tuesday.\n")
        try site.write("static/plain/p.txt", "beside the mount\n")
        var points: [String] = []
        defer { for point in points { umount2(point, Int32(MNT_DETACH)) } }
        for folder in ["static/mounted", "templates/mounted", "content/entities/mounted"] {
            let point = site.site.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
            try #require(mount("tmpfs", point.path, "tmpfs", 0, nil) == 0)
            points.append(point.path)
        }
        // A device of its own: what a walk that stays on one file system would not cross into.
        var outside = stat(), inside = stat()
        #expect(stat(site.site.appendingPathComponent("static").path, &outside) == 0)
        #expect(stat(points[0], &inside) == 0)
        #expect(outside.st_dev != inside.st_dev)
        try site.write("static/mounted/inside.txt", "on the mount\n")
        try site.write("static/mounted/deeper/.well-known/x.txt", "hidden, on the mount\n")
        try site.write("templates/mounted/extra.css", "body { color: red; }\n")
        try site.write("content/entities/mounted/nato.md", "---\nname: NATO\ntype: org\n---\nThe alliance, noted on the mount.\n")

        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
        let output = try site.output()
        #expect(output["plain/p.txt"] == Data("beside the mount\n".utf8))
        #expect(output["mounted/inside.txt"] == Data("on the mount\n".utf8))
        #expect(output["mounted/deeper/.well-known/x.txt"] == Data("hidden, on the mount\n".utf8))
        #expect(output["assets/mounted/extra.css"] == Data("body { color: red; }\n".utf8))
        // The entity note on the mount is read (content/entities/ was listed with the enumerator too).
        let entityPages = output.filter { $0.key.hasPrefix("entities/") && $0.key.hasSuffix("/index.html") }
        #expect(entityPages.values.contains { String(decoding: $0, as: UTF8.self).contains("noted on the mount") }, "\(entityPages.keys.sorted())")

        // An edit on the mount is a change the next build sees.
        try site.write("static/mounted/inside.txt", "edited on the mount\n")
        #expect(await site.build().status == 0)
        #expect(try site.output()["mounted/inside.txt"] == Data("edited on the mount\n".utf8))
    }
}

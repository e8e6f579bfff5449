import Foundation

/// A throwaway site folder for one test, removed when the value is released.
final class TestSite {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("brief-content-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `text` to `path` (relative to the site), creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A site with a minimal brief.yml.
    static func withConfig() throws -> TestSite {
        let site = try TestSite()
        try site.write("brief.yml", "title: Test\n")
        return site
    }
}

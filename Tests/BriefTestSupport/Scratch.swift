import Foundation

/// A throwaway folder for one test, removed when released; helpers to write and read files in it.
/// Shared by the site and dev-server tests.
public final class Scratch: @unchecked Sendable {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("brief-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    public func write(_ path: String, _ text: String) throws {
        let url = url(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Every file under `path` with its bytes, keyed by relative path: a snapshot to compare byte for byte.
    public func snapshot(_ path: String) throws -> [String: Data] { try Self.snapshot(of: url(path)) }

    /// `snapshot(_:)` of any folder (one outside the scratch folder too).
    public static func snapshot(of folder: URL) throws -> [String: Data] {
        let base = folder.standardizedFileURL.path
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    /// Copies the repository's sample site (brief.yml, content/) into `path` here.
    public func copySampleSite(to path: String = "site") throws -> URL {
        let target = url(path)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for item in ["brief.yml", "content", "static"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(item), to: target.appendingPathComponent(item))
        }
        return target
    }
}

/// The repository checkout these tests run in, found from this file's path.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

import Foundation

/// The bytes of files an earlier pass read (`InputFingerprint.hashWithFiles(keepingBriefings:)`),
/// for the loader to parse instead of reading them again. Each file's bytes are handed over once
/// (`take`) and let go by this store then, so a file's bytes live until its own parse, not
/// until the whole load ends. Paths are told apart by their bytes (`PathKey`).
public final class KeptFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Data?]
    private let index: [PathKey: Int]

    /// `bytes[k]` are the bytes of the file at `paths[k]` (relative to the site).
    public init(paths: [String], bytes: [Data]) {
        precondition(paths.count == bytes.count)
        slots = bytes
        var index: [PathKey: Int] = [:]
        index.reserveCapacity(paths.count)
        for (k, path) in paths.enumerated() { index[PathKey(path)] = k }
        self.index = index
    }

    /// The bytes kept for `path`, handed over: a second call gets nil.
    public func take(_ path: String) -> Data? {
        guard let k = index[PathKey(path)] else { return nil }
        return lock.withLock {
            defer { slots[k] = nil }
            return slots[k]
        }
    }

    /// The paths whose bytes are still kept, in no particular order.
    public var paths: [String] {
        lock.withLock { index.compactMap { slots[$0.value] == nil ? nil : $0.key.path } }
    }

    /// The bytes still kept for `path`, without handing them over.
    public func bytes(of path: String) -> Data? {
        guard let k = index[PathKey(path)] else { return nil }
        return lock.withLock { slots[k] }
    }
}

import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes to a site's sources by polling: `brief.yml` and every file under `content/`,
/// `templates/` and `static/`, compared by size, modification time (nanoseconds), inode and mode
/// (a folder locked or unlocked is a change: the build stops on one it cannot open). Listed with
/// the walk the build reads those folders with (`DirectoryWalk`), so the watcher sees what the
/// build reads: a folder another file system is mounted on too, which Foundation's enumerator
/// did not go into.
///
/// Polling is portable (Linux, macOS), but a snapshot walks and stats every file: about 0.1 s of
/// CPU at 10,000 briefings, a tenth of a core at one every 300 ms while nothing changes. Where
/// the system can tell (inotify, `FolderWatch`), `watchedSnapshot` watches every folder it
/// reads, and `brief serve` takes a new snapshot only once that watch saw a change.
public struct SiteWatcher: Sendable {
    /// One file's identity for change detection.
    struct Stamp: Hashable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var mode: UInt32
    }

    /// Every watched file and its stamp, keyed by path, by its bytes (`PathKey`): two files whose
    /// names differ only in Unicode normalization are two briefings to the build, and a `String`
    /// key (canonical equivalence) kept one stamp for both, so an edit of the other went unseen.
    public struct Snapshot: Sendable, Equatable {
        var stamps: [PathKey: Stamp]
        /// Number of files watched.
        public var count: Int { stamps.count }

        /// Files added, removed or changed since `earlier`, relative to `site`, sorted; folders
        /// (whose stamps change with their entries) are left out when a file inside explains them.
        public func changes(since earlier: Snapshot, relativeTo site: URL) -> [String] {
            let prefix = site.path.hasSuffix("/") ? site.path : site.path + "/"
            var paths = Set<PathKey>()
            for (path, stamp) in stamps where earlier.stamps[path] != stamp { paths.insert(path) }
            for path in earlier.stamps.keys where stamps[path] == nil { paths.insert(path) }
            let relative = paths.map { $0.path.hasPrefix(prefix) ? String($0.path.dropFirst(prefix.count)) : $0.path }
            let files = relative.filter { candidate in !relative.contains { $0 != candidate && $0.hasPrefix(candidate + "/") } }
            return files.sorted()
        }
    }

    public var siteDirectory: URL
    /// Folders inside the site that are watched, recursively.
    public static let folders = ["content", "templates", "static"]

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    /// The current state of the watched files. O(number of files).
    public func snapshot() -> Snapshot {
        snapshot(watch: nil)
    }

    /// `snapshot()`, made while watching every folder it reads (each just before it is read),
    /// and the site folder for `brief.yml` and the watched folders' names: while that watch sees
    /// no change (`FolderWatch.sawChange`), the snapshot still holds. Nil where changes cannot
    /// be watched (no inotify, a file system whose changes it does not see); a watch that could
    /// not follow every folder, or found a file of several hard links, says "changed" at every
    /// ask (`FolderWatch.isWatchingEverything` is false).
    public func watchedSnapshot() -> (snapshot: Snapshot, watch: FolderWatch?) {
        let watch = FolderWatch(root: siteDirectory.path, rootNames: Set(["brief.yml"] + Self.folders))
        // A brief.yml that is a link, or has another name, can be written where no watched
        // folder sees it.
        var info = stat()
        let config = siteDirectory.appendingPathComponent("brief.yml").path
        if lstat(config, &info) == 0, info.st_mode & S_IFMT == S_IFLNK || info.st_nlink > 1 { watch?.missesChanges() }
        return (snapshot(watch: watch), watch)
    }

    private func snapshot(watch: FolderWatch?) -> Snapshot {
        var stamps: [PathKey: Stamp] = [:]
        let config = siteDirectory.appendingPathComponent("brief.yml").path
        if let stamp = Self.stamp(config) { stamps[PathKey(config)] = stamp }
        for folder in Self.folders {
            let url = siteDirectory.appendingPathComponent(folder, isDirectory: true)
            // Folders count too: a rename or delete inside changes their stamp.
            guard let stamp = Self.stamp(url.path) else { continue }
            stamps[PathKey(url.path)] = stamp
            // With a watch, each file's `lstat` too: a file of several hard links can be written
            // through a folder that is not watched, so the watch then gives up (`missesChanges`).
            let entries = DirectoryWalk.entries(
                under: url.path, skipHidden: false, withStatus: watch != nil, includeFolders: true, includeSpecial: true, watch: watch)
            for entry in entries where !entry.path.isEmpty {
                let path = url.path + "/" + entry.path
                // A name that is not valid UTF-8 (the build's error) cannot be stat'ed by its
                // path as shown: its inode stands for it, so it coming or going is a change.
                if entry.kind == .invalidName {
                    stamps[PathKey(path)] = Stamp(size: -1, seconds: 0, nanoseconds: 0, inode: entry.inode, mode: 0)
                } else if let stamp = Self.stamp(path) {
                    stamps[PathKey(path)] = stamp
                }
            }
        }
        return Snapshot(stamps: stamps)
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(
            size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), inode: UInt64(info.st_ino),
            mode: UInt32(info.st_mode))
    }
}

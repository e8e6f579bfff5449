import BriefSystem
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether anything changed in a set of folders since each was watched (inotify(7)): a build
/// hashes its inputs once, watching each folder before it reads it, and asks here, once it has
/// read everything, whether the hash still holds, instead of walking and stat'ing every input
/// again (10,000 `fstatat`s and a sort of their paths at 10,000 briefings).
///
/// Conservative: a change is reported for any event of a watched folder (a file written, its
/// times or mode set, an entry made, removed or renamed, the folder itself moved or removed)
/// but reads, for a watch that could not be added, for a dropped event, and wherever inotify
/// does not see every change: only tmpfs, ext2/3/4, XFS and Btrfs folders are watched (on a
/// network file system another machine's writes raise no event), at most `maximumWatches` of
/// them. In the root folder, only events naming one of `rootNames` count (a build makes its
/// temp output and cache files there).
public final class FolderWatch: @unchecked Sendable {
    private let descriptor: Int32
    private let rootWatch: Int32
    private let rootNames: Set<String>
    private var watchCount = 0
    private let addLock = NSLock()
    /// False once a folder could not be watched: every answer is then "changed".
    private var isWhole = true
    /// A change was seen (its event is read, so it is remembered here).
    private var changed = false
    public static let maximumWatches = 2_000

    /// Watches `root` for events naming `rootNames`; nil where inotify is unavailable or the
    /// root is not on a file system whose changes it sees.
    public init?(root: String, rootNames: Set<String>) {
        let descriptor = brief_watch_open()
        guard descriptor >= 0 else { return nil }
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let local = folder >= 0 && brief_folder_reads_fill(folder) == 1
        if folder >= 0 { close(folder) }
        let watch = local ? brief_watch_add(descriptor, root) : -1
        guard watch >= 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        rootWatch = watch
        self.rootNames = rootNames
    }

    /// Set by `stop`, which closed the instance.
    private var stopped = false

    deinit { if !stopped { close(descriptor) } }

    /// Stops watching: every answer is "changed" after this. The instance is closed on another
    /// thread: freeing its watches waits for a kernel grace period (some milliseconds), which
    /// the build would otherwise wait for where the watch goes, at its very end or its exit.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        isWhole = false
        let descriptor = self.descriptor
        DispatchQueue.global(qos: .utility).async { close(descriptor) }
    }

    /// Watches the folder at `path`, open as `folder` (to tell its file system), before it is
    /// read: any change after this is reported.
    public func add(_ path: String, folder: Int32) {
        addLock.lock()
        defer { addLock.unlock() }
        guard isWhole else { return }
        watchCount += 1
        guard watchCount <= Self.maximumWatches, brief_folder_reads_fill(folder) == 1, brief_watch_add(descriptor, path) >= 0 else {
            isWhole = false
            return
        }
    }

    /// Gives up: a file was found that can change without an event in the folders watched (a
    /// file of several hard links is written through whichever folder names it, and inotify
    /// reports the write only there). Every answer is "changed" after this.
    public func missesChanges() {
        addLock.lock()
        defer { addLock.unlock() }
        isWhole = false
    }

    /// Whether every folder added is watched, so `sawChange` can answer "no": false once one
    /// could not be, a file was found that changes unseen (`missesChanges`), or after `stop`.
    public var isWatchingEverything: Bool {
        addLock.lock()
        defer { addLock.unlock() }
        return isWhole
    }

    /// Whether anything may have changed since the folders were watched (asked from one thread
    /// at a time).
    public func sawChange() -> Bool {
        guard isWhole, !changed else { return true }
        changed = readsChange()
        return changed
    }

    private func readsChange() -> Bool {
        let size = 16_384
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        let overflow = brief_watch_overflow_flag()
        while true {
            let count = read(descriptor, buffer, size)
            if count < 0, errno == EINTR { continue }
            // Nothing queued (EAGAIN): nothing changed.
            if count < 0 { return errno != EAGAIN && errno != EWOULDBLOCK }
            if count == 0 { return false }
            // struct inotify_event: wd (4 bytes), mask (4), cookie (4), len (4), name (len bytes).
            var offset = 0
            while offset + 16 <= count {
                let event = buffer + offset
                let watch = event.loadUnaligned(fromByteOffset: 0, as: Int32.self)
                let mask = event.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
                let length = Int(event.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
                if mask & overflow != 0 || watch != rootWatch { return true }
                // An event of the root itself (no name), or naming an input in it.
                if length == 0 { return true }
                let name = String(cString: (event + 16).assumingMemoryBound(to: CChar.self))
                if rootNames.contains(name) { return true }
                offset += 16 + length
            }
        }
    }
}

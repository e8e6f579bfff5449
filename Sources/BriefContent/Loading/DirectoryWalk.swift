import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A recursive folder listing with readdir(3) and plain string paths: Foundation's enumerator
/// and URL resource values cost several system calls and allocations per file, which dominate
/// a rebuild of a large site.
public enum DirectoryWalk {
    /// What a walked entry is (`lstat`: links are never followed).
    public enum Kind: Sendable { case file, link, folder }

    public struct Entry: Sendable {
        /// Relative to the walked folder, `/`-separated.
        public var path: String
        public var kind: Kind
        /// The inode number readdir(3) gives (`d_ino`): no `lstat` needed for it.
        public var inode: UInt64 = 0
        /// The file's `lstat`, when the walk was asked for it (`everything(under:withStatus:)`):
        /// the part of it a walk's callers use, as a `stat` is 144 bytes and a walk of ten thousand
        /// files copied every one of them as its list grew.
        public var status: Status?
    }

    /// What a walk keeps of a file's `lstat`.
    public struct Status: Sendable, Equatable {
        public var device: UInt64
        public var inode: UInt64
        public var size: UInt64
        /// Modification and status-change times, in nanoseconds since 1970.
        public var modified: UInt64
        public var changed: UInt64

        public init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = UInt64(info.st_size)
            modified = Self.nanoseconds(info.st_mtim)
            changed = Self.nanoseconds(info.st_ctim)
        }

        public init(device: UInt64, inode: UInt64, size: UInt64, modified: UInt64, changed: UInt64) {
            (self.device, self.inode, self.size, self.modified, self.changed) = (device, inode, size, modified, changed)
        }

        static func nanoseconds(_ time: timespec) -> UInt64 {
            UInt64(bitPattern: Int64(time.tv_sec)) &* 1_000_000_000 &+ UInt64(bitPattern: Int64(time.tv_nsec))
        }
    }

    /// Every regular file and symbolic link under `folder` (not the folders themselves), sorted
    /// by path; nothing when it is missing. `skipHidden` leaves out names starting with `.`,
    /// and their contents; `skipFolder` is asked for each folder (relative path) before descending.
    /// With `withStatus`, each entry's `lstat` too.
    public static func entries(
        under folder: String, skipHidden: Bool, withStatus: Bool = false, skipFolder: (String) -> Bool = { _ in false }
    ) -> [Entry] {
        var found: [Entry] = []
        walk(folder, skipHidden: skipHidden, skipFolder: skipFolder, includeFolders: false, withStatus: withStatus, into: &found)
        // Positions are sorted, then each entry moved once (an entry is some 80 bytes, which the
        // sort would otherwise move at every step).
        let order = found.indices.sorted { found[$0].path < found[$1].path }
        return order.map { found[$0] }
    }

    /// Every file, link and folder under `folder`, unsorted; with `withStatus`, each file's
    /// `lstat` too.
    public static func everything(under folder: String, withStatus: Bool = false) -> [Entry] {
        var found: [Entry] = []
        walk(folder, skipHidden: false, skipFolder: { _ in false }, includeFolders: true, withStatus: withStatus, into: &found)
        return found
    }

    private static func walk(
        _ folder: String, skipHidden: Bool, skipFolder: (String) -> Bool, includeFolders: Bool, withStatus: Bool,
        into entries: inout [Entry]
    ) {
        let descriptor = openFolder { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | $0) }
        guard descriptor >= 0 else { return }
        walk(descriptor, relative: "", skipHidden: skipHidden, skipFolder: skipFolder, includeFolders: includeFolders,
             withStatus: withStatus, into: &entries)
    }

    /// Walks the open folder `descriptor` (closed when done). Everything below is opened and
    /// stat'ed relative to its open parent (`openat`, `fstatat`): a full path would be resolved
    /// again, component by component, for every entry.
    private static func walk(
        _ descriptor: Int32, relative: String, skipHidden: Bool, skipFolder: (String) -> Bool, includeFolders: Bool,
        withStatus: Bool, into entries: inout [Entry]
    ) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        let folder = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var kind: Kind
            var status: Status?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_REG): kind = .file
            case Int32(DT_UNKNOWN):
                var info = stat()
                guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: kind = .folder
                case S_IFLNK: kind = .link
                case S_IFREG: kind = .file
                default: continue
                }
                status = Status(info)
            default: continue
            }
            if kind == .folder {
                guard !skipFolder(childRelative) else { continue }
                if includeFolders { entries.append(Entry(path: childRelative, kind: .folder, inode: UInt64(entry.pointee.d_ino))) }
                let child = openFolder { openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | $0) }
                guard child >= 0 else { continue }
                walk(child, relative: childRelative, skipHidden: skipHidden, skipFolder: skipFolder,
                     includeFolders: includeFolders, withStatus: withStatus, into: &entries)
            } else {
                if withStatus, status == nil {
                    var info = stat()
                    if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 { status = Status(info) }
                }
                entries.append(Entry(path: childRelative, kind: kind, inode: UInt64(entry.pointee.d_ino), status: status))
            }
        }
    }

    /// Linux's `O_NOATIME` (not imported into Swift): a walk reads a folder only to list it, and
    /// marking it read writes its inode, which `relatime` does on the first read after every
    /// change: a rebuild's listing of the spare tree (a folder per page) did it for thousands of
    /// folders the build before had made or changed.
    #if os(Linux)
    static let noAccessTime: Int32 = 0o1000000
    #else
    static let noAccessTime: Int32 = 0
    #endif

    /// `open` (flags + `noAccessTime`), again without it where the kernel refuses it (`EPERM`: a
    /// folder another user owns).
    private static func openFolder(_ open: (Int32) -> Int32) -> Int32 {
        let descriptor = open(noAccessTime)
        if descriptor < 0, errno == EPERM, noAccessTime != 0 { return open(0) }
        return descriptor
    }

    /// The whole file at `path` (read(2) to the end), or nil when it cannot be read.
    public static func contents(of path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // One byte of room past the size: the read that finds the end needs no bigger buffer.
        var data = Data(count: Int(info.st_size) + 1)
        var total = 0
        while true {
            if total == data.count { data.count += max(4096, data.count) }
            let got = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            total += got
        }
        data.count = total
        return data
    }
}

import BriefSystem
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
    /// What a walked entry is (`lstat`: links are never followed). `special`: a FIFO, socket or
    /// device, listed only when a walk is asked for them (`includeSpecial`), never to be opened
    /// (opening a FIFO waits for a writer). `unreadable`: a folder that could not be opened or
    /// read (`errno`: no permission, too many open files), so nothing in it was walked; listed
    /// with `includeSpecial` (in place of its `folder` entry), else left out as before.
    /// `invalidName`: a file or folder whose name is not valid UTF-8, in every walk: its path
    /// shows the bad bytes escaped (`bad\xFF.txt`, a backslash as `\\`: `FolderEntries.displayName`),
    /// so it names no file and nothing is opened by it (a name read with U+FFFD in place of the
    /// byte did, and the file or folder it named was not found, or left out in silence); its
    /// bytes are the entry's `invalidBytes`.
    public enum Kind: Sendable, Equatable { case file, link, folder, special, unreadable(errno: Int32), invalidName }

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
        /// An `invalidName` entry's last name as its bytes (its path shows them escaped): what
        /// the entry can be opened or removed by; nil for any other.
        public var invalidBytes: [UInt8]?
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

    /// Every regular file and symbolic link under `folder` (not the folders themselves, unless
    /// `includeFolders`; special files and folders that cannot be read too with `includeSpecial`,
    /// `folder` itself as the path ""), sorted by path; nothing when it is missing. `skipHidden`
    /// leaves out names starting with `.`, and their contents; `skipFolder` is asked for each
    /// folder (relative path) before descending. With `withStatus`, each
    /// non-folder entry's `lstat` too. `watch`, when given, is handed each folder (its full path
    /// and its open descriptor) before it is read. With `enteredOnly` (only with `includeSpecial`), a
    /// folder that can be listed but not entered (`r` without `x`: `chmod -R 644`, whose files
    /// cannot be opened) is `unreadable` too (`EACCES`), and not walked into.
    public static func entries(
        under folder: String, skipHidden: Bool, withStatus: Bool = false, includeFolders: Bool = false,
        includeSpecial: Bool = false, enteredOnly: Bool = false, watch: FolderWatch? = nil,
        skipFolder: (String) -> Bool = { _ in false }
    ) -> [Entry] {
        // Such a folder is said only as `unreadable`, listed with `includeSpecial`: without it,
        // `enteredOnly` would be ignored, and the folder walked into as any other.
        precondition(!enteredOnly || includeSpecial, "enteredOnly needs includeSpecial")
        var found: [Entry] = []
        walk(
            folder, skipHidden: skipHidden, skipFolder: skipFolder, includeFolders: includeFolders, includeSpecial: includeSpecial,
            enteredOnly: enteredOnly, withStatus: withStatus, watch: watch
        ) { found.append($0) }
        // Positions are sorted, then each entry moved once (an entry is some 80 bytes, which the
        // sort would otherwise move at every step).
        let order = found.indices.sorted { found[$0].path < found[$1].path }
        return order.map { found[$0] }
    }

    /// Every file, link and folder under `folder`, unsorted; with `withStatus`, each file's
    /// `lstat` too.
    /// (A folder of it is read with one getdents64 call, not two, where its file system is known
    /// to fill a read with every entry that fits: `FolderEntries.fillsEveryRead`. The spare
    /// tree's listing reads 13,000 folders of one file each at 10,000 briefings.)
    public static func everything(under folder: String, withStatus: Bool = false) -> [Entry] {
        var found: [Entry] = []
        everything(under: folder, withStatus: withStatus) { found.append($0) }
        return found
    }

    /// `everything(under:withStatus:)`, each entry handed to `visit` as it is found (no list of
    /// them all, which the spare tree's listing only turned into tables).
    /// `skipFolder` is asked for each folder before it is entered (its path relative to `folder`):
    /// true leaves the folder out, with what is in it (it is not handed to `visit` either).
    public static func everything(
        under folder: String, withStatus: Bool = false, skipFolder: (String) -> Bool = { _ in false }, visit: (Entry) -> Void
    ) {
        walk(folder, skipHidden: false, skipFolder: skipFolder, includeFolders: true, includeSpecial: false, enteredOnly: false,
             withStatus: withStatus, trustsShortReads: true, emit: visit)
    }

    private static func walk(
        _ folder: String, skipHidden: Bool, skipFolder: (String) -> Bool, includeFolders: Bool, includeSpecial: Bool,
        enteredOnly: Bool, withStatus: Bool, trustsShortReads: Bool = false, watch: FolderWatch? = nil, emit: (Entry) -> Void
    ) {
        let descriptor = openFolder { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | $0) }
        guard descriptor >= 0 else {
            // A missing folder is an empty one; one that is there but cannot be opened is said.
            let error = errno
            if includeSpecial, error != ENOENT { emit(Entry(path: "", kind: .unreadable(errno: error))) }
            return
        }
        if enteredOnly, let error = entryRefused(AT_FDCWD, folder) {
            close(descriptor)
            emit(Entry(path: "", kind: .unreadable(errno: error)))
            return
        }
        let shortReadEnds = trustsShortReads && FolderEntries.fillsEveryRead(descriptor)
        walk(descriptor, relative: "", skipHidden: skipHidden, skipFolder: skipFolder, includeFolders: includeFolders,
             includeSpecial: includeSpecial, enteredOnly: enteredOnly, withStatus: withStatus, shortReadEnds: shortReadEnds,
             watch: watch.map { ($0, folder) }, emit: emit)
    }

    /// Why the folder `name` (in the folder open as `parent`, or a full path with `AT_FDCWD`)
    /// cannot be entered (`errno` of a search-permission check as the process's own user: a
    /// folder of `r` without `x` opens and lists, but nothing in it can be opened); nil when it can.
    private static func entryRefused(_ parent: Int32, _ name: String) -> Int32? {
        faccessat(parent, name, X_OK, AT_EACCESS) == 0 ? nil : errno
    }

    /// Walks the open folder `descriptor` (closed when done). Everything below is opened and
    /// stat'ed relative to its open parent (`openat`, `fstatat`): a full path would be resolved
    /// again, component by component, for every entry.
    private static func walk(
        _ descriptor: Int32, relative: String, skipHidden: Bool, skipFolder: (String) -> Bool, includeFolders: Bool,
        includeSpecial: Bool, enteredOnly: Bool, withStatus: Bool, shortReadEnds: Bool, watch: (watch: FolderWatch, root: String)? = nil,
        emit: (Entry) -> Void
    ) {
        // Watched before it is read: a change made after the read is then an event.
        if let watch { watch.watch.add(relative.isEmpty ? watch.root : watch.root + "/" + relative, folder: descriptor) }
        guard let listed = FolderEntries.read(descriptor, shortReadEnds: shortReadEnds) else {
            let error = errno
            close(descriptor)
            if includeSpecial { emit(Entry(path: relative, kind: .unreadable(errno: error))) }
            return
        }
        defer { close(descriptor) }
        let folder = descriptor
        for entry in listed {
            let name = entry.name
            if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
            let childRelative = relative.isEmpty ? name : StringJoin.join(relative, UInt8(ascii: "/"), name)
            guard entry.isValidName else {
                emit(Entry(path: childRelative, kind: .invalidName, inode: entry.inode, invalidBytes: entry.invalidBytes))
                continue
            }
            var kind: Kind
            var status: Status?
            var links: UInt64 = 1
            switch Int32(entry.type) {
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
                default:
                    guard includeSpecial else { continue }
                    kind = .special
                }
                status = Status(info)
                links = UInt64(info.st_nlink)
            default:
                guard includeSpecial else { continue }
                kind = .special
            }
            if kind == .folder {
                guard !skipFolder(childRelative) else { continue }
                let child = openFolder { openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | $0) }
                // One gone since the read (`ENOENT`) is no entry; one that cannot be opened (no
                // permission, no descriptor left) is said, with `includeSpecial`.
                let error = errno
                if child < 0, error != ENOENT {
                    if includeSpecial {
                        emit(Entry(path: childRelative, kind: .unreadable(errno: error), inode: entry.inode))
                    } else if includeFolders {
                        emit(Entry(path: childRelative, kind: .folder, inode: entry.inode))
                    }
                    continue
                }
                if child >= 0, enteredOnly, let refused = entryRefused(folder, name) {
                    close(child)
                    emit(Entry(path: childRelative, kind: .unreadable(errno: refused), inode: entry.inode))
                    continue
                }
                if includeFolders { emit(Entry(path: childRelative, kind: .folder, inode: entry.inode)) }
                guard child >= 0 else { continue }
                walk(child, relative: childRelative, skipHidden: skipHidden, skipFolder: skipFolder,
                     includeFolders: includeFolders, includeSpecial: includeSpecial, enteredOnly: enteredOnly, withStatus: withStatus,
                     shortReadEnds: shortReadEnds, watch: watch, emit: emit)
            } else {
                if withStatus, status == nil {
                    var info = stat()
                    if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
                        status = Status(info)
                        links = UInt64(info.st_nlink)
                    }
                }
                if let watch, kind == .file, links > 1 { watch.watch.missesChanges() }
                emit(Entry(path: childRelative, kind: kind, inode: entry.inode, status: status))
            }
        }
    }

    /// The entries of one open folder (`.` and `..` included), read whole before the walk goes
    /// into any of them. On Linux with getdents64(2) into one buffer per thread: readdir(3)'s
    /// `fdopendir` costs an `fstat`, two `fcntl`s and a 32 KB buffer per folder, and a rebuild
    /// lists the spare tree's folder of every page (12,000 at 10,000 briefings).
    public enum FolderEntries {
        public struct Entry {
            /// The name, or, when it is not valid UTF-8 (`isValidName` false), its `displayName`.
            public var name: String
            /// `d_type` (`DT_DIR`, `DT_REG`, ...; `DT_UNKNOWN` where the file system does not say).
            public var type: UInt8
            public var inode: UInt64
            public var isValidName: Bool { invalidBytes == nil }
            /// The name's bytes when it is not valid UTF-8 (then `name` only says it); nil else.
            public var invalidBytes: [UInt8]?

            /// The name's bytes, valid UTF-8 or not: what it is opened or removed by.
            public var nameBytes: [UInt8] { invalidBytes ?? Array(name.utf8) }

            /// An entry of the NUL-terminated name at `bytes`.
            init(name bytes: UnsafePointer<CChar>, type: UInt8, inode: UInt64) {
                if let valid = String(validatingCString: bytes) {
                    name = valid
                } else {
                    let raw = UnsafeRawBufferPointer(start: bytes, count: strlen(bytes))
                    name = displayName(raw)
                    invalidBytes = Array(raw)
                }
                (self.type, self.inode) = (type, inode)
            }
        }

        /// A name that is not valid UTF-8 as it is said: its valid characters as they are, each
        /// byte of an invalid sequence as `\xHH`, and a backslash as `\\` (else a name holding
        /// the four characters `\xE9` and one holding the byte 0xE9 there were said alike).
        /// Only such names are escaped: a valid name is said as it is, backslashes and all, and
        /// the error that says an invalid one says how it is shown.
        public static func displayName(_ bytes: UnsafeRawBufferPointer) -> String {
            var shown = ""
            var parser = Unicode.UTF8.ForwardParser()
            var input = bytes.makeIterator()
            var offset = 0
            loop: while true {
                switch parser.parseScalar(from: &input) {
                case .valid(let encoded):
                    let scalar = Unicode.UTF8.decode(encoded)
                    if scalar == "\\" { shown += "\\" }
                    shown.unicodeScalars.append(scalar)
                    offset += encoded.count
                case .error(let length):
                    for byte in bytes[offset..<offset + length] { shown += "\\x" + hex(byte) }
                    offset += length
                case .emptyInput: break loop
                }
            }
            return shown
        }

        private static func hex(_ byte: UInt8) -> String {
            let digits = Array("0123456789ABCDEF")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
        }

        /// Nil when the folder cannot be read (the descriptor is left open). With `shortReadEnds`
        /// (only where `fillsEveryRead`), a read that left room for the longest entry is the last.
        public static func read(_ descriptor: Int32, shortReadEnds: Bool = false) -> [Entry]? {
            #if os(Linux)
            if let entries = readWithGetdents(descriptor, shortReadEnds: shortReadEnds) { return entries }
            #endif
            return readWithReaddir(descriptor)
        }

        /// Whether the folder open as `descriptor` is on a local file system (tmpfs, ext2/3/4, XFS,
        /// Btrfs) whose getdents64 goes on until the buffer has no room for the next entry or the
        /// folder ends: there a read that leaves room for the longest entry (280 bytes) has read
        /// the folder to its end, and the call that would return nothing is not made. Others
        /// (FUSE and NFS fill a page at a time) are read until a call returns nothing.
        static func fillsEveryRead(_ descriptor: Int32) -> Bool {
            brief_folder_reads_fill(descriptor) == 1
        }

        #if os(Linux)
        /// One buffer per thread, kept: walks run on several threads at once.
        private static let buffers = ThreadBuffers()

        final class ThreadBuffers: @unchecked Sendable {
            private let key: pthread_key_t
            init() {
                var key = pthread_key_t()
                pthread_key_create(&key) { $0?.deallocate() }
                self.key = key
            }
            static let size = 32_768
            var current: UnsafeMutableRawPointer {
                if let buffer = pthread_getspecific(key) { return buffer }
                let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.size, alignment: 8)
                pthread_setspecific(key, buffer)
                return buffer
            }
        }

        /// Nil when getdents64 fails (then readdir(3) is asked, which reports the same).
        private static func readWithGetdents(_ descriptor: Int32, shortReadEnds: Bool) -> [Entry]? {
            let buffer = buffers.current
            var entries: [Entry] = []
            while true {
                let count = brief_folder_entries(descriptor, buffer, ThreadBuffers.size)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return entries.isEmpty ? nil : entries }
                if count == 0 { return entries }
                // struct linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
                var offset = 0
                while offset + 19 < count {
                    let record = buffer + offset
                    let length = Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                    guard length > 19, offset + length <= count else { return nil }
                    entries.append(Entry(
                        name: (record + 19).assumingMemoryBound(to: CChar.self), type: record.load(fromByteOffset: 18, as: UInt8.self),
                        inode: record.loadUnaligned(fromByteOffset: 0, as: UInt64.self)))
                    offset += length
                }
                if shortReadEnds, ThreadBuffers.size - count >= longestRecord { return entries }
            }
        }

        /// The size of the longest record getdents64 returns: its 19 bytes of header, a name of
        /// 255 bytes and its NUL, rounded up to 8.
        static let longestRecord = 280
        #endif

        /// With readdir(3): takes over `descriptor` and leaves it open (a duplicate is closed).
        private static func readWithReaddir(_ descriptor: Int32) -> [Entry]? {
            let copy = dup(descriptor)
            guard copy >= 0, let directory = fdopendir(copy) else {
                if copy >= 0 { close(copy) }
                return nil
            }
            defer { closedir(directory) }
            var entries: [Entry] = []
            while let entry = readdir(directory) {
                let found = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Entry(name: raw.bindMemory(to: CChar.self).baseAddress!, type: entry.pointee.d_type, inode: UInt64(entry.pointee.d_ino))
                }
                entries.append(found)
            }
            return entries
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
        return contents(ofOpen: descriptor, size: Int(info.st_size))
    }

    /// The bytes of the regular file open as `descriptor`, read to its end (`size`, its size as
    /// `fstat` gave it, sizes the buffer; the file may have grown since).
    public static func contents(ofOpen descriptor: Int32, size: Int) -> Data? {
        // One byte of room past the size: the read that finds the end needs no bigger buffer.
        // Uninitialized memory, handed to the `Data` as it is: `Data(count:)` zeroed every
        // byte the read then overwrote (a few percent of loading).
        var capacity = max(0, size) + 1
        guard var buffer = malloc(capacity) else { return nil }
        var total = 0
        while true {
            if total == capacity {
                capacity += max(4096, capacity)
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    return nil
                }
                buffer = grown
            }
            let got = read(descriptor, buffer + total, capacity - total)
            if got < 0, errno == EINTR { continue }
            if got < 0 {
                free(buffer)
                return nil
            }
            if got == 0 { break }
            total += got
        }
        return Data(bytesNoCopy: buffer, count: total, deallocator: .free)
    }
}

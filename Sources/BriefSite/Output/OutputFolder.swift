import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current output folder, opened once, for checking its files against the manifest.
///
/// A build stats every file of the last output (15,000 at 10,000 briefings) to tell whether it is
/// still the one brief wrote; relative to an open folder (`fstatat`) the kernel resolves only the
/// path inside it, and no `URL` makes a path string per file. The output's top-level folders
/// (`briefings`, `entities`, ...) are opened too, so `briefings/x/index.html` is resolved from
/// `briefings` (two names looked up, not three: each lookup is a walk of a hash chain of the
/// kernel's name cache, which on a machine holding many trees was most of the stat).
final class OutputFolder: Sendable {
    let path: String
    /// The folder opened for `fstatat`; -1 when it could not be opened (then `lstat` by path).
    private let descriptor: Int32
    /// Top-level folders, open (never through a link: `O_NOFOLLOW`), by name as UTF-8.
    private let folders: [(name: [UInt8], descriptor: Int32)]

    init(_ url: URL) {
        path = url.path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        folders = descriptor >= 0 ? Self.openFolders(in: descriptor) : []
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        for folder in folders { close(folder.descriptor) }
    }

    /// The folders directly in the open folder `root` (a handful: one listing, an `openat` each).
    private static func openFolders(in root: Int32) -> [(name: [UInt8], descriptor: Int32)] {
        guard let entries = DirectoryWalk.FolderEntries.read(root) else { return [] }
        var folders: [(name: [UInt8], descriptor: Int32)] = []
        for entry in entries where entry.type == UInt8(DT_DIR) && entry.isValidName && entry.name != "." && entry.name != ".." {
            let folder = openat(root, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if folder >= 0 { folders.append((Array(entry.name.utf8), folder)) }
        }
        return folders
    }

    /// The identity of the regular file at `relativePath` (nil when there is none, or it is a
    /// link or a folder), with `key` recorded in it.
    func identity(of relativePath: String, key: UInt64) -> OutputManifest.Record? {
        guard descriptor >= 0 else { return OutputManifest.identity(atPath: path + "/" + relativePath, key: key) }
        var info = stat()
        let count = relativePath.utf8.count
        let found = relativePath.withCString { chars in
            // The rest of a C string is one too: no copy.
            let (folder, rest) = split(chars, count: count)
            return fstatat(folder, rest, &info, AT_SYMLINK_NOFOLLOW) == 0
        }
        guard found, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return OutputManifest.record(of: info, key: key)
    }

    /// The open folder to resolve `path` (`count` bytes) from and the rest of it: the top-level
    /// folder's when `path` is inside one that is open, else the output's and the whole path.
    private func split(_ path: UnsafePointer<CChar>, count: Int) -> (Int32, UnsafePointer<CChar>) {
        guard let slash = memchr(path, Int32(UInt8(ascii: "/")), count) else { return (descriptor, path) }
        let length = UnsafeRawPointer(slash) - UnsafeRawPointer(path)
        guard length + 1 < count else { return (descriptor, path) }
        for folder in folders where folder.name.count == length {
            let same = folder.name.withUnsafeBytes { name in memcmp(name.baseAddress!, path, length) == 0 }
            if same { return (folder.descriptor, path + length + 1) }
        }
        return (descriptor, path)
    }
}

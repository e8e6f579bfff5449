import BriefContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A name in a folder as the file system holds it: bytes, which need not be valid UTF-8 (a
/// Latin-1 name someone put in the output). Foundation lists such a name with U+FFFD in place
/// of the bad byte, a name no file has: a user's `top\xFF.txt` at the output's top could not be
/// carried into the new tree, and failed every build. Moved and removed by its bytes, said as
/// `DirectoryWalk.FolderEntries.displayName` says it.
struct FolderName: Comparable, ExpressibleByStringLiteral {
    let bytes: [UInt8]
    /// The name as text; nil when it is not valid UTF-8.
    let text: String?
    /// The name as messages say it (the bad bytes as `\xHH`).
    let shown: String

    init(_ text: String) {
        (bytes, self.text, shown) = (Array(text.utf8), text, text)
    }

    init(stringLiteral text: String) { self.init(text) }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        let text = String(validating: bytes, as: UTF8.self)
        self.text = text
        shown = text ?? bytes.withUnsafeBytes { DirectoryWalk.FolderEntries.displayName($0) }
    }

    init(_ entry: DirectoryWalk.FolderEntries.Entry) {
        bytes = entry.nameBytes
        text = entry.isValidName ? entry.name : nil
        shown = entry.name
    }

    /// By bytes (UTF-8's order is the code points').
    static func < (a: FolderName, b: FolderName) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    /// Every name in the folder at `path` but `.` and `..`; nil when it cannot be read.
    static func names(in path: String) -> [FolderName]? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return DirectoryWalk.FolderEntries.read(descriptor)?
            .filter { $0.name != "." && $0.name != ".." }
            .map(FolderName.init)
    }

    /// `folder/name`, NUL-terminated, for the system calls.
    func path(in folder: String) -> [CChar] {
        (Array(folder.utf8) + [UInt8(ascii: "/")] + bytes + [0]).map { CChar(bitPattern: $0) }
    }

    /// Removes the entry `name` (NUL-terminated bytes) of the open folder `folder`: a file, or a
    /// folder with everything in it, by names as bytes throughout. Best effort: what cannot be
    /// removed stays.
    static func remove(_ name: [CChar], in folder: Int32) {
        if unlinkat(folder, name, 0) == 0 || errno == ENOENT { return }
        let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        for entry in DirectoryWalk.FolderEntries.read(child) ?? [] where entry.name != "." && entry.name != ".." {
            remove((entry.nameBytes + [0]).map { CChar(bitPattern: $0) }, in: child)
        }
        close(child)
        _ = unlinkat(folder, name, AT_REMOVEDIR)
    }
}

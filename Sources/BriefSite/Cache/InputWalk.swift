import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file walk (`DirectoryWalk`) and hashing behind `InputFingerprint`: folder reads (getdents64, else readdir(3)) and
/// read(2), no Foundation URLs, so ten thousand files cost milliseconds.
enum InputWalk {
    struct Entry: Sendable {
        /// Relative to the site folder, `/`-separated.
        var path: String
        /// A file, or a symbolic link (never followed: its target path is hashed); a folder or
        /// special file only in a listing of everything (`listingAll`), never opened.
        var kind: DirectoryWalk.Kind
        /// The file's identity when walked (nil when unknown).
        var identity: FileHashes.Identity?

        var isLink: Bool { kind == .link }
        /// A regular file or a link: what is read and hashed.
        var isRead: Bool { kind == .file || kind == .link }
    }

    /// Every file and symbolic link under `base/folder`, recursively, sorted by path, with its
    /// identity; nothing when the folder is missing. With `listingAll`, its folders and special
    /// files too (content/: the loader warns of a FIFO there, or a folder named like a briefing,
    /// so a no-change rebuild must see one come or go). With `watch`, each folder is watched
    /// before it is read (`FolderWatch`). The folders that cannot be opened are listed in any
    /// case (`unreadable`, the folder itself as `folder/`): the build stops on one (templates/ and
    /// static/ as content/), so one locked since the last build, even an empty one, is a change.
    /// With `enteredOnly` (templates/ and static/, whose build says a folder that can be listed
    /// but not entered as it says one it cannot open: `FileTree.read`), such a folder is one too.
    static func files(
        under base: String, folder: String, listingAll: Bool = false, enteredOnly: Bool = false, into entries: inout [Entry],
        watch: FolderWatch? = nil
    ) {
        // One thread, folder by folder in depth: a walk on two that queued each folder found,
        // open, held one descriptor per queued folder, and past the process's limit of open
        // files (1,024 folders of page bundles) left folders out without a word.
        let found = DirectoryWalk.entries(
            under: base + "/" + folder, skipHidden: false, withStatus: true, includeFolders: listingAll, includeSpecial: true,
            enteredOnly: enteredOnly, watch: watch)
        for entry in found {
            if !listingAll, entry.kind == .special { continue }
            entries.append(Entry(path: StringJoin.join(folder, UInt8(ascii: "/"), entry.path), kind: entry.kind, identity: entry.status))
        }
    }

    /// The hash of a file's bytes (a link's target path), and the identity of the file read (nil
    /// for a link); a fixed value when it cannot be read.
    static func hash(_ path: String, isLink: Bool, buffer: inout [UInt8]) -> (hash: UInt64, identity: FileHashes.Identity?) {
        let unreadable: (UInt64, FileHashes.Identity?) = (0x5EED, nil)
        if buffer.count < 1 << 16 { buffer = [UInt8](repeating: 0, count: 1 << 16) }
        if isLink {
            let count = buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) }
            guard count >= 0 else { return unreadable }
            return (buffer.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[..<count])) } ^ 0x11, nil)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return unreadable }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return unreadable }
        if buffer.count < Int(info.st_size) + 1 { buffer = [UInt8](repeating: 0, count: Int(info.st_size) + 1) }
        // Read to the end (the file may have grown since fstat); hashed whole at once.
        var total = 0
        while true {
            if total == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return unreadable }
            if got == 0 { break }
            total += got
        }
        return (buffer.withUnsafeBytes { contentHash(UnsafeRawBufferPointer(rebasing: $0[..<total])) }, FileHashes.Identity(info))
    }

    /// A regular file's bytes (as `DirectoryWalk.contents` reads them), their hash as `hash`
    /// makes it, and the identity of the file read; nil when it cannot be read or is no longer a
    /// regular file (`hash` then says what it is).
    static func contents(of path: String) -> (bytes: Data, hash: UInt64, identity: FileHashes.Identity)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            let bytes = DirectoryWalk.contents(ofOpen: descriptor, size: Int(info.st_size))
        else { return nil }
        return (bytes, bytes.withUnsafeBytes { contentHash($0) }, FileHashes.Identity(info))
    }

    /// The hash of a file's bytes, as `hash` makes it (and `ParsedBriefings` keys entries by).
    static func contentHash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = FNV64()
        hasher.add(UInt64(bytes.count))
        hasher.add(bytes)
        return hasher.value
    }
}

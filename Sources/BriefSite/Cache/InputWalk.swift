import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file walk and hashing behind `InputFingerprint`: readdir(3) and read(2), no Foundation
/// URLs, so ten thousand files cost milliseconds.
enum InputWalk {
    struct Entry: Sendable {
        /// Relative to the site folder, `/`-separated.
        var path: String
        /// A symbolic link (never followed: its target path is hashed).
        var isLink: Bool
    }

    /// Every file and symbolic link under `base/folder`, recursively, sorted by path; nothing
    /// when the folder is missing.
    static func files(under base: String, folder: String, into entries: inout [Entry]) {
        var found: [Entry] = []
        walk(base + "/" + folder, relative: folder, into: &found)
        found.sort { $0.path < $1.path }
        entries += found
    }

    private static func walk(_ full: String, relative: String, into entries: inout [Entry]) {
        guard let directory = opendir(full) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let childFull = full + "/" + name
            let childRelative = relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(childFull, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFLNK: type = Int32(DT_LNK)
                case S_IFREG: type = Int32(DT_REG)
                default: continue
                }
            }
            switch type {
            case Int32(DT_DIR): walk(childFull, relative: childRelative, into: &entries)
            case Int32(DT_LNK): entries.append(Entry(path: childRelative, isLink: true))
            case Int32(DT_REG): entries.append(Entry(path: childRelative, isLink: false))
            default: continue
            }
        }
    }

    /// The hash of a file's bytes (a link's target path); a fixed value when it cannot be read.
    static func hash(_ path: String, isLink: Bool, buffer: inout [UInt8]) -> UInt64 {
        let unreadable: UInt64 = 0x5EED
        if buffer.count < 1 << 16 { buffer = [UInt8](repeating: 0, count: 1 << 16) }
        if isLink {
            let count = buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) }
            guard count >= 0 else { return unreadable }
            return buffer.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[..<count])) } ^ 0x11
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
        var hasher = FNV64()
        hasher.add(UInt64(total))
        buffer.withUnsafeBytes { hasher.add(UnsafeRawBufferPointer(rebasing: $0[..<total])) }
        return hasher.value
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current output folder, opened once, for checking its files against the manifest.
///
/// A build stats every file of the last output (11,000 at 10,000 briefings) to tell whether it is
/// still the one brief wrote; relative to the open folder (`fstatat`) the kernel resolves only the
/// path inside it, and no `URL` makes a path string per file.
final class OutputFolder: Sendable {
    let path: String
    /// The folder opened for `fstatat`; -1 when it could not be opened (then `lstat` by path).
    private let descriptor: Int32

    init(_ url: URL) {
        path = url.path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The identity of the regular file at `relativePath` (nil when there is none, or it is a
    /// link or a folder), with `key` recorded in it.
    func identity(of relativePath: String, key: UInt64) -> OutputManifest.Record? {
        guard descriptor >= 0 else { return OutputManifest.identity(atPath: path + "/" + relativePath, key: key) }
        var info = stat()
        guard fstatat(descriptor, relativePath, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return OutputManifest.record(of: info, key: key)
    }
}

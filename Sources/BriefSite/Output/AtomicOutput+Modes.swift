import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The permission bits of the trees that trade places in a swap. The spare tree (the last build's
// output) may be kept beside the output (`SpareLocation`), in a folder that may be served on the
// web: there it would keep the pages the last build removed reachable. So a spare's root is the
// owner's alone, and whatever tree becomes the output gets the mode the output had (a fresh
// output's, when there was none): the published site's permissions never change with a build.
extension AtomicOutput {
    /// The mode of a spare tree's root: only its owner (brief) can look inside.
    static let spareMode: mode_t = 0o700

    /// The permission bits of the folder at `path` (followed if a link), nil when there is none.
    static func permissions(atPath path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Sets the permission bits of `path`, when they differ.
    static func setPermissions(_ mode: mode_t, atPath path: String) throws(BuildError) {
        guard permissions(atPath: path) != mode else { return }
        if chmod(path, mode) != 0 {
            throw BuildError(path: path, message: "cannot set the folder's permissions: \(String(cString: strerror(errno)))")
        }
    }

    /// Makes the spare at `path` the owner's alone (also one an older brief kept readable).
    /// Only a real folder: `SpareLocation.claim` took anything else away first.
    static func protectSpare(atPath path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_mode & 0o7777 != spareMode else { return }
        _ = chmod(path, spareMode)
    }

    /// Gives `tree`, about to be moved in as the output, the mode the output has (or a fresh
    /// output's when there is none: the tree may be a spare, made the owner's alone). Returns it.
    @discardableResult
    func matchOutputPermissions(_ tree: URL) throws(BuildError) -> mode_t {
        let mode = Self.permissions(atPath: destination.path) ?? freshFolderPermissions()
        try Self.setPermissions(mode, atPath: tree.path)
        return mode
    }

    /// The mode a folder made now gets (0755 less the umask), from a probe folder beside the
    /// output (named like a temp tree, so a killed build's is cleaned up): reading the umask
    /// means setting it, for every thread of the process at once.
    func freshFolderPermissions() -> mode_t {
        let probe = parent.path + "/" + tempPrefix + Self.token()
        guard mkdir(probe, 0o755) == 0 else { return 0o755 }
        defer { rmdir(probe) }
        return Self.permissions(atPath: probe) ?? 0o755
    }
}

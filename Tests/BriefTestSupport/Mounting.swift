import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Mounting a tmpfs inside a test's scratch folder, for the tests of folders another file
/// system is mounted on (the build's and the dev server's watcher's).
public enum Mounting {
    /// Whether this process can mount a tmpfs (root with `CAP_SYS_ADMIN`): tried once, on a
    /// folder of its own, and undone.
    public static let canMount: Bool = {
        #if os(Linux)
        guard let scratch = try? Scratch() else { return false }
        let point = scratch.url("probe").path
        guard mkdir(point, 0o755) == 0, mount("tmpfs", point, "tmpfs", 0, nil) == 0 else { return false }
        umount2(point, Int32(MNT_DETACH))
        return true
        #else
        return false
        #endif
    }()
}

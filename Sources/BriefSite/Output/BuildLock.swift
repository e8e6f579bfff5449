import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock(2)` on `.NAME.brief-lock` beside the output folder, held for a whole build,
/// so two builds never write (or clean up the temp folders of) one output at once.
///
/// A second build does not wait: it fails at once naming the lock and the process holding it.
/// The kernel drops the lock when its holder exits, even on SIGKILL, so a lock is never stale;
/// the file itself stays (empty of meaning once unlocked) and is reused.
final class BuildLock {
    private let descriptor: Int32

    /// The lock file for `output`: `public/` -> `.public.brief-lock` in the same parent.
    static func fileURL(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".brief-lock")
    }

    /// Takes the lock for `output`, or throws when another build holds it or it cannot be made.
    init(output: URL) throws(BuildError) {
        let url = Self.fileURL(for: output)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw BuildError(path: url.path, message: "cannot create the output's parent folder: \(error.localizedDescription)")
        }
        let descriptor = url.withUnsafeFileSystemRepresentation { path in
            path.map { open($0, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) } ?? -1
        }
        guard descriptor >= 0 else {
            throw BuildError(path: url.path, message: "cannot create the build lock: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.readHolder(descriptor)
            close(descriptor)
            let who = holder.map { " (process \($0))" } ?? ""
            throw BuildError(
                path: output.path,
                message: "another brief build is writing this folder\(who); wait for it to finish (lock: \(url.lastPathComponent))")
        }
        self.descriptor = descriptor
        // Who holds it, for the message the next build prints; best effort.
        let pid = Data("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        pid.withUnsafeBytes { _ = pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readHolder(_ descriptor: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, 32, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

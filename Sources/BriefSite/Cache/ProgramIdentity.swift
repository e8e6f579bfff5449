import Foundation

/// Which build of brief is running: the executable's size and modification time. Part of every
/// cache key, so a new brief (a changed annotator, weaver or page model) never reuses results of
/// an older one, even when the cache format stayed the same.
enum ProgramIdentity {
    static let hash: UInt64 = {
        var hasher = FNV64()
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let url = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? path)
        if let identity = OutputManifest.identity(of: url, key: 0) {
            hasher.add(identity.size)
            hasher.add(identity.modified)
            hasher.add(identity.inode)
        } else {
            hasher.add(path)
        }
        return hasher.value
    }()
}

import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file of the new output and where its bytes come from.
struct PlannedFile: Sendable {
    enum Source: Sendable {
        /// New bytes, already written into the build's `StagingTree`.
        case written
        /// The current output's file at the same path, unchanged (hard-linked, not rewritten).
        case unchanged
        /// A file to copy (static/).
        case copy(URL)
    }

    /// Relative to the output folder, `/`-separated.
    var path: String
    /// The hash of the inputs the file is made from, recorded in the manifest.
    var key: UInt64
    var source: Source

    /// A generated file keyed by its own bytes: unchanged when the last build wrote the same bytes.
    /// Changed bytes are written into `staging` at once.
    static func generated(_ file: OutputFile, staging: StagingTree) -> PlannedFile {
        let key = file.contents.withUnsafeBytes { FNV64.hash($0) }
        if staging.previous.isIntact(file.path, key: key, in: staging.current) {
            return PlannedFile(path: file.path, key: key, source: .unchanged)
        }
        return staging.write(file.path, key: key, data: file.contents)
    }

    /// A static file keyed by its source's size, times and inode (copied only when those
    /// changed). The status-change time too: a `chmod 000` changes only it (and the mode), and
    /// the copy a clean build makes then fails; kept as unchanged, a rebuild passed where a
    /// clean build failed. (`staticIdentity`, which the input fingerprint hashes alike.)
    static func copied(_ file: (path: String, url: URL), manifest: OutputManifest, output: OutputFolder) -> PlannedFile {
        var hasher = FNV64()
        var info = stat()
        if lstat(file.url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            Self.addStaticIdentity(DirectoryWalk.Status(info), to: &hasher)
        } else {
            hasher.add(UInt64.random(in: 0...UInt64.max))
        }
        let key = hasher.value
        let intact = manifest.isIntact(file.path, key: key, in: output)
        return PlannedFile(path: file.path, key: key, source: intact ? .unchanged : .copy(file.url))
    }

    /// What a static file's copy depends on: its inode, size, modification and status-change
    /// times (`copied`'s key; the input fingerprint hashes the same of each static file).
    static func addStaticIdentity(_ status: DirectoryWalk.Status, to hasher: inout FNV64) {
        hasher.add(status.inode)
        hasher.add(status.size)
        hasher.add(status.modified)
        hasher.add(status.changed)
    }
}

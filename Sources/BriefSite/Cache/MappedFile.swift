import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes mapped read-only (`mmap(2)`), for the cache's rows: read straight from the page
/// cache, where reading them into a buffer copied tens of megabytes into fresh memory the kernel
/// first had to zero. Where mapping fails the bytes are read into memory instead.
///
/// Cache files are never changed in place (they are appended to, or replaced by a rename), so a
/// mapping cannot lose its pages under a build.
final class MappedFile: ByteStore, @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    /// The file mapped: a log is appended to only while its name still leads to this file.
    let identity: FileIdentity
    private let isMapped: Bool

    /// The whole file at `url`; nil when it is missing or cannot be read.
    convenience init?(url: URL) {
        let descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? -1 }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(descriptor: descriptor, count: Int(info.st_size), identity: FileIdentity(info))
    }

    /// The first `count` bytes of the file open as `descriptor`; nil when they cannot be read.
    private init?(descriptor: Int32, count: Int, identity: FileIdentity) {
        self.identity = identity
        guard count > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            isMapped = false
            return
        }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        if let address = mmap(nil, count, PROT_READ, flags, descriptor, 0), address != MAP_FAILED {
            bytes = UnsafeRawBufferPointer(start: address, count: count)
            isMapped = true
            return
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 16)
        var done = 0
        while done < count {
            let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(done))
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            done += got
        }
        guard done == count else {
            buffer.deallocate()
            return nil
        }
        bytes = UnsafeRawBufferPointer(buffer)
        isMapped = false
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if isMapped { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) } else { bytes.deallocate() }
    }
}

/// Which file a path leads to (device and inode), from `stat`.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Bytes a site-wide file is joined from: made in this build (`ArraySlice`) or kept in the cache
/// (`StoredBytes`).
protocol ByteFragment {
    var count: Int { get }
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result
}

extension ArraySlice: ByteFragment where Element == UInt8 {}
extension StoredBytes: ByteFragment {}

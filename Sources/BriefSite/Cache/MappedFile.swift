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
final class MappedFile: BriefingBodyStore, @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// The first `count` bytes of the file open as `descriptor`; nil when they cannot be read.
    init?(descriptor: Int32, count: Int) {
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

/// Bytes a reader handed out without copying: a slice of an array, or of a mapped file (which
/// the value keeps mapped).
struct StoredBytes: Sendable {
    private enum Storage: Sendable {
        case array(ArraySlice<UInt8>)
        case mapped(MappedFile, Range<Int>)
    }

    private let storage: Storage

    init(_ bytes: ArraySlice<UInt8>) {
        storage = .array(bytes)
    }

    init(_ bytes: [UInt8]) {
        storage = .array(bytes[...])
    }

    init(_ file: MappedFile, _ range: Range<Int>) {
        storage = .mapped(file, range)
    }

    static let empty = StoredBytes([])

    /// A briefing body of these bytes, read in place.
    var briefingBody: BriefingBody {
        switch storage {
        case .array(let slice): BriefingBody(utf8: slice)
        case .mapped(let file, let range): BriefingBody(store: file, range: range)
        }
    }

    var count: Int {
        switch storage {
        case .array(let slice): slice.count
        case .mapped(_, let range): range.count
        }
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .array(let slice): try slice.withUnsafeBytes(body)
        case .mapped(let file, let range): try withExtendedLifetime(file) { try body(UnsafeRawBufferPointer(rebasing: file.bytes[range])) }
        }
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

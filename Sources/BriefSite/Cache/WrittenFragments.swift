#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads back ranges of a file this build wrote (the cache's rows, `CacheWriter.dataFragments`),
/// each into one reused buffer with pread(2). Bytes of a cache file are never changed in place,
/// so what was written out before the reader was made stays as it was. Only the ranges asked
/// for are read: reading the file in windows copied all of it, fragments or not, and cost as
/// much as making the fragments again; a mapped window cost more in page faults and unmapping
/// than one read per range, and counted the file's pages as the build's memory. The file stays
/// open while the reader lives (it holds the sink).
final class WrittenFragments {
    private let sink: FileSink
    /// Where the bytes written out when the reader was made end: nothing past it is read.
    let end: Int
    private var buffer: [UInt8] = []

    init(_ sink: FileSink, end: Int) {
        self.sink = sink
        self.end = end
    }

    /// Calls `body` with the bytes at `range` of the file; false (and `body` not called) when
    /// they cannot be read.
    func withBytes(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= end else { return false }
        if buffer.count < range.count { buffer = [UInt8](repeating: 0, count: max(range.count, 1 << 16)) }
        var done = 0
        while done < range.count {
            let got = buffer.withUnsafeMutableBytes { pread(sink.descriptor, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<range.count])) }
        return true
    }
}

/// Bytes read in place, for `JSONWriter.appendElements`.
struct BorrowedBytes: ByteFragment {
    let bytes: UnsafeRawBufferPointer

    var count: Int { bytes.count }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(bytes)
    }
}

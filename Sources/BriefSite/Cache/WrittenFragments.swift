#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads back ranges of a file this build wrote (the cache's rows, `CacheWriter.dataFragments`)
/// through one window of it, mapped: the rows were appended roughly in the order they are asked
/// for, so a window serves many. Mapped, not read: reading windows into a buffer copied the whole
/// file, fragments or not, and cost as much as making the fragments again; and only a window is
/// mapped at a time, so the file's pages do not all count as the build's memory. Bytes of a cache
/// file are never changed in place, so what was written out before the reader was made stays as
/// it is under the mapping. The file stays open while the reader lives (it holds the sink).
final class WrittenFragments {
    private let sink: FileSink
    /// Where the bytes written out when the reader was made end: nothing past it is read.
    let end: Int
    private var window = UnsafeRawBufferPointer(start: nil, count: 0)
    private var windowStart = 0

    /// Bytes mapped at a time, and how far before a missed range a window starts (rows written a
    /// little out of order, by parallel workers, are then found in it too).
    static let windowSize = 1 << 20
    static let lookBehind = 1 << 17

    init(_ sink: FileSink, end: Int) {
        self.sink = sink
        self.end = end
    }

    deinit { unmap() }

    /// Calls `body` with the bytes at `range` of the file; false (and `body` not called) when
    /// they cannot be read.
    func withBytes(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= end else { return false }
        if range.isEmpty {
            body(UnsafeRawBufferPointer(start: nil, count: 0))
            return true
        }
        if range.lowerBound < windowStart || range.upperBound > windowStart + window.count {
            guard map(around: range) else { return false }
        }
        withExtendedLifetime(sink) {
            body(UnsafeRawBufferPointer(rebasing: window[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)]))
        }
        return true
    }

    /// Maps a window holding `range`, starting a little before it (at a page). Shared and not
    /// populated: populating each window's page table cost more than faulting in what is read.
    private func map(around range: Range<Int>) -> Bool {
        unmap()
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = max(0, range.lowerBound - Self.lookBehind) / page * page
        let count = min(end - start, max(Self.windowSize, range.upperBound - start))
        guard let address = mmap(nil, count, PROT_READ, MAP_SHARED, sink.descriptor, off_t(start)), address != MAP_FAILED else { return false }
        window = UnsafeRawBufferPointer(start: address, count: count)
        windowStart = start
        return true
    }

    private func unmap() {
        if let base = window.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), window.count) }
        window = UnsafeRawBufferPointer(start: nil, count: 0)
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

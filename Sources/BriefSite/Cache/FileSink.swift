import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a small buffer, so a large file (the cache) is never whole in memory.
/// The file is open for reading too: what was written out can be read back (`WrittenFragments`).
final class FileSink {
    let descriptor: Int32
    private var buffer = ByteWriter()
    private(set) var failure: String?
    let url: URL
    /// Bytes appended so far (written or buffered): where the next byte goes.
    private(set) var offset = 0

    /// Creates (or truncates) the file at `url`; `locked` holds an exclusive `flock(2)` on it while
    /// the sink lives (a heavy file of the cache in use, which other builds must not remove).
    init(url: URL, locked: Bool = false) throws(BuildError) {
        let opened = url.withUnsafeFileSystemRepresentation { path in
            path.map { open($0, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) } ?? -1
        }
        guard opened >= 0 else {
            throw BuildError(path: url.path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        if locked { _ = flock(opened, LOCK_EX | LOCK_NB) }
        self.url = url
        descriptor = opened
        buffer.bytes.reserveCapacity(1 << 20)
    }

    /// Opens the existing file at `url` to append to it, when it still is the file `expected`
    /// (the one a build read, not one put there since) and, with `size`, is that long (ends where
    /// the build found its sound contents end), and no other build is appending to it (an
    /// exclusive `flock(2)`, held until this sink goes): nil otherwise. `offset` starts at the
    /// file's size.
    init?(appendingTo url: URL, sameFileAs expected: FileIdentity, size: Int? = nil) {
        // Checked before anything is stored: a failed init of a fully made object would run
        // `deinit`, closing the descriptor a second time (by then possibly another file's).
        let opened = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDWR | O_APPEND | O_CLOEXEC) } ?? -1 }
        guard opened >= 0 else { return nil }
        var info = stat()
        guard flock(opened, LOCK_EX | LOCK_NB) == 0, fstat(opened, &info) == 0, FileIdentity(info) == expected,
            size.map({ $0 == Int(info.st_size) }) ?? true
        else {
            close(opened)
            return nil
        }
        self.url = url
        descriptor = opened
        offset = Int(info.st_size)
        buffer.bytes.reserveCapacity(1 << 20)
    }

    deinit { close(descriptor) }

    /// Whether appending `count` more bytes (in one or more pieces) may write to the file: the
    /// buffer would pass 1 MiB, or the bytes are large enough to be written directly.
    func mayWrite(appending count: Int) -> Bool {
        buffer.bytes.count + count >= 1 << 20 || count >= 1 << 16
    }

    /// Appends through the buffer, flushing it when it passes 1 MiB.
    func append(_ body: (inout ByteWriter) -> Void) {
        let before = buffer.bytes.count
        body(&buffer)
        offset += buffer.bytes.count - before
        if buffer.bytes.count >= 1 << 20 { flush() }
    }

    /// Appends stored bytes as they are.
    func append(_ bytes: some ByteFragment) {
        bytes.withUnsafeBytes { append($0) }
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        if bytes.count < 1 << 16 {
            append { $0.bytes.append(contentsOf: bytes) }
            return
        }
        flush()
        offset += bytes.count
        write(bytes)
    }

    /// Appends `range` of the file open as `source`, copied in the kernel where it can be
    /// (copy_file_range(2)), else read and written. False when it could not all be copied.
    @discardableResult
    func append(from source: Int32, range: Range<Int>) -> Bool {
        guard flush() else { return false }
        var from = range.lowerBound
        if let copy = Self.copyFileRange {
            while from < range.upperBound {
                var input = off_t(from)
                let got = copy(source, &input, descriptor, nil, range.upperBound - from, 0)
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                from += got
                offset += got
            }
        }
        // Not supported here, or stopped early: the rest through memory.
        var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(range.upperBound - from, 0)))
        while from < range.upperBound {
            let got = chunk.withUnsafeMutableBytes { pread(source, $0.baseAddress!, min($0.count, range.upperBound - from), off_t(from)) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { return false }
            chunk.withUnsafeBytes { write(UnsafeRawBufferPointer(rebasing: $0[..<got])) }
            from += got
            offset += got
        }
        return failure == nil
    }

    /// copy_file_range(2), looked up at run time (the C library module does not declare it).
    private static let copyFileRange: (@convention(c) (Int32, UnsafeMutablePointer<off_t>?, Int32, UnsafeMutablePointer<off_t>?, Int, UInt32) -> Int)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "copy_file_range") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafeMutablePointer<off_t>?, Int32, UnsafeMutablePointer<off_t>?, Int, UInt32) -> Int).self)
    }()

    /// Writes out what is buffered; returns whether everything written so far reached the file.
    @discardableResult
    func flush() -> Bool {
        buffer.bytes.withUnsafeBytes { write($0) }
        if buffer.bytes.capacity > 1 << 22 {
            // A very large part grew it: back to the usual size, not kept for the whole build.
            buffer.bytes = []
            buffer.bytes.reserveCapacity(1 << 20)
        } else {
            buffer.bytes.removeAll(keepingCapacity: true)
        }
        return failure == nil
    }

    private func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = sinkWrite(descriptor, base, left)
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            base += written
            left -= written
        }
    }
}

private func sinkWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}

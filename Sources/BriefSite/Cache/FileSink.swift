import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a small buffer, so a large file (the cache) is never whole in memory.
final class FileSink {
    private let descriptor: Int32
    private var buffer = ByteWriter()
    private(set) var failure: String?
    let url: URL

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws(BuildError) {
        self.url = url
        descriptor = url.withUnsafeFileSystemRepresentation { path in
            path.map { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) } ?? -1
        }
        guard descriptor >= 0 else {
            throw BuildError(path: url.path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        buffer.bytes.reserveCapacity(1 << 20)
    }

    deinit { close(descriptor) }

    /// Appends through the buffer, flushing it when it passes 1 MiB.
    func append(_ body: (inout ByteWriter) -> Void) {
        body(&buffer)
        if buffer.bytes.count >= 1 << 20 { flush() }
    }

    /// Appends stored bytes as they are.
    func append(_ bytes: ArraySlice<UInt8>) {
        flush()
        bytes.withUnsafeBytes { write($0) }
    }

    /// Writes out what is buffered; returns whether everything written so far reached the file.
    @discardableResult
    func flush() -> Bool {
        buffer.bytes.withUnsafeBytes { write($0) }
        buffer.bytes.removeAll(keepingCapacity: true)
        return failure == nil
    }

    /// Overwrites 8 bytes at `offset` (a count written before it was known) with `value`, little-endian.
    @discardableResult
    func patch(at offset: Int, with value: UInt64) -> Bool {
        guard flush() else { return false }
        let written = withUnsafeBytes(of: value.littleEndian) { pwrite(descriptor, $0.baseAddress!, 8, off_t(offset)) }
        if written != 8, failure == nil { failure = String(cString: strerror(errno)) }
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

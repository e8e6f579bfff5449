#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file being written through a 256 KiB buffer (see `StagingTree.write(_:key:streaming:)`).
/// The first failed write is kept (`failure`, an errno) and everything after it is dropped.
struct StreamedFile: ByteSink {
    private static let bufferSize = 1 << 18
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var failure: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) {
        // Bytes already in memory past the buffer's size are written as they are, not copied.
        if bytes.underestimatedCount >= Self.bufferSize {
            flush()
            let written: Void? = bytes.withContiguousStorageIfAvailable { stored in
                if failure == nil { failure = AtomicOutput.writeAll(UnsafeRawBufferPointer(stored), to: descriptor) }
            }
            if written != nil { return }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes what is buffered; the file is complete once this returns with no `failure`.
    mutating func flush() {
        if failure == nil {
            failure = buffer.withUnsafeBytes { AtomicOutput.writeAll($0, to: descriptor) }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

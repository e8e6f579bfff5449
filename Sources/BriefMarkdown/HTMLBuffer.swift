/// The bytes of one rendering, written through a pointer into memory of its own: an append is a
/// bounds check and a copy, with none of an array's uniqueness and capacity checks per call (a
/// rendering makes hundreds of small appends). `finish()` hands them over as an array of
/// exactly their size, then frees the memory.
struct HTMLBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// The last byte written, if any.
    @inline(__always) var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always) mutating func append(contentsOf bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        append(contentsOf: UnsafeBufferPointer(rebasing: bytes))
    }

    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// Doubles the room (at least to `needed` bytes), keeping what was written.
    private mutating func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    /// The bytes written, as an array of their size; the buffer is freed and must not be used again.
    consuming func finish() -> [UInt8] {
        let bytes = [UInt8](UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        return bytes
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a rendering makes, written through a pointer into an array made for them.
///
/// The renderer appends a short run of bytes per op (a literal, an escaped value), millions a
/// build: `Array.append(contentsOf:)` checked the array's uniqueness and capacity in a call of
/// its own for each (about a tenth of rendering). Here an append is a bounds check and a copy.
///
/// The array's count is its whole capacity while rendering (bytes past `count` not yet written;
/// `UInt8` needs no initializing) and it is cut to `count` by `finish()`. It is owned by this
/// value alone, which is not copyable, so its storage does not move except when `grow` replaces it.
struct TemplateOutput: ~Copyable {
    private var storage: [UInt8]
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes written.
    private(set) var count: Int
    private var capacity: Int

    /// An empty output with room for `capacity` bytes.
    init(capacity: Int) {
        self.init(capacity: capacity, count: 0) { _ in }
    }

    /// An output that goes on after the bytes of `array`, with room for at least its capacity.
    init(_ array: [UInt8]) {
        self.init(capacity: array.capacity, count: array.count) { start in
            array.withUnsafeBufferPointer { bytes in
                if let source = bytes.baseAddress { start.update(from: source, count: bytes.count) }
            }
        }
    }

    /// Room for `capacity` bytes (at least `count`), of which `fill` writes the first `count`.
    private init(capacity: Int, count: Int, fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        let capacity = max(capacity, count, 256)
        var storage = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            fill(buffer.baseAddress!)
            initialized = capacity
        }
        base = storage.withUnsafeMutableBufferPointer { $0.baseAddress! }
        self.storage = storage
        self.count = count
        self.capacity = capacity
    }

    /// The bytes written, as an array (room past them is kept, as an array's spare capacity).
    consuming func finish() -> [UInt8] {
        var array = storage
        storage = []
        if count < array.count { array.removeLast(array.count - count) }
        return array
    }

    /// Appends `length` bytes from `source`.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if length > capacity - count { grow(to: count + length) }
        if length <= 16 {
            Self.copyShort(source, to: base + count, count: length)
        } else {
            (base + count).update(from: source, count: length)
        }
        count += length
    }

    /// Copies up to 16 bytes in place of a call to `memcpy`, which cost some 20 to 35
    /// instructions for the short literals and values most ops append: two words (or
    /// half-words) that overlap when the count is not a multiple of their size.
    @inline(__always)
    private static func copyShort(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            for offset in 0..<count { target[offset] = source[offset] }
        }
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        append(source, count: bytes.count)
    }

    /// Appends `byte`.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Forgets the last `length` bytes written.
    mutating func removeLast(_ length: Int) {
        precondition(length <= count)
        count -= length
    }

    /// The byte at `index` (`0..<count`).
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count)
        return base[index]
    }

    /// The bytes written from `start` on, valid until the next append.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Moves the bytes to storage of at least `needed` bytes (twice the old at least).
    private mutating func grow(to needed: Int) {
        let capacity = max(needed, self.capacity * 2)
        let count = self.count
        let old = base
        var storage = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            buffer.baseAddress!.update(from: old, count: count)
            initialized = capacity
        }
        base = storage.withUnsafeMutableBufferPointer { $0.baseAddress! }
        self.storage = storage
        self.capacity = capacity
    }
}

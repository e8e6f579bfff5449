import BriefBytes
import BriefContent

/// Appends values to one growing byte buffer in a fixed little-endian layout (the cache's format).
struct ByteWriter {
    var bytes: [UInt8] = []

    init() {}

    /// Room for `capacity` bytes before the buffer grows.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func write(_ number: UInt64) {
        // As a typed buffer: appending raw bytes went through the generic sequence path.
        withUnsafeBytes(of: number.littleEndian) { raw in
            bytes.append(contentsOf: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 8))
        }
    }

    mutating func write(_ number: Int) { write(UInt64(bitPattern: Int64(number))) }

    mutating func write(_ text: String) {
        // In place where the string is contiguous UTF-8 (a copy to call `withUTF8` retained it).
        if text.utf8.withContiguousStorageIfAvailable({ write(utf8: $0) }) == nil {
            var copy = text
            copy.withUTF8 { write(utf8: $0) }
        }
    }

    private mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// A length, then the bytes.
    mutating func write(bytes data: some ByteFragment) {
        write(data.count)
        data.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String?) {
        if let text {
            bytes.append(1)
            write(text)
        } else {
            bytes.append(0)
        }
    }

    // The compact forms, for the cache's entries (`CachedBriefing`): nearly every number there
    // (counts, lengths, positions, offsets) fits in one or two bytes, not eight.

    /// `number` in LEB128: seven bits a byte, low bits first, the top bit set on all but the last.
    mutating func writeVarint(_ number: UInt64) {
        var number = number
        while number >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: number) | 0x80)
            number >>= 7
        }
        bytes.append(UInt8(number))
    }

    /// How many bytes `writeVarint(number)` writes.
    static func varintSize(_ number: Int) -> Int {
        var size = 1
        var rest = UInt64(number) >> 7
        while rest != 0 {
            size += 1
            rest >>= 7
        }
        return size
    }

    /// A count, length or position (never negative).
    mutating func writeVarint(_ number: Int) {
        precondition(number >= 0, "a varint is never negative")
        writeVarint(UInt64(number))
    }

    /// A number that may be negative, zigzagged (0, -1, 1, -2 ... as 0, 1, 2, 3 ...) so that a
    /// small one of either sign stays small.
    mutating func writeSignedVarint(_ number: Int) {
        let wide = Int64(number)
        writeVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// Text as a varint length and its UTF-8 bytes.
    mutating func writeCompact(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ writeCompact(utf8: $0) }) == nil {
            var copy = text
            copy.withUTF8 { writeCompact(utf8: $0) }
        }
    }

    private mutating func writeCompact(utf8: UnsafeBufferPointer<UInt8>) {
        writeVarint(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// A flag byte, then the text when there is one.
    mutating func writeCompact(_ text: String?) {
        if let text {
            bytes.append(1)
            writeCompact(text)
        } else {
            bytes.append(0)
        }
    }

    /// A varint length, then the bytes.
    mutating func writeCompact(bytes data: some ByteFragment) {
        writeVarint(data.count)
        data.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `ByteWriter` wrote, from an array or a mapped file; every read checks bounds, so
/// damaged bytes fail instead of trapping.
struct ByteReader {
    struct Damaged: Error {}

    /// What is read: an array, or a mapped file (`owner`, kept alive by the reader) at `mapped`.
    private let array: [UInt8]
    private let owner: MappedFile?
    private let mapped: UnsafeRawBufferPointer?
    /// How many bytes there are to read.
    let count: Int
    var offset = 0

    init(_ bytes: [UInt8], offset: Int = 0) {
        array = bytes
        owner = nil
        mapped = nil
        count = bytes.count
        self.offset = offset
    }

    /// Reads `file` from `offset` up to `end` (its end when nil): a reader of one row is given
    /// the row's end, so a count in a damaged row is bounded by the row, not the whole file.
    init(_ file: MappedFile, offset: Int = 0, end: Int? = nil) {
        array = []
        owner = file
        mapped = file.bytes
        count = min(end ?? file.bytes.count, file.bytes.count)
        self.offset = offset
    }

    var atEnd: Bool { offset == count }

    /// The bytes, without retaining anything per read (the reader holds the mapped file).
    private func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(Damaged) -> Result) throws(Damaged) -> Result {
        if let mapped { return try body(mapped) }
        let result: Swift.Result<Result, Damaged> = array.withUnsafeBytes { bytes in
            do throws(Damaged) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    mutating func readUInt64() throws(Damaged) -> UInt64 {
        guard offset + 8 <= count else { throw Damaged() }
        let value = try withBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func readByte() throws(Damaged) -> UInt8 {
        guard offset < count else { throw Damaged() }
        let value = try withBytes { $0[offset] }
        offset += 1
        return value
    }

    mutating func readInt() throws(Damaged) -> Int {
        let value = Int64(bitPattern: try readUInt64())
        guard let int = Int(exactly: value) else { throw Damaged() }
        return int
    }

    /// A count of things that each take at least one byte: bounded by what is left.
    mutating func readCount() throws(Damaged) -> Int {
        let value = try readInt()
        guard value >= 0, value <= count - offset else { throw Damaged() }
        return value
    }

    /// A string written by `write(_:)`.
    mutating func readString() throws(Damaged) -> String {
        let length = try readCount()
        let text = try string(length: length)
        offset += length
        return text
    }

    /// The `length` bytes at `offset` (within the reader's bytes) as a string. Up to 15 ASCII
    /// bytes (most ids and names) make their string as they are (`ShortASCII`); others are
    /// checked as UTF-8 (invalid ones are replaced, not trusted: every entry read is checksummed
    /// first, so damage is caught there). `String(validating:as:)` ran unspecialized generic code
    /// per string, a tenth of a rebuild's time.
    private func string(length: Int) throws(Damaged) -> String {
        if let mapped, let base = mapped.baseAddress, let short = ShortASCII.string(base + offset, count: length) { return short }
        return try withBytes { bytes in
            guard let base = bytes.baseAddress else { return "" }
            if let short = ShortASCII.string(base + offset, count: length) { return short }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]).bindMemory(to: UInt8.self), as: UTF8.self)
        }
    }

    /// Bytes written by `write(bytes:)`: a slice of what is read, not a copy.
    mutating func readBytes() throws(Damaged) -> StoredBytes {
        let length = try readCount()
        offset += length
        let range = (offset - length)..<offset
        if let owner { return StoredBytes(owner, range) }
        return StoredBytes(array[range])
    }

    /// A number written by `writeVarint`: at most ten bytes, the last of which holds one bit.
    @inline(__always)
    mutating func readVarint() throws(Damaged) -> UInt64 {
        // One byte (most counts and positions), read straight from the mapped file, inline:
        // through `withBytes`'s closure a varint cost some 55 instructions, and a rebuild reads
        // 800,000.
        if let mapped, offset < count {
            let byte = mapped.load(fromByteOffset: offset, as: UInt8.self)
            if byte < 0x80 {
                offset += 1
                return UInt64(byte)
            }
        }
        return try readLongVarint()
    }

    /// `readVarint` past its one-byte case.
    @inline(never)
    private mutating func readLongVarint() throws(Damaged) -> UInt64 {
        let (value, length) = try withBytes { bytes throws(Damaged) -> (UInt64, Int) in
            var value: UInt64 = 0
            var shift: UInt64 = 0
            var at = offset
            while true {
                guard at < count, shift < 64 else { throw Damaged() }
                let byte = bytes[at]
                at += 1
                // The tenth byte may hold only the top bit.
                guard shift < 63 || byte <= 1 else { throw Damaged() }
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return (value, at - offset) }
                shift += 7
            }
        }
        offset += length
        return value
    }

    /// A varint that must fit in an `Int` (a position or offset).
    mutating func readVarintInt() throws(Damaged) -> Int {
        let value = try readVarint()
        guard value <= UInt64(Int.max) else { throw Damaged() }
        return Int(value)
    }

    /// A varint count of things that each take at least one byte: bounded by what is left.
    mutating func readVarintCount() throws(Damaged) -> Int {
        let value = try readVarint()
        guard value <= UInt64(count - offset) else { throw Damaged() }
        return Int(value)
    }

    /// A number written by `writeSignedVarint`.
    mutating func readSignedVarint() throws(Damaged) -> Int {
        let zigzag = try readVarint()
        let value = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        guard let int = Int(exactly: value) else { throw Damaged() }
        return int
    }

    /// Text written by `writeCompact(_: String)`, made as `readString()` makes it.
    mutating func readCompactString() throws(Damaged) -> String {
        let length = try readVarintCount()
        let text = try string(length: length)
        offset += length
        return text
    }

    mutating func readCompactOptionalString() throws(Damaged) -> String? {
        switch try readByte() {
        case 0: return nil
        case 1: return try readCompactString()
        default: throw Damaged()
        }
    }

    /// Bytes written by `writeCompact(bytes:)`: a slice of what is read, not a copy.
    mutating func readCompactBytes() throws(Damaged) -> StoredBytes {
        let length = try readVarintCount()
        offset += length
        let range = (offset - length)..<offset
        if let owner { return StoredBytes(owner, range) }
        return StoredBytes(array[range])
    }

    mutating func readOptionalString() throws(Damaged) -> String? {
        switch try readByte() {
        case 0: return nil
        case 1: return try readString()
        default: throw Damaged()
        }
    }
}

/// Appends values to one growing byte buffer in a fixed little-endian layout (the cache's format).
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func write(_ number: UInt64) {
        // As a typed buffer: appending raw bytes went through the generic sequence path.
        withUnsafeBytes(of: number.littleEndian) { raw in
            bytes.append(contentsOf: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 8))
        }
    }

    mutating func write(_ number: Int) { write(UInt64(bitPattern: Int64(number))) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A length, then the bytes.
    mutating func write(bytes data: ArraySlice<UInt8>) {
        write(data.count)
        bytes.append(contentsOf: data)
    }

    mutating func write(_ text: String?) {
        if let text {
            bytes.append(1)
            write(text)
        } else {
            bytes.append(0)
        }
    }
}

/// Reads what `ByteWriter` wrote; every read checks bounds, so damaged bytes fail instead of trapping.
struct ByteReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var atEnd: Bool { offset == bytes.count }

    /// The table of a keyed cache file after its magic and version: a count, then per entry its
    /// key, checksum, length and bytes. Returns each entry's byte range and checksum; throws
    /// `Damaged` when the table does not end exactly at the end of the file.
    mutating func readEntryTable() throws -> [UInt64: (range: Range<Int>, checksum: UInt64)] {
        var entries: [UInt64: (range: Range<Int>, checksum: UInt64)] = [:]
        let count = try readCount()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let key = try readUInt64()
            let checksum = try readUInt64()
            let length = try readCount()
            entries[key] = (offset..<(offset + length), checksum)
            offset += length
        }
        guard atEnd else { throw Damaged() }
        return entries
    }

    mutating func readUInt64() throws(Damaged) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func readByte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        offset += 1
        return bytes[offset - 1]
    }

    mutating func readInt() throws(Damaged) -> Int {
        let value = Int64(bitPattern: try readUInt64())
        guard let int = Int(exactly: value) else { throw Damaged() }
        return int
    }

    /// A count of things that each take at least one byte: bounded by what is left.
    mutating func readCount() throws(Damaged) -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    /// A string. Its bytes are checked as UTF-8 (invalid ones are replaced, not trusted): every
    /// entry read is checksummed first, so damage is caught there. `String(validating:as:)` ran
    /// unspecialized generic code per string, a tenth of a rebuild's time.
    mutating func readString() throws(Damaged) -> String {
        let count = try readCount()
        let text = bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<(offset + count)]), as: UTF8.self)
        }
        offset += count
        return text
    }

    /// Bytes written by `write(bytes:)`: a slice of `bytes`, not a copy.
    mutating func readBytes() throws(Damaged) -> ArraySlice<UInt8> {
        let count = try readCount()
        offset += count
        return bytes[(offset - count)..<offset]
    }

    mutating func readOptionalString() throws(Damaged) -> String? {
        guard offset < bytes.count else { throw Damaged() }
        let flag = bytes[offset]
        offset += 1
        switch flag {
        case 0: return nil
        case 1: return try readString()
        default: throw Damaged()
        }
    }
}

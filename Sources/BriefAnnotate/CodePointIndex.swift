/// Converts UTF-8 byte offsets of one text into Unicode code point offsets,
/// the unit of the JSON schema. Built once in O(n); each lookup is O(1).
public struct CodePointIndex: Sendable {
    /// codePoints[b] is the number of code points that start before byte b.
    private let codePoints: [Int32]

    public init(_ bytes: [UInt8]) {
        var table = [Int32](repeating: 0, count: bytes.count + 1)
        var count: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            table[offset] = count
            // Continuation bytes (10xxxxxx) do not start a code point.
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        table[bytes.count] = count
        codePoints = table
    }

    /// The code point offset of byte offset `byte`; a byte inside a code point maps to that code point.
    public func codePointOffset(ofByte byte: Int) -> Int {
        Int(codePoints[min(max(byte, 0), codePoints.count - 1)])
    }
}

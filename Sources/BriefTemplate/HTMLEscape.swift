/// HTML escaping over UTF-8 bytes: `<` `>` `&` `"` `'` become `&lt;` `&gt;` `&amp;` `&quot;`
/// `&#39;` (swift-mustache's set); runs of other bytes are copied at once. O(n).
enum HTMLEscape {
    /// Bit b set when byte b (< 64) needs escaping.
    private static let mask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && (mask >> UInt64(byte)) & 1 != 0
    }

    /// Appends `text` escaped to `output`.
    static func append(_ text: String, to output: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0, to: &output) }
        if done == nil { append(Array(text.utf8), to: &output) }
    }

    /// Appends `bytes` escaped to `output`.
    static func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if needsEscape(byte) {
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                switch byte {
                case UInt8(ascii: "<"): output.append(0x26); output.append(0x6C); output.append(0x74); output.append(0x3B)  // &lt;
                case UInt8(ascii: ">"): output.append(0x26); output.append(0x67); output.append(0x74); output.append(0x3B)  // &gt;
                case UInt8(ascii: "&"): output.append(0x26); output.append(0x61); output.append(0x6D); output.append(0x70); output.append(0x3B)  // &amp;
                case UInt8(ascii: "\""): output.append(0x26); output.append(0x71); output.append(0x75); output.append(0x6F); output.append(0x74); output.append(0x3B)  // &quot;
                default: output.append(0x26); output.append(0x23); output.append(0x33); output.append(0x39); output.append(0x3B)  // &#39;
                }
                runStart = index + 1
            }
            index += 1
        }
        if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }
}

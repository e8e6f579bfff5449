import BriefBytes

/// HTML escaping over UTF-8 bytes: `<` `>` `&` `"` `'` become `&lt;` `&gt;` `&amp;` `&quot;`
/// `&#39;` (swift-mustache's set); runs of other bytes are copied at once. O(n).
public enum HTMLEscape {
    /// `text` escaped as `{{ }}` writes it into a page.
    public static func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Bit b set when byte b (< 64) needs escaping.
    private static let mask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && (mask >> UInt64(byte)) & 1 != 0
    }

    /// Appends `text` escaped to `output`. Takes the text (`consuming`) so that reading its
    /// bytes in place retains nothing (`utf8.withContiguousStorageIfAvailable` retained it twice).
    static func append(_ text: consuming String, to output: inout [UInt8]) {
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends `bytes` escaped to `output`.
    static func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        forEachRun(of: bytes) { start, count in
            output.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        } escape: { byte in
            let entity = entity(of: byte)
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
        }
    }

    /// Appends `text` escaped to a renderer's output (see `append(_:to:)` for arrays).
    static func append(_ text: consuming String, to output: inout TemplateOutput) {
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends `bytes` escaped to a renderer's output.
    static func append(_ bytes: [UInt8], to output: inout TemplateOutput) {
        bytes.withUnsafeBufferPointer { append($0, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout TemplateOutput) {
        forEachRun(of: bytes) { start, count in
            output.append(start, count: count)
        } escape: { byte in
            let entity = entity(of: byte)
            output.append(entity.utf8Start, count: entity.utf8CodeUnitCount)
        }
    }

    /// The entity a byte `needsEscape` names is written as.
    @inline(__always)
    private static func entity(of byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }

    /// Calls `run` with each run of `bytes` that needs no escaping (never empty) and `escape`
    /// with each byte between them that does, in order.
    @inline(__always)
    private static func forEachRun(
        of bytes: UnsafeBufferPointer<UInt8>, run: (UnsafePointer<UInt8>, Int) -> Void, escape: (UInt8) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time while none of them needs escaping (most text).
            if index + 8 <= count, !hasSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            // The last few bytes: the last eight (read again in part) when none needs escaping,
            // so that a short value's tail is one check, not a loop over each byte.
            if index + 8 > count, count >= 8, !hasSpecialByte(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)) {
                index = count
                break
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = base[index]
                if needsEscape(byte) {
                    if runStart < index { run(base + runStart, index - runStart) }
                    escape(byte)
                    runStart = index + 1
                }
                index += 1
            }
        }
        if runStart < count { run(base + runStart, count - runStart) }
    }

    /// Whether any byte of `word` is one `needsEscape` names (SWAR: a byte equal to `c` is a
    /// zero byte of `word ^ c*0x01..01`, found by the borrow trick; exact for "any").
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        (ByteWords.bytes(of: word, equalTo: 0x22) | ByteWords.bytes(of: word, equalTo: 0x26) | ByteWords.bytes(of: word, equalTo: 0x27)
            | ByteWords.bytes(of: word, equalTo: 0x3C) | ByteWords.bytes(of: word, equalTo: 0x3E)) != 0
    }
}

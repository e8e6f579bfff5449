import BriefBytes

/// Names and string escaping shared by the files of the search index (`SearchShards`): the
/// manifest `search/index.js` assigns `window.BRIEF_SEARCH`, the shards call global functions,
/// so every file loads with `<script src>` from file:// too, where browsers refuse `fetch()`.
///
/// Every string is escaped so no script ever ends early or breaks out: `<`, `>` and `&` as
/// `\u003c` `\u003e` `\u0026` (no `</script>`, no `<!--`), U+2028 and U+2029 as escapes (line
/// terminators in older JavaScript).
public enum SearchIndex {
    /// The global the manifest assigns; the search script reads it.
    public static let globalName = "BRIEF_SEARCH"
    /// Where the manifest is written in the site (the search page loads it).
    public static let path = "search/index.js"

    /// `text` as a JSON string literal that is also safe inside HTML and any JavaScript parser.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in appendEscaped(bytes, to: &out) }
        out.append(UInt8(ascii: "\""))
    }

    /// The escaped bytes of `appendJSONString(text)` without its quotes: a string literal of
    /// texts written one after another is the literal of the texts joined (each is whole UTF-8).
    static func appendJSONStringContents(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in appendEscaped(bytes, to: &out) }
    }

    /// `appendJSONString` of the text whose UTF-8 is `bytes` (valid UTF-8).
    static func appendJSONString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(bytes, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// The escapes of `appendJSONString`, without the quotes.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        func escapeUnit(_ unit: UInt16) {
            out.append(contentsOf: "\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex.utf8Start[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        var index = 0
        // Bytes that need no escape are copied in runs.
        var runStart = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time while none needs a look (most of every title and text).
            if index + 8 <= count, !mayNeedLook(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if !needsLook(byte) {
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20, 0x7F: escapeUnit(UInt16(byte))
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
                escapeUnit(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
                runStart = index + 1
            default: out.append(byte)
            }
            index += 1
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// Whether `appendEscaped` must look at `byte`: `"` `\\` `<` `>` `&`, controls, DEL and 0xE2
    /// (the lead byte of U+2028 and U+2029).
    @inline(__always)
    private static func needsLook(_ byte: UInt8) -> Bool {
        if byte < 0x20 { return true }
        if byte < 0x40 { return (lookMask >> UInt64(byte)) & 1 != 0 }
        return byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    /// Whether a byte of `word` may be one `needsLook` names (SWAR): a byte equal to `c` is a
    /// zero byte of `word ^ c*0x01..01`, found by the borrow of a subtraction, as is a byte
    /// below 0x20; a borrow may also flag a byte after a flagged one, never miss one (then
    /// the bytes are looked at one by one).
    @inline(__always)
    static func mayNeedLook(_ word: UInt64) -> Bool {
        let quotesAndMarkup = ByteWords.bytes(of: word, equalTo: 0x22) | ByteWords.bytes(of: word, equalTo: 0x26)
            | ByteWords.bytes(of: word, equalTo: 0x3C) | ByteWords.bytes(of: word, equalTo: 0x3E)
        let others = ByteWords.bytes(of: word, below: 0x20) | ByteWords.bytes(of: word, equalTo: 0x5C)
            | ByteWords.bytes(of: word, equalTo: 0x7F) | ByteWords.bytes(of: word, equalTo: 0xE2)
        return quotesAndMarkup | others != 0
    }

    /// `"` `&` `<` `>` as bits.
    private static let lookMask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
}

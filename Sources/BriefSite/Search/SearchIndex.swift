/// The search page's index, written as a script (`search/index.js`) that assigns a global, so it
/// loads with `<script src>` from file:// too, where browsers refuse `fetch()`.
///
/// The script is `window.BRIEF_SEARCH = {...};` where the value is JSON: `fields` names the
/// columns and `entries` holds one array per entry in that order. Every string is escaped so the
/// script never ends early or breaks out: `<`, `>` and `&` as `\u003c` `\u003e` `\u0026` (no
/// `</script>`, no `<!--`), U+2028 and U+2029 as escapes (line terminators in older JavaScript).
public struct SearchIndex: Sendable {
    /// The global the script assigns; the search script reads it.
    public static let globalName = "BRIEF_SEARCH"
    /// Where the index is written in the site.
    public static let path = "search/index.js"
    /// The column names, in the order of each entry's array.
    public static let fields = ["kind", "title", "text", "url", "extra"]

    public var entries: [SearchEntry]

    public init(entries: [SearchEntry]) {
        self.entries = entries
    }

    /// The script text. O(n) in the entries' bytes, into one buffer.
    public func script() -> String {
        String(decoding: scriptBytes(), as: UTF8.self)
    }

    /// `script()` as UTF-8 bytes (the build writes them without a round trip through `String`).
    public func scriptBytes() -> [UInt8] {
        Self.scriptBytes(rows: entries.lazy.map { Self.row($0)[...] })
    }

    /// The script whose entries are `rows` (each made by `row(_:)`), in order: a rebuild keeps
    /// the rows of unchanged briefings and only concatenates.
    public static func scriptBytes(rows: some Collection<ArraySlice<UInt8>>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.reduce(256) { $0 + $1.count + 2 })
        script(rows: rows, into: &out)
        return out
    }

    /// `scriptBytes(rows:)` written into `sink` as it is made.
    static func script<Rows: Sequence>(rows: Rows, into sink: inout some ByteSink) where Rows.Element: ByteFragment {
        var head: [UInt8] = Array("window.\(Self.globalName) = {\"version\":1,\"fields\":[".utf8)
        for (index, field) in Self.fields.enumerated() {
            if index > 0 { head.append(UInt8(ascii: ",")) }
            Self.appendJSONString(field, to: &head)
        }
        head.append(contentsOf: "],\"entries\":[\n".utf8)
        sink.append(contentsOf: head)
        var first = true
        for row in rows {
            if !first { sink.append(contentsOf: ",\n".utf8) }
            first = false
            row.withUnsafeBytes { sink.append(contentsOf: $0) }
        }
        sink.append(contentsOf: "\n]};\n".utf8)
    }

    /// One entry of the script: the JSON array of its columns, in the order of `fields`.
    public static func row(_ entry: SearchEntry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entry.title.utf8.count + entry.text.utf8.count + entry.extra.utf8.count + entry.url.utf8.count + 24)
        out.append(UInt8(ascii: "["))
        appendJSONString(entry.kind.rawValue, to: &out)
        for value in [entry.title, entry.text, entry.url, entry.extra] {
            out.append(UInt8(ascii: ","))
            appendJSONString(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// `text` as a JSON string literal that is also safe inside HTML and any JavaScript parser.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in appendEscaped(bytes, to: &out) }
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
        while index < bytes.count {
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

    /// `"` `&` `<` `>` as bits.
    private static let lookMask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
}

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
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(256) { $0 + $1.title.utf8.count + $1.text.utf8.count + $1.extra.utf8.count + $1.url.utf8.count + 24 })
        out.append(contentsOf: "window.\(Self.globalName) = {\"version\":1,\"fields\":[".utf8)
        for (index, field) in Self.fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendJSONString(field, to: &out)
        }
        out.append(contentsOf: "],\"entries\":[\n".utf8)
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(UInt8(ascii: "["))
            for (column, value) in [entry.kind.rawValue, entry.title, entry.text, entry.url, entry.extra].enumerated() {
                if column > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendJSONString(value, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "\n]};\n".utf8)
        return out
    }

    /// `text` as a JSON string literal that is also safe inside HTML and any JavaScript parser.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        func escapeUnit(_ unit: UInt16) {
            out.append(contentsOf: "\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        out.append(UInt8(ascii: "\""))
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
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
            default: out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A web address from the author's YAML (`url`, an entity note's `links`, `base_url`), made fit
/// for an `href`: the bytes a URL may not hold (spaces, quotation marks, angle brackets, control
/// characters, `\ ^ { | }` and the backtick) are percent-encoded, as a browser does when it follows
/// the link; everything else, letters beyond ASCII too, is kept as written. Escaping for HTML is
/// still the template's job: this only keeps the value a valid URL.
public enum WebAddress {
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: needsEncoding) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if needsEncoding(byte) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
            UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }
}

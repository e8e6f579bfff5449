/// Recognises link destinations that would run code or read local files.
enum URLSafety {
    /// True for `javascript:`, `vbscript:`, `file:` and `data:` URLs, except
    /// `data:image/png|gif|jpeg|webp`. Like a browser, it ignores leading
    /// spaces and control characters, tabs and newlines anywhere, and letter
    /// case. O(length of the scheme).
    static func isDangerous(_ url: String) -> Bool {
        var scheme: [UInt8] = []
        var rest: Substring.UTF8View?
        var utf8 = Substring(url).utf8
        while let first = utf8.first, first <= 0x20 { utf8 = utf8.dropFirst() }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: ":") { rest = utf8[index...]; break }
            // A scheme is short and ASCII; anything else means a relative URL.
            guard scheme.count < 16, byte < 0x80 else { return false }
            scheme.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
        }
        guard let rest else { return false }
        switch String(decoding: scheme, as: UTF8.self) {
        case "javascript", "vbscript", "file":
            return true
        case "data":
            let type = String(decoding: rest.prefix(11), as: UTF8.self).lowercased()
            let safe = ["image/png", "image/gif", "image/jpeg", "image/webp"]
            return !safe.contains { type.hasPrefix($0) }
        default:
            return false
        }
    }
}

/// A plain-text summary taken from rendered HTML, for index cards of briefings without `summary:`.
enum SummaryText {
    /// The most words a made-up summary keeps.
    static let wordLimit = 40

    /// The text of the first `<p>` of `html`, tags removed, entities decoded, cut to
    /// `wordLimit` words with an ellipsis. Nil when there is no paragraph. O(n) in the HTML's bytes.
    static func firstParagraph(ofHTML html: String) -> String? {
        let bytes = Array(html.utf8)
        guard let start = find(Array("<p>".utf8), in: bytes, from: 0),
            let end = find(Array("</p>".utf8), in: bytes, from: start + 3)
        else { return nil }
        var text: [UInt8] = []
        var inTag = false
        for byte in bytes[(start + 3)..<end] {
            if byte == UInt8(ascii: "<") { inTag = true; continue }
            if byte == UInt8(ascii: ">") { inTag = false; continue }
            if !inTag { text.append(byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte) }
        }
        let decoded = decodeEntities(String(decoding: text, as: UTF8.self))
        let words = decoded.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return nil }
        if words.count <= wordLimit { return words.joined(separator: " ") }
        return words.prefix(wordLimit).joined(separator: " ") + "…"
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// cmark escapes only these; the summary is escaped again by the template.
    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }
}

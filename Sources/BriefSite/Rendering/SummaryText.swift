import BriefMarkdown

/// Plain-text summaries for index cards of briefings without `summary:`, and word counts, from a
/// document's plain text (never from HTML).
enum SummaryText {
    /// The most words a made-up summary keeps.
    static let wordLimit = 40
}

extension SummaryText {
    /// The first paragraph of a document's plain text, cut to `wordLimit` words; nil without one.
    static func firstParagraph(ofPlainText text: [UInt8], blocks: [TextBlock]) -> String? {
        for block in blocks where block.kind == .paragraph {
            let words = collapsed(text[block.range]).split(separator: " ")
            guard !words.isEmpty else { continue }
            if words.count <= wordLimit { return words.joined(separator: " ") }
            return words.prefix(wordLimit).joined(separator: " ") + "…"
        }
        return nil
    }

    /// `bytes` as text with every run of whitespace made one space, trimmed. O(n).
    static func collapsed(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Words (runs of non-space bytes) in `text`. O(n).
    static func wordCount(_ text: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for byte in text {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}

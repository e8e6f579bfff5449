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
            let bytes = collapsedBytes(text[block.range])
            if bytes.allSatisfy({ $0 < 0x80 }) {
                // ASCII: words are the runs between single spaces, so cut the bytes at the
                // `wordLimit`-th space (what splitting on " " and joining again gives).
                guard !bytes.isEmpty else { continue }
                var spaces = 0
                for (index, byte) in bytes.enumerated() where byte == 0x20 {
                    spaces += 1
                    if spaces == wordLimit { return String(decoding: bytes[..<index], as: UTF8.self) + "…" }
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            let words = String(decoding: bytes, as: UTF8.self).split(separator: " ")
            guard !words.isEmpty else { continue }
            if words.count <= wordLimit { return words.joined(separator: " ") }
            return words.prefix(wordLimit).joined(separator: " ") + "…"
        }
        return nil
    }

    /// `bytes` as text with every run of whitespace made one space, trimmed. O(n).
    static func collapsed(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: collapsedBytes(bytes), as: UTF8.self)
    }

    /// The bytes of `collapsed(_:)`.
    static func collapsedBytes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
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
        return out
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

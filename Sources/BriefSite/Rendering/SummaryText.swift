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

    /// A quote's words as a list shows them, away from the sentence they were said in:
    /// `collapsedBytes(_:)` without a trailing comma. News writes "“… is not,” he said", and the
    /// comma belongs to the reporter's sentence, not to the words ("… is not,” reads as cut
    /// off in "who said what"). A closing full stop, question or exclamation mark is kept.
    static func quoteText(_ bytes: ArraySlice<UInt8>) -> String {
        var out = collapsedBytes(bytes)
        while let last = out.last, last == UInt8(ascii: ",") || last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `bytes` with every run of whitespace made one space, trimmed. O(n).
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

    /// Words (runs of bytes other than space, tab, CR and LF) in `text`. O(n), eight bytes at a
    /// time: a word starts at each such byte whose previous byte (or the start) is a space, so
    /// the count is the population count of "not space, after a space" over each word's bytes.
    static func wordCount(_ text: [UInt8]) -> Int {
        text.withUnsafeBytes { bytes in
            var count = 0
            // Whether the byte before the current word was a space (the text starts after one).
            var previousSpace: UInt64 = 1
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let spaces = spaceBytes(word)
                // Each byte's "previous is a space" bit: the byte before it, or the last byte of
                // the previous word for the first.
                let afterSpace = (spaces << 8) | (previousSpace << 7)
                count += (~spaces & afterSpace & highBits).nonzeroBitCount
                previousSpace = spaces >> 63
                offset += 8
            }
            var space = previousSpace == 1
            while offset < bytes.count {
                let byte = bytes[offset]
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if !isSpace, space { count += 1 }
                space = isSpace
                offset += 1
            }
            return count
        }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte of `word` that is a space, tab, CR or LF; no other bit.
    @inline(__always)
    private static func spaceBytes(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ 0x2020_2020_2020_2020) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            | zeroBytes(word ^ 0x0909_0909_0909_0909) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
    }

    /// The high bit of each zero byte of `word`, exactly (no borrow from one byte into the next).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & lowBits) &+ lowBits) | word) & highBits
    }
}

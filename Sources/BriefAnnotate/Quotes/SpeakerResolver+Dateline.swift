/// Datelines: "BEIJING (AP) — Chinese President Xi Jinping welcomed …". The place and the
/// agency credit before the dash head the story; the sentence, and its subject, start after
/// the dash. Without this the credit ("AP") opens the sentence and speaks its quotes.
extension SpeakerResolver {
    /// Bytes from a sentence start within which a dateline's dash must come.
    static let datelineReach = 60

    /// Where the sentence starting at `start` really begins when it opens with a dateline
    /// (an all-capitals word, then only capitalised words, commas, periods and a parenthesised
    /// credit up to a dash), provided that is at or before `limit`; else nil.
    func afterDateline(_ start: Int, limit: Int) -> Int? {
        var i = start
        while i < limit && TextBytes.isASCIISpace(text[i]) { i += 1 }
        // The place in capitals: "BEIJING", "SAN FRANCISCO", "ST. JOHN'S".
        let first = i
        while i < limit && TextBytes.isUpperASCII(text[i]) { i += 1 }
        guard i - first >= 2, i < limit, !TextBytes.isWordByte(text, i) else { return nil }
        let end = min(limit, start + Self.datelineReach)
        var depth = 0
        while i < end {
            let b = text[i]
            if b == 0x28 { depth += 1; i += 1; continue }
            if b == 0x29 { depth -= 1; i += 1; continue }
            // An em or en dash, or a hyphen with spaces around it, ends the dateline.
            var dashEnd = -1
            if b == 0xE2 && i + 2 < text.count && text[i + 1] == 0x80 && (text[i + 2] == 0x94 || text[i + 2] == 0x93) {
                dashEnd = i + 3
            } else if b == 0x2D && i > start && text[i - 1] == 0x20 && i + 1 < text.count && text[i + 1] == 0x20 {
                dashEnd = i + 1
            }
            if dashEnd >= 0 {
                guard depth == 0 else { return nil }
                var s = dashEnd
                while s < limit && TextBytes.isSpace(text, s) { s += 1 }
                return s <= limit ? s : nil
            }
            // Outside the credit every word is capitalised ("SAN FRANCISCO, Calif.").
            if depth == 0 && TextBytes.isWordByte(text, i) && !TextBytes.isWordByte(text, i - 1) && !TextBytes.isUpperAt(text, i) {
                return nil
            }
            i += 1
        }
        return nil
    }
}

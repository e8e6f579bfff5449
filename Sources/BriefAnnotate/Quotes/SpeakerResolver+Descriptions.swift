/// Unnamed people described by a role: "In Paris, the French finance minister welcomed the
/// report. «…», the minister said" is said by "the French finance minister", whoever else
/// the text named nearby.
extension SpeakerResolver {
    /// Bytes looked back for the description.
    static let descriptionLookBack = 2 * QuoteFinder.window

    /// The most recent description of an unnamed person whose head is `role` (lower-case)
    /// before `position`, in the same or the previous paragraph: a determiner, at least one
    /// modifier and the role ("the French finance minister", "the bank's chief economist").
    /// A role that a name follows ("minister Jane Doe", "the minister, Jane Doe,"), an
    /// appositive ("Jane Doe, the finance minister,") and a possessive ("the minister's
    /// office") are no such description. O(look-back).
    func unnamedDescription(of role: String, before position: Int) -> Speaker? {
        let word = Array(role.utf8)
        guard !word.isEmpty else { return nil }
        let floor = max(0, position - Self.descriptionLookBack)
        var i = position - word.count
        while i >= floor {
            defer { i -= 1 }
            guard text[i] == word[0], text[i..<(i + word.count)].elementsEqual(word),
                  i == 0 || !TextBytes.isWordByte(text, i - 1),
                  i + word.count == text.count || !TextBytes.isWordByte(text, i + word.count) else { continue }
            guard index.paragraph(of: i) + 1 >= index.paragraph(of: position) else { return nil }
            let end = i + word.count
            if isPossessive(end) || isNamedAfter(end) { return nil }
            guard let start = determinerStart(before: i), !isAppositive(start, end) else { return nil }
            let name = TextBytes.string(text, start..<end)
            return Speaker(name: name, id: SpeakerSlug.make(name), position: start)
        }
        return nil
    }

    /// Whether a name follows the role at `end`: "minister Jane Doe", "minister, Jane Doe,".
    private func isNamedAfter(_ end: Int) -> Bool {
        var j = end
        if j < text.count && text[j] == 0x2C { j += 1 }
        while j < text.count && text[j] == 0x20 { j += 1 }
        return j < text.count && TextBytes.isUpperAt(text, j)
    }

    /// The start of the determiner that opens the description ending with the word at `head`,
    /// when one to four modifier words come between them ("the French finance minister").
    private func determinerStart(before head: Int) -> Int? {
        var wordStart = head
        for modifiers in 0...4 {
            var e = wordStart
            while e > 0 && text[e - 1] == 0x20 { e -= 1 }
            guard e < wordStart, e > 0, TextBytes.isWordByte(text, e - 1) else { return nil }
            var s = e
            while s > 0 && (TextBytes.isWordByte(text, s - 1) || text[s - 1] == 0x27) { s -= 1 }
            if Self.descriptionDeterminers.contains(text, s..<e) { return modifiers > 0 ? s : nil }
            // The words of a description: modifiers, also capitalised ones ("French"), and possessives.
            wordStart = s
        }
        return nil
    }

    /// Whether the description `start..<end` is set off by a comma before it and a comma or
    /// stop after it: an appositive of the name before it ("Jane Doe, the finance minister,"),
    /// not a clause's subject after an opening phrase ("In Paris, the finance minister said").
    private func isAppositive(_ start: Int, _ end: Int) -> Bool {
        var j = start
        while j > 0 && text[j - 1] == 0x20 { j -= 1 }
        guard j > 0 && text[j - 1] == 0x2C else { return false }
        return end == text.count || text[end] == 0x2C || text[end] == 0x2E
    }

    static let descriptionDeterminers = WordSet(["the", "a", "an"])
}

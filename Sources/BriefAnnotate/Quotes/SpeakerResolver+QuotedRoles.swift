/// People a quote talks about by their role: "“The chancellor has long failed,” he said" is
/// not the chancellor speaking, so "he" is someone else. Only definite roles ("the
/// chancellor"); a speaker may well say "a minister" or "our president".
extension SpeakerResolver {
    /// Quotes longer than this are searched in their first bytes only (keeps the work bounded).
    static let quotedRoleReach = 600

    /// Last words (lower-cased) of the people who carry a role that `content` names with
    /// "the": their titles ("Chancellor Olaf Scholz"), appositives or recognised roles.
    func peopleTalkedAbout(in content: Range<Int>) -> [String] {
        var holders: [String] = []
        let end = min(content.upperBound, content.lowerBound + Self.quotedRoleReach)
        var i = content.lowerBound
        var previousWasThe = false
        while i < end {
            guard TextBytes.isASCIILetter(text[i]), !TextBytes.isWordByte(text, i - 1) else { i += 1; continue }
            let e = AttributionTokenizer.wordEnd(text, i, end)
            defer { i = max(e, i + 1) }
            if previousWasThe, TextBytes.isLowerASCII(text[i]), SpeechLexicon.roleWords.contains(text, i..<e),
               !SpeechLexicon.collectiveRoleWords.contains(text, i..<e) {
                let role = TextBytes.lowercased(text, i..<e)
                if let run = index.lastRun(withRole: role, before: content.lowerBound) { holders.append(index.lastWord(of: run)) }
                for entity in entitiesWithRoles where entity.role?.lowercased().contains(role) ?? false {
                    holders.append(Self.lastWord(of: entity.name))
                }
            }
            previousWasThe = e - i == 3 && TextBytes.equalsIgnoringCase(text, i..<e, "the")
        }
        return holders
    }
}

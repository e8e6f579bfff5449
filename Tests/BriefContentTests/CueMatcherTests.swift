import BriefTestSupport
import Testing
@testable import BriefContent

@Suite("CueMatcher against a plain search")
struct CueMatcherTests {
    /// Each cue of the vocabulary counted once when found as a whole word (call-to-action and
    /// strong cues; a stem such as "advertis" at a word start).
    static func reference(_ lower: [UInt8]) -> [Int] {
        var counts = [0, 0, 0, 0]
        let lists = [BoilerplateVocabulary.callToAction, BoilerplateVocabulary.strong, BoilerplateVocabulary.caption, BoilerplateVocabulary.authorBox]
        for (kind, list) in lists.enumerated() {
            for cue in list where cue.count >= 2 {
                let found = kind == 1 ? containsWholeStrong(lower, cue)
                    : kind == 0 && !BoilerplateVocabulary.callToActionStems.contains(cue) ? containsWholeWord(lower, cue)
                    : ByteText.containsWord(lower, cue)
                if found { counts[kind] += 1 }
            }
        }
        return counts
    }

    /// A plain search for a call-to-action cue: at a word start, not followed by a lower-case
    /// letter but for a plural "s" ending the word.
    static func containsWholeWord(_ lower: [UInt8], _ cue: [UInt8]) -> Bool {
        guard lower.count >= cue.count else { return false }
        let isLetter = { (b: UInt8) in (0x61...0x7A).contains(b) }
        let isAlnum = { (b: UInt8) in isLetter(b) || (0x30...0x39).contains(b) }
        for start in 0...(lower.count - cue.count) where lower[start..<(start + cue.count)].elementsEqual(cue) {
            if start > 0, isAlnum(lower[start - 1]) { continue }
            let end = start + cue.count
            if end < lower.count, isLetter(lower[end]),
               !(lower[end] == 0x73 && (end + 1 == lower.count || !isAlnum(lower[end + 1]))) { continue }
            return true
        }
        return false
    }

    /// A plain search for a strong cue: at any position, not followed by a lower-case letter (but
    /// for a plural "s" ending the word), and a cue of several words not preceded by a letter.
    static func containsWholeStrong(_ lower: [UInt8], _ cue: [UInt8]) -> Bool {
        guard lower.count >= cue.count else { return false }
        let isLetter = { (b: UInt8) in (0x61...0x7A).contains(b) }
        let isAlnum = { (b: UInt8) in isLetter(b) || (0x30...0x39).contains(b) }
        for start in 0...(lower.count - cue.count) where lower[start..<(start + cue.count)].elementsEqual(cue) {
            let end = start + cue.count
            if end < lower.count, isLetter(lower[end]),
               !(lower[end] == 0x73 && (end + 1 == lower.count || !isAlnum(lower[end + 1]))) { continue }
            if cue.contains(0x20), start > 0, isAlnum(lower[start - 1]), isLetter(lower[start]) { continue }
            return true
        }
        return false
    }

    @Test func countsWhatAPlainSearchFinds() {
        var random = SplitMix(seed: 0xC0E5)
        let vocabulary = BoilerplateVocabulary.callToAction + BoilerplateVocabulary.strong + BoilerplateVocabulary.caption
            + BoilerplateVocabulary.authorBox + ["a", " ", "x", "é", "co", "re", "sh", "(", "/", "1"].map { Array($0.utf8) }
        var hits = 0
        for _ in 0..<3000 {
            var line: [UInt8] = []
            for _ in 0..<random.below(8) {
                var piece = vocabulary[random.below(vocabulary.count)]
                // Cut some cues short, so near misses and line ends are tried too.
                if random.below(4) == 0, piece.count > 1 { piece = Array(piece.prefix(random.below(piece.count))) }
                line += piece
                if random.below(2) == 0 { line.append(0x20) }
            }
            let found = CueMatcher.shared.count(in: line)
            let expected = Self.reference(line)
            #expect([found.callToAction, found.strong, found.caption, found.authorBox] == expected, "\(String(decoding: line, as: UTF8.self))")
            if expected != [0, 0, 0, 0] { hits += 1 }
        }
        #expect(hits > 1000)
    }
}

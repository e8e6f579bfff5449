import BriefTestSupport
import Testing
@testable import BriefContent

@Suite("CueMatcher against a plain search")
struct CueMatcherTests {
    /// Each cue of the vocabulary counted once when found (at a word start, except strong cues).
    static func reference(_ lower: [UInt8]) -> [Int] {
        var counts = [0, 0, 0, 0]
        let lists = [BoilerplateVocabulary.callToAction, BoilerplateVocabulary.strong, BoilerplateVocabulary.caption, BoilerplateVocabulary.authorBox]
        for (kind, list) in lists.enumerated() {
            for cue in list where cue.count >= 2 {
                let found = kind == 1 ? ByteText.contains(lower, cue) : ByteText.containsWord(lower, cue)
                if found { counts[kind] += 1 }
            }
        }
        return counts
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

import Foundation
import Testing
@testable import BriefContent

/// `NormalForm.mayBeDecomposed` skips eight ASCII bytes at a time: a combining mark must be
/// found wherever it stands against those words, and text with none must pass as it is.
@Suite("Normal form")
struct NormalFormTests {
    /// Marks of each block the check knows, as decomposed text carries them.
    static let marks = ["\u{0301}", "\u{0308}", "\u{1AB0}", "\u{1DC0}", "\u{20D7}", "\u{1161}", "\u{3099}", "\u{309A}"]

    @Test(arguments: 0..<18)
    func aMarkIsFoundAtEveryOffset(prefix: Int) {
        for mark in Self.marks {
            let text = String(repeating: "a", count: prefix) + mark + String(repeating: "b", count: 9)
            #expect(NormalForm.mayBeDecomposed(text.utf8), "mark \(mark.unicodeScalars.first!.value) after \(prefix) bytes")
            #expect(NormalForm.composed(text) == text.precomposedStringWithCanonicalMapping)
        }
    }

    @Test(arguments: 0..<18)
    func composedTextIsLeftAsItIs(prefix: Int) {
        // Non-ASCII, but nothing from the blocks decomposed text is made of: curly quotes (E2 80),
        // é, kana without voicing marks (E3 81), the euro sign (E2 82), Hangul syllables.
        for other in ["é", "“x”", "ひら", "€", "한국", "日本"] {
            let text = String(repeating: "a", count: prefix) + other + String(repeating: "b", count: prefix % 5)
            #expect(!NormalForm.mayBeDecomposed(text.utf8), "\(other) after \(prefix) bytes")
            #expect(NormalForm.composed(text) == text)
        }
        #expect(!NormalForm.mayBeDecomposed(String(repeating: "plain ascii ", count: prefix).utf8))
    }

    @Test func aTextWhoseBytesAreNotContiguousIsCheckedToo() {
        // A Substring's base is contiguous, but a String made lazily from a sequence is checked
        // through the fallback the same way.
        let decomposed = String(decoding: Array("Mu\u{0308}ller".utf8), as: UTF8.self)
        #expect(NormalForm.mayBeDecomposed(decomposed.utf8))
        #expect(NormalForm.composed(decomposed) == "Müller")
    }
}

import Testing
@testable import BriefAnnotate

@Suite struct CodePointIndexTests {
    @Test func countsCodePointsNotBytes() {
        let text = "a’b “c” – d"
        let index = CodePointIndex(Array(text.utf8))
        let bytes = Array(text.utf8)
        // "’" is 3 bytes: the byte after it is code point 2.
        #expect(index.codePointOffset(ofByte: 4) == 2)
        #expect(index.codePointOffset(ofByte: bytes.count) == text.unicodeScalars.count)
    }
}

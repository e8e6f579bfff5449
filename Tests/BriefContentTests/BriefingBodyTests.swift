import BriefContent
import Testing

@Suite("Briefing bodies held as text or as stored bytes")
struct BriefingBodyTests {
    static let text = "Kyiv’s mayor said “we will rebuild” – and left.\n"

    @Test func storedBytesReadAsTheTextTheyWereMadeFrom() {
        let stored = BriefingBody(utf8: Array(Self.text.utf8)[...])
        #expect(stored.string == Self.text)
        #expect(stored.withUTF8 { Array($0) } == Array(Self.text.utf8))
    }

    @Test func bothFormsAreEqualAndHashAlikeWhenTheirBytesAre() {
        let held = BriefingBody(Self.text)
        // A slice in the middle of a larger buffer, as the store hands them out.
        let buffer = Array("xx".utf8) + Array(Self.text.utf8) + Array("yy".utf8)
        let stored = BriefingBody(utf8: buffer[2..<(buffer.count - 2)])
        #expect(held == stored)
        #expect(held.hashValue == stored.hashValue)
        #expect(BriefingBody(Self.text + " ") != stored)
        // Canonically equivalent strings with other bytes are different bodies.
        #expect(BriefingBody("e\u{301}") != BriefingBody("\u{E9}"))
    }

    @Test func settingTheMarkdownReplacesAStoredBody() {
        var briefing = Briefing(
            path: "content/a.md", format: .markdown, slug: "a", title: "A", body: BriefingBody(utf8: Array("old".utf8)[...]))
        #expect(briefing.markdown == "old")
        briefing.markdown = "new"
        #expect(briefing.body == BriefingBody("new"))
    }
}

import Testing
import BriefContent
@testable import BriefSite

@Suite("Paths and links joined in one allocation")
struct StringJoinTests {
    /// Joined in one buffer, the parts are what `+` gives: empty parts, small (inline) and heap
    /// strings, and non-ASCII text.
    @Test(arguments: [
        ("", ""), ("../../", "briefings/a/index.html"), ("", "index.html"), ("../", ""),
        ("../../briefings/a-rather-long-slug-of-a-briefing/index.html", "q-12"), ("../", "entities/zürich-–-“x”/index.html"),
    ])
    func joinedIsConcatenated(first: String, last: String) {
        #expect(StringJoin.join(first, last) == first + last)
        #expect(StringJoin.join(first, UInt8(ascii: "#"), last) == first + "#" + last)
        #expect(StringJoin.join(first, nil, last) == first + last)
        for middle in ["", "/", "briefings/", "zürich"] {
            #expect(StringJoin.join(first, middle, last) == first + middle + last)
            #expect(Array(StringJoin.join(first, middle, last).utf8) == Array((first + middle + last).utf8))
        }
    }
}

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
        // A slice of a longer string, from its start or from inside it, is read in place.
        let longer = "x/" + last + "/tail"
        let start = longer.utf8.index(longer.startIndex, offsetBy: 2)
        let inner = longer[start..<longer.utf8.index(start, offsetBy: last.utf8.count)]
        let leading = longer[..<longer.utf8.index(start, offsetBy: last.utf8.count)]
        #expect(Array(StringJoin.join(first, UInt8(ascii: "/"), inner).utf8) == Array((first + "/" + last).utf8))
        #expect(Array(StringJoin.join(first, nil, leading).utf8) == Array((first + "x/" + last).utf8))
    }
}

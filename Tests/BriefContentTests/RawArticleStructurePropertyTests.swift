import BriefTestSupport
import Testing
@testable import BriefContent

/// Random pastes built from the pieces the structure rules read (lists, bullets, labels,
/// inline links, repeats, date lines): the cleaner never invents text or
/// keeps a line more often than the input has it.
@Suite("RawArticle: structure rules on random pastes")
struct RawArticleStructurePropertyTests {
    static let pieces = [
        "The council approved the plan on Tuesday after a long debate about the cost of the new homes.",
        "Residents said they had waited years for the repairs and would watch the work closely.",
        "The final count was:", "Key points:", "Labour 30", "Plaid Cymru 18", "• A new levy on empty homes",
        "- Faster planning approvals", "1. Man arrested after stabbing", "2. House prices fall", "Most Read",
        "Related: Scholz fires Lindner", "Tags: housing, politics", "Advertisement", "Leave a comment", "Share",
        "By Jane Smith", "Published 14 March 2026", "Updated: March 14, 2026 10:42 AM", "“We will not wait,” she said.",
        "", "", "",
    ]

    @Test func keptParagraphsComeFromTheInputOnceEach() {
        var random = SplitMix(seed: 0x5EED_12)
        for _ in 0..<400 {
            let count = Int(random.next() % 30)
            let lines = ["Headline of the day"] + (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            let text = lines.joined(separator: random.next() % 2 == 0 ? "\n" : "\n\n")
            let article = RawArticle(parsing: text)
            let inputLines = Set(text.split(separator: "\n").map(String.init))
            #expect(article.paragraphs.allSatisfy { inputLines.contains($0) }, "\(text)")
            #expect(article.paragraphs.count == article.paragraphLines.count)
            // No paragraph is kept more often than the input holds it.
            for paragraph in Set(article.paragraphs) {
                #expect(article.paragraphs.filter { $0 == paragraph }.count <= lines.filter { $0 == paragraph }.count)
            }
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(article.leftOutProseLines.allSatisfy { (1...lineCount).contains($0) })
        }
    }
}

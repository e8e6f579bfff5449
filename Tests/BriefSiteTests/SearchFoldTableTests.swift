import Testing
@testable import BriefSite

/// The generated fold table (scripts/make-fold-table.swift) against the rule it was made from.
@Suite struct SearchFoldTableTests {
    @Test func everyScalarFoldsAsTheRuleSays() throws {
        let table = SearchFoldTable()
        // A short table would trap below: stop here instead.
        try #require(table.count == Int(SearchFold.tableEnd))
        var mismatches: [String] = []
        for value in UInt32(0)..<SearchFold.tableEnd {
            // Below U+0080 the rule is the ASCII one `forEachWord` applies before the table.
            let expected: [UInt8] =
                value < 0x80
                ? [SearchFold.isWordScalar(value) ? UInt8(value) | (value >= 0x41 && value <= 0x5A ? 0x20 : 0) : 0x20]
                : SearchFold.fold(value)
            if Array(table.bytes(of: value)) != expected {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect(mismatches.isEmpty, "out of date, run `swift scripts/make-fold-table.swift > Sources/BriefSite/Search/SearchFoldTable.swift`: \(mismatches.prefix(20))")
    }

    @Test func foldsThroughTheTableAsBefore() {
        // Letters with marks, a ligature, capitals of other scripts, a dotless i, a superscript
        // digit, curly quotes and dashes (word breaks), and a combining mark inside a word.
        #expect(SearchFold.words("Ærø ÉCOLE Ǆemal ΣΟΦΙΑ Іван ı² “Kyiv’s” – e\u{301}te") == ["ærø", "ecole", "ǆemal", "σοφια", "іван", "ı²", "kyiv", "s", "ete"])
    }
}

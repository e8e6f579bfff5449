import BriefContent
import Testing
@testable import BriefSite

@Suite("Dates as people read them")
struct DateTextTests {
    /// Written into one buffer, the long date is the interpolation it replaced for days of one
    /// and two digits, every month, and years of one to four digits.
    @Test(arguments: [(2025, 8, 21, "21 August 2025"), (2026, 9, 1, "1 September 2026"), (999, 1, 31, "31 January 999"),
                      (7, 12, 5, "5 December 7"), (2024, 2, 29, "29 February 2024")])
    func longDateNamesTheMonth(year: Int, month: Int, day: Int, expected: String) throws {
        var date = try #require(PublicationDate(parsing: "2025-01-01"))
        (date.year, date.month, date.day) = (year, month, day)
        #expect(DateText.long(date) == expected)
    }

    @Test func everyMonthIsSpelledInFull() throws {
        var date = try #require(PublicationDate(parsing: "2025-01-01"))
        for month in 1...12 {
            date.month = month
            #expect(DateText.long(date) == "1 \(DateText.months[month - 1]) 2025")
        }
    }
}

import Foundation
import BriefTestSupport
import Testing
@testable import BriefContent

@Suite("Publication dates")
struct PublicationDateTests {
    @Test(arguments: [
        "2025-08-21", "2025-08-21 14:30", "2025-08-21T14:30:05Z", "2025-08-21T14:30+02:00",
        // JavaScript's toISOString(), RFC 3339 fractions, and a zone after a space.
        "2025-08-21T14:30:00.123Z", "2025-08-21T14:30:00,5+02:00", "2025-08-21 14:30:00 +0200", "2025-08-21 14:30 Z",
    ])
    func acceptsDaysWithOptionalTimes(text: String) throws {
        let date = try #require(PublicationDate(parsing: text))
        #expect(date.isoDay == "2025-08-21")
    }

    @Test(arguments: [
        "not a date", "2025-8-21", "2025-13-01", "2025-02-29", "2025-08-21T25:00", "2025-08-21x", "",
        "2025-08-21T14:30:00.Z", "2025-08-21T14:30:00 ", "2025-08-21 14:30:00  +0200", "2025-08-21T14:30:00.5x",
    ])
    func rejectsEverythingElse(text: String) {
        #expect(PublicationDate(parsing: text) == nil)
    }

    @Test func fractionsAndSpacedZonesGiveTheInstant() throws {
        let plain = try #require(PublicationDate(parsing: "2026-03-01T12:30:00Z"))
        let fraction = try #require(PublicationDate(parsing: "2026-03-01T12:30:00.250Z"))
        #expect(fraction.instant.timeIntervalSince(plain.instant) == 0.25)
        let spaced = try #require(PublicationDate(parsing: "2026-03-01 14:30:00 +0200"))
        #expect(spaced.instant == plain.instant)
        #expect(spaced.isoDay == "2026-03-01")
    }

    @Test func timeZonesShiftTheInstant() throws {
        let utc = try #require(PublicationDate(parsing: "2025-08-21T12:00Z"))
        let paris = try #require(PublicationDate(parsing: "2025-08-21T12:00+02:00"))
        #expect(paris < utc)
        #expect(utc.instant.timeIntervalSince(paris.instant) == 7200)
    }

    /// The day arithmetic (years from 1600) gives exactly what Foundation's calendar gives,
    /// impossible days included.
    @Test func dayArithmeticMatchesTheCalendar() {
        var random = SplitMix(seed: 0xDA7E)
        var checked = 0
        for round in 0..<3000 {
            let year = round < 100 ? [1600, 1700, 1900, 2000, 2024, 2100, 9999][round % 7] : 1600 + random.below(8400)
            let month = 1 + random.below(12)
            let day = 1 + random.below(31)
            var text = String(format: "%04d-%02d-%02d", year, month, day)
            switch random.below(4) {
            case 0: text += String(format: "T%02d:%02d:%02dZ", random.below(24), random.below(60), random.below(60))
            case 1: text += String(format: " %02d:%02d+%02d:%02d", random.below(24), random.below(60), random.below(15), random.below(60))
            case 2: text += String(format: "T%02d:%02d-0530", random.below(24), random.below(60))
            default: break
            }
            var bytes = text
            let (arithmetic, calendar) = bytes.withUTF8 { (PublicationDate.parse($0), PublicationDate.parse($0, byCalendar: true)) }
            #expect(arithmetic == calendar, "\(text)")
            if calendar != nil { checked += 1 }
        }
        #expect(checked > 2000)
    }

    /// The day written into ten bytes is the padded interpolation it replaced, for every field
    /// width (years of one to four digits, one- and two-digit months and days), and years of
    /// five digits are still written whole.
    @Test(arguments: [(2025, 8, 21, "2025-08-21"), (999, 1, 5, "0999-01-05"), (7, 12, 31, "0007-12-31"), (0, 10, 1, "0000-10-01"),
                      (9999, 11, 9, "9999-11-09"), (12025, 3, 4, "12025-03-04")])
    func isoDayPadsEachField(year: Int, month: Int, day: Int, expected: String) throws {
        // The fields are set after parsing: no text of the parser's spells a five-digit year.
        var date = try #require(PublicationDate(parsing: "2025-01-01"))
        (date.year, date.month, date.day) = (year, month, day)
        #expect(date.isoDay == expected)
    }
}

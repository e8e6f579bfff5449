import Foundation
import Testing
@testable import BriefContent

@Suite("Publication dates")
struct PublicationDateTests {
    @Test(arguments: ["2025-08-21", "2025-08-21 14:30", "2025-08-21T14:30:05Z", "2025-08-21T14:30+02:00"])
    func acceptsDaysWithOptionalTimes(text: String) throws {
        let date = try #require(PublicationDate(parsing: text))
        #expect(date.isoDay == "2025-08-21")
    }

    @Test(arguments: ["not a date", "2025-8-21", "2025-13-01", "2025-02-29", "2025-08-21T25:00", "2025-08-21x", ""])
    func rejectsEverythingElse(text: String) {
        #expect(PublicationDate(parsing: text) == nil)
    }

    @Test func timeZonesShiftTheInstant() throws {
        let utc = try #require(PublicationDate(parsing: "2025-08-21T12:00Z"))
        let paris = try #require(PublicationDate(parsing: "2025-08-21T12:00+02:00"))
        #expect(paris < utc)
        #expect(utc.instant.timeIntervalSince(paris.instant) == 7200)
    }
}

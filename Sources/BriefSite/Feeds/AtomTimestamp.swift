import BriefContent
import Foundation

/// RFC 3339 timestamps in UTC for Atom (`2025-08-21T14:30:00Z`), from a briefing's date.
enum AtomTimestamp {
    /// The moment `date` stands for (midnight UTC for a date without a time), as `YYYY-MM-DDTHH:MM:SSZ`.
    static func string(_ date: PublicationDate) -> String {
        string(date.instant)
    }

    /// `instant` in UTC; fixed calendar and zone, so output never depends on the machine.
    static func string(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func pad(_ value: Int?, _ width: Int = 2) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    /// The feed's `updated` when no briefing has a date: a fixed moment, so builds stay reproducible.
    static let epoch = "1970-01-01T00:00:00Z"
}

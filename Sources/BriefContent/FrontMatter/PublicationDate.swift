import Foundation

/// A briefing's date as written: the calendar day, plus the moment it stands for (for sorting).
public struct PublicationDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The instant; a date without a time is midnight UTC of its day.
    public var instant: Date

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM[:SS]`, and `Z` or `±HH:MM`.
    /// Returns nil for anything else, including impossible days (2025-02-30).
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(4), reader.take("-"), let month = reader.number(2), reader.take("-"),
            let day = reader.number(2)
        else { return nil }
        var hour = 0, minute = 0, second = 0, offsetMinutes = 0
        if !reader.atEnd {
            guard reader.take("T") || reader.take(" "), let h = reader.number(2), reader.take(":"),
                let m = reader.number(2)
            else { return nil }
            hour = h
            minute = m
            if reader.take(":") {
                guard let s = reader.number(2) else { return nil }
                second = s
            }
            if reader.take("Z") {
            } else if let sign = reader.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                reader.advance()
                guard let oh = reader.number(2) else { return nil }
                _ = reader.take(":")
                guard let om = reader.number(2) else { return nil }
                offsetMinutes = (oh * 60 + om) * (sign == UInt8(ascii: "-") ? -1 : 1)
            }
            guard reader.atEnd, hour < 24, minute < 60, second < 60 else { return nil }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard (1...12).contains(month), (1...31).contains(day), let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.instant = date.addingTimeInterval(TimeInterval(-offsetMinutes * 60))
    }

    /// `2025-08-21`.
    public var isoDay: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool { lhs.instant < rhs.instant }
}

/// Reads fixed-width ASCII numbers and single characters off a byte array.
private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[index] }
    mutating func advance() { index += 1 }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func number(_ width: Int) -> Int? {
        guard index + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + width] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += width
        return value
    }
}

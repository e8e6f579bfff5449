import Foundation

/// A briefing's date as written: the calendar day, plus the moment it stands for (for sorting).
public struct PublicationDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The instant; a date without a time is midnight UTC of its day.
    public var instant: Date

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM[:SS[.fraction]]`, and `Z`
    /// or `±HH:MM` / `±HHMM` (after an optional space: `2026-03-01 14:30:00 +0200`), as ISO 8601,
    /// RFC 3339 and JavaScript's `toISOString()` write them. Returns nil for anything else,
    /// including impossible days (2025-02-30).
    public init?(parsing text: String) {
        var text = text
        guard let date = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = date
    }

    /// The date `bytes` spell, or nil. `byCalendar` takes Foundation's Gregorian calendar for
    /// every year (what tests compare the day arithmetic against).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, byCalendar: Bool = false) -> PublicationDate? {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(4), reader.take("-"), let month = reader.number(2), reader.take("-"),
            let day = reader.number(2)
        else { return nil }
        var hour = 0, minute = 0, second = 0, offsetMinutes = 0
        var fraction = 0.0
        if !reader.atEnd {
            guard reader.take("T") || reader.take(" "), let h = reader.number(2), reader.take(":"),
                let m = reader.number(2)
            else { return nil }
            hour = h
            minute = m
            if reader.take(":") {
                guard let s = reader.number(2) else { return nil }
                second = s
                // Fractional seconds: ".123" (toISOString) or ",5" (ISO 8601 allows a comma).
                if reader.take(".") || reader.take(",") {
                    var scale = 0.1
                    let start = reader.index
                    while let digit = reader.peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) {
                        fraction += Double(digit - UInt8(ascii: "0")) * scale
                        scale /= 10
                        reader.advance()
                    }
                    guard reader.index > start else { return nil }
                }
            }
            // A space may stand between the time and its zone: "14:30:00 +0200", "14:30 Z".
            if reader.peek == 0x20, reader.index + 1 < reader.bytes.count,
               [UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains(reader.bytes[reader.index + 1]) {
                reader.advance()
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
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let date: Date
        if year >= 1600, !byCalendar {
            // Foundation's Gregorian calendar is proleptic from its 1582 cutover on, so from 1600
            // the day count is plain arithmetic (and exact: whole seconds in a Double).
            guard day <= daysIn(month: month, year: year) else { return nil }
            let seconds = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
            date = Date(timeIntervalSince1970: TimeInterval(seconds))
        } else {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
            guard let found = calendar.date(from: components), calendar.component(.day, from: found) == day else { return nil }
            date = found
        }
        return PublicationDate(
            year: year, month: month, day: day, instant: date.addingTimeInterval(TimeInterval(-offsetMinutes * 60) + fraction))
    }

    private init(year: Int, month: Int, day: Int, instant: Date) {
        self.year = year
        self.month = month
        self.day = day
        self.instant = instant
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `2025-08-21`.
    ///
    /// Written digit by digit into ten bytes, which make a small String (held inline, no heap
    /// allocation): every card and quote of every listing asks for it, and the padded
    /// interpolation it replaced cost some 2,600 instructions and several allocations a call.
    public var isoDay: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return paddedISODay }
        var bytes: (UInt64, UInt16) = (0, 0)
        return withUnsafeMutableBytes(of: &bytes) { buffer in
            Self.writeDigits(year, count: 4, into: buffer, at: 0)
            buffer[4] = UInt8(ascii: "-")
            Self.writeDigits(month, count: 2, into: buffer, at: 5)
            buffer[7] = UInt8(ascii: "-")
            Self.writeDigits(day, count: 2, into: buffer, at: 8)
            return String(decoding: buffer, as: UTF8.self)
        }
    }

    /// `value`'s last `count` decimal digits, zero-padded, at `offset` (`value` is not negative).
    private static func writeDigits(_ value: Int, count: Int, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) {
        var value = value
        for position in stride(from: offset + count - 1, through: offset, by: -1) {
            buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
    }

    /// `isoDay` for a year of five or more digits, or fields out of range: padded to width,
    /// never cut.
    private var paddedISODay: String {
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
    let bytes: UnsafeBufferPointer<UInt8>
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

import BriefContent

/// Dates as people read them; fixed English month names so output never depends on the machine's locale.
enum DateText {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `21 August 2025`.
    ///
    /// Made in one buffer: each card and quote of every listing shows it, and the interpolation
    /// it replaced made and appended three Strings a call.
    static func long(_ date: PublicationDate) -> String {
        guard (1...12).contains(date.month), (0...99).contains(date.day), (0...9999).contains(date.year) else {
            return "\(date.day) \(months[date.month - 1]) \(date.year)"
        }
        let month = monthBytes[date.month - 1]
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var count = 0
            func digits(_ value: Int) {
                if value >= 1000 { buffer[count] = UInt8(ascii: "0") + UInt8(value / 1000); count += 1 }
                if value >= 100 { buffer[count] = UInt8(ascii: "0") + UInt8(value / 100 % 10); count += 1 }
                if value >= 10 { buffer[count] = UInt8(ascii: "0") + UInt8(value / 10 % 10); count += 1 }
                buffer[count] = UInt8(ascii: "0") + UInt8(value % 10)
                count += 1
            }
            digits(date.day)
            buffer[count] = UInt8(ascii: " ")
            count += 1
            for byte in month {
                buffer[count] = byte
                count += 1
            }
            buffer[count] = UInt8(ascii: " ")
            count += 1
            digits(date.year)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    private static let monthBytes: [[UInt8]] = months.map { Array($0.utf8) }
}

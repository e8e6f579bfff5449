import BriefContent

extension DateText {
    /// `August 2025`, for archive groups.
    static func month(_ date: PublicationDate) -> String {
        "\(months[date.month - 1]) \(date.year)"
    }
}

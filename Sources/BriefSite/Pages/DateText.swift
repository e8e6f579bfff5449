import BriefContent

/// Dates as people read them; fixed English month names so output never depends on the machine's locale.
enum DateText {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `21 August 2025`.
    static func long(_ date: PublicationDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}

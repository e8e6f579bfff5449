/// The publication day of a pasted article, read from a date line near its top: "Published
/// 14 March 2026", "Updated: March 14, 2026 10:42 AM", "14 Mar 2026", "2026-03-14".
///
/// Only the day is taken: a page's clock time comes without a reliable zone ("10:42 AM EST",
/// or none), and a wrong instant would sort the briefing wrongly among dated ones.
enum ArticleDate {
    /// The day of the first date line among `candidates`, preferring a "Published" line to an
    /// "Updated" one; nil when none holds a whole date.
    static func find(in candidates: [[UInt8]]) -> PublicationDate? {
        var first: PublicationDate?
        for bytes in candidates {
            let lower = ByteText.lowercased(bytes)
            guard lower.count <= 120, let date = day(in: lower) else { continue }
            if ByteText.hasWordPrefix(lower, Array("published".utf8)) || ByteText.hasWordPrefix(lower, Array("first published".utf8)) {
                return date
            }
            if first == nil { first = date }
        }
        return first
    }

    private static let months: [(name: [UInt8], month: Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The first whole date in a lowercased line: day month year, month day year, or ISO.
    static func day(in lower: [UInt8]) -> PublicationDate? {
        let words = self.words(lower)
        for (index, word) in words.enumerated() {
            if word.count == 10, let date = iso(word) { return date }
            guard let month = months.first(where: { $0.name == word })?.month else { continue }
            // "14 March 2026" or "March 14, 2026".
            let before = index > 0 ? number(words[index - 1]) : nil
            let after = index + 1 < words.count ? number(words[index + 1]) : nil
            if let day = before, (1...31).contains(day), let year = yearAt(index + 1, in: words) {
                return make(year, month, day)
            }
            if let day = after, (1...31).contains(day), let year = yearAt(index + 2, in: words) {
                return make(year, month, day)
            }
        }
        return nil
    }

    /// Runs of letters and digits; "14th" is 14 (an ordinal day), "2026-03-14" stays whole.
    private static func words(_ lower: [UInt8]) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in lower {
            // A hyphen stays inside an ISO date: after "2026" and after "2026-03".
            let isoHyphen = byte == UInt8(ascii: "-") && (current.count == 4 || current.count == 7)
                && current.allSatisfy { ByteText.isDigit($0) || $0 == UInt8(ascii: "-") }
            if ByteText.isASCIIAlphanumeric(byte) || isoHyphen {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { word in
            // Ordinal suffixes: 1st, 2nd, 3rd, 14th.
            for suffix in ["st", "nd", "rd", "th"].map({ Array($0.utf8) }) where word.count > 2 && word.suffix(2).elementsEqual(suffix)
                && word.dropLast(2).allSatisfy(ByteText.isDigit) {
                return Array(word.dropLast(2))
            }
            return word
        }
    }

    private static func number(_ word: [UInt8]) -> Int? {
        guard (1...2).contains(word.count), word.allSatisfy(ByteText.isDigit) else { return nil }
        return word.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func yearAt(_ index: Int, in words: [[UInt8]]) -> Int? {
        guard index < words.count, words[index].count == 4, words[index].allSatisfy(ByteText.isDigit) else { return nil }
        let year = words[index].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return (1900...2200).contains(year) ? year : nil
    }

    private static func iso(_ word: [UInt8]) -> PublicationDate? {
        guard word[4] == UInt8(ascii: "-"), word[7] == UInt8(ascii: "-") else { return nil }
        return PublicationDate(parsing: String(decoding: word, as: UTF8.self))
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> PublicationDate? {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return PublicationDate(parsing: "\(year)-\(pad(month))-\(pad(day))")
    }
}

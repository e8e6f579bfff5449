/// Headline, byline, dateline and news-agency source found around an article body.
enum ArticleMetadata {
    /// News agencies and wire services recognised in datelines and attributions.
    static let agencies = [
        "Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "Bloomberg", "dpa", "DPA", "ANSA",
        "EFE", "PTI", "IANS", "ANI", "Xinhua", "TASS", "Interfax", "RIA Novosti", "Kyodo", "Yonhap", "UPI", "CNN",
        "BBC", "AAP", "CP", "NTB", "TT", "Anadolu", "Ukrinform", "RIA",
    ]

    /// Whether the first line of the page can be the headline: a pasted article starts with
    /// it, while a full page dump starts with menu items ("Sections", "Skip to content").
    static func isHeadlineLike(_ feature: LineFeatures, score: Double) -> Bool {
        feature.words >= 4 && feature.strongCues == 0 && !feature.isCaption && score > -2
    }

    /// The headline of a page dump: among the units shortly before the body, the one that
    /// reads most like a headline (a handful of capitalised words, no full stop, no button
    /// words), preferring one the page repeats and one close to the body.
    static func headlineIndex(before bodyStart: Int, units: [TextUnit], features: [LineFeatures], repeats: [Int]) -> Int? {
        let window = max(0, bodyStart - 40)..<bodyStart
        var best: (index: Int, score: Double)?
        for index in window {
            let feature = features[index]
            let bytes = units[index].bytes
            guard (4...30).contains(feature.words), feature.strongCues == 0, !feature.isCaption, !feature.truncated,
                  feature.gluedJoins == 0, byline(in: bytes) == nil, !startsWithDate(feature.lowercased),
                  !ByteText.hasWordPrefix(feature.lowercased, Array("http".utf8)), bytes.last != UInt8(ascii: ":")
            else { continue }
            var score = 0.0
            if repeats[index] > 1 { score += 3 }
            if (5...20).contains(feature.words) { score += 2 }
            if bytes.last == UInt8(ascii: ".") { score -= 2.5 }
            if Double(feature.capitalizedWords) / Double(feature.words) >= 0.5 { score += 1 }
            score -= 1.5 * Double(feature.callToActionCues)
            score -= 0.2 * Double(bodyStart - index)
            if looksLikeTimestamp(feature.lowercased) { score -= 4 }
            if roleWords.contains(where: { ByteText.containsWord(feature.lowercased, $0) }) { score -= 3 }
            if score > (best?.score ?? -2) { best = (index, score) }
        }
        return best?.index
    }

    // Author boxes and player notices next to the headline.
    private static let roleWords: [[UInt8]] = [
        "staff", "writer", "editor", "author", "reporter", "correspondent", "contributor", "columnist",
        "your device", "went wrong", "trust",
    ].map { Array($0.utf8) }

    private static let bylinePrefixes: [[UInt8]] = ["by ", "par ", "von ", "por ", "door "].map { Array($0.utf8) }

    /// Whether a short line is article metadata: a byline ("By Jane Doe", a lone "By"), or a
    /// date line ("Nov 13, 2019, 10:28am EST", "Updated 6:42 AM", "20/11/2019 11:42").
    /// A sentence or an embed signature that mentions a date is not one.
    static func isMetadataLine(_ bytes: [UInt8], _ feature: LineFeatures) -> Bool {
        guard feature.words <= 20 else { return false }
        let lower = feature.lowercased
        if lower == Array("by".utf8) || byline(in: bytes) != nil { return true }
        if feature.endsSentence && lower.last == UInt8(ascii: ".") && feature.words > 6 { return false }
        // "— Jane Doe (@janedoe) November 1, 2019" signs an embedded post inside the article.
        if lower.first == UInt8(ascii: "-") || lower.starts(with: [0xE2, 0x80, 0x94]) || ByteText.contains(lower, Array("(@".utf8)) {
            return false
        }
        return looksLikeTimestamp(lower) || (startsWithDate(lower) && lower.contains(where: ByteText.isDigit))
    }

    /// "By Jane Doe" (optionally "and John Roe", a comma and a role; also "Par", "Von", "Por",
    /// "Door"): the names, else nil.
    static func byline(in bytes: [UInt8]) -> String? {
        guard bytes.count <= 160, bytes.count > 3 else { return nil }
        let lower = ByteText.lowercased(bytes.prefix(5))
        guard let prefix = bylinePrefixes.first(where: { lower.starts(with: $0) }) else { return nil }
        // "By HNN Staff | November 18, 2019 at 2:26 PM": the names end at a bar or a bullet.
        var end = bytes.count
        if let bar = bytes.firstIndex(where: { $0 == UInt8(ascii: "|") }) { end = bar }
        if let bullet = ByteText.firstIndex(of: [0xE2, 0x80, 0xA2], in: bytes, wordStart: false), bullet < end { end = bullet }
        guard end > prefix.count else { return nil }
        let rest = ByteText.trimmed(bytes[prefix.count..<end])
        guard let first = rest.first, ByteText.isUpper(first) || first >= 0xC0 else { return nil }
        let feature = LineFeatures(Array(rest))
        guard (1...10).contains(feature.words), !feature.endsSentence || rest.last == UInt8(ascii: ".") && feature.words <= 4 else {
            return nil
        }
        return String(decoding: rest, as: UTF8.self)
    }

    /// A dateline opening the first paragraph: "MOSCOW, Aug 20 (Reuters) -", "ST. JOSEPH, Mich. (AP) —",
    /// "NEW DELHI:", "(Reuters) —". Returns the prefix (with its separator) and the agency if named.
    static func dateline(in bytes: [UInt8]) -> (dateline: String, agency: String?)? {
        let limit = min(bytes.count, 90)
        var index = 0
        while index < limit {
            let separatorLength = separatorLength(bytes, at: index)
            if separatorLength > 0 {
                let prefix = Array(ByteText.trimmed(bytes[..<index]))
                guard !prefix.isEmpty, isDatelinePrefix(prefix, colon: bytes[index] == UInt8(ascii: ":")) else { return nil }
                let end = min(bytes.count, index + separatorLength)
                let dateline = String(decoding: ByteText.trimmed(bytes[..<end]), as: UTF8.self)
                return (dateline, agencyInParentheses(prefix))
            }
            index += 1
        }
        return nil
    }

    // " - ", " – ", " — " or ": " after the place name.
    private static func separatorLength(_ bytes: [UInt8], at index: Int) -> Int {
        if bytes[index] == UInt8(ascii: ":"), index + 1 < bytes.count, bytes[index + 1] == 0x20 { return 1 }
        guard bytes[index] == 0x20, index + 2 < bytes.count else { return 0 }
        if bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == 0x20 { return 2 }
        if bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: "-") { return 3 }
        if index + 3 < bytes.count, bytes[index + 1] == 0xE2, bytes[index + 2] == 0x80,
           bytes[index + 3] == 0x93 || bytes[index + 3] == 0x94 {
            return 4
        }
        return 0
    }

    private static let kickers: [[UInt8]] = [
        "DEAR", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITOR", "LIVE",
        "CORRECTION", "READ", "RELATED", "PHOTOS", "VIDEO", "FACT CHECK", "NOTE",
    ].map { Array($0.utf8) }

    // The place is in capitals ("MOSCOW", "ST. JOSEPH, Mich.") or the prefix names an agency.
    private static func isDatelinePrefix(_ prefix: [UInt8], colon: Bool) -> Bool {
        if agencyInParentheses(prefix) != nil { return true }
        var letters = 0, upper = 0
        var firstWordEnd = prefix.firstIndex(where: { $0 == 0x20 || $0 == UInt8(ascii: ",") }) ?? prefix.count
        if firstWordEnd < 2 { firstWordEnd = prefix.count }
        for byte in prefix[..<firstWordEnd] where ByteText.isUpper(byte) || ByteText.isLower(byte) {
            letters += 1
            if ByteText.isUpper(byte) { upper += 1 }
        }
        // A colon form must be short, and kickers and salutations ("UPDATE:", "DEAR ABBY:") are not places.
        let words = LineFeatures(prefix).words
        guard letters >= 2, upper == letters, words <= (colon ? 3 : 8) else { return false }
        return !kickers.contains { prefix.starts(with: $0) }
    }

    private static func agencyInParentheses(_ prefix: [UInt8]) -> String? {
        let text = String(decoding: prefix, as: UTF8.self)
        for agency in agencies where text.contains("(\(agency))") || text.contains("(\(agency)/") { return agency }
        return nil
    }

    /// A credit line of its own after the body: "Reuters", "— AP", "(AFP)", "Source: Reuters".
    /// The line's UTF-8 bytes are made a String only when they are not plain ASCII.
    static func creditLine(utf8 bytes: [UInt8]) -> String? {
        if let found = bytes.withUnsafeBufferPointer(creditLineOverASCII) { return found }
        return creditLineOverCharacters(String(decoding: bytes, as: UTF8.self))
    }

    private static let creditPrefixes = ["Source:", "Sources:", "Quelle:", "Fonte:", "Fuente:", "Source :"]

    /// `creditLine` over the bytes of a line of ASCII without a carriage return, where each byte
    /// is a Character; nil for any other line. The Characters' version made a String and
    /// compared Characters for every line after a body (15,000 instructions a line).
    private static func creditLineOverASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
        var lo = 0, hi = bytes.count
        for prefix in creditPrefixes where prefix.utf8.count <= hi - lo && prefix.utf8.elementsEqual(bytes[lo..<(lo + prefix.utf8.count)]) {
            lo += prefix.utf8.count
        }
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == UInt8(ascii: "-") || bytes[lo] == UInt8(ascii: "(") { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == UInt8(ascii: ".") || bytes[hi - 1] == UInt8(ascii: ")") { hi -= 1 }
        let core = bytes[lo..<hi]
        return .some(agencies.first { $0.utf8.elementsEqual(core) })
    }

    /// `creditLine` by Characters, for any line.
    static func creditLineOverCharacters(_ line: String) -> String? {
        var text = Substring(line)
        for prefix in creditPrefixes where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        let trimmed = text.trimmingPrefix { " -–—(".contains($0) }
        var core = Substring(trimmed)
        while let last = core.last, " .)".contains(last) { core = core.dropLast() }
        return agencies.first { $0 == core }
    }

    /// A source credited at the end of the body: "..., reports Reuters.", "according to AP.",
    /// "(Reuters)", "— Reuters".
    static func trailingSource(in paragraph: String) -> String? {
        var paragraph = paragraph
        if let found = paragraph.withUTF8({ trailingSourceOverBytes($0) }) { return found }
        return trailingSourceOverCharacters(paragraph)
    }

    /// `trailingSource(in:)` over bytes, or nil when the paragraph's tail holds a character for
    /// which bytes and Characters could disagree. The tail looked at (the longest ending, the
    /// trimmed closing marks and the character before) may hold only ASCII, Latin-1 letters and
    /// symbols (U+00A0–U+00FF) and general punctuation U+2010–U+203F (dashes, curly quotes):
    /// none of these joins a neighbour into one Character, and none is canonically equal to
    /// another text, so a byte suffix is a Character suffix there. `.some(nil)`: surely no source.
    private static func trailingSourceOverBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var end = bytes.count
        while end > 0 {
            let last = bytes[end - 1]
            if last == UInt8(ascii: ".") || last == 0x20 || last == UInt8(ascii: "\"") {
                end -= 1
            } else if last == 0x9D, end >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE2 {
                end -= 3
            } else {
                break
            }
        }
        var index = max(0, end - sourceFormsMaxLength - 1)
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0xC2 || byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= (byte == 0xC2 ? 0xA0 : 0x80) {
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x90 {
                index += 3
            } else {
                // Any other character: Characters decide.
                return nil
            }
        }
        let text = UnsafeBufferPointer(rebasing: bytes[0..<end])
        for (agency, forms) in sourceFormBytes {
            for form in forms where form.count <= text.count {
                if form.withUnsafeBufferPointer({ UnsafeBufferPointer(rebasing: text[(text.count - form.count)...]).elementsEqual($0) }) {
                    return .some(agency)
                }
            }
        }
        return .some(nil)
    }

    /// `trailingSource(in:)` by Characters: the general rule, which the byte scan must agree with.
    static func trailingSourceOverCharacters(_ paragraph: String) -> String? {
        var text = Substring(paragraph)
        while let last = text.last, last == "." || last == " " || last == "\"" || last == "”" { text = text.dropLast() }
        for (agency, forms) in sourceForms {
            for form in forms where text.hasSuffix(form) { return agency }
        }
        return nil
    }

    /// Each agency (longest name first) with the endings that credit it, made once.
    private static let sourceForms: [(agency: String, forms: [String])] = agencies.sorted(by: { $0.count > $1.count }).map { agency in
        (agency, [
            "reports \(agency)", "reported \(agency)", "according to \(agency)", "told \(agency)",
            "(\(agency))", "— \(agency)", "- \(agency)", "– \(agency)", "writes \(agency)", "said \(agency)",
            "according to the \(agency)", "reports the \(agency)",
        ])
    }

    /// `sourceForms` as UTF-8 bytes.
    private static let sourceFormBytes: [(agency: String, forms: [[UInt8]])] = sourceForms.map { ($0.agency, $0.forms.map { Array($0.utf8) }) }

    /// The byte length of the longest ending in `sourceForms`.
    private static let sourceFormsMaxLength = sourceFormBytes.flatMap(\.forms).map(\.count).max() ?? 0

    private static let dateWords: [[UInt8]] = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat",
        "saturday", "sun", "sunday", "updated", "published", "posted",
    ].map { Array($0.utf8) }

    // "20 Nov, 2019 05:47", "Joseph Tsidulko November 19, 2019, 07:47 PM EST".
    static func looksLikeTimestamp(_ lower: [UInt8]) -> Bool {
        let digits = lower.filter(ByteText.isDigit).count
        // Non-ASCII letters take two or three bytes each.
        let letters = lower.filter(ByteText.isLower).count + lower.filter { $0 >= 0x80 }.count / 2
        guard digits >= 4 else { return false }
        if digits * 2 >= letters { return true }
        return dateWords.prefix(24).contains { month in
            var from = 0
            while let at = ByteText.firstIndex(of: month, in: lower, wordStart: true, from: from) {
                let end = at + month.count
                if end == lower.count || !ByteText.isASCIIAlphanumeric(lower[end]) { return true }
                from = at + 1
            }
            return false
        }
    }

    static func startsWithDate(_ lower: [UInt8]) -> Bool {
        if lower.first == UInt8(ascii: "|") { return true }
        return dateWords.contains { ByteText.hasWordPrefix(lower, $0) }
    }
}

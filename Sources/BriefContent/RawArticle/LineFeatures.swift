import BriefBytes

/// Features of one unit of a pasted page, computed in one pass over its UTF-8 bytes,
/// and the text-likeness score the body selection works from.
struct LineFeatures: Sendable {
    /// Words, with runs of CJK characters counted as one word per two characters.
    var words = 0
    var capitalizedWords = 0
    var endsSentence = false
    var strongCues = 0
    var callToActionCues = 0
    var isCaption = false
    var truncated = false
    /// Headline and teaser glued without a space ("Student-AthleteA 24-year-old"): link lists.
    var gluedJoins = 0
    var lowercased: [UInt8] = []

    init(_ bytes: [UInt8]) {
        countWords(bytes)
        endsSentence = Self.endsSentence(bytes[...])
        lowercased = ByteText.lowercased(bytes)
        let cues = CueMatcher.shared.count(in: lowercased, original: bytes)
        strongCues = cues.strong
        callToActionCues = cues.callToAction
        isAuthorBox = cues.authorBox > 0
        isCaption = cues.caption > 0 || Self.hasSlideCounter(lowercased)
        truncated = bytes.count >= 3 && (bytes.suffix(3).elementsEqual([0x2E, 0x2E, 0x2E]) || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]))
        gluedJoins = Self.countGluedJoins(bytes)
        creditTail = !endsSentence && Self.hasCreditTail(bytes)
        // Pictographs (U+1F000 and up) and arrows open teaser and promo lines: "👁 A safer way to...".
        startsWithSymbol = bytes.first == 0xF0 || (bytes.count >= 3 && bytes[0] == 0xE2 && (0x86...0x9E).contains(bytes[1]))
    }

    /// A note about the author ("... is a staff writer at ...").
    var isAuthorBox = false

    /// The line opens with an emoji, an arrow or a dingbat.
    var startsWithSymbol = false

    /// A sentence followed by a short unpunctuated fragment, as in a caption with its credit:
    /// "Workers inspect the pier. Picture by Tom Lindqvist".
    var creditTail = false

    /// How much the unit reads like article prose: positive for sentences, negative for
    /// menus, buttons, captions and link teasers.
    var score: Double {
        let n = words
        guard n > 0 else { return -1 }
        var score = 0.0
        if endsSentence && n >= 8 { score += 2 } else if endsSentence && n >= 4 { score += 0.5 }
        if n >= 15 { score += 1.5 }
        if n >= 30 { score += 1 }
        if n < 5 { score -= 1.5 }
        if n >= 3 && Double(capitalizedWords) / Double(n) > 0.7 { score -= 1.5 }
        score -= 2.5 * Double(strongCues)
        if isCaption { score -= 3 }
        if creditTail { score -= 2 }
        if startsWithSymbol { score -= 2 }
        if isAuthorBox { score -= 5 }
        if n <= 25 && truncated { score -= 2 }
        score -= 6 * Double(gluedJoins)
        score -= n < 25 ? 0.5 * Double(min(callToActionCues, 3)) : 0.1 * Double(callToActionCues)
        return score
    }

    /// Whether the text ends like a sentence (., !, ?, a closing quote or bracket, …, :, or CJK stops).
    static func endsSentence(_ bytes: ArraySlice<UInt8>) -> Bool {
        let trimmed = ByteText.trimmed(bytes)
        guard let last = trimmed.last else { return false }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ")"), UInt8(ascii: ":"):
            return true
        default:
            break
        }
        guard trimmed.count >= 3 else { return false }
        let tail = Array(trimmed.suffix(3))
        let enders: [[UInt8]] = [
            [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x99], [0xE2, 0x80, 0xA6],  // ” ’ …
            [0xE3, 0x80, 0x82], [0xE3, 0x80, 0x8D], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0xEF, 0xBC, 0x89],  // 。」！？）
        ]
        return enders.contains(tail)
    }

    private mutating func countWords(_ bytes: [UInt8]) {
        let (words, capitalized) = bytes.withUnsafeBufferPointer { Self.countWords(in: $0) }
        self.words = words
        capitalizedWords = capitalized
    }

    /// Words and capitalised words of `bytes`, in one pass through a pointer (no bounds checks,
    /// no reference counting); ASCII bytes are classified by a table. The rest of a word's run
    /// of ASCII word bytes (most of any line) is skipped in a loop of its own.
    static func countWords(in bytes: UnsafeBufferPointer<UInt8>) -> (words: Int, capitalized: Int) {
        var words = 0, capitalized = 0
        var i = 0
        var inWord = false
        var cjkRun = 0
        let count = bytes.count
        let wordBits = Self.asciiWordBits
        @inline(__always) func isASCIIWordByte(_ byte: UInt8) -> Bool {
            (byte < 64 ? wordBits.low >> byte : wordBits.high >> (byte &- 64)) & 1 != 0
        }
        @inline(__always) func endWord() {
            inWord = false
            if cjkRun > 0 { words += max(1, (cjkRun + 1) / 2) - 1 }
            cjkRun = 0
        }
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                guard isASCIIWordByte(byte) else {
                    if inWord { endWord() }
                    continue
                }
                if !inWord {
                    inWord = true
                    words += 1
                    if ByteText.isUpper(byte) { capitalized += 1 }
                }
                // The rest of the word: its letters and digits eight at a time, a joiner
                // (`'`, `-`, `_`) between them one by one.
                while true {
                    while i + 8 <= count {
                        let run = AsciiWords.alphanumericPrefix(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                        i += run
                        if run < 8 { break }
                    }
                    guard i < count, bytes[i] < 0x80, isASCIIWordByte(bytes[i]) else { break }
                    i += 1
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let isWordByte: Bool
            var isCJK = false
            if length == 3, i + 2 < count {
                let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                // General punctuation (dashes, curly double quotes, bullets) and CJK stops separate words;
                // the curly apostrophe joins them.
                if scalar == 0x2019 { isWordByte = true }
                else if (0x2000...0x206F).contains(scalar) || (0x3000...0x303F).contains(scalar) || (0xFF01...0xFF0F).contains(scalar) || (0xFF1A...0xFF20).contains(scalar) { isWordByte = false }
                else {
                    isWordByte = true
                    isCJK = (0x3040...0x9FFF).contains(scalar) || (0xFF00...0xFFEF).contains(scalar)
                }
            } else if length == 2, i + 1 < count {
                // Latin-1 punctuation (« » © ° ·, no-break space) separates words; letters do not.
                isWordByte = !(byte == 0xC2)
            } else {
                isWordByte = true
            }
            if isWordByte {
                if !inWord {
                    inWord = true
                    words += 1
                    if byte == 0xC3 && i + 1 < count && (0x80...0x9E).contains(bytes[i + 1]) { capitalized += 1 }
                }
                if isCJK { cjkRun += 1 }
            } else if inWord {
                endWord()
            }
            i += length
        }
        if inWord, cjkRun > 0 { words += max(1, (cjkRun + 1) / 2) - 1 }
        return (words, capitalized)
    }

    /// The ASCII bytes that belong to a word (letters, digits, `'`, `-`, `_`): bit `b` of `low`
    /// for bytes below 64, bit `b - 64` of `high` for the others.
    private static let asciiWordBits: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in 0..<UInt8(0x80) where ByteText.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        return (low, high)
    }()

    private static func hasCreditTail(_ bytes: [UInt8]) -> Bool {
        // Last ". X" boundary (a full stop, a space, a capital), then at most eight words to the end.
        var index = bytes.count - 3
        while index > 0 {
            if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == 0x20, ByteText.isUpper(bytes[index + 2]) {
                let tail = Array(bytes[(index + 2)...])
                let spaces = tail.filter { $0 == 0x20 }.count
                // A single word ("... the US. PTI") is an agency sign-off, not a credit.
                return spaces > 0 && spaces < 8 && index > 20
            }
            index -= 1
        }
        return false
    }

    // Gallery counters: "1of4Grass Valley's ..." before a caption, "Photo 2 of 12".
    private static func hasSlideCounter(_ lower: [UInt8]) -> Bool {
        lower.withUnsafeBufferPointer { lower in
            var i = 0
            let n = lower.count
            while i < n {
                // Most lines have few digits: skip to the next one that starts a number.
                i = AsciiWords.firstDigit(lower, from: i, to: n)
                guard i < n else { break }
                guard i == 0 || !ByteText.isASCIIAlphanumeric(lower[i - 1]) else { i += 1; continue }
                var j = i
                while j < n, ByteText.isDigit(lower[j]) { j += 1 }
                if j < n, lower[j] == 0x20 { j += 1 }
                if j + 1 < n, lower[j] == UInt8(ascii: "o"), lower[j + 1] == UInt8(ascii: "f") {
                    j += 2
                    if j < n, lower[j] == 0x20 { j += 1 }
                    let digits = j
                    while j < n, ByteText.isDigit(lower[j]) { j += 1 }
                    // "1of4Grass Valley's ...", or a short gallery label ending the line: "Image 1 of 5".
                    if j > digits, j < n, ByteText.isLower(lower[j]) { return true }
                    if j > digits, j == n, n <= 24 { return true }
                }
                i = max(j, i + 1)
            }
            return false
        }
    }

    // Four or more lowercase letters or digits, then a capital followed by a space or a
    // lowercase letter: "SteakhouseA party", "250,000The state". A hashtag or a handle is
    // written in camel case on purpose ("#TodayInSenatePlenary", "@DawgsByNature"), as
    // embedded posts in an article are: it is skipped to the next whitespace.
    static func countGluedJoins(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer(countGluedJoins(in:))
    }

    /// `countGluedJoins` through a pointer: no bounds check or array access per byte, and a
    /// run of lower-case letters and digits (most of a line) read in a loop of its own.
    private static func countGluedJoins(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var run = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if ByteText.isLower(byte) || ByteText.isDigit(byte) {
                let start = i
                i += 1
                while i + 8 <= n {
                    let letters = AsciiWords.lowerOrDigitPrefix(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    i += letters
                    if letters < 8 { break }
                }
                while i < n, ByteText.isLower(bytes[i]) || ByteText.isDigit(bytes[i]) { i += 1 }
                run += i - start
                continue
            }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "@") {
                // To the next whitespace of any kind: a tab, a newline, a no-break space (C2 A0).
                while i < n, bytes[i] > 0x20,
                      !(bytes[i] == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0) { i += 1 }
                run = 0
                continue
            }
            if ByteText.isUpper(byte), run >= 4, i + 1 < n, bytes[i + 1] == 0x20 || ByteText.isLower(bytes[i + 1]) { count += 1 }
            run = 0
            i += 1
        }
        return count
    }
}

/// One token of a text: a word, a number or a punctuation mark, as a UTF-8 byte range.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes or dots ("O'Brien", "U.S."), or digits mixed in ("M5S").
        case word
        /// Digits with inner separators ("2022", "3.5", "1,000").
        case number
        /// The possessive ending "'s" or "’s", split from its word.
        case possessive
        /// A hyphen joining two words ("US-Russia"): no space on either side.
        case hyphen
        /// A dash between spaces, or an en or em dash.
        case dash
        /// A quotation mark (straight, curly, guillemet) or a lone apostrophe.
        case quote
        /// Any other punctuation mark or symbol, one code point.
        case punctuation
    }

    /// Facts about a token, computed once while tokenizing.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// The first letter is uppercase.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all uppercase ("NATO", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Ends with a period that belongs to it: an abbreviation or an initial ("Mr.", "U.S.", "J.").
        public static let abbreviation = Flags(rawValue: 1 << 2)
        /// No whitespace between this token and the previous one.
        public static let joined = Flags(rawValue: 1 << 3)
        /// A line break comes before this token.
        public static let lineBefore = Flags(rawValue: 1 << 4)
        /// A blank line (paragraph break) comes before this token.
        public static let paragraphBefore = Flags(rawValue: 1 << 5)
        /// Contains a digit.
        public static let hasDigit = Flags(rawValue: 1 << 6)
        /// A single letter and a period ("J."): an initial.
        public static let initial = Flags(rawValue: 1 << 7)
    }

    public var range: Range<Int>
    public var kind: Kind
    public var flags: Flags

    public init(range: Range<Int>, kind: Kind, flags: Flags = []) {
        self.range = range
        self.kind = kind
        self.flags = flags
    }

    /// True for a word whose first letter is uppercase.
    @inline(__always) public var isCapitalizedWord: Bool { kind == .word && flags.contains(.capitalized) }
}

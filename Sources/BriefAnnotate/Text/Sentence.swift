/// One sentence (or headline line) of a text: a run of tokens.
public struct Sentence: Sendable, Hashable {
    /// Indices into the token array the sentence was split from.
    public var tokens: Range<Int>
    /// UTF-8 byte range from the first token's start to the last token's end.
    public var range: Range<Int>
    /// True when the sentence starts a paragraph (or the text).
    public var startsParagraph: Bool

    public init(tokens: Range<Int>, range: Range<Int>, startsParagraph: Bool) {
        self.tokens = tokens
        self.range = range
        self.startsParagraph = startsParagraph
    }
}

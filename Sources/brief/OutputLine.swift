import BriefAnnotate

/// One line of output; byte ranges become code point offsets here, at the edge.
struct OutputLine: Encodable {
    struct EntityRecord: Encodable { var start, end: Int; var text, type, id, name: String }
    struct QuoteRecord: Encodable {
        var start, end: Int
        var text: String
        var speaker, speaker_id, cue: String?
        var kind: String
    }

    var id: JSONID
    var text: String
    var title: String?
    var entities: [EntityRecord]
    var quotes: [QuoteRecord]

    init(id: JSONID, text: String, title: String?, annotation: Annotation, bytes: [UInt8]) {
        self.id = id
        self.text = text
        self.title = title
        let index = CodePointIndex(bytes)
        let names = Dictionary(annotation.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func slice(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        entities = annotation.mentions.map { mention in
            EntityRecord(
                start: index.codePointOffset(ofByte: mention.range.lowerBound),
                end: index.codePointOffset(ofByte: mention.range.upperBound),
                text: slice(mention.range), type: mention.type.rawValue,
                id: mention.entityID, name: names[mention.entityID] ?? slice(mention.range))
        }
        quotes = annotation.quotes.map { quote in
            QuoteRecord(
                start: index.codePointOffset(ofByte: quote.range.lowerBound),
                end: index.codePointOffset(ofByte: quote.range.upperBound),
                text: String(decoding: quote.words(in: bytes), as: UTF8.self), speaker: quote.speaker, speaker_id: quote.speakerID,
                cue: quote.cue, kind: quote.kind.rawValue)
        }
    }
}

import Foundation

/// One line of `brief annotate`'s standard input: `{"id": "a", "text": "..."}`, or `"raw_text"`
/// instead of `"text"` (preferred with `--article`). Other keys are ignored.
struct AnnotateInputLine {
    var id: JSONID
    var text: String

    /// Reads `line`; throws `AnnotateError` saying in words what is wrong with it.
    init(parsing line: String, article: Bool) throws(AnnotateError) {
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: Data(line.utf8))
        } catch let error as AnnotateError {
            throw error
        } catch DecodingError.typeMismatch {
            throw AnnotateError("expected a JSON object, {\"id\": ..., \"text\": ...}")
        } catch {
            // JSONDecoder gives no position for it.
            throw AnnotateError("not valid JSON; each line is one JSON object, {\"id\": ..., \"text\": ...}")
        }
        guard let id = fields.id else { throw AnnotateError("no \"id\"; each line is {\"id\": ..., \"text\": ...}") }
        let text = article ? (fields.raw_text ?? fields.text) : (fields.text ?? fields.raw_text)
        guard let text else {
            throw AnnotateError(article ? "no \"raw_text\" or \"text\" to annotate" : "no \"text\" to annotate")
        }
        self.id = id
        self.text = text
    }

    private struct Fields: Decodable {
        var id: JSONID?
        var text: String?
        var raw_text: String?

        enum CodingKeys: String, CodingKey { case id, text, raw_text }

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: CodingKeys.self)
            id = try object.decodeIfPresent(JSONID.self, forKey: .id)
            text = try Self.string(.text, in: object)
            raw_text = try Self.string(.raw_text, in: object)
        }

        private static func string(_ key: CodingKeys, in object: KeyedDecodingContainer<CodingKeys>) throws -> String? {
            guard object.contains(key), try !object.decodeNil(forKey: key) else { return nil }
            if let string = try? object.decode(String.self, forKey: key) { return string }
            let found = try object.superDecoder(forKey: key).singleValueContainer()
            throw AnnotateError("\"\(key.rawValue)\" must be a string, found \(JSONKind.of(found))")
        }
    }
}

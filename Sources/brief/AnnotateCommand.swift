import ArgumentParser
import BriefAnnotate
import BriefContent
import Foundation

/// `brief annotate`: annotations as JSON Lines in the schema of shared/eval/score.py.
struct AnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print entities and quotes as JSON Lines.",
        discussion: """
            With FILE arguments, annotates each file (id = the file name without extension). \
            With none, reads JSON Lines {"id", "text"} (or "raw_text" with --article) from standard input.
            Offsets count Unicode code points; quote spans leave out the quotation marks.
            """
    )

    @Flag(name: .long, help: "Treat input as a raw pasted web page: annotate its cleaned body and report its headline as \"title\".")
    var article = false

    @Flag(name: .long, help: "Print no annotations; measure annotation throughput over FILEs on one core and print it.")
    var throughput = false

    @Argument(help: "Files to annotate.")
    var files: [String] = []

    func run() async throws {
        let annotator = Annotator()
        if throughput {
            try ThroughputProbe(paths: files, article: article).run(annotator: annotator)
            return
        }
        var output = FileHandleOutput()
        if files.isEmpty {
            while let line = readLine(strippingNewline: true) {
                if line.allSatisfy(\.isWhitespace) { continue }
                let input = try JSONDecoder().decode(InputLine.self, from: Data(line.utf8))
                let text = article ? (input.raw_text ?? input.text ?? "") : (input.text ?? input.raw_text ?? "")
                output.write(record(id: input.id, text: text, annotator: annotator))
            }
        } else {
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ValidationError("\(path): cannot read file")
                }
                let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                output.write(record(id: id, text: String(decoding: data, as: UTF8.self), annotator: annotator))
            }
        }
    }

    private func record(id: String, text: String, annotator: Annotator) -> OutputLine {
        var title: String?
        var body = text
        if article {
            let parsed = RawArticle(parsing: text)
            title = parsed.title
            body = parsed.body
        }
        let bytes = Array(body.utf8)
        let annotation = annotator.annotate(utf8: bytes)
        return OutputLine(id: id, text: body, title: title, annotation: annotation, bytes: bytes)
    }
}

private struct InputLine: Decodable {
    var id: String
    var text: String?
    var raw_text: String?
}

/// One line of output; byte ranges become code point offsets here, at the edge.
struct OutputLine: Encodable {
    struct EntityRecord: Encodable { var start, end: Int; var text, type, id, name: String }
    struct QuoteRecord: Encodable {
        var start, end: Int
        var text: String
        var speaker, speaker_id, cue: String?
        var kind: String
    }

    var id: String
    var text: String
    var title: String?
    var entities: [EntityRecord]
    var quotes: [QuoteRecord]

    init(id: String, text: String, title: String?, annotation: Annotation, bytes: [UInt8]) {
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

/// Writes JSON lines to standard output through one encoder.
private struct FileHandleOutput {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    mutating func write(_ line: OutputLine) {
        guard var data = try? encoder.encode(line) else { return }
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}

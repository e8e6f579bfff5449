import ArgumentParser
import BriefAnnotate
import BriefSite
import Foundation

/// `brief annotate`: annotations as JSON Lines in the schema of shared/eval/score.py.
struct AnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print entities and quotes as JSON Lines.",
        discussion: """
            With FILE arguments, annotates each file (id = the file name without extension). A \
            Markdown file (.md, .markdown) is read as `brief build` reads it: the front matter is \
            left out and the plain text of the body is annotated (no Markdown syntax: what the \
            build annotates); "text" in the output is that plain text, "title" the briefing's \
            title. Other files are annotated as they are (with --article, as raw articles). No \
            site is read: brief.yml's settings (unsafe_html) and entity notes do not apply. A \
            byte order mark is dropped and line endings become \\n. A file that cannot be read is \
            reported and skipped.

            With no FILE, reads JSON Lines {"id", "text"} (or "raw_text" with --article) from \
            standard input; "id" may be a string or a number and is printed back as given. A bad \
            line is reported as `error: stdin line N: reason` and skipped; the others are still \
            annotated. The exit status is 1 when any file or line was skipped.

            Offsets count Unicode code points of "text"; quote spans leave out the quotation marks.
            """
    )

    @Flag(name: .long, help: "Treat input as a raw pasted web page: annotate its cleaned body and report its headline as \"title\" (not for Markdown files).")
    var article = false

    @Flag(name: .long, help: "Print no annotations; measure annotation throughput over FILEs on one core and print it.")
    var throughput = false

    @Argument(help: "Files to annotate.")
    var files: [String] = []

    func run() async throws {
        if throughput {
            try ThroughputProbe(paths: files, article: article).run(annotator: Annotator())
            return
        }
        let output = JSONLinesOutput()
        let style = TerminalStyle.standardError()
        let printer = AnnotationPrinter(
            article: article,
            write: { output.write($0) },
            report: { FileHandle.standardError.write(Data((style.highlight($0) + "\n").utf8)) })
        let skipped = files.isEmpty ? printer.annotateLines { readLine(strippingNewline: true) } : printer.annotateFiles(files)
        if skipped > 0 { throw ExitCode(1) }
    }
}

/// Writes JSON lines to standard output through one encoder.
private struct JSONLinesOutput {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func write(_ line: OutputLine) {
        guard var data = try? encoder.encode(line) else { return }
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}

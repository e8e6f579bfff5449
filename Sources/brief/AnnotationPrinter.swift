import BriefAnnotate
import BriefContent
import BriefSite
import Foundation

/// What `brief annotate` does once its arguments are read: annotates files or JSON Lines and
/// hands each result to `write` and each problem, as one line, to `report`. A bad input is
/// reported and skipped, the others are still annotated; the caller exits non-zero when any was.
struct AnnotationPrinter {
    /// Raw pasted web pages: the cleaned body is annotated and the headline is the title.
    /// Markdown files are read as Markdown whatever this says.
    var article: Bool
    var annotator = Annotator()
    var write: (OutputLine) -> Void
    var report: (String) -> Void

    /// Annotates each `{"id", "text"}` line `nextLine` gives until it gives nil; blank lines are
    /// passed over. Returns how many lines were bad (each reported as `error: stdin line N: ...`).
    func annotateLines(_ nextLine: () -> String?) -> Int {
        var lineNumber = 0
        var bad = 0
        while let line = nextLine() {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            do throws(AnnotateError) {
                let input = try AnnotateInputLine(parsing: line, article: article)
                write(record(id: input.id, text: input.text))
            } catch {
                report("error: stdin line \(lineNumber): \(error)")
                bad += 1
            }
        }
        return bad
    }

    /// Annotates each file (id: its name without extension) and returns how many could not be
    /// read, each reported compiler-style (`path:line: error: message`).
    ///
    /// A Markdown file (`.md`, `.markdown`) is read as the build reads a briefing: front matter
    /// off, the first `# Heading` as the title when the front matter has none, and the plain
    /// text of the body annotated (what the build annotates); `text` in the output is that plain
    /// text and the offsets index it. Other files are annotated as text (`--article`: as a raw
    /// article, a `.txt` file's front matter read as the build reads it). Either way a byte order mark is dropped and line endings made `\n`.
    func annotateFiles(_ paths: [String]) -> Int {
        var bad = 0
        var renderer = BriefingRenderer(markdownOptions: [])
        renderer.annotator = annotator
        for path in paths {
            let id = JSONID.string(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
            do throws(ContentErrors) {
                if ContentLoader.isMarkdown(path: path) {
                    let briefing = try ContentLoader.markdownBriefing(atPath: path)
                    let (text, annotation) = renderer.annotatedPlainText(of: briefing)
                    write(OutputLine(id: id, text: String(decoding: text, as: UTF8.self), title: briefing.title, annotation: annotation, bytes: text))
                } else if article, path.lowercased().hasSuffix(".txt") {
                    // A raw article's front matter is read as the build reads it: its title wins.
                    let source = try MarkdownSource(parsing: try ContentLoader.text(ofFileAt: path), path: path)
                    var line = record(id: id, text: source.body)
                    if let title = source.frontMatter.title { line.title = title }
                    write(line)
                } else {
                    write(record(id: id, text: try ContentLoader.text(ofFileAt: path)))
                }
            } catch {
                for problem in error.diagnostics { report(problem.description) }
                bad += 1
            }
        }
        return bad
    }

    /// The annotation of `text`, or with `article` of its cleaned body, headline as title.
    private func record(id: JSONID, text: String) -> OutputLine {
        var title: String?
        var body = text
        if article {
            let parsed = RawArticle(parsing: text)
            title = parsed.title
            body = parsed.body
        }
        let bytes = Array(body.utf8)
        return OutputLine(id: id, text: body, title: title, annotation: annotator.annotate(utf8: bytes), bytes: bytes)
    }
}

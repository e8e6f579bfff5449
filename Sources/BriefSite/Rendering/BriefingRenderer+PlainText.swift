import BriefAnnotate
import BriefContent
import BriefMarkdown

extension BriefingRenderer {
    /// The text a build annotates for `briefing`, the plain text of its Markdown body as cmark
    /// reads it (prose blocks joined by a blank line, no Markdown syntax, no front matter), with
    /// its annotation, whose byte ranges index that text: what `brief annotate` prints for a
    /// Markdown file. Step 1 (`annotate`) finds the same entities and quotes (none in code spans).
    public func annotatedPlainText(of briefing: Briefing) -> (text: [UInt8], annotation: Annotation) {
        let document = briefing.body.withUTF8 { MarkdownDocument(utf8: $0, options: markdownOptions, isValidUTF8: true) }
        let prose = document.prose
        return (prose.plainUTF8, annotator.annotate(utf8: prose.annotatableUTF8))
    }
}

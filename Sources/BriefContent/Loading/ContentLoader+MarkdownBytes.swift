import BriefBytes
import Foundation

extension ContentLoader {
    /// A Markdown briefing read from the file's bytes, its body kept as bytes, never made a
    /// `String`: Swift checks every string made from bytes as UTF-8 a byte at a time once a text
    /// holds one non-ASCII byte (1 % of a full build), where `UTF8Check` reads eight ASCII bytes
    /// at a time. Only for a file that needs nothing done to its text: well-formed UTF-8 with no
    /// NUL, carriage return or byte order mark, nothing decomposed (`NormalForm`), and front
    /// matter that is closed and gives the title. Nil for any other file, which is then read as
    /// text (`markdownBriefing(_:stem:path:diagnostics:)`, which this one matches).
    static func markdownBriefing(bytes data: Data, stem: String, path: String, diagnostics: inout [Diagnostic]) -> Briefing?? {
        data.withUnsafeBytes { raw -> Briefing?? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = raw.baseAddress, !raw.isEmpty, memchr(base, 0, raw.count) == nil, memchr(base, 0x0D, raw.count) == nil,
                !bytes.starts(with: [0xEF, 0xBB, 0xBF]), UTF8Check.isWellFormed(raw), !NormalForm.mayBeDecomposed(bytes),
                let closing = FrontMatterBlock.fences(in: bytes)?.closing
            else { return nil }
            // The front matter, to its closing fence's line, is read as the text path reads it
            // (the same bytes, the same lines for its diagnostics).
            let frontText = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<closing.bodyStart]), as: UTF8.self)
            var frontDiagnostics: [Diagnostic] = []
            let source = MarkdownSource(parsing: frontText, path: path, diagnostics: &frontDiagnostics)
            // A title taken from the body's first heading: the body is read as text.
            guard let title = source.frontMatter.title else { return nil }
            let before = diagnostics.count
            diagnostics += frontDiagnostics
            let body = BriefingBody(utf8: ArraySlice(UnsafeBufferPointer(rebasing: bytes[closing.bodyStart...])))
            return .some(markdownBriefing(
                front: source.frontMatter, title: title, body: body, text: frontText, stem: stem, path: path,
                diagnostics: &diagnostics, since: before))
        }
    }
}

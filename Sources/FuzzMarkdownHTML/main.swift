import Foundation
import FuzzDriver
import BriefAnnotate
import BriefMarkdown

/// One fuzz input: the Markdown-to-annotated-HTML path of a build. Parse with cmark, annotate the
/// document's plain text, wrap quotes and mentions in the tree, render. Must not crash, and no
/// raw HTML from the input may survive (no `<script` unless the wrapper put it there: it never does).
func fuzzMarkdownHTML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    let markdown = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let options: MarkdownOptions = count % 2 == 0 ? [] : [.smartPunctuation]
    let document = MarkdownDocument(markdown, options: options)
    let text = document.plainText
    let annotation = Annotator().annotate(text)
    var wraps: [MarkdownWrap] = annotation.quotes.map {
        MarkdownWrap(range: $0.range, open: "<q class=\"quote\">", close: "</q>")
    }
    wraps += annotation.mentions.map {
        MarkdownWrap(range: $0.range, open: "<a class=\"entity\" href=\"#\">", close: "</a>", avoidingLinks: true)
    }
    _ = document.wrap(wraps)
    precondition(document.plainText == text, "wrapping changed the text")
    let html = document.renderHTML()
    precondition(!html.lowercased().contains("<script"), "raw HTML let through")
    return 0
}

// libFuzzer runs the loop: `$(FUZZ_BUILD)/release/FuzzMarkdownHTML CORPUS... -max_total_time=N`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzMarkdownHTML(data, count) })

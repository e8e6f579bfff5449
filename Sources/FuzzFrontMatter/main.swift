import Foundation
import FuzzDriver
import BriefContent

/// One fuzz input: any bytes as a Markdown file with front matter. Must not crash; a file that
/// reads without error must have a body and at most the known fields.
func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: count)
    // The loader refuses invalid UTF-8 before this point; repair it the way a lenient reader would.
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let source = try MarkdownSource(parsing: text, path: "content/fuzz.md")
        precondition(source.bodyStartLine >= 1)
        if let slug = source.frontMatter.slug { _ = Slug.sanitize(slug) }
    } catch {
        for diagnostic in error.diagnostics {
            precondition(diagnostic.path == "content/fuzz.md")
            precondition((diagnostic.line ?? 1) >= 1)
        }
    }
    return 0
}

// libFuzzer runs the loop: `$(FUZZ_BUILD)/release/FuzzFrontMatter CORPUS... -max_total_time=N`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzFrontMatter(data, count) })

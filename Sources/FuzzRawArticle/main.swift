import Foundation
import FuzzDriver
import BriefContent

/// One fuzz input: any bytes as a pasted raw article. Must not crash; every paragraph kept must
/// come from the input, so the cleaner can remove but never invent text.
func fuzzRawArticle(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let article = RawArticle(parsing: text)
    precondition(article.paragraphs.count == article.paragraphLines.count)
    for line in article.paragraphLines { precondition(line >= 1) }
    precondition(article.paragraphs.allSatisfy { !$0.isEmpty }, "an empty paragraph kept")
    _ = article.body
    return 0
}

// libFuzzer runs the loop: `$(FUZZ_BUILD)/release/FuzzRawArticle CORPUS... -max_total_time=N`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzRawArticle(data, count) })

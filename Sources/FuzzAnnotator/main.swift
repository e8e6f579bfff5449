import Foundation
import FuzzDriver
import BriefAnnotate

/// One fuzz input: any bytes as text to annotate. Must not crash; every range must lie inside
/// the text and every mention must name an entity of the result.
func fuzzAnnotator(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let length = text.utf8.count
    let annotation = Annotator().annotate(text)
    let ids = Set(annotation.entities.map(\.id))
    for mention in annotation.mentions {
        precondition(mention.range.lowerBound >= 0 && mention.range.upperBound <= length, "mention out of the text")
        precondition(ids.contains(mention.entityID), "mention of an unknown entity")
    }
    for quote in annotation.quotes {
        precondition(quote.range.lowerBound >= 0 && quote.range.upperBound <= length, "quote out of the text")
    }
    return 0
}

// libFuzzer runs the loop: `$(FUZZ_BUILD)/release/FuzzAnnotator CORPUS... -max_total_time=N`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzAnnotator(data, count) })

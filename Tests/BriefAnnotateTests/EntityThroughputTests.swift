import Foundation
import Testing
@testable import BriefAnnotate

/// Prints the recognizer's throughput when BRIEF_BENCH names a text file
/// (`BRIEF_BENCH=big.txt swift test -c release --filter EntityThroughput`).
/// It asserts only the output's invariants: speed is measured, never tested.
@Suite struct EntityThroughputTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_BENCH"] != nil))
    func printsThroughput() throws {
        let path = try #require(ProcessInfo.processInfo.environment["BRIEF_BENCH"])
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let recognizer = EntityRecognizer(registry: EntityRegistry())
        _ = recognizer.recognize(Array("Warm up in Moscow.".utf8))
        var stages: [(String, Double)] = []
        // Thread CPU time, not wall time: the machine is shared, and waiting is not work.
        let clock = CPUClock()
        stages.append(("tokens", clock.measure { _ = Tokenizer().tokenize(bytes) }))
        let tokens = Tokenizer().tokenize(bytes)
        stages.append(("sentences", clock.measure { _ = SentenceSplitter().split(tokens, in: bytes) }))
        // Documents of about 5 KB, cut at blank lines, as briefings are annotated one by one.
        var documents: [[UInt8]] = []
        var start = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A && bytes[i + 1] == 0x0A && i - start >= 5000 {
                documents.append(Array(bytes[start..<i]))
                start = i + 2
            }
            i += 1
        }
        documents.append(Array(bytes[start...]))
        var mentions = 0
        stages.append(("recognize", clock.measure {
            for d in documents { mentions += recognizer.recognize(d).mentions.count }
        }))
        for (name, seconds) in stages {
            print("\(name): \(String(format: "%.1f", Double(bytes.count) / 1e6 / seconds)) MB/s")
        }
        #expect(mentions > 0)
    }
}


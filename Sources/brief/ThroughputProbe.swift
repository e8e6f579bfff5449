import BriefAnnotate
import BriefContent
import Foundation

/// Measures how many bytes of text a second the annotator gets through on one core.
/// Files are read first, so only annotation is timed.
struct ThroughputProbe {
    var paths: [String]
    var article: Bool

    func run(annotator: Annotator) throws {
        let texts: [[UInt8]] = try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AnnotateError("\(path): cannot read file")
            }
            let text = String(decoding: data, as: UTF8.self)
            return Array((article ? RawArticle(parsing: text).body : text).utf8)
        }
        let totalBytes = texts.reduce(0) { $0 + $1.count }
        guard totalBytes > 0 else { throw AnnotateError("no text to measure") }
        var rounds = 0
        var checksum = 0
        // CPU time of this thread, not wall time: the figure is per core and holds on a busy machine.
        let start = Self.threadCPUSeconds()
        // Repeat until at least a second has passed, so small inputs still give a stable figure.
        repeat {
            for text in texts {
                let annotation = annotator.annotate(utf8: text)
                checksum &+= annotation.mentions.count &+ annotation.quotes.count
            }
            rounds += 1
        } while Self.threadCPUSeconds() - start < 1
        let seconds = Self.threadCPUSeconds() - start
        let megabytes = Double(totalBytes * rounds) / 1_000_000
        let line = String(format: "annotated %.1f MB (%d files x %d rounds) in %.2f s of CPU: %.1f MB/s on one core (%d spans)",
                          megabytes, texts.count, rounds, seconds, megabytes / seconds, checksum / rounds)
        print(line)
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// The largest files are written through `StreamedFile` as they are made; they must be the same
/// bytes as the in-memory path, whatever the sizes of the pieces.
@Suite("Streamed files")
struct StreamedFileTests {
    /// Writes `make`'s bytes through a `StreamedFile` into a new file; returns its bytes and the failure.
    private func streamed(_ make: (inout StreamedFile) -> Void) throws -> (bytes: [UInt8], failure: Int32?) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(descriptor >= 0)
        var file = StreamedFile(descriptor: descriptor)
        make(&file)
        file.flush()
        close(descriptor)
        return (Array(try Data(contentsOf: url)), file.failure)
    }

    @Test("pieces small and large come out in order, whole")
    func piecesInOrder() throws {
        var generator = SystemRandomNumberGenerator()
        // Sizes around the 256 KiB buffer: small ones accumulate, large ones go straight through.
        let sizes = [0, 1, 17, 262_143, 262_144, 262_145, 3, 600_000, 5, 100_000, 200_000, 1]
        let pieces = sizes.map { size in (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        let (bytes, failure) = try streamed { file in
            for (index, piece) in pieces.enumerated() {
                // Contiguous arrays, and a lazy sequence that has no contiguous storage.
                if index.isMultiple(of: 2) { file.append(contentsOf: piece) } else { file.append(contentsOf: piece.lazy.map { $0 }) }
            }
        }
        #expect(failure == nil)
        #expect(bytes == pieces.flatMap { $0 })
    }

    @Test("data/*.json streamed equals the array made in memory")
    func dataArrays() throws {
        let fragmentSets: [[ArraySlice<UInt8>]] = [
            [],
            [[]],
            [Array("{\"a\":1}".utf8)[...]],
            [Array("{\"a\":1}".utf8)[...], [], Array("{\"b\":2},\n  {\"c\":3}".utf8)[...]],
            (0..<5_000).map { Array("{\"n\":\($0),\"text\":\"“quoted” – dash\"}".utf8)[...] },
        ]
        for fragments in fragmentSets {
            // As the build writes them: the fragments appended to one writer, handed to the file
            // a part at a time.
            let (bytes, failure) = try streamed { file in
                var json = JSONWriter()
                json.openArray()
                for fragment in fragments {
                    json.appendElements(fragment)
                    json.flush(into: &file, atLeast: SiteData.flushSize)
                }
                json.closeArray()
                json.flush(into: &file, atLeast: 0)
            }
            #expect(failure == nil)
            #expect(bytes == SiteData.array(of: fragments, capacity: 0))
        }
    }

    @Test("a failed write is kept, not lost")
    func failureKept() throws {
        let descriptor = open("/dev/null", O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var file = StreamedFile(descriptor: descriptor)
        file.append(contentsOf: [UInt8](repeating: 1, count: 300_000))
        file.append(contentsOf: [UInt8](repeating: 2, count: 10))
        file.flush()
        #expect(file.failure == EBADF)
    }
}

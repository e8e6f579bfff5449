import Foundation
import Testing
@testable import BriefAnnotate

/// Pins the recognizer's whole output on a sample briefing as a readable dump
/// (Fixtures/entities/sample.mentions.tsv: type, id and text of each mention, in order).
/// When a rule changes on purpose, regenerate the dump from `brief annotate` and review the diff.
@Suite struct EntityGoldenTests {
    @Test func sampleBriefingMatchesTheDump() throws {
        let txt = try #require(Bundle.module.url(forResource: "sample", withExtension: "txt", subdirectory: "Fixtures/entities"))
        let tsv = try #require(Bundle.module.url(forResource: "sample.mentions", withExtension: "tsv", subdirectory: "Fixtures/entities"))
        let bytes = Array(try Data(contentsOf: txt))
        let expected = try String(contentsOf: tsv, encoding: .utf8)
        let result = EntityRecognizer(registry: EntityRegistry()).recognize(bytes)
        let dump = result.mentions.map {
            "\($0.type.rawValue)\t\($0.entityID)\t\(String(decoding: bytes[$0.range], as: UTF8.self))\n"
        }.joined()
        #expect(dump == expected)
        // The parts worth reading twice: roles and linked surnames.
        let fico = try #require(result.entities.first { $0.id == "robert-fico" })
        #expect(fico.role == "Slovak Prime Minister")
        #expect(result.mentions.filter { $0.entityID == "viktor-orban" }.count == 3)
    }
}

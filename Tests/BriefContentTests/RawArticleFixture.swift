import Foundation

/// Loads a raw-article fixture from Fixtures/raw.
enum RawArticleFixture {
    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/raw") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Non-empty lines of a fixture, trimmed, in order.
    static func lines(_ name: String) throws -> [String] {
        try text(name).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import Foundation
@testable import BriefAnnotate

/// A mention as text, for readable expectations.
struct Found: Hashable, CustomStringConvertible {
    var text: String
    var type: EntityType
    var id: String
    var description: String { "\(text)/\(type.rawValue)/\(id)" }
}

/// Runs the recognizer over `text`; mentions as text, type and id.
func recognize(_ text: String, registry: EntityRegistry = EntityRegistry()) -> (found: [Found], entities: [Entity]) {
    let bytes = Array(text.utf8)
    let result = EntityRecognizer(registry: registry).recognize(bytes)
    let found = result.mentions.map {
        Found(text: String(decoding: bytes[$0.range], as: UTF8.self), type: $0.type, id: $0.entityID)
    }
    return (found, result.entities)
}

/// Mentions as "text/TYPE" strings.
func typed(_ text: String, registry: EntityRegistry = EntityRegistry()) -> [String] {
    recognize(text, registry: registry).found.map { "\($0.text)/\($0.type.rawValue)" }
}

/// Measures the calling thread's CPU time in seconds: on a shared machine, waiting is not work.
struct CPUClock {
    func measure(_ work: () -> Void) -> Double {
        let start = now()
        work()
        return now() - start
    }

    private func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

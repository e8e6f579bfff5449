// PLACEHOLDER: replaced by the entity recognizer (issue 3).
struct EntityRecognizer: Sendable {
    let registry: EntityRegistry
    init(registry: EntityRegistry) { self.registry = registry }
    func recognize(_ text: [UInt8]) -> (mentions: [EntityMention], entities: [Entity]) { ([], []) }
}

import Testing
@testable import BriefAnnotate

@Suite struct EntityRegistryTests {
    static let registry = EntityRegistry(
        known: [
            KnownEntity(name: "Kyiv", type: .place, aliases: ["Kiev"]),
            KnownEntity(name: "Assembly of First Nations", type: .org, aliases: ["AFN"], id: "afn"),
            KnownEntity(name: "Quorvan", type: .org),
        ],
        ignored: ["Alaska Summit", "Reuters"])

    @Test func aliasMentionTakesTheKnownEntity() {
        let (found, entities) = recognize("Kiev’s allies met in Kyiv.", registry: Self.registry)
        #expect(found.map(\.description) == ["Kiev/PLACE/kyiv", "Kyiv/PLACE/kyiv"])
        #expect(entities.map(\.name) == ["Kyiv"])
    }

    @Test func registryWinsOverTheExtractorsType() {
        // Without the registry a name before "said" is a person.
        #expect(typed("Quorvan said so.") == ["Quorvan/PERSON"])
        #expect(typed("Quorvan said so.", registry: Self.registry) == ["Quorvan/ORG"])
    }

    @Test func registryIdAndMultiWordNames() {
        let (found, _) = recognize("The Assembly of First Nations (AFN) met; the AFN voted.", registry: Self.registry)
        #expect(found.map(\.id) == ["afn", "afn", "afn"])
        #expect(found.first?.text == "Assembly of First Nations")
    }

    @Test func ignoredNamesAreNeverReported() {
        let got = typed("Putin spoke at the Alaska Summit, reports Reuters.", registry: Self.registry)
        #expect(!got.contains { $0.hasPrefix("Reuters") || $0.hasPrefix("Alaska Summit") })
        #expect(typed("It came from Reuters.").contains("Reuters/ORG"))
    }
}

import Testing
@testable import BriefAnnotate

/// A text's annotation depends on an entity registry only through the groups of names (by first
/// word) its words touch: what lets a build annotate again only the briefings a note's names
/// can change.
@Suite("Registry dependence")
struct RegistryDependenceTests {
    @Test func namesAliasesAndIgnoredNamesAreGroupedByTheirFirstWordFolded() {
        let registry = EntityRegistry(
            known: [
                KnownEntity(name: "Kyiv", type: .place, aliases: ["Kiev"]),
                KnownEntity(name: "New Democratic Party", type: .org, aliases: ["NDP"]),
                KnownEntity(name: "New York", type: .place),
            ],
            ignored: ["Share This", "new arrivals"])
        let dependence = RegistryDependence(registry)
        #expect(dependence.firstWords.map { String(decoding: $0, as: UTF8.self) } == ["kiev", "kyiv", "ndp", "new", "share"])
        let new = dependence.firstWords.firstIndex(of: Array("new".utf8))!
        #expect(dependence.members[new].known == [1, 2])
        #expect(dependence.members[new].ignored == ["new arrivals"])
        func words(_ text: String) -> [String] {
            dependence.groups(in: Array(text.utf8)).map { String(decoding: dependence.firstWords[Int($0)], as: UTF8.self) }
        }
        #expect(words("Officials in KIEV and new york met. Share this.") == ["kiev", "new", "share"])
        #expect(words("Nothing here: Kyivan, renewal, NDPs.") == [])
        #expect(RegistryDependence(EntityRegistry()).groups(in: Array("Kyiv".utf8)) == [])
    }

    /// An ignored name matches a candidate whatever its case, and where a text's first word ends
    /// depends on case: "j. smith" is filed under "j." too, the initial "J. Smith" starts with.
    @Test func anIgnoredNameIsFiledUnderTheFirstWordOfEachCase() {
        let dependence = RegistryDependence(EntityRegistry(ignored: ["j. smith"]))
        let words = Set(dependence.groups(in: Array("Officials met J. Smith in Paris.".utf8)).map { dependence.firstWords[Int($0)] })
        #expect(words == [Array("j.".utf8)])
    }

    /// The property the cache relies on: two registries that differ only in groups a text does
    /// not touch annotate it alike. Texts and registries are made from a small vocabulary of
    /// names, so groups are often touched and often not.
    @Test func registriesThatDifferOnlyInUntouchedGroupsAnnotateAlike() {
        var random = EntityPropertyTests.Rng(state: 20_261_201)
        let names = [
            "Kyiv", "Kiev", "Anna Berg", "Berg", "New York", "New Labour", "Share This", "Lviv", "Jean Martin", "Martin", "J. Smith", "Smith",
        ]
        let fillers = [
            "said on Monday", "met officials in", "“We will stay,” said", "according to", "The talks in", "and", "told reporters.",
        ]
        func text() -> String {
            (0..<12).map { _ in random.next() % 2 == 0 ? names[random.below(names.count)] : fillers[random.below(fillers.count)] }
                .joined(separator: " ") + "."
        }
        func registry() -> EntityRegistry {
            var known: [KnownEntity] = []
            var ignored: Set<String> = []
            var used: Set<String> = []
            for name in names where random.next() % 3 == 0 && used.insert(name).inserted {
                switch random.next() % 5 {
                case 0: ignored.insert(name)
                case 4: ignored.insert(name.lowercased())
                case 1: known.append(KnownEntity(name: name, type: .place))
                case 2: known.append(KnownEntity(name: name, type: .person))
                default:
                    let alias = names[random.below(names.count)]
                    if used.insert(alias).inserted { known.append(KnownEntity(name: name, type: .org, aliases: [alias])) }
                }
            }
            return EntityRegistry(known: known, ignored: ignored)
        }
        /// What the groups a text touches hold in a registry, by first word.
        func touched(_ text: [UInt8], _ registry: EntityRegistry) -> [String: String] {
            let dependence = RegistryDependence(registry)
            var found: [String: String] = [:]
            for group in dependence.groups(in: text) {
                let members = dependence.members[Int(group)]
                found[String(decoding: dependence.firstWords[Int(group)], as: UTF8.self)] =
                    "\(members.known.map { registry.known[$0] }) \(members.ignored)"
            }
            return found
        }
        var alike = 0
        for _ in 0..<400 {
            let bytes = Array(text().utf8)
            let first = registry()
            // The same registry with the entries and ignored names of groups the text does not
            // touch made again at random: the text must be annotated alike.
            func isTouched(_ name: String) -> Bool {
                !RegistryDependence(EntityRegistry(known: [KnownEntity(name: name, type: .other)])).groups(in: bytes).isEmpty
            }
            let other = registry()
            var second = EntityRegistry(
                known: first.known.filter { ([$0.name] + $0.aliases).contains(where: isTouched) }
                    + other.known.filter { !([$0.name] + $0.aliases).contains(where: isTouched) },
                ignored: first.ignored.filter(isTouched).union(other.ignored.filter { !isTouched($0) }))
            // A name claimed twice would be an error in a site: keep the first.
            var claimed: Set<String> = []
            second.known = second.known.filter { ([$0.name] + $0.aliases).allSatisfy { claimed.insert($0).inserted } }
            second.ignored = second.ignored.filter { !claimed.contains($0) }
            let words = Set(touched(bytes, first).keys).union(touched(bytes, second).keys)
            guard words.allSatisfy({ touched(bytes, first)[$0] == touched(bytes, second)[$0] }) else { continue }
            alike += 1
            let a = Annotator(registry: first).annotate(utf8: bytes)
            let b = Annotator(registry: second).annotate(utf8: bytes)
            #expect(a == b, "\(String(decoding: bytes, as: UTF8.self)) \(first) \(second)")
        }
        #expect(alike > 150, "too few cases compared: \(alike)")
    }
}

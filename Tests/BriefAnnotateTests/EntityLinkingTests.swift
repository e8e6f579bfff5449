import Testing
@testable import BriefAnnotate

@Suite struct EntityLinkingTests {
    @Test("a surname-only mention joins the full name, before or after it", arguments: [
        "Lavrov spoke first. Later Sergei Lavrov said more. Lavrov left.",
        "Sergei Lavrov spoke. Lavrov said more.",
    ])
    func surnameJoinsFullName(text: String) {
        let (found, entities) = recognize(text)
        let lavrov = found.filter { $0.text.contains("Lavrov") }
        #expect(lavrov.count >= 2)
        #expect(lavrov.allSatisfy { $0.id == "sergei-lavrov" && $0.type == .person })
        #expect(entities.filter { $0.type == .person }.map(\.name) == ["Sergei Lavrov"])
    }

    @Test func titledSurnameJoinsFullName() {
        let (found, _) = recognize("Ambassador Quorvan Mibbs arrived. Ambassador Mibbs said it was fine.")
        #expect(found.map(\.description) == ["Ambassador Quorvan Mibbs/PERSON/quorvan-mibbs", "Ambassador Mibbs/PERSON/quorvan-mibbs"])
    }

    @Test func idsAreSlugsWithDiacriticsTransliterated() {
        #expect(EntitySlug.make("Sergei Lavrov") == "sergei-lavrov")
        #expect(EntitySlug.make("Zürich") == "zurich")
        #expect(EntitySlug.make("François Hollande") == "francois-hollande")
        #expect(EntitySlug.make("Łódź") == "lodz")
        #expect(EntitySlug.make("U.S.") == "us")
        #expect(EntitySlug.make("O'Brien & Sons") == "obrien-and-sons")
        // Cyrillic and Greek are spelled as briefing slugs spell them (й -> y, not folded to и).
        #expect(EntitySlug.make("Москва") == "moskva")
        #expect(EntitySlug.make("Владимир Путин") == "vladimir-putin")
        #expect(EntitySlug.make("Сергей Шойгу") == "sergey-shoygu")
        #expect(EntitySlug.make("Κυριάκος Μητσοτάκης") == "kyriakos-mitsotakis")
        // Letters with no ASCII spelling here get a stable hash.
        #expect(EntitySlug.make("习近平").hasPrefix("entity-"))
        #expect(EntitySlug.make("习近平") == EntitySlug.make("习近平"))
    }

    @Test func oneIDAcrossDocuments() {
        let a = recognize("Sergei Lavrov spoke in Moscow.").found
        let b = recognize("In a later talk, Lavrov said... Sergei Lavrov left Moscow.").found
        #expect(a.map(\.id) == ["sergei-lavrov", "moscow"])
        #expect(Set(b.map(\.id)) == ["sergei-lavrov", "moscow"])
    }

    @Test func entitiesComeInOrderOfFirstMention() {
        let (found, entities) = recognize("Putin met Zelensky in Istanbul. Vladimir Putin left. Russia said so.")
        // "Zelensky" alone has no evidence of its type (no title, full name or speech verb): not reported.
        #expect(entities.map(\.id) == ["vladimir-putin", "istanbul", "russia"])
        var seen: [String] = []
        for m in found where !seen.contains(m.id) { seen.append(m.id) }
        #expect(seen == entities.map(\.id))
    }
}

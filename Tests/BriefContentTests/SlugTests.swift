import Testing
@testable import BriefContent

@Suite("Slugs")
struct SlugTests {
    @Test(arguments: [
        ("Lavrov accuses European Leaders", "lavrov-accuses-european-leaders"),
        ("Kiev’s allies, and Moscow's view", "kievs-allies-and-moscows-view"),
        ("Gdańsk’s new LNG terminal", "gdansks-new-lng-terminal"),
        ("Belém: COP30 ends", "belem-cop30-ends"),
        ("Straße der Einheit", "strasse-der-einheit"),
        ("Maroš Šefčovič in Brüssel", "maros-sefcovic-in-brussel"),
        ("Сергей Лавров", "sergey-lavrov"),
        ("Владимир Путин", "vladimir-putin"),
        ("Україна", "ukrayina"),
        ("Ελλάδα", "ellada"),
        ("  --Already--fine--  ", "already-fine"),
        ("NATO & the EU / 2025", "nato-the-eu-2025"),
        ("???", ""),
    ])
    func transliteratesToReadableASCII(title: String, expected: String) {
        #expect(Slug.make(from: title) == expected)
    }

    @Test func longTitlesAreCutAtAWordBoundary() {
        let slug = Slug.make(from: String(repeating: "word ", count: 40))
        #expect(slug.utf8.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("word"))
    }

    @Test(arguments: ["../etc/passwd", "a/b", "..", "x\\y", "briefings/../../out"])
    func handWrittenSlugsCannotEscapeTheirFolder(requested: String) {
        guard case .failure(let error) = Slug.sanitize(requested) else {
            Issue.record("\(requested) was accepted")
            return
        }
        #expect(error.message.contains("`slug` must be a single name"))
    }

    @Test func handWrittenSlugsAreNormalised() throws {
        #expect(try Slug.sanitize("Münchner Sicherheitskonferenz").get() == "munchner-sicherheitskonferenz")
        #expect(try Slug.sanitize("nato-2025").get() == "nato-2025")
    }
}

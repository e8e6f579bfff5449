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

/// The byte path for ASCII text against the scalar path, on every ASCII character and mixes of them.
@Suite("Slug ASCII path")
struct SlugASCIIPathTests {
    @Test func asciiTextGivesTheSameSlugAsTheScalarPath() {
        var inputs = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        inputs += ["NATO Summit", "  Kyiv's war  ", "U.S.-Russia", "a--b", "`quoted`", "-x-", "Ab\r\nCd", "'", "",
                   String(repeating: "word ", count: 30), String(repeating: "x", count: 90)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<24, using: &generator)
            inputs.append(String(decoding: (0..<length).map { _ in UInt8.random(in: 0..<128, using: &generator) }, as: UTF8.self))
        }
        for text in inputs {
            #expect(Slug.make(from: text) == Slug.unicodeSlug(text), "\(text.debugDescription)")
        }
    }
}

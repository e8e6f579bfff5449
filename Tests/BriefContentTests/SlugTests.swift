import Foundation
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

/// Titles and names whose letters have no ASCII spelling here get a stable hashed slug.
@Suite("Slugs of non-Latin text")
struct SlugHashTests {
    @Test(arguments: ["日本語のみ", "习近平", "서울", "مرحبا بالعالم", "שלום", "ภาษาไทย", "नमस्ते", "习近平 2025", "١٢٣"])
    func textWithNoASCIISpellingGetsAHashedSlug(text: String) throws {
        let slug = Slug.make(from: text)
        #expect(slug.hasPrefix(Slug.hashedPrefix), "\(text) -> \(slug)")
        #expect(slug.utf8.count == Slug.hashedPrefix.utf8.count + 12)
        #expect(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
        #expect(try Slug.sanitize(text).get() == slug, "a hand-written `slug:` in such letters is accepted too")
    }

    @Test func hashedSlugsArePinnedForeverSinceThePagesArePublishedUnderThem() {
        // Moving these would move every published page of such a title: never change them.
        #expect(Slug.make(from: "日本語のみ") == "u-823f45a0b83c")
        #expect(Slug.make(from: "习近平") == "u-d6bd20e79e16")
    }

    @Test func theSameWordsGiveTheSameSlugWhateverTheirFormCaseOrSpacing() {
        let composed = "서울 뉴스"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        #expect(Slug.make(from: decomposed) == Slug.make(from: composed))
        #expect(Slug.make(from: "  习近平\n") == Slug.make(from: "习近平"))
        #expect(Slug.make(from: "Ωμέγα Ελλάδα") == "omega-ellada", "Greek is transliterated, not hashed")
        #expect(Slug.make(from: "日本語のみ") != Slug.make(from: "日本語"))
    }

    @Test(arguments: [
        ("Xi Jinping 习近平", "xi-jinping"),
        ("Tokyo 東京 summit", "tokyo-summit"),
        ("🎉🎉", ""),
        ("???", ""),
    ])
    func textWithAnyASCIISpelledLetterKeepsTheReadableSlug(text: String, expected: String) {
        #expect(Slug.make(from: text) == expected)
    }

    /// A text that is already a slug is returned as it is, and only such a text: `isSlug` holds
    /// exactly when `make(from:)` would give a non-empty text back.
    @Test(arguments: [
        "trade", "maria-wei", "g7", "2025", "a-b-c", "u-3f9a2c1d7b4e", String(repeating: "a", count: 80),
        "", "-trade", "trade-", "maria--wei", "Trade", "maria wei", "maria_wei", "zürich", "o'brien", String(repeating: "a", count: 81),
        String(repeating: "ab-", count: 30) + "c",
    ])
    func textAlreadyASlugIsKept(text: String) {
        #expect(Slug.isSlug(text) == (!text.isEmpty && Slug.make(from: text) == text))
    }
}

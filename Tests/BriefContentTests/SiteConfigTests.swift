import Testing
@testable import BriefContent

@Suite("brief.yml")
struct SiteConfigTests {
    @Test func readsEveryKey() throws {
        let config = try SiteConfig(parsing: """
            title: Morning Brief
            base_url: https://brief.example.org/
            language: de
            unsafe_html: true
            paginate: 5
            description: Briefings.
            author: Desk
            """)
        #expect(config.title == "Morning Brief")
        #expect(config.baseURL == "https://brief.example.org/")
        #expect(config.language == "de")
        #expect(config.unsafeHTML)
        #expect(config.paginate == 5)
        #expect(config.description == "Briefings.")
        #expect(config.author == "Desk")
    }

    @Test func blankAuthorAndDescriptionAreNoneAndAnEmptyTitleIsAnError() throws {
        let config = try SiteConfig(parsing: "title: '  Desk  '\nauthor: ' '\ndescription:\n")
        #expect(config.title == "Desk")
        #expect(config.author.isEmpty && config.description.isEmpty)
        let errors = #expect(throws: ContentErrors.self) { try SiteConfig(parsing: "author: A\ntitle: \"\"\n") }
        #expect(errors?.diagnostics.map(\.description) == [
            "brief.yml:2: error: `title` is empty; name the site (it heads every page, the feed and the browser tab)",
        ])
    }

    @Test func missingKeysKeepTheirDefaults() throws {
        let config = try SiteConfig(parsing: "title: Only a title\n")
        #expect(config.language == "en")
        #expect(!config.unsafeHTML)
        #expect(config.paginate == 20)
        #expect(try SiteConfig(parsing: "") == SiteConfig())
    }

    @Test func everyProblemIsReportedWithItsLine() {
        #expect(messages("title: T\ntheme: dark\npaginate: many\nunsafe_html: \"yes\"\nbase_url: brief.example.org\n") == [
            "brief.yml:2: error: unknown key `theme` (known keys: `title`, `base_url`, `language`, `unsafe_html`, `paginate`, `description`, `author`)",
            "brief.yml:3: error: `paginate` must be a whole number, found \"many\"",
            "brief.yml:4: error: `unsafe_html` must be true or false, found \"yes\"",
            "brief.yml:5: error: `base_url` must start with http:// or https://, found \"brief.example.org\"",
        ])
    }

    @Test func aBaseURLNeedsAHostAndNoQueryOrFragment() {
        #expect(messages("base_url: \"https://\"\n") == ["brief.yml:1: error: `base_url` has no host after https://, found \"https://\""])
        #expect(messages("base_url: http:///x/\n") == ["brief.yml:1: error: `base_url` has no host after http://, found \"http:///x/\""])
        let fragment = "brief.yml:1: error: `base_url` may not have a ?query or #fragment (page paths are added after it), found"
        #expect(messages("base_url: https://x.org/?pr=7\n") == [fragment + " \"https://x.org/?pr=7\""])
        #expect(messages("base_url: \"https://x.org/p#top\"\n") == [fragment + " \"https://x.org/p#top\""])
        #expect(messages("base_url: https://x.org/pr-7/\n").isEmpty)
        #expect(messages("base_url: \"\"\n").isEmpty)
    }

    @Test func negativePaginationIsRefused() {
        #expect(messages("paginate: -1\n") == ["brief.yml:1: error: `paginate` must be 0 (one page) or more, found -1"])
    }

    @Test func invalidYAMLIsReportedWithItsLine() {
        let found = messages("title: T\n  bad: indent\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("brief.yml:2: error: invalid YAML") == true)
    }

    @Test func aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        #expect(messages("title: A\nlanguage: en\ntitle: B\n") == ["brief.yml:3: error: invalid YAML: duplicate key title"])
    }

    private func messages(_ text: String) -> [String] {
        do {
            _ = try SiteConfig(parsing: text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}

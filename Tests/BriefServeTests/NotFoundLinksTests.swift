import BriefTestSupport
import Foundation
import Testing
@testable import BriefServe

/// The 404 page's links, made for a static host from `base_url`, start from the preview's root.
@Suite("404 page links")
struct NotFoundLinksTests {
    static let cases: [(base: String, page: String, expected: String)] = [
        // As `{{page.root}}` writes it: `&` and `'` HTML-escaped.
        ("https://news.example.org/a&b/", #"<link href="https://news.example.org/a&amp;b/assets/brief.css">"#, #"<link href="/assets/brief.css">"#),
        ("https://news.example.org/o'neil", #"<a href="https://news.example.org/o&#39;neil/index.html">"#, #"<a href="/index.html">"#),
        // As written in a site's own 404.html, and without the final slash in base_url.
        ("https://news.example.org/a&b", #"<a href="https://news.example.org/a&b/tags/">"#, #"<a href="/tags/">"#),
        ("https://news.example.org/", #"<a href="https://news.example.org/x">"#, #"<a href="/x">"#),
        // Single-quoted attributes, as a hand-written 404.html may have them.
        ("https://news.example.org/a&b/", #"<a href='https://news.example.org/a&b/x'><img src='https://news.example.org/a&amp;b/i.png'>"#,
         #"<a href='/x'><img src='/i.png'>"#),
        // Other addresses, and text that only mentions the base, stay.
        ("https://news.example.org/desk/", #"<a href="https://other.example.org/desk/">news.example.org/desk/</a>"#,
         #"<a href="https://other.example.org/desk/">news.example.org/desk/</a>"#),
        ("", #"<a href="https://news.example.org/x">"#, #"<a href="https://news.example.org/x">"#),
    ]

    @Test(arguments: cases)
    func linksFromTheBaseStartFromTheRoot(_ example: (base: String, page: String, expected: String)) {
        #expect(ServeHandler.localLinks(example.page, baseURL: example.base) == example.expected)
    }
}

extension DevServerTests {
    /// `base_url` with `&`: the generated page holds it escaped, and its links still lead into the preview.
    @Test func the404PageLinksIntoThePreviewWhenBaseURLHasAnAmpersand() async throws {
        let served = try await ServedSite.start(extraFiles: ["brief.yml": "title: Serve Test\nbase_url: https://news.example.org/a&b/\n"])
        defer { Task { await served.stop() } }
        let built = try served.scratch.read("served/404.html")
        #expect(built.contains(#"href="https://news.example.org/a&amp;b/assets/brief.css""#), "the built file keeps base_url, escaped")
        let response = try await served.probe.fetch("/no/such/page/")
        #expect(response.status == 404)
        #expect(response.text.contains(#"href="/assets/brief.css""#))
        #expect(!response.text.contains("news.example.org"))
    }

    /// The base comes from the build that made the page served: not from brief.yml as it is now
    /// (broken here), and kept by a build that finds nothing changed.
    @Test func the404PageUsesTheLastGoodBuildsBaseURL() async throws {
        let served = try await ServedSite.start(extraFiles: ["brief.yml": "title: Serve Test\nbase_url: https://news.example.org/desk/\n"])
        defer { Task { await served.stop() } }
        let unchanged = await served.server.rebuild()
        #expect(unchanged.error == nil)
        var response = try await served.probe.fetch("/no/such/page/")
        #expect(response.text.contains(#"href="/assets/brief.css""#), "after a build with nothing to do")

        try served.write("brief.yml", "title: [unclosed\nbase_url: https://elsewhere.example.org/\n")
        let broken = await served.server.rebuild()
        #expect(broken.error != nil)
        response = try await served.probe.fetch("/no/such/page/")
        #expect(response.status == 404)
        #expect(response.text.contains(#"href="/assets/brief.css""#), "the page served is the last good build's")
        #expect(!response.text.contains("news.example.org"))
    }
}

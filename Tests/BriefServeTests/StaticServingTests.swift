import BriefTestSupport
import BriefServe
import Foundation
import Testing

@Suite("Static serving pieces")
struct StaticServingTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("a.CSS", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("feed.xml", "application/xml"),
        ("logo.svg", "image/svg+xml"), ("p.png", "image/png"), ("p.jpg", "image/jpeg"), ("p.jpeg", "image/jpeg"),
        ("f.woff2", "font/woff2"), ("robots.txt", "text/plain; charset=utf-8"), ("data.json", "application/json"),
        ("blob", "application/octet-stream"), ("x.unknown", "application/octet-stream"),
    ])
    func contentTypesByExtension(name: String, type: String) {
        #expect(ContentType.forFile(named: name) == type)
    }

    @Test func theScriptGoesBeforeTheLastBodyClose() throws {
        let html = "<html><body><p>&lt;/body&gt;</p></BODY></html>"
        let injected = LiveReload.inject(into: html, version: 7, error: nil)
        let script = try #require(injected.range(of: "<script id=\"brief-serve-reload\">"))
        let close = try #require(injected.range(of: "</BODY>"))
        #expect(script.upperBound < close.lowerBound)
        #expect(injected.contains("v=7;"))
        #expect(injected.hasSuffix("</BODY></html>"))
        #expect(!injected.contains("brief-serve-error"))
    }

    @Test func withoutBodyTheScriptIsAppendedAndErrorsAreEscaped() {
        let injected = LiveReload.inject(into: "<p>hi</p>", version: 1, error: "content/a.md:2: error: <b>bad</b> & worse")
        #expect(injected.hasPrefix("<p>hi</p><div id=\"brief-serve-error\""))
        #expect(injected.contains("content/a.md:2: error: &lt;b&gt;bad&lt;/b&gt; &amp; worse"))
        #expect(injected.hasSuffix("</script>"))
    }

    @Test func symbolicLinksLeavingTheRootAreRefused() throws {
        let scratch = try Scratch()
        try scratch.write("outside/secret.txt", "secret\n")
        try scratch.write("root/inside.txt", "fine\n")
        try scratch.write("root/sub/index.html", "<p>sub</p>")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: scratch.url("root/leak.txt").path, withDestinationPath: scratch.url("outside/secret.txt").path)
        try fm.createSymbolicLink(atPath: scratch.url("root/away").path, withDestinationPath: scratch.url("outside").path)
        try fm.createSymbolicLink(atPath: scratch.url("root/alias.txt").path, withDestinationPath: "inside.txt")
        let resolver = SitePathResolver(root: scratch.url("root"))

        #expect(resolver.resolve("/leak.txt") == .forbidden)
        #expect(resolver.resolve("/away/secret.txt") == .forbidden)
        #expect(resolver.resolve("/away/") == .forbidden)
        guard case .file(let alias) = resolver.resolve("/alias.txt") else {
            Issue.record("a link inside the root is served")
            return
        }
        #expect(alias.lastPathComponent == "inside.txt")
        guard case .file(let index) = resolver.resolve("/sub/?x=1") else {
            Issue.record("a folder with index.html is served")
            return
        }
        #expect(index.lastPathComponent == "index.html")
        #expect(resolver.resolve("/sub") == .redirect("/sub/"))
        // The query goes along (`/search?q=nato`), a fragment does not.
        #expect(resolver.resolve("/sub?q=nato&x=1") == .redirect("/sub/?q=nato&x=1"))
        #expect(resolver.resolve("/sub?q=a#top") == .redirect("/sub/?q=a"))
        #expect(resolver.resolve("/nothing") == .notFound)
        #expect(resolver.resolve("/%zz") == .forbidden)
        #expect(resolver.resolve("relative") == .forbidden)
    }
}

import BriefTestSupport
@testable import BriefServe
import BriefSite
import Foundation
import Testing

@Suite("Development server", .serialized)
struct DevServerTests {
    @Test func servesPagesAndFilesWithTheirContentTypes() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }

        let home = try await served.probe.fetch("/")
        #expect(home.status == 200)
        #expect(home.header("content-type") == "text/html; charset=utf-8")
        #expect(home.text.contains("Ministers meet"))
        #expect(home.text.contains("\(LiveReload.pollPath)?v="), "served pages carry the reload script")

        let page = try await served.probe.fetch("/briefings/meeting/")
        #expect(page.status == 200)
        #expect(page.text.contains("The first version of the text."))

        let cases: [(String, String)] = [
            ("/assets/brief.css", "text/css; charset=utf-8"),
            ("/assets/favicon.svg", "image/svg+xml"),
            ("/notes.txt", "text/plain; charset=utf-8"),
            ("/data/info.json", "application/json"),
            ("/briefings/meeting/index.html", "text/html; charset=utf-8"),
        ]
        for (path, type) in cases {
            let response = try await served.probe.fetch(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.header("content-type") == type, "\(path)")
        }
        let css = try await served.probe.fetch("/assets/brief.css")
        #expect(!css.text.contains(LiveReload.pollPath), "only HTML gets the script")

        let folder = try await served.probe.fetch("/briefings/meeting")
        #expect(folder.status == 301)
        #expect(folder.header("location") == "/briefings/meeting/")
        let withQuery = try await served.probe.fetch("/search?q=nato%20summit")
        #expect(withQuery.status == 301)
        #expect(withQuery.header("location") == "/search/?q=nato%20summit", "the query goes along with the redirect")
    }

    @Test func editingABriefingUpdatesThePageAndAnnouncesItWithinTwoSeconds() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let version = await served.server.status.version
        #expect(version == 1)

        // A page's long poll is waiting when the edit lands.
        let probe = served.probe
        let poll = Task { try await probe.fetch("\(LiveReload.pollPath)?v=\(version)") }
        #expect(await waitUntil { await served.server.waitingPolls == 1 }, "the long poll is waiting")
        let clock = ContinuousClock()
        let edited = clock.now
        try served.write("content/world/meeting.md", ServedSite.briefing.replacingOccurrences(of: "first version", with: "second version"))

        let announced = try await poll.value
        #expect(clock.now - edited < .seconds(2))
        #expect(announced.status == 200)
        #expect(announced.header("content-type") == "application/json")
        let status = try JSONDecoder().decode(BuildStatus.self, from: announced.body)
        #expect(status.version == version + 1)
        #expect(status.error == nil)

        let page = try await served.probe.fetch("/briefings/meeting/")
        #expect(page.text.contains("The second version of the text."))
        #expect(page.text.contains("var v=\(version + 1);"), "the page knows the new version")
        #expect(clock.now - edited < .seconds(2))
    }

    @Test func aBrokenChangeKeepsTheLastGoodPageAndShowsTheError() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let version = await served.server.status.version

        try served.write("content/world/meeting.md", "---\ntitle: [unclosed\ndate: 2025-10-14\n---\nThe broken version.\n")
        let polled = try await served.probe.fetch("\(LiveReload.pollPath)?v=\(version)")
        let status = try JSONDecoder().decode(BuildStatus.self, from: polled.body)
        #expect(status.version == version + 1)
        #expect(status.hasSite)
        let error = try #require(status.error)
        #expect(error.contains("content/world/meeting.md:"))

        let page = try await served.probe.fetch("/briefings/meeting/")
        #expect(page.status == 200)
        #expect(page.text.contains("The first version of the text."), "the last good page stays")
        #expect(!page.text.contains("The broken version."))
        #expect(page.text.contains("id=\"\(LiveReload.marker)-error\""))
        #expect(page.text.contains("content/world/meeting.md:"))

        // Fixed again: the overlay goes away.
        try served.write("content/world/meeting.md", ServedSite.briefing.replacingOccurrences(of: "first version", with: "fixed version"))
        let fixed = try await served.probe.fetch("\(LiveReload.pollPath)?v=\(version + 1)")
        #expect(try JSONDecoder().decode(BuildStatus.self, from: fixed.body).error == nil)
        let again = try await served.probe.fetch("/briefings/meeting/")
        #expect(again.text.contains("The fixed version of the text."))
        #expect(!again.text.contains("\(LiveReload.marker)-error"))
    }

    @Test func aSiteThatNeverBuiltShowsAnErrorPage() async throws {
        let served = try await ServedSite.start(extraFiles: ["brief.yml": "title: [broken\n"])
        defer { Task { await served.stop() } }
        let page = try await served.probe.fetch("/")
        #expect(page.status == 500)
        #expect(page.text.contains("brief.yml:"))
        #expect(page.text.contains(LiveReload.pollPath))
    }

    @Test(arguments: [
        "/../brief.yml", "/..", "/%2e%2e/brief.yml", "/%2E%2E/%2e%2e/etc/passwd", "/assets/..%2f..%2fbrief.yml",
        "/.%2e/brief.yml", "/assets/%2e%2e/%2e%2e/content/world/meeting.md", "/notes.txt%00.html", "/assets%5c..%5cbrief.yml",
    ])
    func pathsLeavingTheSiteAreRefused(path: String) async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let response = try await served.probe.fetch(path)
        #expect([400, 403].contains(response.status), "\(path) -> \(response.status)")
        #expect(response.status != 200)
        #expect(!response.text.contains("title: Serve Test"))
        #expect(!response.text.contains("root:"))
    }

    @Test func aFolderWithoutIndexIsNotFoundAndTheSites404PageIsUsed() async throws {
        let plain = try await ServedSite.start()
        let bare = try await plain.probe.fetch("/docs/")
        await plain.stop()
        #expect(bare.status == 404)
        #expect(!bare.text.contains("readme.txt"), "no directory listing")

        let custom = try await ServedSite.start(extraFiles: ["static/404.html": "<!doctype html><title>Lost</title><body><p>Nothing here, sorry.</p></body>"])
        defer { Task { await custom.stop() } }
        for path in ["/docs/", "/no/such/page/", "/missing.css"] {
            let response = try await custom.probe.fetch(path)
            #expect(response.status == 404, "\(path)")
            #expect(response.text.contains("Nothing here, sorry."), "\(path)")
        }
    }

    /// Built for a static host, the 404 page links from `base_url`; the preview keeps its clicks local.
    @Test func theGenerated404PageLinksIntoThePreview() async throws {
        let served = try await ServedSite.start(extraFiles: ["brief.yml": "title: Serve Test\nbase_url: https://news.example.org/desk/\n"])
        defer { Task { await served.stop() } }
        let response = try await served.probe.fetch("/no/such/page/")
        #expect(response.status == 404)
        #expect(response.text.contains("href=\"/assets/brief.css\""))
        #expect(!response.text.contains("=\"https://news.example.org/desk/"))
        let built = try served.scratch.read("served/404.html")
        #expect(built.contains("href=\"https://news.example.org/desk/assets/brief.css\""), "the built file keeps base_url")
    }

    @Test func theReloadScriptIsNeverInBuildOutput() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Build\n")
        try scratch.write("site/content/a.md", ServedSite.briefing)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let files = try scratch.snapshot("out")
        #expect(files.keys.contains("index.html"))
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("__brief"), "\(path)")
            #expect(!text.contains(LiveReload.marker), "\(path)")
        }
    }

    @Test func itListensOnLoopbackByDefault() {
        let options = ServeOptions(siteDirectory: URL(fileURLWithPath: "/tmp"))
        #expect(options.host == "127.0.0.1")
    }
}

extension DevServerTests {
    /// A port another server holds is reported at once, in words, and nothing is built first.
    @Test func aPortInUseFailsBeforeTheFirstBuildWithAPlainMessage() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Second\n")
        try scratch.write("site/content/a.md", "# A\n\nText.\n")
        let second = DevServer(
            options: ServeOptions(siteDirectory: scratch.url("site"), port: served.probe.port, outputDirectory: scratch.url("served"),
                                  pollInterval: .milliseconds(100), longPollTimeout: .seconds(5)),
            printOut: { _ in }, printError: { _ in })
        do {
            _ = try await second.start()
            Issue.record("a second server started on a port in use")
        } catch let error as ServeError {
            #expect(error.description == "cannot listen on 127.0.0.1:\(served.probe.port): the port is in use; try another --port")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.url("served/index.html").path), "no build before listening")
    }
}

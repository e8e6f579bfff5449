import BriefTestSupport
import BriefServe
import Foundation

/// A small site in a scratch folder, served by a `DevServer` on a free loopback port.
struct ServedSite {
    let scratch: Scratch
    let site: URL
    let server: DevServer
    let probe: HTTPProbe

    static let briefing = """
        ---
        title: Ministers meet
        date: 2025-10-14
        tags: [nato]
        ---
        The first version of the text.
        """

    /// Writes the site, starts the server (polling every 100 ms) and waits until it listens.
    static func start(extraFiles: [String: String] = [:]) async throws -> ServedSite {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Serve Test\n")
        try scratch.write("site/content/world/meeting.md", briefing)
        try scratch.write("site/static/notes.txt", "plain text\n")
        try scratch.write("site/static/data/info.json", "{\"a\": 1}\n")
        try scratch.write("site/static/docs/readme.txt", "a folder without index.html\n")
        for (path, text) in extraFiles { try scratch.write("site/" + path, text) }
        let site = scratch.url("site")
        let server = DevServer(
            options: ServeOptions(siteDirectory: site, port: 0, outputDirectory: scratch.url("served"),
                                  pollInterval: .milliseconds(100), longPollTimeout: .seconds(5)),
            printOut: { _ in }, printError: { _ in })
        let port = try await server.start()
        return ServedSite(scratch: scratch, site: site, server: server, probe: HTTPProbe(port: port))
    }

    func stop() async { await server.stop() }

    /// Rewrites a site file.
    func write(_ path: String, _ text: String) throws {
        try scratch.write("site/" + path, text)
    }
}

import BriefTemplate
import Foundation

/// Answers every request of the development server: the long-poll endpoint, then files of the
/// latest good build, with the reload script (and error overlay) added to HTML.
struct ServeHandler: Sendable {
    let root: URL
    let state: BuildState
    let longPollTimeout: Duration

    func handle(_ request: HTTPRequestHead) async -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(.methodNotAllowed, "Method not allowed\n", headers: [("Allow", "GET, HEAD")])
        }
        let rawPath = request.path
        if rawPath == LiveReload.pollPath { return await poll(request) }
        let status = await state.status
        guard status.hasSite else {
            let page = LiveReload.errorPage(status.error ?? "The first build is running.", version: status.version)
            return html(.internalServerError, page)
        }
        switch SitePathResolver(root: root).resolve(rawPath) {
        case .file(let url):
            return fileResponse(url, status: .ok, build: status)
        case .redirect(var location):
            // The query goes along: the search page reads `?q=` from its own address.
            let query = request.query
            if !query.isEmpty { location += "?" + query }
            return HTTPResponse(status: .movedPermanently, headers: [("Location", location)])
        case .forbidden:
            return .text(.forbidden, "Forbidden: the path leaves the site\n")
        case .notFound:
            let custom = root.appendingPathComponent("404.html")
            if FileManager.default.fileExists(atPath: custom.path) {
                let baseURL = await state.baseURL
                return fileResponse(custom, status: .notFound, build: status) { Self.localLinks($0, baseURL: baseURL) }
            }
            return html(.notFound, LiveReload.inject(
                into: "<!doctype html><title>Not found</title><h1>Not found</h1>\n", version: status.version, error: status.error))
        }
    }

    private func poll(_ request: HTTPRequestHead) async -> HTTPResponse {
        let version = request.queryValue("v").flatMap { Int($0) } ?? -1
        let status = await state.waitForChange(from: version, timeout: longPollTimeout)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(status)) ?? Data("{}".utf8)
        return HTTPResponse(status: .ok, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body: Array(body))
    }

    /// The 404 page's links start from `baseURL` (the site's `base_url`), as a static host shows
    /// it at any path: here they start from this server's root, so a click from a missing page
    /// stays in the preview. An attribute holds the address HTML-escaped (`&amp;` for `&`, as
    /// `{{page.root}}` writes it) or as written (a site's own 404.html): both are matched, in
    /// double- or single-quoted attributes.
    static func localLinks(_ page: String, baseURL: String) -> String {
        guard !baseURL.isEmpty else { return page }
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let escaped = HTMLEscape.escaped(base)
        var page = page
        for quote in ["\"", "'"] {
            page = page.replacingOccurrences(of: "=" + quote + base, with: "=" + quote + "/")
            if escaped != base { page = page.replacingOccurrences(of: "=" + quote + escaped, with: "=" + quote + "/") }
        }
        return page
    }

    private func fileResponse(
        _ url: URL, status: HTTPStatus, build: BuildStatus, rewriting rewrite: (String) -> String = { $0 }
    ) -> HTTPResponse {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .text(.notFound, "Not found\n")
        }
        let type = ContentType.forFile(named: url.lastPathComponent)
        guard ContentType.isHTML(type) else {
            return HTTPResponse(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: Array(data))
        }
        let page = LiveReload.inject(into: rewrite(String(decoding: data, as: UTF8.self)), version: build.version, error: build.error)
        return html(status, page)
    }

    private func html(_ status: HTTPStatus, _ page: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")], body: Array(page.utf8))
    }
}

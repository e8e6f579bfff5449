/// Absolute addresses of site pages from `base_url`, for the feed and the sitemap.
struct SiteURL: Sendable {
    /// `base_url` with a trailing slash; empty when the site has none.
    let base: String

    init(baseURL: String) {
        base = baseURL.isEmpty || baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// True when `base_url` is set, so addresses are absolute.
    var isAbsolute: Bool { !base.isEmpty }

    /// The address of the page at `path` (`briefings/x/index.html` -> `BASE/briefings/x/`);
    /// other files keep their name (`feed.xml` -> `BASE/feed.xml`).
    func address(of path: String) -> String {
        let folder: Substring
        if path == "index.html" {
            folder = ""
        } else if path.hasSuffix("/index.html") {
            folder = path.dropLast("index.html".count)
        } else {
            folder = path[...]
        }
        return base + folder
    }
}

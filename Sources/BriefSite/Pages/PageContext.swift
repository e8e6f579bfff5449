import BriefContent

/// `{{page.*}}`: where this page is, for relative links that work from file:// and any subpath.
public struct PageContext: Sendable, Hashable {
    /// The page's kind (`index`, `briefing`); also the `<body>` class `page-KIND`.
    public var kind: String
    /// The output path of this page (`briefings/nato-summit/index.html`).
    public var path: String
    /// From this page back to the site root: `""` or `"../../"`. Prefix it to any site path.
    public var root: String
    /// The site's home page, relative (`../../index.html`).
    public var home: String
    /// The theme stylesheet, relative (`../../assets/brief.css`).
    public var stylesheet: String
    /// `base_url` + the page's folder, when brief.yml sets `base_url`.
    public var canonicalURL: String?

    /// The context of the page written to `path` (a site-relative path ending in `index.html`).
    public init(kind: String, path: String, baseURL: String) {
        self.kind = kind
        self.path = path
        let depth = Self.componentCount(path) - 1
        root = String(repeating: "../", count: depth)
        home = root + "index.html"
        stylesheet = root + Theme.assetsFolder + "/" + Theme.stylesheetName
        if baseURL.isEmpty {
            canonicalURL = nil
        } else {
            let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            canonicalURL = base + folder
        }
    }

    /// `path.split(separator: "/").count`: the non-empty parts between slashes. ASCII paths (all
    /// the ones brief makes) are counted over the bytes; others as Characters, as `split` does.
    static func componentCount(_ path: String) -> Int {
        var count = 0
        var inPart = false
        for byte in path.utf8 {
            if byte >= 0x80 { return path.split(separator: "/").count }
            if byte == 0x2F {
                inPart = false
            } else if !inPart {
                inPart = true
                count += 1
            }
        }
        return count
    }

    /// `sitePath` (relative to the site root) as a link from this page.
    public func link(to sitePath: String) -> String { StringJoin.join(root, sitePath) }

    /// `link(to: EntityID.path(of: id))`, made in one allocation (it runs for every entity and
    /// quote shown on a page).
    func entityLink(_ id: String) -> String { EntityID.link(to: id, from: root) }
}

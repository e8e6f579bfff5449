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
        let depth = max(0, Self.componentCount(path) - 1)
        (root, home, stylesheet) = depth < Self.linksByDepth.count ? Self.linksByDepth[depth] : Self.links(depth: depth)
        if baseURL.isEmpty {
            canonicalURL = nil
        } else {
            let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            canonicalURL = StringJoin.join(base, folder)
        }
    }

    /// `root`, `home` and `stylesheet` of a page `depth` folders down.
    private static func links(depth: Int) -> (root: String, home: String, stylesheet: String) {
        let root = String(repeating: "../", count: depth)
        return (root, root + "index.html", root + Theme.assetsFolder + "/" + Theme.stylesheetName)
    }

    /// `links(depth:)` made once for the depths of brief's own pages (a build makes a context
    /// for every page and card list, 100,000 at 10,000 briefings, and joined these anew each time).
    private static let linksByDepth = (0..<8).map(links(depth:))

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

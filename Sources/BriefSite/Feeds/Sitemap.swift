/// `sitemap.xml`: the address of every page of the site, absolute from `base_url`.
///
/// Made from the list of output files, so pages any part of the build adds are in it. Only
/// written when `base_url` is set: a sitemap holds absolute URLs or nothing.
struct Sitemap {
    /// Where the sitemap is written.
    static let path = "sitemap.xml"
    /// Pages that are not part of the site's content.
    static let excluded: Set<String> = ["404.html"]

    let url: SiteURL
    /// Output paths of the site's files; the `.html` ones become entries.
    let paths: [String]

    /// The sitemap as XML, pages in path order (the home page first).
    func xml() -> String {
        var pages = paths.filter { $0.hasSuffix(".html") && !Self.excluded.contains($0) && $0 != "index.html" }.sorted()
        if paths.contains("index.html") { pages.insert("index.html", at: 0) }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in pages {
            xml += "  <url><loc>\(XMLText.escaped(url.address(of: page)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}

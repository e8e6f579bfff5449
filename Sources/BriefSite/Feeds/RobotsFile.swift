/// `robots.txt`: everything may be crawled; names the sitemap when there is one.
struct RobotsFile {
    static let path = "robots.txt"

    let url: SiteURL

    func text() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if url.isAbsolute { text += "\nSitemap: \(url.address(of: Sitemap.path))\n" }
        return text
    }
}

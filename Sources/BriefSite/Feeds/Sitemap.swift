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

    /// The sitemap as UTF-8 XML, pages in path order (the home page first), written into one
    /// buffer: it is made last, on one core, at the end of a full build, where a line made by
    /// interpolation per page (its address cut by `Character`s, then escaped whole) took 124
    /// million instructions at 13,000 pages; 75 million now, 39 of them the sort of the paths as
    /// Strings (a `memcmp` sort of their bytes was no faster).
    func bytes() -> [UInt8] {
        var pages = paths.filter { Self.isEntry($0) && $0 != "index.html" }.sorted()
        if paths.contains("index.html") { pages.insert("index.html", at: 0) }
        // Escaped once: an address is the base and then a page's folder, and escaping works a
        // character at a time, so the base's escaped bytes start every escaped address.
        let escapedBase = Array(XMLText.escaped(url.base).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(128 + pages.count * (escapedBase.count + 48))
        out.append(contentsOf: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8)
        for var page in pages {
            out.append(contentsOf: "  <url><loc>".utf8)
            // An ASCII path with nothing to escape: the escaped base, then its folder's bytes.
            let appended = page.utf8.allSatisfy({ $0 < 0x80 }) && page.withUTF8 { bytes in
                let folder = UnsafeBufferPointer(rebasing: bytes[..<Self.folderEnd(bytes)])
                guard !XMLText.needsEscaping(folder) else { return false }
                out.append(contentsOf: escapedBase)
                out.append(contentsOf: folder)
                return true
            }
            // Any other (rare: `&` or `'` in a path, or a character that joins the one after it,
            // U+0600 before `/`, which `SiteURL` cuts by `Character`s): the address as it was made.
            if !appended { out.append(contentsOf: XMLText.escaped(url.address(of: page)).utf8) }
            out.append(contentsOf: "</loc></url>\n".utf8)
        }
        out.append(contentsOf: "</urlset>\n".utf8)
        return out
    }

    /// Whether the output file `path` is a page the sitemap lists (an `.html` file, not 404).
    /// Bytes for an ASCII path; a `Character` check for any other, where a character before the
    /// `.` can join it (U+0600), so no `.html` ends it.
    private static func isEntry(_ path: String) -> Bool {
        let isHTML = path.utf8.allSatisfy({ $0 < 0x80 })
            ? path.utf8.count >= 5 && path.utf8.suffix(5).elementsEqual(".html".utf8) : path.hasSuffix(".html")
        return isHTML && !excluded.contains(where: { $0 == path })
    }

    /// Where the part of a page's path its address keeps ends (`SiteURL.address(of:)`): before a
    /// final `index.html` (`briefings/x/index.html` -> `briefings/x/`), else the whole path.
    private static func folderEnd(_ path: UnsafeBufferPointer<UInt8>) -> Int {
        let index = "index.html".utf8
        guard path.count >= index.count, path[(path.count - index.count)...].elementsEqual(index) else { return path.count }
        let start = path.count - index.count
        return start == 0 || path[start - 1] == UInt8(ascii: "/") ? start : path.count
    }
}

import BriefContent

/// `feed.xml`: an Atom feed of the latest briefings, with absolute links from `base_url`.
///
/// Without `base_url` links are site-relative and ids are `urn:brief:briefing:SLUG`, still
/// unique and stable, but feed readers need `base_url` to follow links.
struct AtomFeed {
    /// Where the feed is written.
    static let path = "feed.xml"
    /// The most briefings the feed holds (the latest ones).
    static let entryLimit = 50

    let config: SiteConfig
    let summaries: [BriefingSummary]

    /// The feed as XML. Summaries come latest first; undated ones take the feed's `updated`.
    func xml() -> String {
        let url = SiteURL(baseURL: config.baseURL)
        let entries = summaries.prefix(Self.entryLimit)
        let updated = summaries.compactMap(\.date).max().map(AtomTimestamp.string) ?? AtomTimestamp.epoch
        let e = XMLText.escaped
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(config.language))">
              <title>\(e(config.title))</title>

            """
        if !config.description.isEmpty { xml += "  <subtitle>\(e(config.description))</subtitle>\n" }
        xml += """
              <link rel="self" type="application/atom+xml" href="\(e(url.address(of: Self.path)))"/>
              <link rel="alternate" type="text/html" href="\(e(url.isAbsolute ? url.address(of: "index.html") : "index.html"))"/>
              <id>\(e(url.isAbsolute ? url.address(of: "index.html") : "urn:brief:site"))</id>
              <updated>\(updated)</updated>
              <author><name>\(e(config.author.isEmpty ? config.title : config.author))</name></author>
              <generator>brief</generator>

            """
        for summary in entries {
            let link = url.address(of: summary.path)
            let id = url.isAbsolute ? link : "urn:brief:briefing:\(summary.slug)"
            xml += "  <entry>\n"
            xml += "    <title type=\"text\">\(e(summary.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(e(link))\"/>\n"
            xml += "    <id>\(e(id))</id>\n"
            if let date = summary.date {
                xml += "    <published>\(AtomTimestamp.string(date))</published>\n"
                xml += "    <updated>\(AtomTimestamp.string(date))</updated>\n"
            } else {
                xml += "    <updated>\(updated)</updated>\n"
            }
            if let source = summary.source {
                xml += "    <author><name>\(e(source))</name></author>\n"
            }
            if let original = summary.url {
                xml += "    <link rel=\"via\" href=\"\(e(original))\"\(summary.source.map { " title=\"\(e($0))\"" } ?? "")/>\n"
            }
            for tag in summary.tags {
                xml += "    <category term=\"\(e(tag))\"/>\n"
            }
            if let text = summary.summary {
                xml += "    <summary type=\"text\">\(e(text))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}

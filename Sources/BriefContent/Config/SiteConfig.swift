import Foundation

/// The site's settings, read from `brief.yml`.
///
///     title: Morning Brief
///     base_url: https://brief.example.org/
///     language: en
///     description: Annotated news briefings.
///     author: The Desk
///     paginate: 20
///     unsafe_html: false
public struct SiteConfig: Sendable, Hashable {
    /// The site's name, shown in every page header.
    public var title = "Briefings"
    /// Where the site is published; used for absolute links in feeds and sitemaps (later), never for page links.
    public var baseURL = ""
    /// The `lang` of every page.
    public var language = "en"
    /// Let raw HTML in Markdown through instead of showing it escaped.
    public var unsafeHTML = false
    /// Briefings per index page; 0 puts them all on one page.
    public var paginate = 20
    public var description = ""
    public var author = ""

    /// The name of the file in the site directory.
    public static let fileName = "brief.yml"
    /// The keys `brief.yml` may use.
    public static let knownKeys = ["title", "base_url", "language", "unsafe_html", "paginate", "description", "author"]

    /// The defaults.
    public init() {}

    /// Reads `text`, the contents of `path` (used in diagnostics). Throws every problem at once.
    public init(parsing text: String, path: String = SiteConfig.fileName) throws(ContentErrors) {
        var diagnostics: [Diagnostic] = []
        self.init(parsing: text, path: path, diagnostics: &diagnostics)
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
    }

    init(parsing text: String, path: String, diagnostics: inout [Diagnostic]) {
        self.init()
        var log = DiagnosticLog(path: path)
        defer { diagnostics += log.diagnostics }
        guard let fields = YAMLFields.parse(text, log: &log) else { return }
        fields.reportUnknownKeys(known: Self.knownKeys, log: &log)
        // Text around a value is not part of it; an empty description or author is no
        // description or author (templates show their sections only when there is one).
        func trimmedString(_ key: String) -> String? { fields.string(key, log: &log)?.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = trimmedString("title") {
            if value.isEmpty {
                log.error("`title` is empty; name the site (it heads every page, the feed and the browser tab)", yamlLine: fields.line(ofKey: "title"))
            } else {
                title = value
            }
        }
        if let value = trimmedString("language") { language = value }
        if let value = trimmedString("description") { description = value }
        if let value = trimmedString("author") { author = value }
        if let value = fields.bool("unsafe_html", log: &log) { unsafeHTML = value }
        if let value = fields.int("paginate", log: &log) {
            if value < 0 {
                log.error("`paginate` must be 0 (one page) or more, found \(value)", yamlLine: fields.line(ofKey: "paginate"))
            } else {
                paginate = value
            }
        }
        if let value = fields.string("base_url", log: &log) {
            if let problem = Self.baseURLProblem(value) {
                log.error("`base_url` \(problem), found \"\(value)\"", yamlLine: fields.line(ofKey: "base_url"))
            } else {
                baseURL = WebAddress.escaped(value)
            }
        }
    }
}

extension SiteConfig {
    /// Why `value` cannot be a `base_url` (from brief.yml or `brief build --base-url`), as the
    /// end of a sentence ("must start with http:// or https://"); nil when it can: empty, or an
    /// http(s) address with a host and no query or fragment, since page paths are added after it
    /// (`https://x.org/?pr=7` would make `https://x.org/?pr=7/briefings/...`).
    public static func baseURLProblem(_ value: String) -> String? {
        if value.isEmpty { return nil }
        let lower = value.lowercased()
        guard let scheme = ["http://", "https://"].first(where: lower.hasPrefix) else {
            return "must start with http:// or https://"
        }
        let rest = value.utf8.dropFirst(scheme.utf8.count)
        if rest.first == nil || rest.first == UInt8(ascii: "/") { return "has no host after \(scheme)" }
        if rest.contains(UInt8(ascii: "?")) || rest.contains(UInt8(ascii: "#")) {
            return "may not have a ?query or #fragment (page paths are added after it)"
        }
        return nil
    }

    /// `value` as a `base_url`, percent-escaped where a URL may not hold a byte; nil when it
    /// cannot be one (`baseURLProblem`).
    public static func baseURL(option value: String) -> String? {
        baseURLProblem(value) == nil ? WebAddress.escaped(value) : nil
    }
}

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
        if let value = fields.string("title", log: &log) { title = value }
        if let value = fields.string("language", log: &log) { language = value }
        if let value = fields.string("description", log: &log) { description = value }
        if let value = fields.string("author", log: &log) { author = value }
        if let value = fields.bool("unsafe_html", log: &log) { unsafeHTML = value }
        if let value = fields.int("paginate", log: &log) {
            if value < 0 {
                log.error("`paginate` must be 0 (one page) or more, found \(value)", yamlLine: fields.line(ofKey: "paginate"))
            } else {
                paginate = value
            }
        }
        if let value = fields.string("base_url", log: &log) {
            if let address = Self.baseURL(option: value) {
                baseURL = address
            } else {
                log.error("`base_url` must start with http:// or https://, found \"\(value)\"", yamlLine: fields.line(ofKey: "base_url"))
            }
        }
    }
}

extension SiteConfig {
    /// `value` as a `base_url` (from brief.yml or `brief build --base-url`), percent-escaped
    /// where a URL may not hold a byte; nil unless it is empty or starts with http:// or https://.
    public static func baseURL(option value: String) -> String? {
        let lower = value.lowercased()
        guard value.isEmpty || lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return WebAddress.escaped(value)
    }
}

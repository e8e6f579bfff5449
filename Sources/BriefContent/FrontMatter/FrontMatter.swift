/// The YAML block at the top of a Markdown briefing, between `---` lines.
///
///     ---
///     title: NATO ministers meet in Brussels
///     date: 2025-10-14
///     tags: [nato, defence]
///     ---
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var date: PublicationDate?
    public var tags: [String] = []
    /// Who published the original (`Reuters`, `Le Monde`).
    public var source: String?
    /// Link to the original; only `http` and `https` are accepted.
    public var url: String?
    public var summary: String?
    public var draft = false
    /// The page's slug, instead of one made from the title.
    public var slug: String?

    /// The keys front matter may use.
    public static let knownKeys = ["title", "date", "tags", "source", "url", "summary", "draft", "slug"]

    public init() {}
}

/// A Markdown file split into its front matter and body.
public struct MarkdownSource: Sendable, Hashable {
    /// The front matter (empty when the file has none).
    public var frontMatter: FrontMatter
    /// The Markdown after the closing `---`.
    public var body: String
    /// The file line on which `body` starts (1 when there is no front matter).
    public var bodyStartLine: Int

    /// Splits and reads `text`, the contents of the file at `path` (used in diagnostics).
    /// Throws `ContentErrors` with every problem, each at its line in the file.
    public init(parsing text: String, path: String) throws(ContentErrors) {
        var diagnostics: [Diagnostic] = []
        self.init(parsing: text, path: path, diagnostics: &diagnostics)
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
    }

    init(parsing text: String, path: String, diagnostics: inout [Diagnostic]) {
        frontMatter = FrontMatter()
        body = text
        bodyStartLine = 1
        guard let block = FrontMatterBlock(text) else { return }
        guard let closing = block.closingLine else {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "front matter opened with `---` is never closed; add a `---` line after it"))
            return
        }
        body = block.body
        bodyStartLine = closing + 1
        frontMatter = Self.frontMatter(of: block, path: path, diagnostics: &diagnostics)
    }

    /// The block's front matter: read from its bytes when `FlatFrontMatter` understands them
    /// (the usual case), else by Yams with every problem logged at its file line.
    static func frontMatter(
        of block: FrontMatterBlock, path: String, diagnostics: inout [Diagnostic], flat: Bool = true
    ) -> FrontMatter {
        if flat, let front = block.withYAMLBytes(FlatFrontMatter.parse) { return front }
        // The YAML's line 1 is the file's line 2.
        var log = DiagnosticLog(path: path, lineOffset: 1)
        var front = FrontMatter()
        if let fields = YAMLFields.parse(block.yaml, log: &log) {
            front = FrontMatter(fields, log: &log)
        }
        diagnostics += log.diagnostics
        return front
    }
}

extension FrontMatter {
    init(_ fields: YAMLFields, log: inout DiagnosticLog) {
        fields.reportUnknownKeys(known: Self.knownKeys, log: &log)
        title = fields.string("title", log: &log)
        date = fields.date("date", log: &log)
        tags = fields.stringList("tags", log: &log) ?? []
        source = fields.string("source", log: &log)
        summary = fields.string("summary", log: &log)
        draft = fields.bool("draft", log: &log) ?? false
        slug = fields.string("slug", log: &log)
        if let url = fields.string("url", log: &log) {
            let lower = url.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
                self.url = url
            } else {
                log.error("`url` must start with http:// or https://, found \"\(url)\"", yamlLine: fields.line(ofKey: "url"))
            }
        }
        if let title, title.allSatisfy(\.isWhitespace) {
            log.error("`title` is empty", yamlLine: fields.line(ofKey: "title"))
            self.title = nil
        }
    }
}

internal import Ccmark
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

// CONTRACT (minimal first version): the markdown helper extends this file's API.
/// A parsed CommonMark document. Owns its cmark tree and frees it on deinit.
public final class MarkdownDocument {
    private let root: OpaquePointer
    public let options: MarkdownOptions

    /// Parses `markdown`; never fails (invalid UTF-8 is replaced).
    public init(_ markdown: String, options: MarkdownOptions = []) {
        self.options = options
        var flags = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        root = markdown.withCString { pointer in
            cmark_parse_document(pointer, markdown.utf8.count, flags)
        }
    }

    deinit { cmark_node_free(root) }

    /// The document as an HTML fragment.
    public func renderHTML() -> String {
        var flags = CMARK_OPT_DEFAULT
        if options.contains(.unsafeHTML) { flags |= CMARK_OPT_UNSAFE }
        if options.contains(.hardBreaks) { flags |= CMARK_OPT_HARDBREAKS }
        guard let html = cmark_render_html(root, flags) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

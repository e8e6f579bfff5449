/// A parsed CommonMark document. Owns its cmark tree and frees it on deinit.
///
/// Parsing never fails (invalid UTF-8 is replaced). Right after parsing, and
/// before anything else sees the tree, the document is made safe: unless
/// `.unsafeHTML`, raw HTML becomes text (so it is shown escaped, not dropped),
/// and in every mode dangerous link and image destinations (`javascript:`,
/// `vbscript:`, `file:`, `data:` other than PNG, GIF, JPEG and WebP images)
/// are replaced by "".
///
/// Annotations are woven in through `plainText` and `wrap(_:open:close:avoidingLinks:)`.
/// A document is not thread-safe: use each one from one task.
public final class MarkdownDocument {
    let root: CNode
    public let options: MarkdownOptions
    /// The length of the source in UTF-8 bytes: room to reserve for its plain text.
    let sourceByteCount: Int
    /// Built on first use by the plain-text and wrapping API; dropped when the tree changes
    /// under it (`rewriteLinks`).
    var textMap: TextMap?

    /// Parses `markdown`; never fails (invalid UTF-8 is replaced).
    public convenience init(_ markdown: String, options: MarkdownOptions = []) {
        var markdown = markdown
        let smart = options.contains(.smartPunctuation)
        let count = markdown.utf8.count
        // A String's bytes are well-formed UTF-8: cmark need not check them.
        self.init(root: markdown.withUTF8 { Cmark.parse(utf8: UnsafeRawBufferPointer($0), smart: smart, isValidUTF8: true) },
                  options: options, sourceByteCount: count)
    }

    /// Parses UTF-8 bytes in place (no string made of them first); never fails (invalid UTF-8
    /// is replaced). `isValidUTF8`: the caller vouches that the bytes are well-formed UTF-8 (a
    /// briefing's body, checked when its file was loaded), and they are not checked again.
    public convenience init(utf8 markdown: UnsafeRawBufferPointer, options: MarkdownOptions = [], isValidUTF8: Bool = false) {
        self.init(root: Cmark.parse(utf8: markdown, smart: options.contains(.smartPunctuation), isValidUTF8: isValidUTF8),
                  options: options, sourceByteCount: markdown.count)
    }

    private init(root: CNode, options: MarkdownOptions, sourceByteCount: Int) {
        self.options = options
        self.sourceByteCount = sourceByteCount
        self.root = root
        Self.makeSafe(root, allowingHTML: options.contains(.unsafeHTML))
        Cmark.consolidateText(root)
    }

    deinit { root.free() }

    /// The document as an HTML fragment, with every wrap applied so far.
    public func renderHTML() -> String {
        Cmark.renderHTML(root, unsafe: options.contains(.unsafeHTML), hardBreaks: options.contains(.hardBreaks))
    }

    /// The tree in cmark's XML form: handy in tests and when debugging.
    public func renderXML() -> String { Cmark.renderXML(root) }

    /// Runs `body` on the text map, building it first if needed.
    func withTextMap<Result>(_ body: (inout TextMap) -> Result) -> Result {
        if textMap == nil {
            textMap = TextMap(root: root, softBreak: options.contains(.hardBreaks) ? 0x0A : 0x20)
        }
        let result = body(&textMap!)
        // Splits leave literals to set; the tree is whole again before anything else reads it.
        textMap!.flushLiterals()
        return result
    }
}

import Foundation

/// One file read on its own, by the rules `load()` reads each file under content/ with (for
/// `brief annotate FILE`). Diagnostics name the file by `path` as given.
extension ContentLoader {
    /// Whether `path` names a Markdown file (`.md` or `.markdown`, in any case), which the build
    /// reads as front matter and a CommonMark body; any other file is text.
    public static func isMarkdown(path: String) -> Bool {
        ["md", "markdown"].contains(FileName.lowercasedExtension(of: URL(fileURLWithPath: path), path: path))
    }

    /// The file's text as the build reads it: UTF-8 without NUL bytes, a leading byte order
    /// mark dropped, line endings made `\n`. Throws when the file is missing, unreadable or not
    /// UTF-8 text (with the line of the first bad byte).
    public static func text(ofFileAt path: String) throws(ContentErrors) -> String {
        var diagnostics: [Diagnostic] = []
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ContentErrors([Diagnostic(path: path, message: Self.unreadableReason(path))])
        }
        guard let text = text(of: data, path: path, diagnostics: &diagnostics) else { throw ContentErrors(diagnostics) }
        return text
    }

    /// The Markdown file at `path` read as a briefing, as `load()` reads one: front matter split
    /// off and checked, a first `# Heading` as the title when the front matter gives none, the
    /// slug from the file name. Drafts are read too. Throws every problem the build would report.
    public static func markdownBriefing(atPath path: String) throws(ContentErrors) -> Briefing {
        let text = try text(ofFileAt: path)
        var diagnostics: [Diagnostic] = []
        let briefing = markdownBriefing(text, stem: FileName.stem(ofRelativePath: path), path: path, diagnostics: &diagnostics)
        guard let briefing, diagnostics.isEmpty else { throw ContentErrors(diagnostics) }
        return briefing
    }

    /// Why `FileManager` could not read the file at `path`, in words.
    private static func unreadableReason(_ path: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such file" }
        if isFolder.boolValue { return "is a folder, not a file" }
        return "cannot read the file (is it readable by you?)"
    }
}

import Foundation

/// What a request path maps to inside the served folder.
public enum SitePathResolution: Sendable, Equatable {
    /// A regular file inside the root (a folder's `index.html` for a folder).
    case file(URL)
    /// A folder asked for without its final slash: redirect here, so relative links work.
    case redirect(String)
    /// Nothing there, or a folder without `index.html` (there is no directory listing).
    case notFound
    /// A path that tries to leave the root: `..` in any spelling, encoded slashes, NUL bytes,
    /// backslashes, or a symbolic link that points outside.
    case forbidden
}

/// Maps request paths to files under one folder, and refuses everything outside it.
///
/// Works on the raw, still percent-encoded request path: each segment is decoded on its own, so
/// `%2e%2e` is `..` and refused, and `%2f` cannot join segments. The final file is resolved with
/// `realpath(3)` and must lie inside the root's own real path, so symbolic links cannot escape.
public struct SitePathResolver: Sendable {
    /// The served folder.
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Resolves `rawPath`, the request target's path (percent-encoded; a query is ignored).
    public func resolve(_ rawPath: String) -> SitePathResolution {
        var path = Substring(rawPath)
        // The query goes along with a redirect: `/search?q=nato` -> `/search/?q=nato`.
        var query: Substring = ""
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            if path[end] == "?" { query = path[end...].prefix { $0 != "#" } }
            path = path[..<end]
        }
        guard path.hasPrefix("/") else { return .forbidden }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding else { return .forbidden }
            if segment == "." || segment == ".." { return .forbidden }
            if segment.contains("/") || segment.contains("\\") || segment.contains("\0") { return .forbidden }
            segments.append(segment)
        }
        guard let rootReal = Self.realPath(root.path) else { return .notFound }
        let candidate = segments.reduce(rootReal) { $0 + "/" + $1 }
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard Self.isInside(real, root: rootReal) else { return .forbidden }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard path.hasSuffix("/") else { return .redirect(String(path) + "/" + query) }
            guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, root: rootReal),
                stat(index, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG
            else { return .notFound }
            return .file(URL(fileURLWithPath: index))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notFound }
        return .file(URL(fileURLWithPath: real))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}

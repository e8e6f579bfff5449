/// The `Content-Type` the development server sends for a file, chosen by its extension.
public enum ContentType {
    /// The MIME type for `fileName`'s extension (case-insensitive); `application/octet-stream` when unknown.
    public static func forFile(named fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: ".") else { return fallback }
        return byExtension[fileName[fileName.index(after: dot)...].lowercased()] ?? fallback
    }

    /// Whether a file of this type gets the reload script (HTML pages only).
    public static func isHTML(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html")
    }

    static let fallback = "application/octet-stream"

    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "map": "application/json",
        "xml": "application/xml",
        "rss": "application/rss+xml",
        "atom": "application/atom+xml",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff2": "font/woff2",
        "woff": "font/woff",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "txt": "text/plain; charset=utf-8",
        "md": "text/plain; charset=utf-8",
        "pdf": "application/pdf",
        "webmanifest": "application/manifest+json",
        "wasm": "application/wasm",
        "mp4": "video/mp4",
        "mp3": "audio/mpeg",
    ]
}

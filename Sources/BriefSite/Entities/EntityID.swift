import BriefContent

/// Entity ids as used in paths (`entities/ID/index.html`): lowercase ASCII letters, digits and
/// single hyphens, never `/` or `..`.
public enum EntityID {
    /// `id` made safe for a path: ids from the annotator are already slugs, but are cleaned again
    /// here because they become folder names. Empty when nothing usable is left.
    public static func sanitize(_ id: String) -> String {
        if !id.isEmpty, id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
            id.utf8.first != 0x2D, id.utf8.last != 0x2D, !id.contains("--") {
            return id
        }
        return Slug.make(from: id)
    }

    /// `entities/ID/index.html`.
    public static func path(of id: String) -> String { "entities/\(id)/index.html" }

    /// The entities index, `entities/index.html`.
    public static let indexPath = "entities/index.html"
    /// The quotes page, `quotes/index.html`.
    public static let quotesPath = "quotes/index.html"
}

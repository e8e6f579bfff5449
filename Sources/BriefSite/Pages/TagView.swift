import BriefContent

/// `{{name}}` and `{{slug}}` of one tag (the slug is for tag pages, which come later).
public struct TagView: Sendable, Hashable {
    public var name: String
    public var slug: String

    public init(_ name: String) {
        self.name = name
        slug = Self.slug(for: name)
    }
}

extension TagView {
    /// The tag's folder under `tags/`: its slug, or `tag` when the name has nothing usable (`!!!`).
    public static func slug(for name: String) -> String { Slug.tag(name) }
}

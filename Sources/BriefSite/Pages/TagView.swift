import BriefContent

/// `{{name}}` and `{{slug}}` of one tag (the slug is for tag pages, which come later).
public struct TagView: Sendable, Hashable {
    public var name: String
    public var slug: String

    public init(_ name: String) {
        self.name = name
        slug = Slug.make(from: name)
    }
}

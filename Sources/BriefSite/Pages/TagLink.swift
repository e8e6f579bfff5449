/// `{{tags}}` on the tags page: one tag with the number of briefings that carry it.
public struct TagLink: Sendable, Hashable {
    public var name: String
    public var slug: String
    /// Relative link to the tag's page from the current page.
    public var href: String
    public var count: Int
    /// `1 briefing`, `3 briefings`.
    public var countText: String

    public init(name: String, slug: String, count: Int, from context: PageContext) {
        self.name = name
        self.slug = slug
        self.count = count
        countText = count == 1 ? "1 briefing" : "\(count) briefings"
        href = context.link(to: TagPage.path(forSlug: slug))
    }
}

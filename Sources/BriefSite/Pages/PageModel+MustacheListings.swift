import Mustache

// Variables of the tag, archive, search and 404 pages (see PageModel+Mustache.swift for why
// templates read `child(named:)`). Keep each switch in step with the stored properties.

extension TagLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "href": href
        case "count": count
        case "countText": countText
        default: nil
        }
    }
}

extension TagsIndexPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "tags": tags
        case "hasTags": hasTags
        default: nil
        }
    }
}

extension TagPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "tag": tag
        case "briefings": briefings
        case "allTags": allTags
        default: nil
        }
    }
}

extension ArchiveGroup: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "id": id
        case "count": count
        case "briefings": briefings
        default: nil
        }
    }
}

extension ArchivePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "groups": groups
        case "hasGroups": hasGroups
        default: nil
        }
    }
}

extension SearchPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "indexScript": indexScript
        case "searchScript": searchScript
        default: nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        default: nil
        }
    }
}

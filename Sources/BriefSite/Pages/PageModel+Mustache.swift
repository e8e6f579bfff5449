import Mustache

// Templates read page models through `child(named:)` instead of reflection: `Mirror` lookups
// were most of a build's CPU time. Each switch lists exactly the variables the README documents;
// keep them in step with the stored properties.

extension SiteContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "language": language
        case "author": author
        case "baseURL": baseURL
        case "generator": generator
        default: nil
        }
    }
}

extension PageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "path": path
        case "root": root
        case "home": home
        case "stylesheet": stylesheet
        case "canonicalURL": canonicalURL
        default: nil
        }
    }
}

extension TagView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        default: nil
        }
    }
}

extension BriefingCard: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "date": date
        case "dateISO": dateISO
        case "summary": summary
        case "source": source
        case "url": url
        case "tags": tags
        case "hasTags": hasTags
        case "hasMeta": hasMeta
        default: nil
        }
    }
}

extension Pagination: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": current
        case "total": total
        case "isFirst": isFirst
        case "hasMultiplePages": hasMultiplePages
        case "newer": newer
        case "older": older
        default: nil
        }
    }
}

extension BriefingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "slug": slug
        case "title": title
        case "date": date
        case "dateISO": dateISO
        case "source": source
        case "url": url
        case "byline": byline
        case "dateline": dateline
        case "summary": summary
        case "tags": tags
        case "hasTags": hasTags
        case "hasMeta": hasMeta
        case "bodyHTML": bodyHTML
        case "sourcePath": sourcePath
        case "readingMinutes": readingMinutes
        case "whoSaidWhat": whoSaidWhat
        case "hasWhoSaidWhat": hasWhoSaidWhat
        case "entityGroups": entityGroups
        case "hasEntityGroups": hasEntityGroups
        default: nil
        }
    }
}

extension IndexPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "briefings": briefings
        case "pagination": pagination
        default: nil
        }
    }
}

extension BriefingPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "briefing": briefing
        default: nil
        }
    }
}

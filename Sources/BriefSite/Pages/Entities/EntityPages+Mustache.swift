import Mustache

// Template variables of entity, entities and quotes pages (see PageModel+Mustache.swift for why
// not reflection). Keep each switch in step with the stored properties.

extension EntityLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "href": href
        case "typeClass": typeClass
        case "typeLabel": typeLabel
        case "count": count
        default: nil
        }
    }
}

extension EntityGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "typeClass": typeClass
        case "count": count
        case "entities": entities
        default: nil
        }
    }
}

extension QuoteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "kind": kind
        case "anchor": anchor
        case "href": href
        case "briefingTitle": briefingTitle
        case "briefingHref": briefingHref
        case "date": date
        case "dateISO": dateISO
        case "speaker": speaker
        case "speakerHref": speakerHref
        default: nil
        }
    }
}

extension SpeakerQuotesView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "speaker": speaker
        case "speakerHref": speakerHref
        case "isUnattributed": isUnattributed
        case "count": count
        case "quotes": quotes
        default: nil
        }
    }
}

extension EntityView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "typeLabel": typeLabel
        case "typeClass": typeClass
        case "aliases": aliases
        case "hasAliases": hasAliases
        case "description": description
        case "noteHTML": noteHTML
        case "links": links
        case "hasLinks": hasLinks
        case "mentionCount": mentionCount
        case "briefingCount": briefingCount
        case "quotes": quotes
        case "hasQuotes": hasQuotes
        case "briefings": briefings
        case "hasBriefings": hasBriefings
        case "related": related
        case "hasRelated": hasRelated
        default: nil
        }
    }
}

extension EntityPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "entity": entity
        default: nil
        }
    }
}

extension EntitiesPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "groups": groups
        case "count": count
        default: nil
        }
    }
}

extension QuotesPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "groups": groups
        case "count": count
        default: nil
        }
    }
}

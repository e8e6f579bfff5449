import BriefTemplate

// Template variables of entity, entities and quotes pages (see PageModel+Mustache.swift for why
// not reflection). Keep each switch in step with the stored properties.

extension EntityLinkView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "id": .init(id)
        case "name": .init(self.name)
        case "href": .init(href)
        case "typeClass": .init(typeClass)
        case "typeLabel": .init(typeLabel)
        case "count": .init(count)
        case "countIsOne": .init(count == 1)
        default: .missing
        }
    }
}

extension EntityGroupView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": .init(title)
        case "typeClass": .init(typeClass)
        case "count": .init(count)
        case "entities": .init(entities)
        default: .missing
        }
    }
}

extension QuoteView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "text": .init(text)
        case "kind": .init(kind)
        case "anchor": .init(anchor)
        case "href": .init(href)
        case "briefingTitle": .init(briefingTitle)
        case "briefingHref": .init(briefingHref)
        case "date": .init(date)
        case "dateISO": .init(dateISO)
        case "speaker": .init(speaker)
        case "speakerHref": .init(speakerHref)
        default: .missing
        }
    }
}

extension SpeakerQuotesView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "speaker": .init(speaker)
        case "speakerHref": .init(speakerHref)
        case "isUnattributed": .init(isUnattributed)
        case "count": .init(count)
        case "countIsOne": .init(count == 1)
        case "quotes": .init(quotes)
        case "isContinued": .init(isContinued)
        default: .missing
        }
    }
}

extension EntityView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "id": .init(id)
        case "name": .init(self.name)
        case "typeLabel": .init(typeLabel)
        case "typeClass": .init(typeClass)
        case "aliases": .init(aliases)
        case "hasAliases": .init(hasAliases)
        case "description": .init(description)
        case "noteHTML": .init(noteHTML)
        case "links": .init(links)
        case "hasLinks": .init(hasLinks)
        case "mentionCount": .init(mentionCount)
        case "briefingCount": .init(briefingCount)
        case "countsText": .init(countsText)
        case "href": .init(href)
        case "quotes": .init(quotes)
        case "hasQuotes": .init(hasQuotes)
        case "quoteCount": .init(quoteCount)
        case "briefings": .init(briefings)
        case "hasBriefings": .init(hasBriefings)
        case "related": .init(related)
        case "hasRelated": .init(hasRelated)
        default: .missing
        }
    }
}

extension EntityPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "entity": .init(entity)
        case "pagination": .init(pagination)
        default: .missing
        }
    }

    public func value(named name: String, member: String) -> TemplateValue? {
        switch name {
        case "entity": entity.value(named: member)
        case "pagination": pagination.value(named: member)
        case "site": site.value(named: member)
        case "page": page.value(named: member)
        default: value(named: name).child(member)
        }
    }
}

extension EntitiesPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "groups": .init(groups)
        case "count": .init(count)
        default: .missing
        }
    }
}

extension QuotesPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "groups": .init(groups)
        case "count": .init(count)
        case "pagination": .init(pagination)
        default: .missing
        }
    }
}

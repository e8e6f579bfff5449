import BriefTemplate

// Template variables of entity, entities and quotes pages (see PageModel+Mustache.swift for why
// not reflection). Keep each switch in step with the stored properties.

// The views listed many times a page (quotes, entity links) pick the names of the asked name's
// length first: a string switch compares the name with each case in turn, and a page asks
// these views for a dozen names per item.

extension EntityLinkView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch Field(name) {
        case .id: .text(id)
        case .name: .text(self.name)
        case .href: .text(href)
        case .count: .int(count)
        case .typeClass: .text(typeClass)
        case .typeLabel: .text(typeLabel)
        case .countIsOne: .bool(count == 1)
        case nil: .missing
        }
    }

    /// The variables of an entity link (an `EntityLinkList` answers them for entities it has
    /// no view of).
    enum Field {
        case id, name, href, count, typeClass, typeLabel, countIsOne

        @inline(__always)
        init?(_ name: String) {
            switch name.utf8.count {
            case 2 where name == "id": self = .id
            case 4 where name == "href": self = .href
            case 4 where name == "name": self = .name
            case 5 where name == "count": self = .count
            case 9 where name == "typeClass": self = .typeClass
            case 9 where name == "typeLabel": self = .typeLabel
            case 10 where name == "countIsOne": self = .countIsOne
            default: return nil
            }
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
        withUnsafePointer(to: self) { Self.value(of: $0, named: name) }
    }

    /// `value(named:)` of the quote at `index`, read where the list keeps it: called as a
    /// method on the element, a quote (ten strings) was copied out of the list for every name a
    /// quotes page, an entity page or a briefing's panel asks of it.
    public static func templateChild(of elements: [QuoteView], at index: Int, named name: String) -> TemplateValue {
        elements.withUnsafeBufferPointer { value(of: $0.baseAddress! + index, named: name) }
    }

    private static func value(of quote: UnsafePointer<QuoteView>, named name: String) -> TemplateValue {
        switch name.utf8.count {
        case 4:
            switch name {
            case "date": .init(quote.pointee.date)
            case "text": .init(quote.pointee.text)
            case "href": .init(quote.pointee.href)
            case "kind": .init(quote.pointee.kind)
            default: .missing
            }
        case 6: name == "anchor" ? .init(quote.pointee.anchor) : .missing
        case 7:
            switch name {
            case "speaker": .init(quote.pointee.speaker)
            case "dateISO": .init(quote.pointee.dateISO)
            default: .missing
            }
        case 11: name == "speakerHref" ? .init(quote.pointee.speakerHref) : .missing
        case 12: name == "briefingHref" ? .init(quote.pointee.briefingHref) : .missing
        case 13: name == "briefingTitle" ? .init(quote.pointee.briefingTitle) : .missing
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
    // By length first: a card without a date or source on an entity page asks the entity for
    // that name too (then the page), on every entity page listing it.
    public func value(named name: String) -> TemplateValue {
        switch name.utf8.count {
        case 2: name == "id" ? .init(id) : .missing
        case 4:
            switch name {
            case "name": .init(self.name)
            case "href": .init(href)
            default: .missing
            }
        case 5: name == "links" ? .init(links) : .missing
        case 6: name == "quotes" ? .init(quotes) : .missing
        case 7:
            switch name {
            case "aliases": .init(aliases)
            case "related": .init(related)
            default: .missing
            }
        case 8:
            switch name {
            case "noteHTML": .init(noteHTML)
            case "hasLinks": .init(hasLinks)
            default: .missing
            }
        case 9:
            switch name {
            case "typeLabel": .init(typeLabel)
            case "typeClass": .init(typeClass)
            case "hasQuotes": .init(hasQuotes)
            case "briefings": .init(briefings)
            default: .missing
            }
        case 10:
            switch name {
            case "hasAliases": .init(hasAliases)
            case "countsText": .init(countsText)
            case "quoteCount": .init(quoteCount)
            case "hasRelated": .init(hasRelated)
            default: .missing
            }
        case 11: name == "description" ? .init(description) : .missing
        case 12:
            switch name {
            case "mentionCount": .init(mentionCount)
            case "hasBriefings": .init(hasBriefings)
            default: .missing
            }
        case 13: name == "briefingCount" ? .init(briefingCount) : .missing
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

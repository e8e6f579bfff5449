import BriefTemplate

// Templates read page models through `value(named:)` instead of reflection: `Mirror` lookups
// were most of a build's CPU time. Each switch lists exactly the variables the README documents;
// keep them in step with the stored properties.

// `{{site.x}}`, `{{page.x}}`, `{{briefing.x}}`: asked of the page directly, so a dotted name does
// not box a copy of the whole child struct for each variable shown.
extension PageModel {
    public func value(named name: String, member: String) -> TemplateValue? {
        switch name {
        case "site": site.value(named: member)
        case "page": page.value(named: member)
        default: value(named: name).child(member)
        }
    }
}

extension SiteContext: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": .init(title)
        case "description": .init(description)
        case "language": .init(language)
        case "author": .init(author)
        case "baseURL": .init(baseURL)
        case "generator": .init(generator)
        default: .missing
        }
    }
}

// Views asked for names on every page or card pick the names of the asked name's length
// first: a string switch compares the name with each case in turn.

extension PageContext: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name.utf8.count {
        case 4:
            switch name {
            case "root": .init(root)
            case "home": .init(home)
            case "kind": .init(kind)
            case "path": .init(path)
            default: .missing
            }
        case 10: name == "stylesheet" ? .init(stylesheet) : .missing
        case 12: name == "canonicalURL" ? .init(canonicalURL) : .missing
        default: .missing
        }
    }
}

extension TagView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "name": .init(self.name)
        case "slug": .init(slug)
        default: .missing
        }
    }
}

extension BriefingCard: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        withUnsafePointer(to: self) { Self.value(of: $0, named: name) }
    }

    /// `value(named:)` of the card at `index`, read where the list keeps it (as a method on the
    /// element, the card was copied out of the list for every name asked of it).
    public static func templateChild(of elements: [BriefingCard], at index: Int, named name: String) -> TemplateValue {
        elements.withUnsafeBufferPointer { value(of: $0.baseAddress! + index, named: name) }
    }

    /// `value(named:)` of the card at `card`, read in place.
    static func value(of card: UnsafePointer<BriefingCard>, named name: String) -> TemplateValue {
        switch name.utf8.count {
        case 3: name == "url" ? .init(card.pointee.url) : .missing
        case 4:
            switch name {
            case "href": .init(card.pointee.href)
            case "date": .init(card.pointee.date)
            case "tags": .init(card.pointee.tags)
            default: .missing
            }
        case 5: name == "title" ? .init(card.pointee.title) : .missing
        case 6: name == "source" ? .init(card.pointee.source) : .missing
        case 7:
            switch name {
            case "dateISO": .init(card.pointee.dateISO)
            case "hasMeta": .init(card.pointee.hasMeta)
            case "summary": .init(card.pointee.summary)
            case "hasTags": .init(card.pointee.hasTags)
            default: .missing
            }
        default: .missing
        }
    }
}

extension Pagination: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "current": .init(current)
        case "total": .init(total)
        case "isFirst": .init(isFirst)
        case "hasMultiplePages": .init(hasMultiplePages)
        case "newer": .init(newer)
        case "older": .init(older)
        case "newerLabel": .init(newerLabel)
        case "olderLabel": .init(olderLabel)
        default: .missing
        }
    }
}

extension BriefingView: TemplateObject {
    // Asked for about forty names on every briefing page: by length first.
    public func value(named name: String) -> TemplateValue {
        switch name.utf8.count {
        case 3: name == "url" ? .init(url) : .missing
        case 4:
            switch name {
            case "slug": .init(slug)
            case "date": .init(date)
            case "tags": .init(tags)
            default: .missing
            }
        case 5: name == "title" ? .init(title) : .missing
        case 6:
            switch name {
            case "source": .init(source)
            case "byline": .init(byline)
            default: .missing
            }
        case 7:
            switch name {
            case "dateISO": .init(dateISO)
            case "summary": .init(summary)
            case "hasTags": .init(hasTags)
            case "hasMeta": .init(hasMeta)
            default: .missing
            }
        case 8:
            switch name {
            case "dateline": .init(dateline)
            case "bodyHTML": .utf8Text(bodyHTML)
            default: .missing
            }
        case 10: name == "sourcePath" ? .init(sourcePath) : .missing
        case 11: name == "whoSaidWhat" ? .init(whoSaidWhat) : .missing
        case 12: name == "entityGroups" ? .init(entityGroups) : .missing
        case 14:
            switch name {
            case "readingMinutes": .init(readingMinutes)
            case "hasWhoSaidWhat": .init(hasWhoSaidWhat)
            default: .missing
            }
        case 15: name == "hasEntityGroups" ? .init(hasEntityGroups) : .missing
        default: .missing
        }
    }
}

extension IndexPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "briefings": .init(briefings)
        case "pagination": .init(pagination)
        default: .missing
        }
    }
}

extension BriefingPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "briefing": .init(briefing)
        default: .missing
        }
    }

    public func value(named name: String, member: String) -> TemplateValue? {
        switch name {
        case "briefing": briefing.value(named: member)
        case "site": site.value(named: member)
        case "page": page.value(named: member)
        default: value(named: name).child(member)
        }
    }
}

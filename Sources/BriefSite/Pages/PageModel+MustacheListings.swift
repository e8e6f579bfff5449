import BriefTemplate

// Variables of the tag, archive, search and 404 pages (see PageModel+Mustache.swift for why
// templates read `value(named:)`). Keep each switch in step with the stored properties.

extension TagLink: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "name": .init(self.name)
        case "slug": .init(slug)
        case "href": .init(href)
        case "count": .init(count)
        case "countText": .init(countText)
        default: .missing
        }
    }
}

extension TagsIndexPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "tags": .init(tags)
        case "hasTags": .init(hasTags)
        default: .missing
        }
    }
}

extension TagPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "tag": .init(tag)
        case "briefings": .init(briefings)
        case "allTags": .init(allTags)
        case "pagination": .init(pagination)
        default: .missing
        }
    }
}

extension ArchiveGroup: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": .init(title)
        case "id": .init(id)
        case "count": .init(count)
        case "briefings": .init(briefings)
        default: .missing
        }
    }
}

extension ArchivePage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "groups": .init(groups)
        case "hasGroups": .init(hasGroups)
        default: .missing
        }
    }
}

extension SearchPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        case "indexScript": .init(indexScript)
        case "searchScript": .init(searchScript)
        default: .missing
        }
    }
}

extension NotFoundPage: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "site": .init(site)
        case "page": .init(page)
        default: .missing
        }
    }
}

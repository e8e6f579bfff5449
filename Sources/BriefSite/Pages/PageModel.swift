import BriefTemplate

/// What a template renders: a value whose variables (`value(named:)`, one `switch` per type in
/// PageModel+Mustache.swift) are the template's. Every page has `site` and `page`.
///
/// To add a kind of page (entities, quotes, tags in later issues): a struct conforming to this
/// protocol, a template named `templateName` in templates/, and a place in `SitePages`.
public protocol PageModel: Sendable, TemplateObject {
    /// The template (file name under templates/ without `.mustache`).
    static var templateName: String { get }
    var site: SiteContext { get }
    var page: PageContext { get }
}

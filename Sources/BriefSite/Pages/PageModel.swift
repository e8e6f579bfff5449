/// What a template renders: a value whose stored properties are the template's variables
/// (swift-mustache reads them by reflection). Every page has `site` and `page`.
///
/// To add a kind of page (entities, quotes, tags in later issues): a struct conforming to this
/// protocol, a template named `templateName` in templates/, and a place in `SitePages`.
public protocol PageModel: Sendable {
    /// The template (file name under templates/ without `.mustache`).
    static var templateName: String { get }
    var site: SiteContext { get }
    var page: PageContext { get }
}

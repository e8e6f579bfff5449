import Foundation
import BriefAnnotate
import BriefContent
import BriefTemplate
import Testing
@testable import BriefSite

/// Templates see page models only through `value(named:)`; every stored property must be there.
@Suite("Page models")
struct PageModelTests {
    static func fullBriefing() -> RenderedBriefing {
        let briefing = Briefing(
            path: "content/a.md", format: .markdown, slug: "a", title: "A", date: PublicationDate(parsing: "2025-01-02"),
            tags: ["nato"], source: "Reuters", url: "https://example.org/", summary: "S", byline: "By B",
            dateline: "MOSCOW", markdown: "Text.")
        return BriefingRenderer(markdownOptions: []).render(briefing)
    }

    static func assertEveryPropertyIsAVariable(_ value: some TemplateObject) {
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            #expect(!value.value(named: label).isMissing, "\(type(of: value)).\(label) is not visible to templates")
        }
    }

    @Test func everyStoredPropertyIsVisibleToTemplates() {
        let rendered = Self.fullBriefing()
        var site = SiteContext(config: SiteConfig())
        site.baseURL = "https://example.org/"
        site.author = "Desk"
        site.description = "Notes."
        let page = PageContext(kind: "briefing", path: "briefings/a/index.html", baseURL: "https://example.org/")
        let card = BriefingCard(rendered.summary, from: page)
        let pagination = Pagination(current: 2, total: 3, from: page)
        Self.assertEveryPropertyIsAVariable(site)
        Self.assertEveryPropertyIsAVariable(page)
        Self.assertEveryPropertyIsAVariable(TagView("nato"))
        Self.assertEveryPropertyIsAVariable(card)
        Self.assertEveryPropertyIsAVariable(pagination)
        Self.assertEveryPropertyIsAVariable(BriefingView(rendered))
        Self.assertEveryPropertyIsAVariable(IndexPage(site: site, page: page, briefings: [card], pagination: pagination))
        Self.assertEveryPropertyIsAVariable(BriefingPage(site: site, page: page, briefing: BriefingView(rendered)))
    }

    @Test func everyStoredPropertyOfEntityPagesIsVisibleToTemplates() {
        let model = EntityPagesTests.model()
        let site = SiteContext(config: SiteConfig())
        let context = PageContext(kind: "entity", path: "entities/sergei-lavrov/index.html", baseURL: "")
        let lavrov = model.merge.byID["sergei-lavrov"]!
        let quotes = model.quotesBySpeaker()["sergei-lavrov"]!
        let view = EntityView(lavrov, quotes: quotes, briefings: model.briefings, related: model.seenWith()["sergei-lavrov"]!, from: context)
        var withNote = view
        withNote.description = "d"
        withNote.noteHTML = "<p>n</p>"
        let link = EntityLinkView(id: "kyiv", name: "Kyiv", type: .place, count: 2, from: context)
        let quote = QuoteView(model.quotes[0].quote, in: model.briefings[0], from: context)
        let group = SpeakerQuotesView(speaker: "S", speakerHref: "x", isUnattributed: false, quotes: [quote])
        Self.assertEveryPropertyIsAVariable(withNote)
        Self.assertEveryPropertyIsAVariable(link)
        Self.assertEveryPropertyIsAVariable(quote)
        Self.assertEveryPropertyIsAVariable(group)
        let links = EntityLinkList([EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 2)], from: context)
        Self.assertEveryPropertyIsAVariable(EntityGroupView(type: .place, entities: links))
        Self.assertEveryPropertyIsAVariable(EntityPage(site: site, page: context, entity: view))
        Self.assertEveryPropertyIsAVariable(EntitiesPage(site: site, page: context, groups: [EntityGroupView(type: .place, entities: links)]))
        Self.assertEveryPropertyIsAVariable(QuotesPage(site: site, page: context, groups: [group]))
    }

    @Test func unsetOptionalsAreMissingNotEmpty() {
        let page = PageContext(kind: "index", path: "index.html", baseURL: "")
        #expect(page.value(named: "canonicalURL").isMissing)
        #expect(page.value(named: "noSuchVariable").isMissing)
        #expect(!page.value(named: "root").isMissing)
        let site = SiteContext(config: SiteConfig())
        #expect(site.value(named: "author").isMissing && site.value(named: "description").isMissing)
    }

    @Test func pagesRenderAsBytesAndAsTheSameString() throws {
        let renderer = try PageRenderer(theme: .builtin)
        var site = SiteContext(config: SiteConfig())
        site.title = "Tom & Jerry's <news>"
        let page = PageContext(kind: "index", path: "index.html", baseURL: "")
        let card = BriefingCard(Self.fullBriefing().summary, from: page)
        let index = IndexPage(site: site, page: page, briefings: [card, card], pagination: Pagination(current: 1, total: 1, from: page))
        let bytes = renderer.renderBytes(index)
        #expect(bytes == Array(renderer.render(index).utf8))
        #expect(renderer.renderData(index) == Data(bytes))
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.contains("<title>Tom &amp; Jerry&#39;s &lt;news&gt;</title>"))
        #expect(html.components(separatedBy: "<article class=\"card\">").count == 3)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
    }

    @Test func theRendererPutsTheBodyAndSummaryTogether() {
        let rendered = Self.fullBriefing()
        #expect(rendered.bodyHTML == "<p>Text.</p>\n")
        #expect(rendered.summary.summary == "S")
        #expect(rendered.summary.path == "briefings/a/index.html")
    }

    /// The objects a dotted template name can go through, each with every optional set: what
    /// `TemplateVariables.fields` declares of them is checked against what they give templates.
    static func dottedOwners() -> [(name: Substring, value: any TemplateObject, stored: [String])] {
        let rendered = fullBriefing()
        var site = SiteContext(config: SiteConfig())
        site.baseURL = "https://example.org/"
        site.author = "Desk"
        site.description = "Notes."
        let page = PageContext(kind: "briefing", path: "briefings/a/index.html", baseURL: "https://example.org/")
        let model = EntityPagesTests.model()
        let context = PageContext(kind: "entity", path: "entities/sergei-lavrov/index.html", baseURL: "")
        let lavrov = model.merge.byID["sergei-lavrov"]!
        var entity = EntityView(
            lavrov, quotes: model.quotesBySpeaker()["sergei-lavrov"]!, briefings: model.briefings,
            related: model.seenWith()["sergei-lavrov"]!, from: context)
        entity.description = "d"
        entity.noteHTML = "<p>n</p>"
        let objects: [(Substring, any TemplateObject)] = [
            ("site", site), ("page", page), ("briefing", BriefingView(rendered)),
            ("tag", TagLink(name: "NATO", slug: "nato", count: 2, from: page)),
            ("entity", entity), ("pagination", Pagination(current: 2, total: 3, from: page)),
        ]
        return objects.map { ($0.0, $0.1, Mirror(reflecting: $0.1).children.compactMap(\.label)) }
    }

    /// A dotted name is checked as a path: every field declared for an object (the README's and
    /// the built-in theme's dotted names) is one it has, and every variable it stores is declared,
    /// so the check neither lets `briefing.name` through nor rejects a real `briefing.slug`.
    @Test func theDeclaredFieldsOfEachObjectAreItsVariables() {
        let owners = Self.dottedOwners()
        #expect(Set(TemplateVariables.fields.keys) == Set(owners.map(\.name)))
        for (name, value, stored) in owners {
            let declared = TemplateVariables.fields[name] ?? []
            for field in declared.sorted() {
                #expect(!value.value(named: String(field)).isMissing, "`\(name).\(field)` is declared but gives nothing")
            }
            for label in stored {
                #expect(declared.contains(Substring(label)), "`\(name).\(label)` is a variable the check would reject")
            }
        }
    }

    @Test func aDottedNameMustFollowTheFieldsOfEachPart() {
        #expect(TemplateVariables.unknown("briefing.title") == nil)
        #expect(TemplateVariables.unknown("pagination.newerLabel") == nil)
        #expect(TemplateVariables.unknown("entity.noteHTML") == nil)
        #expect(TemplateVariables.unknown("name") == nil)
        // Each part is a known variable somewhere, but not a field of the part before it.
        #expect(TemplateVariables.unknown("briefing.name") == "`briefing.name` (`briefing` has no `name`)")
        #expect(TemplateVariables.unknown("page.site.title") == "`page.site.title` (`page` has no `site`)")
        #expect(TemplateVariables.unknown("site.title.title") == "`site.title.title` (`title` has no `title`)")
        #expect(TemplateVariables.unknown("briefing.titel") == "`titel` in `briefing.titel`")
    }

    /// The built-in entity page shows `entity.countsText`; the numbers it is made from stay
    /// documented variables, so a site template using them is not reported as unknown.
    @Test func documentedVariablesTheBuiltInThemeDoesNotUseAreKnown() {
        for name in ["countsText", "mentionCount", "briefingCount"] {
            #expect(TemplateVariables.known.contains(Substring(name)), "\(name)")
        }
    }
}

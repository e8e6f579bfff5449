import BriefAnnotate
import BriefContent
import BriefTemplate
import Testing

@testable import BriefSite

/// Briefing pages rendered by one worker share a memo: an entity's entry in the panel is made
/// once and copied onto later pages that list it with the same count.
struct BriefingPageMemoTests {
    static func rendered(_ slug: String, _ markdown: String) -> RenderedBriefing {
        let briefing = Briefing(path: "content/\(slug).md", format: .markdown, slug: slug, title: slug, markdown: markdown)
        return BriefingRenderer(markdownOptions: []).render(briefing)
    }

    static func page(_ rendered: RenderedBriefing, memo: BriefingPageMemo?) -> BriefingPage {
        BriefingPage(
            site: SiteContext(config: SiteConfig()),
            page: PageContext(kind: "briefing", path: rendered.summary.path, baseURL: ""),
            briefing: BriefingView(rendered, pageMemo: memo))
    }

    /// Three briefings that name Moscow and Kyiv, some with the same counts.
    static func threeBriefings() -> [RenderedBriefing] {
        [
            rendered("a", "Officials met in Moscow and Kyiv. Kyiv said no."),
            rendered("b", "Talks in Moscow went on in Moscow. Kyiv objected."),
            rendered("c", "Moscow objected."),
        ]
    }

    @Test func panelEntriesAreReusedAndThePagesStayTheSame() throws {
        let renderer = try PageRenderer(theme: .builtin)
        let briefings = Self.threeBriefings()
        let memo = BriefingPageMemo()
        // What an entry shows (a role is not in the panel).
        func shown(_ entity: EntityCount) -> String { "\(entity.id)|\(entity.name)|\(entity.type)|\(entity.count)" }
        var seen: Set<String> = []
        for rendered in briefings {
            // Each entry listed earlier with the same count is copied, the others are made.
            let entities = rendered.summary.entities
            let expectedHits = memo.memo.hits + entities.filter { seen.contains(shown($0)) }.count
            let page = renderer.renderBytes(Self.page(rendered, memo: memo), capacity: 4096, memo: memo.memo)
            #expect(memo.memo.hits == expectedHits)
            #expect(page == renderer.renderBytes(Self.page(rendered, memo: nil)))
            seen.formUnion(entities.map(shown))
        }
        // Moscow once on the first page and on the third: at least that one was copied.
        #expect(memo.memo.hits >= 1)
    }

    /// Keyed by site entity numbers (as a build keys them), an entry is reused where the same
    /// number comes with the same count, and every page is the page made without a memo.
    @Test func panelEntriesKeyedByNumberAreReusedAndThePagesStayTheSame() throws {
        let renderer = try PageRenderer(theme: .builtin)
        let briefings = Self.threeBriefings()
        // Numbers as a merge gives them: one per id across the briefings.
        var numbers: [String: Int32] = [:]
        let memo = BriefingPageMemo()
        var seen: Set<String> = []
        for rendered in briefings {
            let entities = rendered.summary.entities
            for entity in entities where numbers[entity.id] == nil { numbers[entity.id] = Int32(numbers.count) }
            let expectedHits = memo.memo.hits + entities.filter { seen.contains("\($0.id)|\($0.count)") }.count
            let page = BriefingPage(
                site: SiteContext(config: SiteConfig()),
                page: PageContext(kind: "briefing", path: rendered.summary.path, baseURL: ""),
                briefing: BriefingView(rendered, pageMemo: memo, entityNumbers: entities.map { numbers[$0.id]! }))
            #expect(renderer.renderBytes(page, capacity: 4096, memo: memo.memo) == renderer.renderBytes(Self.page(rendered, memo: nil)))
            #expect(memo.memo.hits == expectedHits)
            seen.formUnion(entities.map { "\($0.id)|\($0.count)" })
        }
        #expect(memo.memo.hits >= 1)
    }

    @Test func anEntityWithTheSameIDButAnotherNameIsNotReused() {
        let rows = EntityLinkRows()
        let kyiv = EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 2)
        let row = rows.row(of: kyiv)
        #expect(row != nil)
        #expect(rows.row(of: kyiv) == row)
        #expect(rows.row(of: EntityCount(id: "kyiv", name: "Kiev", type: .place, count: 2)) == nil)
        #expect(rows.row(of: EntityCount(id: "kyiv", name: "Kyiv", type: .org, count: 2)) == nil)
        #expect(rows.row(of: EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 3)) != row)
        // Composed and decomposed names render differently: never the same row.
        let composed = EntityCount(id: "jose", name: "Jos\u{E9}", type: .person, count: 1)
        let decomposed = EntityCount(id: "jose", name: "Jose\u{301}", type: .person, count: 1)
        #expect(rows.row(of: composed) != nil)
        #expect(rows.row(of: decomposed) == nil)
        #expect(rows.row(of: EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: EntityLinkRows.countLimit)) == nil)
    }

    @Test func aListAnswersAsItsViewsDo() {
        let context = PageContext(kind: "briefing", path: "briefings/a/index.html", baseURL: "")
        let counts = [
            EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1),
            EntityCount(id: "nato", name: "NATO <&>", type: .org, count: 3),
        ]
        let list = EntityLinkList(counts, from: context)
        for index in list.indices {
            let view = EntityLinkView(id: counts[index].id, name: counts[index].name, type: counts[index].type, count: counts[index].count, from: context)
            for name in ["id", "name", "href", "typeClass", "typeLabel", "count", "countIsOne", "nothing"] {
                #expect(Self.same(list.value(at: index, named: name), view.value(named: name)), "\(name)")
            }
        }
    }

    static func same(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.missing, .missing): true
        case let (.text(x), .text(y)): x == y
        case let (.int(x), .int(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        default: false
        }
    }
}

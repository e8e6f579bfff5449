import BriefTemplate
import Testing

/// A memo never changes the output: every page rendered with one (shared across the pages, as a
/// build shares it across entity pages) must equal the page rendered without, whatever the body
/// looks up outside its element. And it must actually reuse elements where it can.
@Suite struct TemplateMemoTests {
    /// The identity of a table of rows.
    final class Table: Sendable {}

    struct Row: TemplateObject {
        var name: String
        var note: String?
        var tags: [String]

        func value(named key: String) -> TemplateValue {
            switch key {
            case "name": .init(name)
            case "note": .init(note)
            case "tags": .init(tags)
            default: .missing
            }
        }
    }

    /// Some rows of a shared table, keyed by their row.
    struct Rows: TemplateKeyedList {
        let table: Table
        let rows: [Row]
        let positions: [Int]
        var count: Int { positions.count }
        func value(at index: Int) -> TemplateValue { .object(rows[positions[index]]) }
        func memoKey(at index: Int) -> TemplateMemo.ElementKey? { .init(scope: table, row: positions[index]) }
    }

    static let table = Table()
    static let rows = (0..<12).map { Row(name: "row <\($0)>", note: $0 % 3 == 0 ? nil : "note \($0 % 2)", tags: $0 % 4 == 0 ? [] : ["t\($0)"]) }

    /// Pages listing overlapping rows, with outer values that repeat on some pages and differ on others.
    static func pages() -> [Fields] {
        (0..<8).map { page in
            var fields: [String: TemplateValue] = [
                "items": .list(Rows(table: table, rows: rows, positions: Array(stride(from: page % 3, to: 12, by: 1 + page % 2)))),
                "page": .text("p\(page % 2)"),
                "site": .fields(["title": .text("S\(page)")]),
                "flag": .bool(page % 2 == 0),
            ]
            // A name the rows do not have, set on some pages only: it falls through to the page.
            if page % 2 == 1 { fields["title"] = .text("T\(page % 4)") }
            if page == 4 { fields["note"] = .text("page note") }
            return Fields(fields)
        }
    }

    /// Renders every page with `main` (and `partials`) without a memo and with one shared memo;
    /// expects equal bytes page by page; returns the memo's hits.
    static func hitsRenderingEqually(_ main: String, partials: [String: String] = [:]) throws -> Int {
        var library = TemplateLibrary()
        library.register(try Template(main), named: "main")
        for (name, source) in partials { library.register(try Template(source), named: name) }
        let memo = TemplateMemo()
        for page in pages() {
            let plain = try #require(library.render(page, template: "main"))
            let remembered = try #require(library.render(page, template: "main", memo: memo))
            #expect(String(decoding: remembered, as: UTF8.self) == String(decoding: plain, as: UTF8.self))
        }
        return memo.hits
    }

    @Test func elementsLookingOnlyAtThemselvesAreReused() throws {
        let hits = try Self.hitsRenderingEqually("{{#items}}<li>{{name}}{{#note}} ({{note}}){{/note}}{{#tags}} #{{.}}{{/tags}}</li>{{/items}}")
        #expect(hits > 20)
    }

    @Test func namesFoundOutsideTheElementAreCheckedOnReuse() throws {
        // `page` is the page's; `title` is missing in rows and set on some pages; `note` is
        // missing in some rows, where the page's (page 4) shows through.
        let hits = try Self.hitsRenderingEqually(
            "{{#items}}<li>{{name}} {{page}} {{title}}{{^title}}none{{/title}} [{{note}}] {{#flag}}on{{/flag}}</li>{{/items}}")
        #expect(hits > 0)
    }

    /// The same keyed section (one partial) repeated under two outer values in one page: a name
    /// the rows lack is found anew for each repetition of the list, not kept from the last one.
    @Test func aNameFoundOutsideIsFoundAgainEachTimeTheListRepeats() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#a}}{{>list}}{{/a}}|{{#b}}{{>list}}{{/b}}|{{>list}}"), named: "main")
        library.register(try Template("{{#items}}<{{name}} {{title}}{{^title}}-{{/title}}>{{/items}}"), named: "list")
        let memo = TemplateMemo()
        let items = TemplateValue.list(Rows(table: Self.table, rows: Self.rows, positions: [1, 2, 1, 2]))
        let page = Fields(["items": items, "a": .fields(["title": .text("A")]), "b": .fields(["title": .text("B")])])
        let row = { (n: Int, title: String) in "<row &lt;\(n)&gt; \(title)>" }
        let expected = [row(1, "A"), row(2, "A"), row(1, "A"), row(2, "A"), "|", row(1, "B"), row(2, "B"), row(1, "B"), row(2, "B"), "|",
            row(1, "-"), row(2, "-"), row(1, "-"), row(2, "-")].joined()
        for _ in 0..<2 {
            let bytes = try #require(library.render(page, template: "main", memo: memo))
            #expect(String(decoding: bytes, as: UTF8.self) == expected)
        }
        // Within each repetition the second <row 1> and <row 2> are reused; on the second page
        // the first repetition's rows were last made for the third.
        #expect(memo.hits > 6)
    }

    /// Canonically equivalent texts (a composed and a decomposed accent) are equal to Swift's
    /// `==` but are other bytes: an element's bytes made with one are not reused for the other.
    @Test func outsideTextsAreComparedByTheirBytes() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#items}}<li>{{name}} {{label}}</li>{{/items}}"), named: "main")
        let memo = TemplateMemo()
        let items = TemplateValue.list(Rows(table: Self.table, rows: Self.rows, positions: [1, 2]))
        for label in ["caf\u{E9}", "cafe\u{301}"] {
            let page = Fields(["items": items, "label": .text(label)])
            let remembered = try #require(library.render(page, template: "main", memo: memo))
            #expect(String(decoding: remembered, as: UTF8.self).utf8.elementsEqual("<li>row &lt;1&gt; \(label)</li><li>row &lt;2&gt; \(label)</li>".utf8))
        }
        #expect(memo.hits == 0)
    }

    @Test func anObjectOrListFoundOutsideIsNeverRemembered() throws {
        #expect(try Self.hitsRenderingEqually("{{#items}}{{name}}: {{#site}}{{title}}{{/site}}; {{/items}}") == 0)
        #expect(try Self.hitsRenderingEqually("{{#items}}{{name}}{{#items}}.{{/items}}; {{/items}}") == 0)
    }

    @Test func aBodyWithABlockIsNeverRemembered() throws {
        let hits = try Self.hitsRenderingEqually(
            "{{<frame}}{{$tail}}{{page}}!{{/tail}}{{/frame}}",
            partials: ["frame": "{{#items}}<li>{{name}} {{$tail}}default{{/tail}}</li>{{/items}}"])
        #expect(hits == 0)
    }

    @Test func partialsInsideTheBodyAndIndentationAreHonoured() throws {
        // The same section (inside `list`) included at two indentations on alternate lines.
        let hits = try Self.hitsRenderingEqually(
            "{{#flag}}\n  {{>list}}\n{{/flag}}\n{{^flag}}\n{{>list}}\n{{/flag}}\n",
            partials: ["list": "{{#items}}\n<li>\n{{>item}}\n</li>\n{{/items}}\n", "item": "{{name}}\n{{#note}}\n{{note}}\n{{/note}}\n"])
        #expect(hits > 0)
    }

    /// Rows of a list keyed by the row `keys[index]` in one of two tables, chosen by `tables[index]`.
    struct MixedRows: TemplateKeyedList {
        static let other = Table()
        let keys: [Int]
        let tables: [Bool]
        var count: Int { keys.count }
        func value(at index: Int) -> TemplateValue { .object(rows[index]) }
        func memoKey(at index: Int) -> TemplateMemo.ElementKey? {
            .init(scope: tables[index] ? TemplateMemoTests.table : Self.other, row: keys[index])
        }
        var rows: [Row] { keys.indices.map { Row(name: "n\(keys[$0])\(tables[$0] ? "a" : "b")", note: nil, tags: []) } }
    }

    /// One list may mix tables (the same row of two tables is two elements) and rows the memo
    /// does not keep (negative, or past its row limit): those render afresh, the output unchanged.
    @Test func rowsOfTwoTablesAndRowsOutOfRangeKeepTheirOwnBytes() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#items}}<{{name}}>{{/items}}"), named: "main")
        let memo = TemplateMemo()
        let keys = [0, 0, 1, -3, 1 << 40, 1, 0]
        let tables = [true, false, true, true, false, false, true]
        let page = Fields(["items": .list(MixedRows(keys: keys, tables: tables))])
        let expected = "<n0a><n0b><n1a><n-3a><n\(1 << 40)b><n1b><n0a>"
        for _ in 0..<3 {
            let bytes = try #require(library.render(page, template: "main", memo: memo))
            #expect(String(decoding: bytes, as: UTF8.self) == expected)
        }
        // Within the first page the last <n0a> is reused; the rows out of range never are.
        #expect(memo.hits == 1 + 5 * 2)
    }

    /// A memo past its byte limit keeps nothing more, and still never changes the output.
    @Test func aFullMemoRendersAfreshAndTheSame() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#items}}<li>{{name}}</li>{{/items}}"), named: "main")
        let items = TemplateValue.list(Rows(table: Self.table, rows: Self.rows, positions: Array(0..<12)))
        let page = Fields(["items": items])
        let plain = try #require(library.render(page, template: "main"))
        // Room for the first two rows' bytes only ("<li>row &lt;0&gt;</li>" is 22 bytes).
        let memo = TemplateMemo(byteLimit: 44)
        for _ in 0..<3 { #expect(try #require(library.render(page, template: "main", memo: memo)) == plain) }
        #expect(memo.hits == 2 * 2)
    }
}

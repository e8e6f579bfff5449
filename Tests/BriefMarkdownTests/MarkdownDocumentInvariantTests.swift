import Testing
@testable import BriefMarkdown

/// Properties that must hold for any set of wraps: the rendered HTML stays
/// well-formed, removing the wrappers gives back the unwrapped HTML, and each
/// wrap's pieces hold exactly the prose of its range.
@Suite struct MarkdownDocumentInvariantTests {
    static let markdown = """
        # Talks *in* Genève

        Lavrov said “the **deal is *off*** for now” and [Kyiv’s *reply*](http://k.ua) came – later.
        Then  
        **Shoigu** spoke: *“we* will see.”

        > - A quoted item with 日本 and *emphasis **inside** it* here.
        > - Second item.

        Final paragraph, plain.
        """

    /// A small deterministic generator (SplitMix64), so failures replay.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// The prose the wraps of tag `<wN>` enclose in `html`, tags dropped, entities
    /// decoded, and spaces and newlines dropped (soft breaks are " " in the plain
    /// text but "\n" in HTML).
    func enclosedText(of name: String, in html: String) -> String {
        var out = ""
        var depth = 0
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            if depth > 0 { out += rest[..<open] }
            let tag = rest[open...]
            let close = tag.firstIndex(of: ">")!
            let body = tag[tag.index(after: open)..<close]
            if body == Substring(name) { depth += 1 }
            if body == Substring("/" + name) { depth -= 1 }
            rest = rest[rest.index(after: close)...]
        }
        return out.replacingEntities.filter { $0 != "\n" && $0 != " " }
    }

    @Test(arguments: 0..<40)
    func randomWrapsKeepHTMLWellFormedAndEncloseTheirRange(seed: Int) throws {
        let document = MarkdownDocument(Self.markdown)
        let unwrapped = document.renderHTML()
        let text = document.plainText
        let bytes = Array(text.utf8)
        var generator = Generator(state: UInt64(seed))
        var wraps: [MarkdownWrap] = []
        for n in 0..<(1 + generator.next(8)) {
            let a = generator.next(bytes.count + 1)
            let b = generator.next(bytes.count + 1)
            wraps.append(MarkdownWrap(range: min(a, b)..<max(a, b), open: "<w\(n)>", close: "</w\(n)>"))
        }
        document.wrap(wraps)
        let html = document.renderHTML()
        #expect(nestingError(in: html) == nil, "\(html)")
        #expect(removingTags(named: "w", from: html) == unwrapped)
        #expect(document.plainText == text)

        // The characters of the range, moved forward off partial UTF-8 characters,
        // without spaces and newlines (see `enclosedText`).
        for (n, wrap) in wraps.enumerated() {
            func snapped(_ i: Int) -> Int {
                var i = i
                while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
                return i
            }
            let range = snapped(wrap.range.lowerBound)..<snapped(wrap.range.upperBound)
            let expected = String(decoding: bytes[range], as: UTF8.self).filter { $0 != "\n" && $0 != " " }
            #expect(enclosedText(of: "w\(n)", in: html) == expected, "w\(n) \(range) in \(html)")
        }
    }
}

extension MarkdownDocumentInvariantTests {
    @Test(arguments: 0..<20)
    func randomWrapsAvoidingLinksNeverLandInsideALink(seed: Int) {
        let document = MarkdownDocument(Self.markdown)
        let unwrapped = document.renderHTML()
        let count = document.plainText.utf8.count
        var generator = Generator(state: UInt64(1000 + seed))
        var wraps: [MarkdownWrap] = []
        for n in 0..<(1 + generator.next(6)) {
            let a = generator.next(count + 1)
            let b = generator.next(count + 1)
            wraps.append(MarkdownWrap(range: min(a, b)..<max(a, b), open: "<w\(n)>", close: "</w\(n)>",
                                      avoidingLinks: true))
        }
        document.wrap(wraps)
        let html = document.renderHTML()
        #expect(nestingError(in: html) == nil, "\(html)")
        #expect(removingTags(named: "w", from: html) == unwrapped)
        let link = html.split(separator: "<a href=\"http://k.ua\">").dropFirst().first?.split(separator: "</a>").first
        #expect(link == "Kyiv’s <em>reply</em>", "\(html)")
    }
}

private extension String {
    var replacingEntities: String {
        var s = self
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
            s = s.split(separator: entity, omittingEmptySubsequences: false).joined(separator: char)
        }
        return s
    }
}

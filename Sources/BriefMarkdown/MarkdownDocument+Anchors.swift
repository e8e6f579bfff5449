extension MarkdownDocument {
    /// The ids `MarkdownWeave.identifyHeadings(isReserved:)` gives the headings, in document
    /// order, without weaving: what links to a briefing's headings may name. O(size of the document).
    public func headingIDs(isReserved: (String) -> Bool = { _ in false }) -> [String] {
        let texts = headings.map(\.text)
        return texts.isEmpty ? [] : HeadingAnchors.ids(for: texts, isReserved: isReserved)
    }

    /// The `id` and `name` attribute values written in the document's raw HTML, which a page
    /// shows only with `.unsafeHTML` (empty without it): anchors an author made by hand. A plain
    /// scan for ` id="..."`, `id='...'` and `id=word` (and `name`), not an HTML parser.
    /// O(size of the raw HTML).
    public var rawHTMLIDs: Set<String> {
        guard options.contains(.unsafeHTML) else { return [] }
        var ids: Set<String> = []
        root.forEach { node, entering in
            if entering, node.type == .htmlBlock || node.type == .htmlInline {
                var bytes: [UInt8] = []
                node.appendLiteral(to: &bytes)
                Self.scanAttributeValues(named: ["id", "name"], in: bytes, into: &ids)
            }
            return .proceed
        }
        return ids
    }

    /// The values of attributes `names` (lowercase ASCII) in `html`: each name must follow
    /// whitespace and be followed by optional spaces and `=`.
    static func scanAttributeValues(named names: [String], in html: [UInt8], into ids: inout Set<String>) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var i = 0
        while i < html.count {
            defer { i += 1 }
            guard isSpace(html[i]) else { continue }
            var start = i + 1
            guard let name = names.first(where: { name in
                let bytes = Array(name.utf8)
                guard start + bytes.count <= html.count else { return false }
                return zip(html[start..<(start + bytes.count)], bytes).allSatisfy { ($0 | 0x20) == $1 }
            }) else { continue }
            start += name.utf8.count
            while start < html.count, isSpace(html[start]) { start += 1 }
            guard start < html.count, html[start] == 0x3D else { continue }  // =
            start += 1
            while start < html.count, isSpace(html[start]) { start += 1 }
            guard start < html.count else { break }
            var end = start
            if html[start] == 0x22 || html[start] == 0x27 {
                let quote = html[start]
                start += 1
                end = start
                while end < html.count, html[end] != quote { end += 1 }
            } else {
                while end < html.count, !isSpace(html[end]), html[end] != 0x3E, html[end] != 0x2F { end += 1 }
            }
            if end > start { ids.insert(String(decoding: html[start..<end], as: UTF8.self)) }
            i = end
        }
    }
}

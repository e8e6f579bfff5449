@testable import BriefMarkdown

/// The UTF-8 byte range of the first occurrence of `needle` in `haystack`.
func byteRange(of needle: String, in haystack: String, occurrence: Int = 0) -> Range<Int> {
    let hay = Array(haystack.utf8)
    let pin = Array(needle.utf8)
    var seen = 0
    var i = 0
    while i + pin.count <= hay.count {
        if Array(hay[i..<(i + pin.count)]) == pin {
            if seen == occurrence { return i..<(i + pin.count) }
            seen += 1
        }
        i += 1
    }
    preconditionFailure("\(needle) not found in \(haystack)")
}

/// The UTF-8 substring of `text` at `range`.
func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

/// The HTML with every tag whose name starts with `prefix` removed.
func removingTags(named prefix: String, from html: String) -> String {
    var out = ""
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        out += rest[..<open]
        let tag = rest[open...]
        let name = tag.dropFirst().drop { $0 == "/" }
        guard let close = tag.firstIndex(of: ">") else { out += tag; return out }
        if !name.hasPrefix(prefix) { out += tag[...close] }
        rest = rest[rest.index(after: close)...]
    }
    return out + rest
}

/// Nil when open and close tags nest properly (void tags `<br />`, `<img />` aside),
/// else a description of the first mismatch.
func nestingError(in html: String) -> String? {
    var stack: [Substring] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        let tag = rest[open...]
        guard let close = tag.firstIndex(of: ">") else { return "unterminated tag" }
        let body = tag[tag.index(after: open)..<close]
        rest = rest[rest.index(after: close)...]
        if body.hasSuffix("/") { continue }
        if body.hasPrefix("/") {
            let name = body.dropFirst()
            guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
            stack.removeLast()
        } else {
            stack.append(body.prefix { $0 != " " })
        }
    }
    return stack.isEmpty ? nil : "unclosed \(stack)"
}

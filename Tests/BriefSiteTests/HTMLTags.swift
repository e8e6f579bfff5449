/// A small reader of the tags in brief's own HTML output, for structural checks in tests: every
/// start tag with its attributes (entities left as written) and its open ancestors.
struct HTMLTag: Equatable {
    var name: String
    var attributes: [String: String]
    /// Names of the elements open around this one.
    var ancestors: [String]
}

enum HTMLTags {
    static let void: Set<String> = ["meta", "link", "br", "hr", "img", "input", "source", "wbr", "area", "base", "col", "embed", "track"]

    /// Start tags in document order. Text never holds a raw `<` in brief's output, so tags are
    /// found by scanning for `<`; comments and the doctype are skipped.
    static func parse(_ html: String) -> [HTMLTag] {
        var tags: [HTMLTag] = []
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("!") || inside.hasPrefix("?") { continue }
            if inside.hasPrefix("/") {
                let name = inside.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                if let index = stack.lastIndex(of: name) { stack.removeSubrange(index...) }
                continue
            }
            let (name, attributes) = parseTag(String(inside))
            tags.append(HTMLTag(name: name, attributes: attributes, ancestors: stack))
            if !void.contains(name), !inside.hasSuffix("/") { stack.append(name) }
        }
        return tags
    }

    /// The text of `html` with every tag removed (entities left as written).
    static func text(of html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    private static func parseTag(_ text: String) -> (String, [String: String]) {
        var chars = Substring(text)
        let name = String(chars.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
        chars = chars.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while true {
            chars = chars.drop { $0.isWhitespace || $0 == "/" }
            guard !chars.isEmpty else { break }
            let key = String(chars.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" }).lowercased()
            chars = chars.dropFirst(key.count)
            var value = ""
            if chars.first == "=" {
                chars = chars.dropFirst()
                if let quote = chars.first, quote == "\"" || quote == "'" {
                    chars = chars.dropFirst()
                    value = String(chars.prefix { $0 != quote })
                    chars = chars.dropFirst(value.count + 1)
                } else {
                    value = String(chars.prefix { !$0.isWhitespace })
                    chars = chars.dropFirst(value.count)
                }
            }
            if key.isEmpty { break }
            attributes[key] = value
        }
        return (name, attributes)
    }
}

import Foundation

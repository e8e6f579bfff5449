/// A small HTML tokenizer for tests: start tags with their attributes, end tags, text, comments.
/// It follows the HTML5 rules that matter for injection (raw text in script/style, attribute
/// quoting, entity decoding), so output is checked as a browser would read it, not by grepping.
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [(name: String, value: String)], raw: String)
        case end(name: String)
        case text(String)
        case comment(String)
        case doctype

        static func == (lhs: Token, rhs: Token) -> Bool {
            switch (lhs, rhs) {
            case (.start(let a, _, let r), .start(let b, _, let s)): a == b && r == s
            case (.end(let a), .end(let b)): a == b
            case (.text(let a), .text(let b)), (.comment(let a), .comment(let b)): a == b
            case (.doctype, .doctype): true
            default: false
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Elements whose content is raw text up to their end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]

    /// Tokens of `html`; throws on an unterminated tag or comment (itself a sign of a breakout).
    static func tokens(_ html: String) throws -> [Token] {
        let s = Array(html.unicodeScalars)
        var i = 0
        var tokens: [Token] = []
        var text = ""
        func flushText() {
            if !text.isEmpty { tokens.append(.text(decode(text))); text = "" }
        }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic && c.isASCII }
        while i < s.count {
            let c = s[i]
            guard c == "<", i + 1 < s.count else { text.unicodeScalars.append(c); i += 1; continue }
            let next = s[i + 1]
            if next == "!" {
                flushText()
                if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                    guard let end = find(s, "-->", from: i + 4) else { throw Failure(description: "unterminated comment") }
                    tokens.append(.comment(String(String.UnicodeScalarView(s[(i + 4)..<end]))))
                    i = end + 3
                } else {
                    guard let end = find(s, ">", from: i) else { throw Failure(description: "unterminated <!") }
                    tokens.append(.doctype)
                    i = end + 1
                }
                continue
            }
            if next == "/" , i + 2 < s.count, isNameStart(s[i + 2]) {
                flushText()
                var j = i + 2
                var name = ""
                while j < s.count, s[j] != ">", !s[j].properties.isWhitespace, s[j] != "/" { name.unicodeScalars.append(s[j]); j += 1 }
                guard let end = find(s, ">", from: j) else { throw Failure(description: "unterminated end tag") }
                tokens.append(.end(name: name.lowercased()))
                i = end + 1
                continue
            }
            guard isNameStart(next) else { text.unicodeScalars.append(c); i += 1; continue }
            flushText()
            let start = i
            var j = i + 1
            var name = ""
            while j < s.count, s[j] != ">", s[j] != "/", !s[j].properties.isWhitespace { name.unicodeScalars.append(s[j]); j += 1 }
            name = name.lowercased()
            var attributes: [(String, String)] = []
            while true {
                while j < s.count, s[j].properties.isWhitespace || s[j] == "/" { j += 1 }
                guard j < s.count else { throw Failure(description: "unterminated tag <\(name)") }
                if s[j] == ">" { j += 1; break }
                var attribute = ""
                while j < s.count, s[j] != "=", s[j] != ">", !s[j].properties.isWhitespace, !(s[j] == "/" && attribute.isEmpty == false && j + 1 < s.count && s[j + 1] == ">") {
                    attribute.unicodeScalars.append(s[j]); j += 1
                }
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, s[j].properties.isWhitespace { j += 1 }
                    guard j < s.count else { throw Failure(description: "unterminated attribute") }
                    if s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]
                        guard let end = find(s, String(quote), from: j + 1) else { throw Failure(description: "unterminated attribute value") }
                        value = String(String.UnicodeScalarView(s[(j + 1)..<end]))
                        j = end + 1
                    } else {
                        while j < s.count, s[j] != ">", !s[j].properties.isWhitespace { value.unicodeScalars.append(s[j]); j += 1 }
                    }
                }
                attributes.append((attribute.lowercased(), decode(value)))
            }
            tokens.append(.start(name: name, attributes: attributes, raw: String(String.UnicodeScalarView(s[start..<j]))))
            i = j
            if rawText.contains(name) {
                // Raw text ends at the first `</name`, whatever comes before it.
                let close = Array(("</" + name).unicodeScalars)
                var k = i
                var found: Int?
                while k + close.count <= s.count {
                    if zip(s[k..<(k + close.count)], close).allSatisfy({ $0.properties.lowercaseMapping == $1.properties.lowercaseMapping }) { found = k; break }
                    k += 1
                }
                guard let found else { throw Failure(description: "unterminated <\(name)>") }
                tokens.append(.text(String(String.UnicodeScalarView(s[i..<found]))))
                i = found
            }
        }
        flushText()
        return tokens
    }

    private static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        var k = from
        while k + n.count <= s.count {
            if Array(s[k..<(k + n.count)]) == n { return k }
            k += 1
        }
        return nil
    }

    /// Decodes character references (`&amp;`, `&#x6A;`, `&#106;`, and the named ones that matter).
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")"]
        var out = ""
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "&", let semicolon = s[i...].prefix(12).firstIndex(of: ";") {
                let body = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
                var replacement: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    replacement = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    replacement = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[body.lowercased()]
                }
                if let replacement {
                    out += replacement
                    i = semicolon + 1
                    continue
                }
            }
            out.unicodeScalars.append(s[i])
            i += 1
        }
        return out
    }
}

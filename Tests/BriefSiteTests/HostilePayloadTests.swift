import BriefTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefSite

/// Hostile content is rendered inert everywhere: every payload goes into every field a site
/// author controls, and every output file is parsed (HTML, JSON, XML) and compared with a site of
/// the same shape built from plain words. Walks the whole output, so new pages are covered.
@Suite("Hostile payloads in every field")
struct HostilePayloadTests {
    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "\"><svg onload=alert(1)>",
        "'><script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "</script><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "</textarea><script>alert(1)</script>",
        "</style><script>alert(1)</script>",
        "<!--<script>alert(1)//-->",
        "]]><script>alert(1)</script><![CDATA[",
        "<![CDATA[<script>alert(1)</script>]]>",
        "{{site.title}}{{{briefing.bodyHTML}}}{{#page}}x{{/page}}",
        "{{=<% %>=}}<%page.kind%>",
        "\u{FF1C}script\u{FF1E}alert(1)\u{FF1C}/script\u{FF1E}",
        "\u{202E}gnp.exe\u{202C}<b>x</b>",
        "\u{200B}<\u{200B}script>alert(1)</script>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<body onload=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "<details open ontoggle=alert(1)>",
        "\\\"; alert(1); //",
        "${alert(1)} `${alert(1)}`",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=stylesheet href=//evil.example/x.css>",
    ]

    /// A YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x2000...0x206F).contains(scalar.value):
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A site with `word(i)` in every field of every briefing, entity note and setting.
    static func makeSite(_ word: (Int) -> String) throws -> HostileSite {
        let site = try HostileSite(config: """
            title: \(yaml(word(0)))
            description: \(yaml(word(1)))
            author: \(yaml(word(2)))
            base_url: https://example.com/brief/
            """ + "\n")
        for index in payloads.indices {
            let text = word(index)
            let safeSlug = !text.contains("/") && !text.contains("\\") && !text.contains("..")
            try site.write("content/b\(index).md", """
                ---
                title: \(yaml(text))
                date: 2025-03-\(String(format: "%02d", index % 28 + 1))
                tags: [\(yaml(text)), \(yaml("tag " + text)), plain]
                source: \(yaml(text))
                url: \(yaml("https://example.com/?q=" + text))
                summary: \(yaml(text))
                \(safeSlug ? "slug: \(yaml(text + " \(index)"))" : "")
                ---
                \(text)

                “\(text),” said Sergei Lavrov, the Russian foreign minister. "\(text)" he added.

                - \(text)
                > \(text) — \(text) – the minister said.

                ## \(text)

                [\(text)](\(text)) [link](https://example.com/\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) `\(text)` *\(text)*

                Olaf Scholz said: \(text)
                """ + "\n")
            try site.write("content/r\(index).txt", "\(text)\n\nBERLIN (Reuters) - \(text), said Angela Merkel.\n\n\u{201C}\(text)\u{201D} she told reporters.\n")
            try site.write("content/entities/e\(index).md", """
                ---
                name: \(yaml(text + " \(index)"))
                type: person
                aliases: [\(yaml(text + " alias \(index)"))]
                ---
                \(text) is a note.
                """ + "\n")
        }
        return site
    }

    /// What a page made from plain words contains: element and attribute names, scripts, XML elements.
    struct Shape {
        var elements: Set<String> = []
        var attributes: Set<String> = []
        var scripts: Set<String> = []
        var xmlElements: Set<String> = []
    }

    /// Checks one HTML document against the plain site's shape; returns the problems found.
    static func problems(inHTML html: String, path: String, allowed: Shape?, shape: inout Shape) -> [String] {
        let tokens: [HTMLTokenizer.Token]
        do { tokens = try HTMLTokenizer.tokens(html) } catch { return ["\(path): \(error)"] }
        var problems: [String] = []
        var inScript = false
        for token in tokens {
            switch token {
            case .start(let name, let attributes, let raw):
                shape.elements.insert(name)
                if let allowed, !allowed.elements.contains(name) { problems.append("\(path): element <\(name)> from content: \(raw)") }
                var seen: Set<String> = []
                for (attribute, value) in attributes {
                    shape.attributes.insert(attribute)
                    if !seen.insert(attribute).inserted { problems.append("\(path): attribute \(attribute) twice: \(raw)") }
                    if let allowed, !allowed.attributes.contains(attribute) { problems.append("\(path): attribute \(attribute) from content: \(raw)") }
                    if attribute.hasPrefix("on") { problems.append("\(path): event handler: \(raw)") }
                    if ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "content"].contains(attribute) {
                        let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 && !$0.properties.isWhitespace }).lowercased()
                        // `content` matters in <meta http-equiv="refresh" content="0;url=...">.
                        let target = attribute == "content" ? String(squeezed.split(separator: "=", maxSplits: 1).last ?? "") : squeezed
                        for scheme in ["javascript:", "vbscript:", "data:"] where target.hasPrefix(scheme) {
                            problems.append("\(path): \(scheme) URL: \(raw)")
                        }
                    }
                }
                inScript = name == "script"
                if inScript { shape.scripts.insert(raw) }
                if inScript, let allowed, !allowed.scripts.contains(raw) { problems.append("\(path): script not of the theme: \(raw)") }
            case .text(let text):
                if inScript {
                    shape.scripts.insert(text)
                    if let allowed, !allowed.scripts.contains(text) { problems.append("\(path): script content not of the theme") }
                }
            case .end: inScript = false
            case .comment(let text):
                if allowed != nil, !text.isEmpty { problems.append("\(path): comment from content: \(text)") }
            case .doctype: break
            }
        }
        return problems
    }

    /// Every problem in the output folder of `site`; also fills `shape` with what it saw.
    static func problems(inOutputOf site: HostileSite, allowed: Shape?, shape: inout Shape) throws -> [String] {
        var problems: [String] = []
        for (path, data) in try site.output().sorted(by: { $0.key < $1.key }) {
            let ext = (path as NSString).pathExtension.lowercased()
            guard let text = String(data: data, encoding: .utf8) else {
                if ["html", "json", "xml", "js", "txt"].contains(ext) { problems.append("\(path): not UTF-8") }
                continue
            }
            switch ext {
            case "html", "htm":
                problems += Self.problems(inHTML: text, path: path, allowed: allowed, shape: &shape)
            case "json":
                // Served as application/json, `</script>` inside a string is inert; breaking out of
                // a string is not, and would make the file fail to parse.
                if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil { problems.append("\(path): JSON does not parse") }
            case "xml", "rss", "atom":
                let collector = XMLCollector()
                let parser = XMLParser(data: data)
                parser.delegate = collector
                if !parser.parse() { problems.append("\(path): XML does not parse: \(parser.parserError.map { "\($0)" } ?? "")") }
                shape.xmlElements.formUnion(collector.elements)
                if let allowed { for element in collector.elements.subtracting(allowed.xmlElements) { problems.append("\(path): XML element <\(element)> from content") } }
                // Escaped HTML inside the feed is HTML too.
                for html in collector.htmlContent { problems += Self.problems(inHTML: html, path: path + " (content)", allowed: allowed, shape: &shape) }
            case "js":
                shape.scripts.insert(text)
                guard let allowed, !allowed.scripts.contains(text) else { continue }
                // Generated data (the search index's manifest, shards and rows): `window.NAME =
                // JSON;` or `NAME(JSON, JSON);` whose JSON parses, so no content can end the
                // literal and run as code.
                if let data = Self.assignedJSON(text) ?? Self.calledJSON(text), (try? JSONSerialization.jsonObject(with: data)) != nil { continue }
                problems.append("\(path): script not of the theme")
            default: break
            }
        }
        return problems
    }

    /// The JSON of a data script `window.NAME = JSON;`, or nil for any other script.
    static func assignedJSON(_ script: String) -> Data? {
        let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("window."), trimmed.hasSuffix(";"), let equals = trimmed.firstIndex(of: "=") else { return nil }
        let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 7)..<equals].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return Data(trimmed[trimmed.index(after: equals)...].dropLast().utf8)
    }

    /// The arguments of a data script `NAME(JSON, ...);` as one JSON array, or nil for any other script.
    static func calledJSON(_ script: String) -> Data? {
        let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix(");"), let open = trimmed.firstIndex(of: "(") else { return nil }
        let name = trimmed[..<open]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return Data(("[" + trimmed[trimmed.index(after: open)...].dropLast(2) + "]").utf8)
    }

    final class XMLCollector: NSObject, XMLParserDelegate {
        var elements: Set<String> = []
        var htmlContent: [String] = []
        private var collecting = false
        private var buffer = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.insert(name)
            collecting = (name == "content" || name == "summary" || name == "description") && attributes["type"] != "text"
            buffer = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { buffer += string } }
        func parser(_ parser: XMLParser, foundCDATA block: Data) { if collecting { buffer += String(decoding: block, as: UTF8.self) } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if collecting, buffer.contains("<") { htmlContent.append(buffer) }
            collecting = false
        }
    }

    @Test func theBuiltInThemeIsInertForEveryPayloadInEveryField() async throws {
        #expect(Self.payloads.count >= 30)
        let plain = try Self.makeSite { "Plain words \($0)" }
        let plainBuild = await plain.build()
        #expect(plainBuild.status == 0, "\(plainBuild.err)")
        var allowed = Shape()
        let plainProblems = try Self.problems(inOutputOf: plain, allowed: nil, shape: &allowed)
        #expect(plainProblems.isEmpty, "\(plainProblems)")

        let hostile = try Self.makeSite { Self.payloads[$0] }
        let result = await hostile.build()
        #expect(result.status == 0, "\(result.err)")
        var seen = Shape()
        let problems = try Self.problems(inOutputOf: hostile, allowed: allowed, shape: &seen)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        // Every briefing has its page (tags and entities may merge: many payloads share a slug).
        let pages = try hostile.output().keys.filter { $0.hasPrefix("briefings/") && $0.hasSuffix("/index.html") }
        #expect(pages.count == 2 * Self.payloads.count)
    }

    /// Inert is not the same as dropped: each hostile title reaches its page as text.
    @Test func hostileTitlesAreShownAsText() async throws {
        let hostile = try Self.makeSite { Self.payloads[$0] }
        #expect(await hostile.build().status == 0)
        let output = try hostile.output()
        let texts = output.filter { $0.key.hasPrefix("briefings/") }.compactMap { entry -> String? in
            guard let tokens = try? HTMLTokenizer.tokens(String(decoding: entry.value, as: UTF8.self)) else { return nil }
            return tokens.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
        }
        for (index, payload) in Self.payloads.enumerated() {
            #expect(texts.contains { $0.contains(payload) }, "payload \(index) not shown as text: \(payload)")
        }
    }

    /// The tokenizer itself catches what the checks look for, so a pass means something.
    @Test func theCheckerFlagsInjectedMarkup() {
        var shape = Shape()
        var allowed = Shape()
        _ = Self.problems(inHTML: "<p class=\"a\">x</p><a href=\"b\">y</a>", path: "plain", allowed: nil, shape: &allowed)
        let cases = [
            "<p class=\"a\">\"><svg onload=alert(1)></p>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<p class=\"a\" class=\"b\">x</p>",
            "<p class=\"a\" onclick=\"x\">x</p>",
            "<p>x</p><script>alert(1)</script>",
            "<p title=\"x>y</p>",
        ]
        for html in cases {
            #expect(!Self.problems(inHTML: html, path: "t", allowed: allowed, shape: &shape).isEmpty, "\(html)")
        }
        #expect(Self.problems(inHTML: "<p class=\"a\">&lt;script&gt; &quot;&gt;</p>", path: "t", allowed: allowed, shape: &shape).isEmpty)
    }
}

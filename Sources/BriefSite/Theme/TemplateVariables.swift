import BriefContent

/// Finds variables a site's template names that no page provides (`{{titel}}`), which Mustache
/// would render as nothing: a typo would silently empty a page. Also finds partials that do not
/// exist (`{{>haeder}}`) and partials that include themselves, directly or through others: the
/// site's values hold no recursive data, so such a partial could only stop at the renderer's depth
/// limit (100 copies), or never, when each level renders a section's list again.
///
/// A plain name is known when it is a variable of the built-in theme (every page variable is
/// used there) or one the README documents: it may be looked up in any context (a page, a card,
/// a quote). A dotted name is a path: its first part must be known, and each part after it a
/// field of the part before it (`briefing.title`, not `briefing.name`), as the built-in theme
/// and the README's dotted names declare the fields of `site`, `page`, `briefing`, `tag`,
/// `entity` and `pagination`. Templates that change the delimiters (`{{=<% %>=}}`) are not checked.
enum TemplateVariables {
    /// Documented variables the built-in templates may not use, as the README's tables name them:
    /// a dotted name declares each of its parts a field of the part before it.
    static let documented: [Substring] = """
        site.title site.description site.language site.author site.baseURL site.generator
        page.kind page.path page.root page.home page.stylesheet page.canonicalURL
        briefings pagination.current pagination.total pagination.isFirst pagination.hasMultiplePages
        pagination.newer pagination.older pagination.newerLabel pagination.olderLabel
        hasMultiplePages newer older current total name slug
        title href date dateISO summary source url tags hasTags hasMeta
        briefing.title briefing.slug briefing.date briefing.dateISO briefing.source briefing.url briefing.byline
        briefing.dateline briefing.summary briefing.tags briefing.hasTags briefing.hasMeta
        briefing.bodyHTML briefing.sourcePath briefing.readingMinutes briefing.whoSaidWhat briefing.hasWhoSaidWhat
        briefing.entityGroups briefing.hasEntityGroups
        tag.name tag.slug tag.href tag.count tag.countText
        entity.id entity.name entity.typeLabel entity.typeClass entity.aliases entity.hasAliases
        entity.description entity.noteHTML entity.links entity.hasLinks entity.mentionCount entity.briefingCount
        entity.countsText entity.href entity.quotes entity.hasQuotes entity.quoteCount entity.briefings
        entity.hasBriefings entity.related entity.hasRelated
        anchor briefingHref
        """.split(whereSeparator: { $0 == " " || $0 == "\n" })

    /// Every variable name the built-in theme's templates use, plus `documented`.
    static let declared: [Substring] = {
        var names = documented
        for name in Theme.builtin.templates.keys.sorted() {
            for tag in tags(in: Theme.builtin.templates[name]!) ?? [] where tag.kind == .variable { names.append(tag.name) }
        }
        return names
    }()

    /// Every dotted part of every `declared` name: a plain name may be any of them.
    static let known: Set<Substring> = Set(declared.lazy.flatMap { $0.split(separator: ".") })

    /// The fields of each part a declared dotted name goes through: `briefing` -> `title`, `date`, ...
    static let fields: [Substring: Set<Substring>] = {
        var fields: [Substring: Set<Substring>] = [:]
        for name in declared {
            let parts = name.split(separator: ".")
            for (owner, field) in zip(parts, parts.dropFirst()) { fields[owner, default: []].insert(field) }
        }
        return fields
    }()

    /// What is wrong with the variable `name` (the words after "unknown variable"), or nil when
    /// it is known: a part no template variable has, or a part that is no field of the one before it.
    static func unknown(_ name: Substring) -> String? {
        let parts = name.split(separator: ".")
        if let unknown = parts.first(where: { !known.contains($0) }) {
            return unknown == name ? "`\(name)`" : "`\(unknown)` in `\(name)`"
        }
        for (owner, field) in zip(parts, parts.dropFirst()) where fields[owner]?.contains(field) != true {
            return "`\(name)` (`\(owner)` has no `\(field)`)"
        }
        return nil
    }

    /// One `{{...}}` tag: what it does, its name and its 1-based line.
    struct Tag {
        enum Kind { case variable, partial, other }
        var kind: Kind
        var name: Substring
        var line: Int
    }

    /// The tags of `template`, or nil when it changes its delimiters. O(n) over the bytes.
    static func tags(in template: String) -> [Tag]? {
        let bytes = Array(template.utf8)
        var tags: [Tag] = []
        var line = 1
        var index = 0
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard byte == open, index + 1 < bytes.count, bytes[index + 1] == open else {
                index += 1
                continue
            }
            var start = index + 2
            var end = start
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
            guard end + 1 < bytes.count else { break }
            var sigil: UInt8 = 0
            if start < end, "{#^/!>&$<=".utf8.contains(bytes[start]) {
                sigil = bytes[start]
                start += 1
            }
            if sigil == UInt8(ascii: "=") { return nil }
            var name = Substring(decoding: bytes[start..<end], as: UTF8.self)
            name = name.trimmingPrefix(while: { $0 == " " })
            while name.last == " " || name.last == "}" { name = name.dropLast() }
            let kind: Tag.Kind
            switch sigil {
            case 0, UInt8(ascii: "{"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "^"): kind = .variable
            case UInt8(ascii: ">"): kind = .partial
            default: kind = .other
            }
            tags.append(Tag(kind: kind, name: name, line: line))
            for inner in bytes[index..<(end + 2)] where inner == UInt8(ascii: "\n") { line += 1 }
            index = end + 2
            if sigil == UInt8(ascii: "{"), index < bytes.count, bytes[index] == close { index += 1 }
        }
        return tags
    }

    /// Problems in the templates of `theme` that differ from the built-in ones.
    static func problems(in theme: Theme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in theme.templates.keys.sorted() where theme.templates[name] != Theme.builtin.templates[name] {
            guard let tags = tags(in: theme.templates[name]!) else { continue }
            let path = "\(Theme.folderName)/\(name).mustache"
            for tag in tags {
                switch tag.kind {
                case .variable:
                    guard tag.name != ".", let what = unknown(tag.name) else { continue }
                    diagnostics.append(Diagnostic(path: path, line: tag.line, message: "unknown variable \(what); it would always render empty (see the README's template variables)"))
                case .partial where theme.templates[String(tag.name)] == nil:
                    diagnostics.append(Diagnostic(path: path, line: tag.line, message: "no template named `\(tag.name)` for the partial `{{>\(tag.name)}}`"))
                default: continue
                }
            }
        }
        return diagnostics + partialCycles(in: theme)
    }

    /// One error for each partial tag of a changed template that leads back to a template being
    /// rendered (`{{>card}}` in card.mustache, or card -> list -> card), at that tag's line.
    static func partialCycles(in theme: Theme) -> [Diagnostic] {
        var partials: [String: [Tag]] = [:]
        for (name, template) in theme.templates {
            partials[name] = (tags(in: template) ?? []).filter { $0.kind == .partial }
        }
        /// The chain of templates from `name` that comes back to `start`, if there is one.
        func chain(from name: String, to start: String, visited: inout Set<String>) -> [String]? {
            if name == start { return [name] }
            guard visited.insert(name).inserted else { return nil }
            for tag in partials[name] ?? [] {
                if let rest = chain(from: String(tag.name), to: start, visited: &visited) { return [name] + rest }
            }
            return nil
        }
        var diagnostics: [Diagnostic] = []
        for name in theme.templates.keys.sorted() where theme.templates[name] != Theme.builtin.templates[name] {
            for tag in partials[name] ?? [] {
                var visited: Set<String> = []
                guard let loop = chain(from: String(tag.name), to: name, visited: &visited) else { continue }
                let path = ([name] + loop).joined(separator: " -> ")
                diagnostics.append(Diagnostic(
                    path: "\(Theme.folderName)/\(name).mustache", line: tag.line,
                    message: "the partial `{{>\(tag.name)}}` includes `\(name)` again (\(path)), so it would never end"))
            }
        }
        return diagnostics
    }
}

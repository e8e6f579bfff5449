import Foundation

extension EntityNote {
    /// Reads the note `text` of the file at `path`; nil after adding every problem (at its line)
    /// to `diagnostics`.
    static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> EntityNote? {
        guard let block = FrontMatterBlock(text) else {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "an entity note starts with front matter between `---` lines, with at least `name:` and `type:`"))
            return nil
        }
        guard block.closingLine != nil else {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "front matter opened with `---` is never closed; add a `---` line after it"))
            return nil
        }
        // The YAML's line 1 is the file's line 2.
        var log = DiagnosticLog(path: path, lineOffset: 1)
        guard let fields = YAMLFields.parse(block.yaml, log: &log) else {
            diagnostics += log.diagnostics
            return nil
        }
        fields.reportUnknownKeys(known: knownKeys, log: &log)
        let name = fields.string("name", log: &log)?.trimmingCharacters(in: .whitespacesAndNewlines)
        let ignore = fields.bool("ignore", log: &log) ?? false
        let aliases = (fields.stringList("aliases", log: &log) ?? [])
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let description = fields.string("description", log: &log)
        var links: [String] = []
        for link in fields.stringList("links", log: &log) ?? [] {
            let lower = link.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
                links.append(WebAddress.escaped(link))
            } else {
                log.error("`links` must start with http:// or https://, found \"\(link)\"", yamlLine: fields.line(ofKey: "links"))
            }
        }
        var type: String?
        if let written = fields.string("type", log: &log) {
            if let known = typeNames[written.lowercased()] {
                type = known
            } else {
                log.error("`type` must be person, place, org, group or other, found \"\(written)\"", yamlLine: fields.line(ofKey: "type"))
            }
        } else if !ignore, fields.line(ofKey: "type") == nil {
            log.error("an entity note needs `type:` (person, place, org, group or other), or `ignore: true`", yamlLine: 1)
        }
        var id = ""
        if let name, !name.isEmpty {
            id = Slug.make(from: name)
            if id.isEmpty { log.error("cannot make an id from the name \"\(name)\"; use letters or digits", yamlLine: fields.line(ofKey: "name")) }
        } else {
            log.error("an entity note needs `name:`", yamlLine: fields.line(ofKey: "name") ?? 1)
        }
        diagnostics += log.diagnostics
        guard log.diagnostics.isEmpty, let name else { return nil }
        return EntityNote(
            path: path, name: name, id: id, type: type, aliases: aliases, description: description,
            links: links, ignore: ignore, body: block.body)
    }

    /// One diagnostic per note whose id, or a name or alias, an earlier note already claims.
    static func conflicts(in notes: [EntityNote]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for note in notes {
            var claimed: Set<String> = []
            for name in [note.name] + note.aliases {
                let key = Slug.make(from: name)
                guard !key.isEmpty, claimed.insert(key).inserted else { continue }
                if let owner = owners[key] {
                    diagnostics.append(Diagnostic(path: note.path, message: "the name \"\(name)\" is already claimed by \(owner); one entity, one note"))
                } else {
                    owners[key] = note.path
                }
            }
        }
        return diagnostics
    }
}

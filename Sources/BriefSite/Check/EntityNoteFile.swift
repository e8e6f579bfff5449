import BriefAnnotate
import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The little `brief check` needs of an entity note (`content/entities/ID.md`): its id, name,
/// type and aliases, read from simple `key: value` front matter, and its body.
///
/// The id is the slug of `name` (`Sergei Lavrov` -> `sergei-lavrov`), else of the file name; the
/// type is case-insensitive (`person`, `PLACE`, `organisation`). Notes with `ignore: true` name
/// false entities and are not checked. The annotator and the site-wide merge take the build's
/// own notes (`ContentInspection.entityNotes`) instead, so check joins entities as the build does.
struct EntityNoteFile: Sendable {
    var path: String
    var id: String
    var name: String
    var type: EntityType
    var aliases: [String]
    /// `ignore: true`: the note lists names that are not entities.
    var ignores: Bool
    /// The Markdown after the front matter, shown on the entity's page.
    var body = ""
    /// Lines of the file before `body`.
    var bodyLineOffset = 0

    /// Reads every `*.md` in `content/entities/`; a file it cannot read goes to `problems`.
    static func loadAll(siteDirectory: URL, problems: inout [CheckProblem]) -> [EntityNoteFile] {
        let folder = siteDirectory.appendingPathComponent("content").appendingPathComponent(ContentLoader.entitiesFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var notes: [EntityNoteFile] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let path = "content/\(ContentLoader.entitiesFolder)/\(name)"
            // A folder or FIFO named like a note is no note: the loader warns of it (`ContentLoader`).
            var info = stat()
            if lstat(folder.appendingPathComponent(name).path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFLNK {
                continue
            }
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                problems.append(CheckProblem(path: path, message: "cannot read the file"))
                continue
            }
            let text = NormalForm.composed(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"))
            let stem = String(name.dropLast(3))
            notes.append(parse(text, path: path, stem: stem, problems: &problems))
        }
        return notes
    }

    static func parse(_ text: String, path: String, stem: String, problems: inout [CheckProblem]) -> EntityNoteFile {
        var fields: [String: (value: String, line: Int)] = [:]
        var aliases: [String] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The index of the body's first line: past the front matter (an unclosed one leaves none).
        var bodyStart = 0
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            bodyStart = lines.count
            var listKey: String?
            for (offset, line) in lines.enumerated().dropFirst() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == "---" || trimmed == "..." {
                    bodyStart = offset + 1
                    break
                }
                if trimmed.hasPrefix("- "), listKey == "aliases" {
                    aliases.append(unquote(String(trimmed.dropFirst(2))))
                    continue
                }
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                listKey = key
                if key == "aliases", value.hasPrefix("["), value.hasSuffix("]") {
                    aliases += value.dropFirst().dropLast().split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }
                } else {
                    fields[key] = (unquote(value), offset + 1)
                }
            }
        }
        let name = fields["name"].map(\.value).flatMap { $0.isEmpty ? nil : $0 } ?? stem
        let id = Slug.make(from: name).isEmpty ? Slug.make(from: stem) : Slug.make(from: name)
        let ignores = fields["ignore"].map { $0.value.lowercased() == "true" } ?? false
        var type = EntityType.other
        // The content loader reports a type it does not know (in `check` as in `build`), once;
        // here the note only needs the type it stands for, with the loader's spellings.
        if let written = fields["type"], !ignores, let known = EntityNote.typeNames[written.value.lowercased()].flatMap(EntityType.init(rawValue:)) {
            type = known
        }
        return EntityNoteFile(
            path: path, id: id, name: name, type: type, aliases: aliases.filter { !$0.isEmpty }, ignores: ignores,
            body: lines[min(bodyStart, lines.count)...].joined(separator: "\n"), bodyLineOffset: bodyStart)
    }

    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else { return value }
        let inner = String(value.dropFirst().dropLast())
        // As YAML reads them (and the build shows the name): `\"` in double quotes, `''` in single.
        if first == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
        guard inner.contains("\\") else { return inner }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                // Only these two; other escapes (`\n`) are rare in a name and kept as written.
                if character != "\"", character != "\\" { result.append("\\") }
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

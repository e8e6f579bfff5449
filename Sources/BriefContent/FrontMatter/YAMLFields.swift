internal import Yams
import Foundation

/// A YAML mapping read field by field; every problem goes to a `DiagnosticLog` with its line.
///
/// Yams reports lines within the YAML text; the log adds the offset of the block in its file.
struct YAMLFields {
    struct Entry {
        var key: String
        var value: Node
        /// 1-based line within the YAML text.
        var line: Int?
    }

    private(set) var entries: [Entry] = []

    /// Yams's default encoding, read once: its getter looks through the whole process
    /// environment each time, which cost more than parsing a briefing's front matter.
    private static let defaultIsUTF16 = Parser.Encoding.default == .utf16
    private static var encoding: Parser.Encoding { defaultIsUTF16 ? .utf16 : .utf8 }

    /// Parses `yaml`; returns nil (after logging why) when it is not YAML or not a mapping.
    /// Empty YAML is an empty mapping.
    static func parse(_ yaml: String, log: inout DiagnosticLog) -> YAMLFields? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, Self.encoding)
        } catch let error as YamlError {
            let (line, message) = describe(error, in: yaml)
            log.error("invalid YAML: \(message)", yamlLine: line)
            return nil
        } catch {
            log.error("invalid YAML: \(error)", yamlLine: 1)
            return nil
        }
        guard let node else { return YAMLFields() }
        guard let mapping = node.mapping else {
            log.error("expected `key: value` lines, found \(kindName(node))", yamlLine: node.mark?.line ?? 1)
            return nil
        }
        var fields = YAMLFields()
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                log.error("keys must be plain names", yamlLine: key.mark?.line)
                continue
            }
            fields.entries.append(Entry(key: name, value: value, line: key.mark?.line))
        }
        return fields
    }

    /// Logs every key not in `known`, naming the known ones.
    func reportUnknownKeys(known: [String], log: inout DiagnosticLog) {
        for entry in entries where !known.contains(entry.key) {
            let list = known.map { "`\($0)`" }.joined(separator: ", ")
            log.error("unknown key `\(entry.key)` (known keys: \(list))", yamlLine: entry.line)
        }
    }

    private func entry(_ key: String) -> Entry? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        // `key:` with nothing after it means "not set".
        if entry.value.scalar != nil, entry.value.null != nil, entry.value.scalar?.style == .plain { return nil }
        return entry
    }

    /// Any scalar as text (`title: 1984` is the text "1984").
    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let entry = entry(key) else { return nil }
        guard let scalar = entry.value.scalar else {
            log.error("`\(key)` must be text, found \(Self.kindName(entry.value))", yamlLine: line(of: entry))
            return nil
        }
        return scalar.string
    }

    /// `true` or `false` (YAML's yes/no/on/off too).
    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let entry = entry(key) else { return nil }
        guard let value = entry.value.bool, entry.value.scalar?.style == .plain else {
            log.error("`\(key)` must be true or false, found \(Self.quoted(entry.value))", yamlLine: line(of: entry))
            return nil
        }
        return value
    }

    /// A whole number.
    func int(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let entry = entry(key) else { return nil }
        guard let value = entry.value.int, entry.value.scalar?.style == .plain else {
            log.error("`\(key)` must be a whole number, found \(Self.quoted(entry.value))", yamlLine: line(of: entry))
            return nil
        }
        return value
    }

    /// A list of scalars (`[a, b]` or `- a` lines).
    func stringList(_ key: String, log: inout DiagnosticLog) -> [String]? {
        guard let entry = entry(key) else { return nil }
        guard let sequence = entry.value.sequence else {
            log.error("`\(key)` must be a list, like [nato, ukraine], found \(Self.quoted(entry.value))", yamlLine: line(of: entry))
            return nil
        }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                log.error("`\(key)` items must be text, found \(Self.kindName(item))", yamlLine: item.mark?.line ?? line(of: entry))
                continue
            }
            // A plain `null` or `true` is no text a writer meant (a tag page called "null");
            // numbers and other words read as written (`2025`, `yes`). Quoted, any text goes.
            if scalar.style == .plain, item.null != nil || Self.trueOrFalse.contains(scalar.string) {
                let found = item.null != nil ? "null" : scalar.string
                log.error("`\(key)` items must be text, found \(found); quote it (\"\(scalar.string)\") if you mean the word", yamlLine: item.mark?.line ?? line(of: entry))
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    /// YAML's booleans (1.2 core schema): refused as list items, where they are a slip.
    static let trueOrFalse: Set<String> = ["true", "True", "TRUE", "false", "False", "FALSE"]

    /// A date as `YYYY-MM-DD`, optionally with a time (`2025-08-21 14:30`, `2025-08-21T14:30:00Z`).
    func date(_ key: String, log: inout DiagnosticLog) -> PublicationDate? {
        guard let entry = entry(key) else { return nil }
        guard let scalar = entry.value.scalar, let date = PublicationDate(parsing: scalar.string) else {
            log.error("`\(key)` must be a date like 2025-08-21, found \(Self.quoted(entry.value))", yamlLine: line(of: entry))
            return nil
        }
        return date
    }

    /// The line of the value when it has one (so `tags: 5` points at the 5), else of the key.
    func line(of entry: Entry) -> Int? { entry.value.mark?.line ?? entry.line }

    func line(ofKey key: String) -> Int? { entries.first(where: { $0.key == key }).flatMap(line(of:)) }

    static func quoted(_ node: Node) -> String {
        if let scalar = node.scalar { return "\"\(scalar.string)\"" }
        return kindName(node)
    }

    static func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The line of the second `key:` (plain or quoted) at the mapping's indentation, from the
    /// mapping's first line on; nil when the key is written in a form this does not follow.
    static func secondLine(ofKey key: String, in yaml: String, from firstLine: Int, column: Int) -> Int? {
        let forms = [key + ":", "\"" + key + "\":", "'" + key + "':"]
        var seen = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= firstLine {
            let indent = line.prefix { $0 == " " }.count
            guard indent == max(0, column - 1) else { continue }
            let rest = line.dropFirst(indent)
            guard forms.contains(where: { rest.hasPrefix($0) }) else { continue }
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }

    private static func describe(_ error: YamlError, in yaml: String) -> (line: Int?, message: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            guard let context else { return (mark.line, problem) }
            // An unclosed `[`, `{` or quote is found unclosed lines later (at the next key, or the
            // end): the line to fix is the one where it opens. A block context ("while parsing a
            // block mapping") opens at the first key, far from a mis-indented line: not that one.
            let opensAtItsMark = context.text.contains("flow") || context.text.contains("quoted scalar")
            if opensAtItsMark, context.mark.line < mark.line {
                return (context.mark.line, "\(problem) (\(context.text) that starts on this line)")
            }
            return (mark.line, "\(problem) (\(context.text))")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the mapping; the line to fix is the key's second occurrence.
            let line = duplicates.first.flatMap { secondLine(ofKey: $0, in: yaml, from: context.mark.line, column: context.mark.column) }
            return (line ?? context.mark.line, "duplicate key \(duplicates.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return (1, problem)
        default:
            return (1, "\(error)")
        }
    }
}

/// Reads the common flat shape of front matter straight from its bytes, without Yams:
///
///     title: "Quoted text"            plain, "double-quoted" or 'single-quoted' text on one line
///     date: 2025-03-06
///     tags: [europe, diplomacy]       a flow list of plain words on one line
///     tags:                           or a block list of plain items
///       - europe
///     # a comment line
///
/// It answers only when it fully understands the block and the front matter it gives is free of
/// problems; for anything else (escapes, anchors, tags, flow mappings, multi-line or empty items,
/// unknown or repeated keys, odd indentation, a value YAML would type differently, any field
/// error) it returns nil and `MarkdownSource` asks Yams, so values and diagnostics stay exactly
/// what Yams gives. O(n) over the bytes, one String per field value.
enum FlatFrontMatter {
    /// The front matter in `yaml`, or nil when Yams must decide.
    static func parse(_ yaml: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
        var reader = Reader(bytes: yaml)
        return reader.read()
    }

    /// The keys front matter may use, as bit positions in `Reader.seen`.
    private enum Key: Int {
        case title, date, tags, source, url, summary, draft, slug

        /// The key spelled by `bytes[range]`, or nil for any other word.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            func equals(_ word: StaticString) -> Bool {
                guard word.utf8CodeUnitCount == range.count else { return false }
                let start = word.utf8Start
                for offset in 0..<range.count where bytes[range.lowerBound + offset] != start[offset] { return false }
                return true
            }
            switch range.count {
            case 3 where equals("url"): self = .url
            case 4 where equals("date"): self = .date
            case 4 where equals("tags"): self = .tags
            case 4 where equals("slug"): self = .slug
            case 5 where equals("title"): self = .title
            case 5 where equals("draft"): self = .draft
            case 6 where equals("source"): self = .source
            case 7 where equals("summary"): self = .summary
            default: return nil
            }
        }
    }

    /// A value as read: text with its style, or a list of plain items.
    private enum Value {
        case text(String, plain: Bool)
        case list([String])
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var front = FrontMatter()
        /// Keys met so far (a repeated key is YAML's error to report).
        var seen: UInt16 = 0
        /// The key written with no value on its line, whose block list items may follow.
        var openKey: Key?
        var openItems: [String] = []
        var itemIndent: Int?

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func read() -> FrontMatter? {
            var start = 0
            let count = bytes.count
            while start <= count {
                var end = start
                while end < count, bytes[end] != 0x0A { end += 1 }
                guard readLine(start..<end) else { return nil }
                start = end + 1
            }
            guard closeOpenKey() else { return nil }
            return finished()
        }

        /// One line (without its "\n"); false when Yams must decide.
        private mutating func readLine(_ line: Range<Int>) -> Bool {
            var index = line.lowerBound
            while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
            // Blank lines and comment lines starting the line are nothing.
            if index == line.upperBound { return true }
            if index == line.lowerBound, bytes[index] == UInt8(ascii: "#") { return isPrintable(line) }
            let indent = index - line.lowerBound
            if bytes[index] == UInt8(ascii: "-") {
                // `- item` of the open key's block list, every item at one indentation.
                guard openKey != nil, itemIndent == nil || itemIndent == indent, index + 1 < line.upperBound,
                    bytes[index + 1] == 0x20
                else { return false }
                itemIndent = indent
                var itemStart = index + 1
                while itemStart < line.upperBound, bytes[itemStart] == 0x20 { itemStart += 1 }
                guard let item = plainScalar(itemStart..<line.upperBound) else { return false }
                openItems.append(item)
                return true
            }
            guard indent == 0, closeOpenKey() else { return false }
            return readEntry(line)
        }

        /// `key: value` starting the line.
        private mutating func readEntry(_ line: Range<Int>) -> Bool {
            var colon = line.lowerBound
            while colon < line.upperBound, bytes[colon] >= UInt8(ascii: "a"), bytes[colon] <= UInt8(ascii: "z") { colon += 1 }
            guard colon < line.upperBound, bytes[colon] == UInt8(ascii: ":"),
                let key = Key(bytes, line.lowerBound..<colon), seen & (1 << key.rawValue) == 0
            else { return false }
            seen |= 1 << key.rawValue
            var index = colon + 1
            guard index == line.upperBound || bytes[index] == 0x20 else { return false }
            while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
            if index == line.upperBound {
                openKey = key
                openItems = []
                itemIndent = nil
                return true
            }
            let rest = index..<line.upperBound
            let value: Value
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let text = quotedScalar(rest) else { return false }
                value = .text(text, plain: false)
            case UInt8(ascii: "["):
                guard let items = flowList(rest) else { return false }
                value = .list(items)
            default:
                guard let text = plainScalar(rest) else { return false }
                value = .text(text, plain: true)
            }
            return set(key, value)
        }

        /// Ends the open key's value: its block list, or nothing (YAML's null) when no item came.
        private mutating func closeOpenKey() -> Bool {
            guard let key = openKey else { return true }
            openKey = nil
            if itemIndent == nil { return true }
            return set(key, .list(openItems))
        }

        /// Stores `value` as the field `key` reads it (the rules of `FrontMatter(_:log:)`);
        /// false for a value that field would report as a problem.
        private mutating func set(_ key: Key, _ value: Value) -> Bool {
            if case .text(let text, plain: true) = value, Self.isNull(text) { return true }
            switch (key, value) {
            case (.tags, .list(let items)):
                // A `null` or `true` item is a problem `YAMLFields.stringList` reports.
                guard !items.contains(where: { Self.isNull($0) || YAMLFields.trueOrFalse.contains($0) }) else { return false }
                front.tags = items
            case (.tags, _), (_, .list): return false
            case (.draft, .text(let text, let plain)):
                guard plain, let flag = Self.bool(text) else { return false }
                front.draft = flag
            case (.date, .text(let text, _)):
                guard let date = PublicationDate(parsing: text) else { return false }
                front.date = date
            case (.title, .text(let text, _)): front.title = text
            case (.source, .text(let text, _)): front.source = text
            case (.url, .text(let text, _)): front.url = text
            case (.summary, .text(let text, _)): front.summary = text
            case (.slug, .text(let text, _)): front.slug = text
            }
            return true
        }

        /// The checks `FrontMatter(_:log:)` makes after reading the fields.
        private func finished() -> FrontMatter? {
            if let url = front.url {
                let lower = url.lowercased()
                guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
            }
            if let title = front.title, title.allSatisfy(\.isWhitespace) { return nil }
            return front
        }

        /// YAML's plain nulls (Yams's `NSNull.construct`); an empty value is handled before.
        private static func isNull(_ text: String) -> Bool {
            text == "~" || text == "null" || text == "Null" || text == "NULL"
        }

        /// The plain scalars Yams's resolver tags as booleans, and their value.
        private static func bool(_ text: String) -> Bool? {
            switch text {
            case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return true
            case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return false
            default: return nil
            }
        }

        /// A plain scalar filling the rest of a line (block context), without trailing spaces.
        /// Nil unless it starts with a letter, a digit, non-ASCII text or a few safe marks, and
        /// holds no `: `, no ` #`, no final `:` and nothing YAML would not print.
        private func plainScalar(_ range: Range<Int>) -> String? {
            guard !range.isEmpty else { return nil }
            let first = bytes[range.lowerBound]
            guard Self.isWordByte(first) || first >= 0x80 || Self.isSafePlainStart(first) else { return nil }
            var end = range.upperBound
            while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            guard isPrintable(range.lowerBound..<end) else { return nil }
            var index = range.lowerBound
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 0x20 { return nil }
                if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 { return nil }
                index += 1
            }
            return string(range.lowerBound..<end)
        }

        /// A one-line `"..."` without backslashes or `'...'` without doubled quotes, followed
        /// only by spaces.
        private func quotedScalar(_ range: Range<Int>) -> String? {
            let quote = bytes[range.lowerBound]
            var close = range.lowerBound + 1
            while close < range.upperBound, bytes[close] != quote {
                if bytes[close] == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { return nil }
                close += 1
            }
            guard close < range.upperBound else { return nil }
            var after = close + 1
            while after < range.upperBound, bytes[after] == 0x20 { after += 1 }
            guard after == range.upperBound else { return nil }
            let content = (range.lowerBound + 1)..<close
            guard isPrintable(content) else { return nil }
            return string(content)
        }

        /// `[a, b]` on one line: plain items of letters, digits, non-ASCII text and `_ - . /`
        /// (inner spaces kept), each starting with a letter, a digit or non-ASCII text; `[]` is
        /// an empty list. Followed only by spaces.
        private func flowList(_ range: Range<Int>) -> [String]? {
            var items: [String] = []
            var index = range.lowerBound + 1
            func skipSpaces() { while index < range.upperBound, bytes[index] == 0x20 { index += 1 } }
            skipSpaces()
            if index < range.upperBound, bytes[index] == UInt8(ascii: "]") {
                index += 1
            } else {
                while true {
                    let start = index
                    guard start < range.upperBound, Self.isWordByte(bytes[start]) || bytes[start] >= 0x80 else { return nil }
                    while index < range.upperBound, Self.isFlowItemByte(bytes[index]) { index += 1 }
                    var end = index
                    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                    guard isPrintable(start..<end) else { return nil }
                    items.append(string(start..<end))
                    guard index < range.upperBound else { return nil }
                    if bytes[index] == UInt8(ascii: "]") {
                        index += 1
                        break
                    }
                    guard bytes[index] == UInt8(ascii: ",") else { return nil }
                    index += 1
                    skipSpaces()
                }
            }
            skipSpaces()
            return index == range.upperBound ? items : nil
        }

        /// Bytes that YAML reads as printable text on one line: no control characters (tab
        /// included), no DEL, no C1 controls, no line or paragraph separators (YAML 1.1 line
        /// breaks), no U+FEFF, U+FFFE or U+FFFF. (The text is valid UTF-8 already.)
        private func isPrintable(_ range: Range<Int>) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte < 0x20 || byte == 0x7F { return false }
                    index += 1
                    continue
                }
                guard index + 1 < range.upperBound else { return false }
                let second = bytes[index + 1]
                switch byte {
                case 0xC2 where second < 0xA0: return false
                case 0xE2 where second == 0x80 && index + 2 < range.upperBound && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    return false
                case 0xEF where second == 0xBB || second == 0xBF: return false
                default: break
                }
                index += 1
            }
            return true
        }

        private func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        private static func isWordByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }

        /// Marks that may open a plain scalar in YAML and mean nothing else there.
        private static func isSafePlainStart(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "+"),
                UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: "~"):
                return true
            default:
                return false
            }
        }

        private static func isFlowItemByte(_ byte: UInt8) -> Bool {
            isWordByte(byte) || byte >= 0x80 || byte == 0x20 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
        }
    }
}

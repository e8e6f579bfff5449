import BriefTransliteration
import Foundation

/// Readable ASCII slugs for URLs: `Олаф Шольц’s visit to Kyiv` -> `olaf-sholts-visit-to-kyiv`.
///
/// Text whose letters have no ASCII spelling here (Chinese, Japanese, Arabic, Hebrew, Thai...)
/// gets a stable short hash instead: `习近平` -> `u-` and 12 hex digits. Slugs stay ASCII
/// (`[a-z0-9-]`) on every path, so every folder and link works unescaped on any host, in feeds,
/// from file:// and on file systems that normalise Unicode names (macOS); `slug:` in the front
/// matter sets a readable one (`slug: xi-jinping`).
public enum Slug {
    /// The longest slug made from a title; longer ones are cut at a word boundary.
    public static let maximumLength = 80

    /// The prefix of hashed slugs (`u-3f9a2c1d7b4e`), which no transliterated slug of letters and
    /// digits alone would collide with by chance.
    static let hashedPrefix = "u-"

    /// Lowercase ASCII letters, digits and single hyphens: accents stripped (é -> e), letters
    /// transliterated (ß -> ss, Cyrillic and Greek to Latin), apostrophes dropped, anything else a
    /// word break. When letters were left out and no ASCII letter was made (`日本語のみ`,
    /// `习近平 2025`), `hashedPrefix` and a hash of the text (see `hashed(_:)`). Empty when `text`
    /// holds no letter or digit at all. O(n) in the text's scalars.
    public static func make(from text: String) -> String {
        // Most tags and ids are slugs already ("trade", "maria-wei"): returned as they are,
        // without making a copy byte by byte (every card of every listing asks for its tags').
        if isSlug(text) { return text }
        if let ascii = asciiSlug(text) { return truncated(ascii) }
        return unicodeSlug(text)
    }

    /// `make(from:)` scalar by scalar, for any text (internal: tests hold the ASCII path equal to it).
    static func unicodeSlug(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        // Letters or digits with no ASCII spelling, and whether any ASCII letter was written: a
        // text of such letters (with ASCII digits at most) is hashed instead of losing its words.
        var leftOutLetter = false
        var wroteLetter = false
        func append(_ ascii: Substring.UTF8View) {
            if pendingHyphen, !output.isEmpty { output.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            output.append(contentsOf: ascii)
            if !wroteLetter { wroteLetter = ascii.contains { $0 >= 0x61 && $0 <= 0x7A } }
        }
        // Composed first: a decomposed `u` + U+0308 would give `u` and a word break (`mu-ller`).
        for scalar in NormalForm.composed(text).lowercased().unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if scalar.isASCII {
                if isAlphanumeric(scalar) {
                    append(String(scalar)[...].utf8)
                } else {
                    pendingHyphen = true
                }
                continue
            }
            if let latin = Transliteration.latin(scalar) {
                append(latin[...].utf8)
                continue
            }
            // A mark left after composing (`T` + U+0308 has no composed form) belongs to the
            // letter before it: dropped, not a word break.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            // é -> e + U+0301: keep the ASCII base letter, drop the marks.
            var produced = false
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
                if part.isASCII, isAlphanumeric(part) {
                    append(String(part)[...].utf8)
                    produced = true
                } else if let latin = Transliteration.latin(part) {
                    append(latin[...].utf8)
                    produced = true
                } else if part.properties.generalCategory == .nonspacingMark {
                    continue
                }
            }
            if !produced {
                pendingHyphen = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { leftOutLetter = true }
            }
        }
        if leftOutLetter, !wroteLetter { return hashed(text) }
        return truncated(String(decoding: output, as: UTF8.self))
    }

    /// `hashedPrefix` and 12 hex digits of the 64-bit FNV-1a hash of `text` trimmed of white
    /// space, lowercased and in Unicode normal form C, so the same words typed on any system give
    /// the same slug. Fixed forever: changing it would move published pages. 48 bits: two of ten
    /// thousand such titles share a slug about once in six million sites (and the build reports it).
    static func hashed(_ text: String) -> String {
        let normal = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().precomposedStringWithCanonicalMapping
        let hex = String(ByteText.fnv1a(normal.utf8) >> 16, radix: 16)
        return hashedPrefix + String(repeating: "0", count: 12 - hex.utf8.count) + hex
    }

    /// Whether `text` is what `make(from:)` makes of it: `[a-z0-9]` words joined by single
    /// hyphens, at most `maximumLength` bytes.
    static func isSlug(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= maximumLength else { return false }
        var afterHyphen = true
        for byte in utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                afterHyphen = false
            } else if byte == 0x2D, !afterHyphen {
                afterHyphen = true
            } else {
                return false
            }
        }
        return !afterHyphen
    }

    /// `make(from:)` for all-ASCII text (tags, ids, most titles) in one pass over the bytes, with
    /// the same rules; nil when `text` has any non-ASCII byte.
    private static func asciiSlug(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            var byte = byte
            guard byte < 0x80 else { return nil }
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte == 0x27 || byte == 0x60 { continue } // ' and ` are apostrophes
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if pendingHyphen, !output.isEmpty { output.append(0x2D) }
                pendingHyphen = false
                output.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A tag's slug, its folder under `tags/`: `make(from:)`, or `tag` when the name has nothing
    /// usable (`!!!`). Tags with one slug are one tag (`NATO`, `nato`).
    public static func tag(_ name: String) -> String {
        let slug = make(from: name)
        return slug.isEmpty ? "tag" : slug
    }

    /// `tags` without those whose slug an earlier one has (`[NATO, nato]` is `[NATO]`): the
    /// first spelling wins.
    public static func uniqueTags(_ tags: [String]) -> [String] {
        guard tags.count > 1 else { return tags }
        var seen: Set<String> = []
        return tags.filter { seen.insert(tag($0)).inserted }
    }

    /// Checks a slug written by hand (front matter `slug:`): path tricks are refused,
    /// the rest is normalised with `make(from:)`. Returns the slug or a reason it is refused.
    public static func sanitize(_ requested: String) -> Result<String, SlugError> {
        if requested.contains("/") || requested.contains("\\") || requested.contains("..") {
            return .failure(SlugError(message: "`slug` must be a single name, without `/`, `\\` or `..`, found \"\(requested)\""))
        }
        let slug = make(from: requested)
        if slug.isEmpty {
            return .failure(SlugError(message: "`slug` has no letters or digits, found \"\(requested)\""))
        }
        return .success(slug)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9": return true
        default: return false
        }
    }

    private static func truncated(_ slug: String) -> String {
        guard slug.utf8.count > maximumLength else { return slug }
        let prefix = slug.prefix(maximumLength)
        if let cut = prefix.lastIndex(of: "-") { return String(prefix[..<cut]) }
        return String(prefix)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02B9}", "`", "\u{00B4}"]
}

/// Why a hand-written slug was refused.
public struct SlugError: Error, Sendable, Hashable {
    public var message: String
}

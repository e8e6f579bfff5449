/// The `id`s headings get in a rendered page, in the manner of Hugo and GitHub (words kept, but
/// punctuation inside a word is a hyphen, as between words: "Russia's" -> `russia-s`), so that
/// `other.md#reactions` and `#reactions` lead to the heading "Reactions".
///
/// A heading's id is its plain text (`MarkdownHeading.text`) lowercased, with letters, combining
/// marks and decimal digits kept (any script: `Réactions` -> `réactions`) and every run of
/// other characters made one hyphen, none at either end; `heading` when nothing is left. Within
/// a page ids are unique: a later heading with a taken id gets `-1`, `-2`, ... (the first free
/// one), and so does one whose id the page uses for something else (`isReserved`; see `ids`).
public enum HeadingAnchors {
    /// The id of a heading whose text is `text`, before duplicates are told apart. O(text).
    public static func slug(_ text: String) -> String {
        var slug = ""
        slug.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    appendKept(scalar, to: &slug, pendingHyphen: &pendingHyphen)
                case 0x41...0x5A:
                    appendKept(Unicode.Scalar(byte | 0x20), to: &slug, pendingHyphen: &pendingHyphen)
                default:
                    pendingHyphen = !slug.isEmpty
                }
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    appendKept(lower, to: &slug, pendingHyphen: &pendingHyphen)
                }
            default:
                pendingHyphen = !slug.isEmpty
            }
        }
        return slug.isEmpty ? "heading" : slug
    }

    /// The ids of headings with `texts`, in document order: each `slug`, made unique among them
    /// and kept off the ids `isReserved` names. O(headings) when few repeat.
    ///
    /// `isReserved` may name a whole form of ids (quote ids are `q-` and digits), so the suffixes of
    /// a base like `q` can all be taken: after more tries than there are ids taken or shown by the
    /// page, the base gets `-heading` (`q-heading`, `q-heading-1`, ...), which no such form covers.
    public static func ids(for texts: [String], isReserved: (String) -> Bool = { _ in false }) -> [String] {
        var taken: Set<String> = []
        // The last suffix tried per base, so a run of equal headings does not retry from -1.
        var lastSuffix: [String: Int] = [:]
        func firstFree(_ base: String, tries: Int) -> String? {
            if !taken.contains(base), !isReserved(base) { return base }
            var suffix = lastSuffix[base] ?? 0
            let limit = suffix + tries
            while suffix < limit {
                suffix += 1
                let id = "\(base)-\(suffix)"
                if !taken.contains(id), !isReserved(id) {
                    lastSuffix[base] = suffix
                    return id
                }
            }
            lastSuffix[base] = suffix
            return nil
        }
        return texts.map { text in
            let base = slug(text)
            var id = firstFree(base, tries: taken.count + 64)
            // Each try of the new base is either taken (finitely many) or free.
            if id == nil { id = firstFree(base + "-heading", tries: .max / 2) }
            let chosen = id ?? base
            taken.insert(chosen)
            return chosen
        }
    }

    private static func appendKept(_ scalar: Unicode.Scalar, to slug: inout String, pendingHyphen: inout Bool) {
        if pendingHyphen {
            slug.unicodeScalars.append("-")
            pendingHyphen = false
        }
        slug.unicodeScalars.append(scalar)
    }
}

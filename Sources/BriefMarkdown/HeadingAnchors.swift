/// The `id`s headings get in a rendered page, as Hugo and GitHub make them, so that
/// `other.md#reactions` and `#reactions` lead to the heading "Reactions".
///
/// A heading's id is its plain text (`MarkdownHeading.text`) lowercased, with letters, combining
/// marks and decimal digits kept (any script: `Réactions` -> `réactions`) and every run of
/// other characters made one hyphen, none at either end; `heading` when nothing is left. Within
/// a page ids are unique: a later heading with a taken id gets `-1`, `-2`, ... (the first free
/// one), and so does one whose id the page uses for something else (`isReserved`).
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
    public static func ids(for texts: [String], isReserved: (String) -> Bool = { _ in false }) -> [String] {
        var taken: Set<String> = []
        // The last suffix tried per slug, so a run of equal headings does not retry from -1.
        var lastSuffix: [String: Int] = [:]
        return texts.map { text in
            let base = slug(text)
            var id = base
            if taken.contains(id) || isReserved(id) {
                var suffix = lastSuffix[base] ?? 0
                repeat {
                    suffix += 1
                    id = "\(base)-\(suffix)"
                } while taken.contains(id) || isReserved(id)
                lastSuffix[base] = suffix
            }
            taken.insert(id)
            return id
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

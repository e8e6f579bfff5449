import BriefContent

/// Entity ids as used in paths (`entities/ID/index.html`): lowercase ASCII letters, digits and
/// single hyphens, never `/` or `..`.
public enum EntityID {
    /// `id` made safe for a path: ids from the annotator are already slugs, but are cleaned again
    /// here because they become folder names. Empty when nothing usable is left.
    public static func sanitize(_ id: String) -> String {
        isClean(id) ? id : Slug.make(from: id)
    }

    /// True when `id` is already a slug: non-empty, `[a-z0-9-]` only, no hyphen at either end
    /// and no two in a row. One pass over the bytes (this runs for every mention of a build).
    static func isClean(_ id: String) -> Bool {
        // Over the bytes in place (iterating the UTF-8 view checks the string's form per byte).
        id.utf8.withContiguousStorageIfAvailable(isClean) ?? isClean(id.utf8)
    }

    private static func isClean(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0x2D // a leading hyphen counts as a double one
        var empty = true
        for byte in bytes {
            let isHyphen = byte == 0x2D
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || isHyphen else { return false }
            if isHyphen && previous == 0x2D { return false }
            previous = byte
            empty = false
        }
        return !empty && previous != 0x2D
    }

    /// `entities/ID/index.html`.
    public static func path(of id: String) -> String { "entities/\(id)/index.html" }

    /// `root` + `path(of: id)`: the link to an entity's page from a page whose way back to the
    /// site root is `root`. Written in one allocation: this runs for every entity link of a build.
    static func link(to id: String, from root: String) -> String {
        var root = root
        var id = id
        let middle: StaticString = "entities/"
        let end: StaticString = "/index.html"
        let count = root.utf8.count + middle.utf8CodeUnitCount + id.utf8.count + end.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: count) { buffer in
            // Each step returns its end offset (no counter captured by a local function: a
            // captured variable is boxed and each write to it checked for exclusivity at run time).
            let afterRoot = root.withUTF8 { StringJoin.copy($0, into: buffer, at: 0) }
            let afterMiddle = StringJoin.copy(UnsafeBufferPointer(start: middle.utf8Start, count: middle.utf8CodeUnitCount), into: buffer, at: afterRoot)
            let afterID = id.withUTF8 { StringJoin.copy($0, into: buffer, at: afterMiddle) }
            return StringJoin.copy(UnsafeBufferPointer(start: end.utf8Start, count: end.utf8CodeUnitCount), into: buffer, at: afterID)
        }
    }

    /// The entities index, `entities/index.html`.
    public static let indexPath = "entities/index.html"
}

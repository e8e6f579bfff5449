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
        let count = root.utf8.count + 9 + id.utf8.count + 11
        return String(unsafeUninitializedCapacity: count) { buffer in
            // Copied by plain calls, not a closure over `var`s (each of its writes was checked
            // for exclusive access at run time), and the strings read in place (no copies).
            var end = copy(root, into: buffer, at: 0)
            end = copy("entities/" as StaticString, into: buffer, at: end)
            end = copy(id, into: buffer, at: end)
            return copy("/index.html" as StaticString, into: buffer, at: end)
        }
    }

    /// Writes `text`'s UTF-8 into `buffer` at `offset` (there is room); returns where it ends.
    private static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            if let source = bytes.baseAddress, let target = buffer.baseAddress {
                (target + offset).initialize(from: source, count: bytes.count)
            }
            return bytes.count
        }
        if let copied { return offset + copied }
        var end = offset
        for byte in text.utf8 {
            buffer[end] = byte
            end += 1
        }
        return end
    }

    private static func copy(_ text: StaticString, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        (buffer.baseAddress! + offset).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return offset + text.utf8CodeUnitCount
    }

    /// The entities index, `entities/index.html`.
    public static let indexPath = "entities/index.html"
}

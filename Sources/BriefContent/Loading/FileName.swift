import Foundation

/// A briefing file's name split into stem and extension over its bytes, for the plain names
/// content folders hold (`2025-03-06-nato.md`); any other name takes Foundation's rules.
enum FileName {
    /// The last path component of `path` split at its last dot, when that component is made of
    /// ASCII letters, digits, `-`, `_` and `.`, does not start or end with a dot and has one:
    /// there, Foundation's `pathExtension`, `deletingPathExtension` and `lastPathComponent`
    /// agree with the plain byte split. Nil for any other name. O(length of the component).
    static func plainParts(of path: String) -> (stem: Substring, pathExtension: Substring)? {
        let utf8 = path.utf8
        var start = utf8.endIndex
        var dot: String.Index?
        while start > utf8.startIndex {
            let previous = utf8.index(before: start)
            let byte = utf8[previous]
            if byte == UInt8(ascii: "/") { break }
            let plain = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            guard plain else { return nil }
            if byte == UInt8(ascii: "."), dot == nil { dot = previous }
            start = previous
        }
        guard let dot, start < utf8.endIndex, utf8[start] != UInt8(ascii: "."), utf8.index(after: dot) < utf8.endIndex
        else { return nil }
        return (path[start..<dot], path[utf8.index(after: dot)...])
    }

    /// `url.deletingPathExtension().lastPathComponent` for the file at `path` (`url.path`).
    static func stem(of url: URL, path: String) -> String {
        if let parts = plainParts(of: path) { return String(parts.stem) }
        return url.deletingPathExtension().lastPathComponent
    }

    /// `url.pathExtension.lowercased()` for the file at `path` (`url.path`).
    static func lowercasedExtension(of url: URL, path: String) -> String {
        if let parts = plainParts(of: path) { return parts.pathExtension.lowercased() }
        return url.pathExtension.lowercased()
    }

    /// `((path as NSString).lastPathComponent as NSString).deletingPathExtension`.
    static func stem(ofRelativePath path: String) -> String {
        if let parts = plainParts(of: path) { return String(parts.stem) }
        return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

extension DirectoryWalk.FolderEntries {
    /// `path` (bytes, as the system holds it) up to and with its first name that is not valid
    /// UTF-8, as it is said (its bad bytes as `\xHH`, a backslash as `\\`: `displayName`); nil
    /// when every name in it is valid. A path brief reads as text must have none: read with
    /// U+FFFD for each bad byte, it names another folder, which a build or `init` made.
    public static func firstInvalidName(inPath path: [UInt8]) -> String? {
        var end = 0
        for name in path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            end = name.endIndex
            if String(validating: name, as: UTF8.self) == nil {
                return path[..<end].withUnsafeBytes { displayName($0) }
            }
        }
        return nil
    }
}

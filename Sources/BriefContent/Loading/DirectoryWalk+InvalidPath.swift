#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Why brief refuses a path that `firstInvalidName` finds a name in: `named` says the
    /// path (that name as it is said, perhaps in a phrase: "the output links to X, which"),
    /// `what` what brief cannot do there ("write a site"), `another` what to choose instead
    /// ("folder", "--output"). One text for the commands' arguments and the build's output.
    public static func invalidNameRefusal(_ named: String, cannot what: String, chooseAnother another: String) -> String {
        "\(named) has a name that is not valid UTF-8 (its bad bytes shown as \\xHH, a backslash as \\\\): "
            + "brief reads paths as UTF-8 text, so it cannot \(what) in it or under it; rename it, or choose another \(another)"
    }

    /// The bytes of the NUL-terminated path (or argument) at `cString` as the system holds them,
    /// valid UTF-8 or not: read as text, each bad byte would be U+FFFD, and the path another.
    public static func bytes(ofCString cString: UnsafePointer<CChar>) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: cString, count: strlen(cString)))
    }
}

/// A file's path as a dictionary key, compared and hashed by its bytes: two names that differ
/// only in Unicode normalization (`café.md` composed and decomposed) are two files on Linux,
/// where `String`'s `==` (canonical equivalence) takes them for one.
public struct PathKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let path: String

    public init(_ path: String) { self.path = path }
    public init(stringLiteral path: String) { self.path = path }

    public static func == (a: PathKey, b: PathKey) -> Bool {
        a.path.utf8.elementsEqual(b.path.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public var description: String { path }
}

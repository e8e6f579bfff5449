/// Why `brief init` or `brief new` wrote nothing.
public struct ScaffoldError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

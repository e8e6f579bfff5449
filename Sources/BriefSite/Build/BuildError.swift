/// A build that could not write its output (disk full, permissions, a dangerous --output).
/// Content problems are `ContentErrors` instead.
public struct BuildError: Error, Sendable, CustomStringConvertible {
    /// The path involved, as given or relative to the site.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}

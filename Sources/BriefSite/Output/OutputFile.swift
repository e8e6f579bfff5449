import Foundation

/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder, `/`-separated (`briefings/nato-summit/index.html`).
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// A text file, stored as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}

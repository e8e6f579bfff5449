/// A briefing's body: a string, or the UTF-8 bytes an earlier build stored (`ParsedBriefings`),
/// made a string only when read. A rebuild takes thousands of unchanged briefings from that
/// store and reads almost none of their bodies: their pages are kept, and only the cache key
/// hashes them, which it does over the bytes (`withUTF8`).
///
/// Equal when the UTF-8 bytes are equal.
///
/// Always well-formed UTF-8: a String's bytes, or bytes an earlier build stored from one (read
/// back under the store's checksum). Its parses therefore skip cmark's own UTF-8 check
/// (`MarkdownDocument(utf8:options:isValidUTF8:)`).
public struct BriefingBody: Sendable, Hashable {
    private enum Storage: Sendable {
        case text(String)
        case stored(StoredBytes)
    }

    private let storage: Storage

    public init(_ text: String) {
        storage = .text(text)
    }

    /// Stored bytes: well-formed UTF-8, as an earlier build wrote them from a String (read back
    /// under the store's checksum). Parses take them as they are (see the type's note).
    public init(_ bytes: StoredBytes) {
        storage = .stored(bytes)
    }

    /// `init(_:)` of an array's bytes.
    public init(utf8 bytes: ArraySlice<UInt8>) {
        self.init(StoredBytes(bytes))
    }

    /// The body as a string (decoded anew at each read of stored bytes).
    public var string: String {
        withUTF8 { String(decoding: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes, without making a string of stored ones.
    public func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .text(var text): try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .stored(let bytes): try bytes.withUnsafeBytes(body)
        }
    }

    public static func == (lhs: BriefingBody, rhs: BriefingBody) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: $0) }
    }
}

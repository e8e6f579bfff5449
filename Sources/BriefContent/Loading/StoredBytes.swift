/// Bytes held without a copy: a slice of an array, or a range of a store (a mapped file), which
/// the value keeps alive. What the build's stores hand out: cached fragments of the site-wide
/// files, and briefing bodies (`BriefingBody`).
public struct StoredBytes: Sendable {
    private enum Storage: Sendable {
        case array(ArraySlice<UInt8>)
        case store(any ByteStore, Range<Int>)
    }

    private let storage: Storage

    public init(_ bytes: ArraySlice<UInt8>) {
        storage = .array(bytes)
    }

    public init(_ bytes: [UInt8]) {
        storage = .array(bytes[...])
    }

    /// The bytes at `range` of `store`.
    public init(_ store: any ByteStore, _ range: Range<Int>) {
        storage = .store(store, range)
    }

    public static let empty = StoredBytes([])

    public var count: Int {
        switch storage {
        case .array(let slice): slice.count
        case .store(_, let range): range.count
        }
    }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .array(let slice): try slice.withUnsafeBytes(body)
        case .store(let store, let range): try withExtendedLifetime(store) { try body(UnsafeRawBufferPointer(rebasing: store.bytes[range])) }
        }
    }
}

/// Memory stored bytes are read from in place (a mapped file), kept alive by every value taken
/// from it.
public protocol ByteStore: AnyObject, Sendable {
    var bytes: UnsafeRawBufferPointer { get }
}

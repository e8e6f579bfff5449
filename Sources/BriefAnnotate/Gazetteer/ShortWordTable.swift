import Foundation

/// The slots of a `ShortWordMemo`: direct-mapped by the folded word, one 16-byte entry each,
/// 64 KB in all (it stays in the L2 cache, where the gazetteer's 1 MB of slots does not).
///
/// Tables are kept from one document to the next (`take`, `give`): an entry is a whole word
/// and its gazetteer kinds, true in every text, so a document starts with the words of the
/// documents before it. One table serves one document at a time; there are as many as
/// documents were ever annotated at once (one per core in a build).
final class ShortWordTable: @unchecked Sendable {
    struct Entry {
        /// The folded bytes (`ShortWordMemo.key`).
        var key: UInt64 = 0
        /// The word's length in bytes; 0 marks an empty entry.
        var count: UInt32 = 0
        /// `Gazetteer.Kind.rawValue`.
        var kinds: UInt32 = 0
    }

    static let bits = 12
    /// Written only by the memo that holds the table (no exclusivity checks on a pointer).
    let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: 1 << Self.bits)
        entries.initialize(repeating: Entry(), count: 1 << Self.bits)
    }

    deinit {
        entries.deallocate()
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var spare: [ShortWordTable] = []

    /// A table no one else is using: one an earlier document gave back, else a new one.
    static func take() -> ShortWordTable {
        lock.lock()
        defer { lock.unlock() }
        return spare.popLast() ?? ShortWordTable()
    }

    /// Gives back a table from `take` once its document is done.
    static func give(_ table: ShortWordTable) {
        lock.lock()
        spare.append(table)
        lock.unlock()
    }
}

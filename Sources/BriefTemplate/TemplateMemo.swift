/// A list whose elements say who they are, so that what a section makes of an element can be
/// remembered (`TemplateMemo`) and reused wherever the same element is listed again.
public protocol TemplateKeyedList: TemplateList {
    /// Who the element at `index` is, or nil to render it afresh. Within one memo, elements with
    /// equal keys must be equal values (the same row of one shared table, say). Implement it:
    /// `TemplateList`'s default (nil) would satisfy it too, and no element would be remembered.
    func memoKey(at index: Int) -> TemplateMemo.ElementKey?
}

extension TemplateKeyedList {
    /// Keyed.
    @inlinable
    public var isKeyed: Bool { true }
}

/// What the body of a section over a `TemplateKeyedList` made for each element, reused when the
/// same element comes up again in the same section: a briefing listed on the pages of all the
/// entities it mentions is rendered once, not once per page.
///
/// Never changes the output. A body that looks a name up outside its element (in the page
/// around it, or a name the element does not have) remembers what that name was; the bytes are
/// reused only where every such name has the same value again (else the body runs and the entry
/// is replaced). A body that finds a list or an object outside its element, or that holds a
/// block (`{{$name}}`, decided by what the page overrides), is never remembered. The bytes are
/// also tied to the indentation and partial depth they were made at.
///
/// Not thread-safe: use one memo per task (each lane of page rendering its own).
public final class TemplateMemo {
    /// Who an element is: a table (`scope`, the object that holds the elements) and a row. The
    /// key holds its scope, so the memo keeps every table it has entries for alive: a freed
    /// table's address, taken by a new one, could otherwise match the old table's entries.
    public struct ElementKey: Hashable, @unchecked Sendable {
        public let scope: AnyObject
        public let row: Int

        public init(scope: AnyObject, row: Int) {
            self.scope = scope
            self.row = row
        }

        public static func == (a: ElementKey, b: ElementKey) -> Bool { a.scope === b.scope && a.row == b.row }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(scope))
            hasher.combine(row)
        }
    }

    /// A plain value found outside the element (what a lookup is checked against on reuse).
    enum Outside: Equatable {
        case missing
        case bool(Bool)
        case int(Int)
        case text(String)

        /// A plain value as the memo keeps it; nil for a list or an object (never remembered).
        init?(_ value: TemplateValue) {
            switch value {
            case .missing: self = .missing
            case .bool(let flag): self = .bool(flag)
            case .int(let number): self = .int(number)
            case .text(let text): self = .text(text)
            // Bytes (a page's body) are not compared: never remembered.
            case .utf8Text, .object, .list: return nil
            }
        }

        /// Texts are equal when their bytes are: Swift's `==` takes canonically equivalent
        /// strings (composed and decomposed accents) as equal, which render differently.
        static func == (a: Outside, b: Outside) -> Bool {
            switch (a, b) {
            case (.missing, .missing): true
            case let (.bool(x), .bool(y)): x == y
            case let (.int(x), .int(y)): x == y
            case let (.text(x), .text(y)): x.utf8.elementsEqual(y.utf8)
            default: false
            }
        }
    }

    struct Entry {
        /// Where its bytes are in its `Rows`' pool.
        var start: Int
        var count: Int
        var indentation: [UInt8]
        /// How deep in partials it was made (past `maximumPartialDepth` partials render nothing).
        var partialDepth: Int
        /// Lookups the body answered from outside the element: op index and the value found.
        var outside: [(op: Int32, value: Outside)]
    }

    /// The entries of one section over one table, by row: an element's entry is found by
    /// indexing, not by hashing its key (which was a tenth of the memo's work per element), and
    /// is read in place (copying it out retained its arrays).
    final class Rows {
        /// The table (kept alive: see `ElementKey`).
        let scope: AnyObject
        /// Index in `entries` plus one of each row's entry; 0 for none.
        var slots: [Int32] = []
        var entries: [Entry] = []
        /// The entries' bytes, one after another (a replaced entry's stay, unused).
        var pool: [UInt8] = []

        init(scope: AnyObject) { self.scope = scope }

        /// Rows past this are rendered afresh (never remembered): `slots` grows to the largest
        /// row remembered, 4 bytes a row.
        static let rowLimit = 1 << 20

        /// The index in `entries` of the entry of `row`; -1 when none was stored.
        @inline(__always)
        func slot(_ row: Int) -> Int {
            guard row >= 0, row < slots.count else { return -1 }
            return Int(slots[row]) - 1
        }
    }

    /// The section op and the table's identity.
    struct TableKey: Hashable {
        var section: Int32
        var scope: ObjectIdentifier
    }

    var tables: [TableKey: Rows] = [:]
    /// Whether a section's body may be remembered, by section op (see `TemplateRenderer`).
    var memoable: [Int32: Bool] = [:]
    private var storedBytes = 0
    private let byteLimit: Int
    /// Elements rendered from the memo (for tests and measurements).
    public internal(set) var hits = 0

    /// A memo that keeps at most `byteLimit` bytes of rendered bodies (later ones are not kept).
    public init(byteLimit: Int = 64 << 20) {
        self.byteLimit = byteLimit
    }

    /// The rows of the section op `section` over the table `scope`.
    func rows(section: Int32, scope: AnyObject) -> Rows {
        let key = TableKey(section: section, scope: ObjectIdentifier(scope))
        if let rows = tables[key] { return rows }
        let rows = Rows(scope: scope)
        tables[key] = rows
        return rows
    }

    /// Remembers `bytes`, made for `row` of `rows` with `indentation`, `partialDepth` and
    /// `outside` (replacing what was there), within the byte limit.
    func store(
        _ bytes: UnsafeBufferPointer<UInt8>, indentation: [UInt8], partialDepth: Int,
        outside: [(op: Int32, value: Outside)], row: Int, in rows: Rows
    ) {
        guard row >= 0, row < Rows.rowLimit, storedBytes + bytes.count <= byteLimit else { return }
        storedBytes += bytes.count
        let entry = Entry(start: rows.pool.count, count: bytes.count, indentation: indentation, partialDepth: partialDepth, outside: outside)
        rows.pool.append(contentsOf: bytes)
        if row >= rows.slots.count { rows.slots.append(contentsOf: repeatElement(0, count: row + 1 - rows.slots.count)) }
        let slot = rows.slot(row)
        if slot < 0 {
            rows.entries.append(entry)
            rows.slots[row] = Int32(rows.entries.count)
        } else {
            rows.entries[slot] = entry
        }
    }
}

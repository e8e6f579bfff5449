/// Wraps to weave with `MarkdownWeave.wrap(_:)`, their markup in one byte buffer: what
/// `[MarkdownWrap]` says, without two Strings per wrap. Markup is appended once and shared by
/// every wrap that names it (an entity's opening tag by all its mentions), and rendering copies
/// it straight from the buffer.
///
/// As with `MarkdownWrap`, markup is inserted verbatim: the caller must escape attribute values.
public struct MarkdownWrapList {
    /// A stretch of `markup`, from one of the `append` calls (or several in a row).
    public struct Markup: Sendable, Hashable {
        @usableFromInline var start: Int32
        @usableFromInline var count: Int32

        @inlinable init(start: Int32, count: Int32) {
            self.start = start
            self.count = count
        }
    }

    /// One wrap: a plain-text byte range and its opening and closing markup.
    @usableFromInline struct Item {
        @usableFromInline var lower: Int
        @usableFromInline var upper: Int
        @usableFromInline var open: Markup
        @usableFromInline var close: Markup
        @usableFromInline var avoidingLinks: Bool

        @inlinable init(lower: Int, upper: Int, open: Markup, close: Markup, avoidingLinks: Bool) {
            self.lower = lower
            self.upper = upper
            self.open = open
            self.close = close
            self.avoidingLinks = avoidingLinks
        }
    }

    /// The markup of all wraps, back to back.
    public var markup: [UInt8] { bytes }
    // Written by the inlinable appenders (called per tag piece from another module).
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var items: [Item] = []

    /// An empty list with room for `wraps` wraps and `bytes` bytes of markup.
    public init(wraps: Int = 0, bytes: Int = 0) {
        items.reserveCapacity(wraps)
        self.bytes.reserveCapacity(bytes)
    }

    /// The same wraps as `wraps`, in their order.
    public init(_ wraps: [MarkdownWrap]) {
        self.init(wraps: wraps.count)
        for wrap in wraps {
            let open = append(wrap.open)
            let close = append(wrap.close)
            add(wrap.range, open: open, close: close, avoidingLinks: wrap.avoidingLinks)
        }
    }

    /// The number of wraps.
    public var count: Int { items.count }

    /// Where the next appended byte goes: `markup(since:)` names what was appended after it.
    @inlinable public var end: Int { bytes.count }

    /// The markup appended since `start` (a value of `end`).
    @inlinable public func markup(since start: Int) -> Markup {
        Markup(start: Int32(start), count: Int32(bytes.count - start))
    }

    /// Appends `text`'s UTF-8 bytes; returns them as markup.
    @discardableResult
    public mutating func append(_ text: String) -> Markup {
        let start = bytes.count
        appendBytes(of: text)
        return markup(since: start)
    }

    /// Appends a constant; returns it as markup.
    @discardableResult
    public mutating func append(_ text: StaticString) -> Markup {
        let start = bytes.count
        appendBytes(of: text)
        return markup(since: start)
    }

    /// Appends `text`'s bytes to the markup being written (see `markup(since:)`).
    @inlinable public mutating func appendBytes(of text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a constant's bytes to the markup being written.
    @inlinable public mutating func appendBytes(of text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `bytes` to the markup being written.
    @inlinable public mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes.append(contentsOf: bytes)
    }

    /// Appends a copy of the markup bytes `start..<end` already written.
    public mutating func appendMarkup(from start: Int, to end: Int) {
        bytes.reserveCapacity(bytes.count + end - start)
        for i in start..<end { bytes.append(bytes[i]) }
    }

    /// Appends `value` in decimal to the markup being written.
    public mutating func appendDecimal(_ value: Int) {
        guard value != 0 else { bytes.append(0x30); return }
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            while count > 0 {
                count -= 1
                self.bytes.append(buffer[count])
            }
        }
    }

    /// Appends `text`, escaped for HTML text and quoted attribute values (`&` `<` `>` `"` `'`).
    public mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { text in
            var run = 0
            for (i, byte) in text.enumerated() {
                let entity: StaticString
                switch byte {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i]))
                appendBytes(of: entity)
                run = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        }
    }

    /// Adds a wrap of the plain-text UTF-8 byte `range` (see `MarkdownDocument.wrap(_:open:close:avoidingLinks:)`).
    @inlinable public mutating func add(_ range: Range<Int>, open: Markup, close: Markup, avoidingLinks: Bool = false) {
        items.append(Item(lower: range.lowerBound, upper: range.upperBound, open: open, close: close,
                          avoidingLinks: avoidingLinks))
    }

    /// The wraps as `MarkdownWrap` values, in their order.
    public var wraps: [MarkdownWrap] {
        items.map { item in
            MarkdownWrap(range: item.lower..<item.upper, open: string(item.open), close: string(item.close),
                         avoidingLinks: item.avoidingLinks)
        }
    }

    func string(_ piece: Markup) -> String {
        String(decoding: markup[Int(piece.start)..<Int(piece.start + piece.count)], as: UTF8.self)
    }
}

import BriefBytes
import BriefContent

/// Writes JSON straight into bytes, compact, in exactly the bytes of Foundation's `JSONEncoder`
/// with `[.sortedKeys, .withoutEscapingSlashes]`: no spaces or line breaks, `"key":value`. The
/// caller writes keys in sorted order.
///
/// `data/*.json` lists every briefing, entity and quote of a site (tens of MB for 10,000
/// briefings); going through `Encodable` boxes every value, this appends bytes once. Compact
/// because the files are for programs (`jq .` shows them indented): pretty printing made them
/// two and a half times as large, and every build writes them.
///
/// The bytes go into memory of the writer's own (`RawBuffer`), which is why it is not copyable:
/// a record appends a few dozen short runs, and `Array.append(contentsOf:)` spent about 90
/// instructions on each (a call, a uniqueness check, a capacity check), a tenth of the records'
/// cost; here an append is a capacity check and a copy.
struct JSONWriter: ~Copyable {
    private var out: RawBuffer<UInt8>
    /// One bit per open array or object, innermost lowest: set until its first element is
    /// written (a stack in a word: no array to allocate per writer; JSON here nests a few levels).
    private var isEmpty: UInt64 = 0
    /// How many arrays and objects are open.
    private var depth = 0
    /// The bits of containers opened past 64 levels (pushed out of `isEmpty`'s top).
    private var deeper: [Bool] = []

    init(capacity: Int = 0) {
        out = RawBuffer(capacity: capacity)
    }

    deinit { out.deallocate() }

    /// The bytes written so far (a copy).
    var bytes: [UInt8] { bytes(from: 0) }

    /// The bytes written so far from offset `start` on (a copy).
    func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: out.base + start, count: max(0, out.count - start)))
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) { out.append(byte) }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { out.append(contentsOf: bytes) }

    // MARK: Containers

    mutating func openArray() { open(0x5B) }
    mutating func closeArray() { close(0x5D) }
    mutating func openObject() { open(0x7B) }
    mutating func closeObject() { close(0x7D) }

    private mutating func open(_ bracket: UInt8) {
        append(bracket)
        if depth >= 64 { deeper.append(isEmpty >> 63 != 0) }
        isEmpty = isEmpty << 1 | 1
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        isEmpty >>= 1
        if depth >= 64, let pushedOut = deeper.popLast(), pushedOut { isEmpty |= 1 << 63 }
        append(bracket)
    }

    /// Starts the next element of the open container: a comma after the previous one.
    private mutating func element() {
        guard depth > 0 else { return }
        if isEmpty & 1 != 0 { isEmpty &= ~1 } else { append(0x2C) }
    }

    // MARK: Keys and values

    /// `"name":` as the next element of the open object.
    mutating func key(_ name: StaticString) {
        element()
        let count = name.utf8CodeUnitCount
        guard count <= 29 else {
            append(0x22)
            name.withUTF8Buffer { append($0) }
            append(0x22)
            append(0x3A)
            return
        }
        // `"name":` put together on the stack and appended at once (one capacity check): keys
        // are most of what a record appends.
        var quoted: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &quoted) { buffer in
            buffer[0] = 0x22
            UnsafeMutableRawBufferPointer(rebasing: buffer[1...]).copyMemory(
                from: UnsafeRawBufferPointer(start: name.utf8Start, count: count))
            buffer[count + 1] = 0x22
            buffer[count + 2] = 0x3A
            append(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count + 3))
        }
    }

    /// The next element of the open array (call `value` after it).
    mutating func arrayElement() { element() }

    mutating func value(_ text: String) {
        append(0x22)
        appendEscaped(text)
        append(0x22)
    }

    /// `text`'s bytes with JSON's escapes, without quotes. Read in place where the string is
    /// contiguous (a copy to call `withUTF8` retained it), eight bytes at a time while none
    /// needs an escape (most text).
    private mutating func appendEscaped(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped(utf8: $0) }) == nil {
            var copy = text
            copy.withUTF8 { appendEscaped(utf8: $0) }
        }
    }

    private mutating func appendEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var start = 0
        var i = 0
        while i < count {
            if i + 8 <= count, !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = base[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else {
                i += 1
                continue
            }
            append(UnsafeBufferPointer(start: base + start, count: i - start))
            appendEscape(of: b)
            i += 1
            start = i
        }
        append(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Whether a byte of `word` may need an escape: one below 0x20 (control), `"` or `\`
    /// (SWAR: exact for `"` and `\\`; a byte below 0x20 is found by the borrow of a subtraction,
    /// which may also flag a byte after it: then the bytes are looked at one by one).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        (ByteWords.bytes(of: word, below: 0x20) | ByteWords.bytes(of: word, equalTo: 0x22) | ByteWords.bytes(of: word, equalTo: 0x5C)) != 0
    }

    mutating func value(_ number: Int) {
        if number < 0 { append(0x2D) }
        appendDigits(of: number.magnitude, minimumCount: 1)
    }

    private mutating func appendDigits(of magnitude: UInt, minimumCount: Int) {
        Self.withDigits(of: magnitude, minimumCount: minimumCount) { append($0) }
    }

    /// The decimal digits of `magnitude`, zero-padded to `minimumCount` (at most 20).
    static func appendDigits(of magnitude: UInt, minimumCount: Int, to bytes: inout [UInt8]) {
        withDigits(of: magnitude, minimumCount: minimumCount) { bytes.append(contentsOf: $0) }
    }

    /// Hands `body` the decimal digits of `magnitude`, zero-padded to `minimumCount` (at most 20),
    /// made on the stack.
    static func withDigits<Result>(of magnitude: UInt, minimumCount: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var magnitude = magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        return withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0 || count < minimumCount
            return body(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (24 - count), count: count))
        }
    }

    /// `"YYYY-MM-DD"`: `date.isoDay` as a string value, written without making the String.
    mutating func value(isoDay date: PublicationDate) {
        guard date.year >= 0, date.month >= 0, date.day >= 0 else {
            value(date.isoDay)
            return
        }
        append(0x22)
        appendDigits(of: UInt(date.year), minimumCount: 4)
        append(0x2D)
        appendDigits(of: UInt(date.month), minimumCount: 2)
        append(0x2D)
        appendDigits(of: UInt(date.day), minimumCount: 2)
        append(0x22)
    }

    /// `"PREFIX-q-NUMBER"` (a quote's id: its briefing's slug and its anchor), without making the String.
    mutating func value(quoteID slug: String, number: Int) {
        append(0x22)
        appendEscaped(slug)
        append(0x2D)  // -q-
        append(0x71)
        append(0x2D)
        if number < 0 { append(0x2D) }
        appendDigits(of: number.magnitude, minimumCount: 1)
        append(0x22)
    }

    /// `"PATH#q-NUMBER"` (a quote's path: its briefing's page and its anchor), without making the String.
    mutating func value(quotePath path: String, number: Int) {
        append(0x22)
        appendEscaped(path)
        append(0x23)  // #q-
        append(0x71)
        append(0x2D)
        if number < 0 { append(0x2D) }
        appendDigits(of: number.magnitude, minimumCount: 1)
        append(0x22)
    }

    /// `"name":"YYYY-MM-DD"`, left out when `date` is nil.
    mutating func field(_ name: StaticString, isoDay date: PublicationDate?) {
        guard let date else { return }
        key(name)
        value(isoDay: date)
    }

    /// Stored elements (`fragment`: one or more elements as `SiteData.elements` makes them,
    /// separated by commas) as the next elements of the open array; nothing when it is empty.
    mutating func appendElements(_ fragment: some ByteFragment) {
        guard fragment.count > 0 else { return }
        element()
        fragment.withUnsafeBytes { append($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Hands what is written so far to `sink` and empties the buffer (keeping its room and which
    /// containers are open), once it holds at least `count` bytes.
    mutating func flush(into sink: inout some ByteSink, atLeast count: Int) {
        guard out.count >= count, out.count > 0 else { return }
        sink.append(contentsOf: UnsafeBufferPointer(start: out.base, count: out.count))
        out.count = 0
    }

    /// `"name":"text"`, left out when `text` is nil (as `Encodable` leaves out nil optionals).
    mutating func field(_ name: StaticString, _ text: String?) {
        guard let text else { return }
        key(name)
        value(text)
    }

    mutating func field(_ name: StaticString, _ number: Int) {
        key(name)
        value(number)
    }

    /// `"name":["a","b"]`.
    mutating func field(_ name: StaticString, strings: some Sequence<String>) {
        key(name)
        openArray()
        for text in strings {
            element()
            value(text)
        }
        closeArray()
    }

    /// JSONEncoder's escapes: the short forms where JSON has them, else `\u00XX` (lower-case hex).
    private mutating func appendEscape(of byte: UInt8) {
        append(0x5C)
        switch byte {
        case 0x22: append(0x22)
        case 0x5C: append(0x5C)
        case 0x08: append(0x62) // b
        case 0x0C: append(0x66) // f
        case 0x0A: append(0x6E) // n
        case 0x0D: append(0x72) // r
        case 0x09: append(0x74) // t
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            for unit in [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] { append(unit) }
        }
    }
}

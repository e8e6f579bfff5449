/// The posting lists of the sharded index: for each term, the documents that hold it, as a
/// string of characters the search script decodes (no escaping needed inside JSON or a script).
///
/// Each character carries 5 bits and says whether more follow: a number is written low bits
/// first, in `alphabet[32 + bits]` while more follow and `alphabet[bits]` for the last five.
/// A posting is `(gap << 3) | fields` (the gap from the previous document number, from -1, and
/// `SearchDocument.Fields`), then, when the title holds the term, each of its positions there as
/// `(position << 2) | (last word ? 2 : 0) | (another position follows ? 1 : 0)`.
enum SearchPostings {
    static let alphabet: [UInt8] = Array(UnsafeBufferPointer(start: alphabetText.utf8Start, count: alphabetText.utf8CodeUnitCount))

    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        var value = UInt(value)
        while value >= 32 {
            out.append(alphabet[32 + Int(value & 31)])
            value >>= 5
        }
        out.append(alphabet[Int(value)])
    }

    /// `appendNumber` into memory with room for it (at most 13 characters; 7 for an Int32),
    /// from `at`, which it advances.
    @inline(__always)
    static func putNumber(_ value: Int, at out: UnsafeMutablePointer<UInt8>, _ at: inout Int) {
        let alphabet = alphabetText.utf8Start
        var value = UInt(value)
        while value >= 32 {
            out[at] = alphabet[32 + Int(value & 31)]
            at += 1
            value >>= 5
        }
        out[at] = alphabet[Int(value)]
        at += 1
    }

    /// `alphabet` as static text, read through a pointer (no array to retain).
    private static let alphabetText: StaticString = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_"

    /// A document's payload for one term, without its gap: the fields as one raw byte, then the
    /// title positions encoded. The merge writes the gap and fields together.
    static func appendPayload(fields: UInt8, titlePositions: [(Int, Bool)], to out: inout [UInt8]) {
        out.append(fields)
        for (index, (position, last)) in titlePositions.enumerated() {
            appendNumber(position << 2 | (last ? 2 : 0) | (index + 1 < titlePositions.count ? 1 : 0), to: &out)
        }
    }

    /// Appends one posting: `payload` (from `appendPayload`) after a gap of `gap`.
    @inline(__always)
    static func appendPosting(gap: Int, payload: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        appendNumber(gap << 3 | Int(payload[0]), to: &out)
        if payload.count > 1 { out.append(contentsOf: payload[1...]) }
    }

    /// Reads the number at `at` (advancing past it) and returns it.
    @inline(__always)
    static func skipNumber(_ text: UnsafeBufferPointer<UInt8>, at: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let digit = Int(digits[Int(text[at])])
            at += 1
            value |= (digit & 31) << shift
            if digit < 32 { return value }
            shift += 5
        }
    }

    /// Each character's value in `alphabet`, by byte.
    static let digits: [UInt8] = {
        var digits = [UInt8](repeating: 0, count: 256)
        for (index, byte) in alphabet.enumerated() { digits[Int(byte)] = UInt8(index) }
        return digits
    }()
}

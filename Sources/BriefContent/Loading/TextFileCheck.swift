import Foundation

/// Refuses what is not a text file before it is read as one: invalid UTF-8 (a binary file, or
/// Latin-1 saved by an old editor) and NUL bytes (cmark would silently turn them into U+FFFD).
enum TextFileCheck {
    /// A problem and the 1-based line it is on.
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    /// The first NUL byte or invalid UTF-8 sequence in `data`, or nil for clean UTF-8 text.
    /// O(n), one pass over the bytes.
    static func firstProblem(in data: Data) -> Problem? {
        data.withUnsafeBytes { raw in firstProblem(in: raw.bindMemory(to: UInt8.self)) }
    }

    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                } else if byte == 0 {
                    return Problem(line: line, message: "the file holds a NUL byte (is it a binary file?); brief reads UTF-8 text only")
                }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else {
                let hex = String(byte, radix: 16, uppercase: true)
                return Problem(line: line, message: "the file is not valid UTF-8 (byte 0x\(hex) at offset \(index)); save it as UTF-8")
            }
            index += length
        }
        return nil
    }

    /// Length of the well-formed UTF-8 sequence starting at `index` (lead byte >= 0x80), or 0
    /// when it is ill-formed: stray continuation, overlong form, surrogate, above U+10FFFF, cut short.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}

/// Bounds on what a client may send before the server answers: a development server has no need
/// for long heads, and a bound keeps a broken or hostile client from growing memory without end.
public struct HTTPLimits: Sendable {
    /// The request line and all header lines together (431 past it).
    public var maxHeadBytes = 64 * 1024
    /// The request line alone (414 past it: in practice an over-long target).
    public var maxRequestLineBytes = 8 * 1024
    /// Header lines (431 past it).
    public var maxHeaderCount = 100

    public init() {}
}

/// The outcome of looking for a request head at the start of the bytes received so far.
public enum HTTPHeadParse: Equatable, Sendable {
    /// No blank line yet: read more.
    case incomplete
    /// A whole head, `length` bytes long (the next request, when pipelined, starts after it).
    case head(HTTPRequestHead, length: Int)
    /// Answer with this status and close the connection: the rest of the stream cannot be trusted.
    case invalid(HTTPStatus)
}

/// Parses HTTP/1.x request heads (RFC 9112) from raw bytes, strictly: one space between the
/// request line's parts, no whitespace before a header's colon, no folded lines. Lines may end in
/// CRLF or a bare LF (RFC 9112 §2.2 lets a recipient accept both); empty lines before a request
/// line are skipped.
public enum HTTPHeadParser {
    /// Parses the head at the start of `bytes`. `searchFrom` is where the blank line may start at
    /// the earliest (the count of bytes already searched, minus 3): with a client that sends a byte
    /// at a time, each byte is looked at once, not once per read.
    public static func parse(_ bytes: [UInt8], searchFrom: Int = 0, limits: HTTPLimits = HTTPLimits()) -> HTTPHeadParse {
        var start = 0
        while start < bytes.count, bytes[start] == cr || bytes[start] == lf { start += 1 }
        guard let end = headEnd(bytes, from: max(start, searchFrom)) else {
            if bytes.count > limits.maxHeadBytes { return .invalid(.requestHeaderFieldsTooLarge) }
            // A request line that is already too long need not be waited for.
            let lineEnd = bytes[start...].firstIndex(of: lf) ?? bytes.count
            if lineEnd - start > limits.maxRequestLineBytes { return .invalid(.uriTooLong) }
            return .incomplete
        }
        guard end <= limits.maxHeadBytes else { return .invalid(.requestHeaderFieldsTooLarge) }
        var lines = lineRanges(bytes, from: start, to: end)
        guard !lines.isEmpty else { return .invalid(.badRequest) }
        let requestLine = lines.removeFirst()
        guard requestLine.count <= limits.maxRequestLineBytes else { return .invalid(.uriTooLong) }
        guard lines.count <= limits.maxHeaderCount else { return .invalid(.requestHeaderFieldsTooLarge) }
        switch parseRequestLine(bytes[requestLine]) {
        case .bad(let status):
            return .invalid(status)
        case .line(var head):
            for line in lines {
                guard let field = parseField(bytes[line]) else { return .invalid(.badRequest) }
                head.headers.append(field)
            }
            return .head(head, length: end)
        }
    }

    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// The offset just past the blank line that ends the head, if it has arrived.
    static func headEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i < bytes.count {
            if bytes[i] == lf {
                if i + 1 < bytes.count, bytes[i + 1] == lf { return i + 2 }
                if i + 2 < bytes.count, bytes[i + 1] == cr, bytes[i + 2] == lf { return i + 3 }
            }
            i += 1
        }
        return nil
    }

    /// The lines of `bytes[from..<to]` without their line ends, the final empty line left out.
    static func lineRanges(_ bytes: [UInt8], from: Int, to: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = from
        for i in from..<to where bytes[i] == lf {
            let lineEnd = i > lineStart && bytes[i - 1] == cr ? i - 1 : i
            if lineEnd > lineStart { lines.append(lineStart..<lineEnd) }
            lineStart = i + 1
        }
        return lines
    }

    enum RequestLine {
        case line(HTTPRequestHead)
        case bad(HTTPStatus)
    }

    /// `METHOD SP target SP HTTP/1.x`.
    static func parseRequestLine(_ line: ArraySlice<UInt8>) -> RequestLine {
        let parts = line.split(separator: space, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte),
            !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 != 0x7F })
        else { return .bad(.badRequest) }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == UInt8(ascii: "."),
            isDigit(version[5]), isDigit(version[7])
        else { return .bad(.badRequest) }
        guard version[5] == UInt8(ascii: "1") else { return .bad(.httpVersionNotSupported) }
        return .line(HTTPRequestHead(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
            minorVersion: version[7] == UInt8(ascii: "0") ? 0 : 1))
    }

    /// `name: value`; nil for a line that is not one (a folded line, space before the colon,
    /// control characters in the value).
    static func parseField(_ line: ArraySlice<UInt8>) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return nil }
        var value = line[(colon + 1)...]
        while let first = value.first, first == space || first == tab { value = value.dropFirst() }
        while let last = value.last, last == space || last == tab { value = value.dropLast() }
        guard value.allSatisfy({ $0 >= 0x20 && $0 != 0x7F || $0 == tab }) else { return nil }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// RFC 9110 `tchar`: letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}

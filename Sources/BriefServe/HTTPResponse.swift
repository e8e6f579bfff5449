/// The statuses the development server sends.
public struct HTTPStatus: Sendable, Equatable, Hashable {
    public var code: Int
    public var reason: String

    public static let ok = HTTPStatus(code: 200, reason: "OK")
    public static let movedPermanently = HTTPStatus(code: 301, reason: "Moved Permanently")
    public static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    public static let forbidden = HTTPStatus(code: 403, reason: "Forbidden")
    public static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    public static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    public static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    public static let uriTooLong = HTTPStatus(code: 414, reason: "URI Too Long")
    public static let requestHeaderFieldsTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
    public static let internalServerError = HTTPStatus(code: 500, reason: "Internal Server Error")
    public static let notImplemented = HTTPStatus(code: 501, reason: "Not Implemented")
    public static let serviceUnavailable = HTTPStatus(code: 503, reason: "Service Unavailable")
    public static let httpVersionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")
}

/// A whole response, its body in memory (the site's files are small).
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    /// Besides `Content-Length` and `Connection`, which the writer adds.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: HTTPStatus, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer (errors, refusals).
    public static func text(_ status: HTTPStatus, _ message: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers, body: Array(message.utf8))
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The status line and headers, with `Content-Length` always (so a keep-alive client knows
    /// where the body ends, and a HEAD client learns the length it would get) and `Connection: close`
    /// when the server closes after this response.
    public func head(keepAlive: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\n"
        text += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n"
        text += "\r\n"
        return Array(text.utf8)
    }

    /// What goes on the wire: the head, and the body unless the request was HEAD (RFC 9110 §9.3.2).
    public func serialized(keepAlive: Bool, includeBody: Bool) -> [UInt8] {
        var bytes = head(keepAlive: keepAlive)
        if includeBody { bytes += body }
        return bytes
    }
}

@testable import BriefServe
import Testing

@Suite("HTTP request heads")
struct HTTPHeadParserTests {
    private func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPHeadParse {
        HTTPHeadParser.parse(Array(text.utf8), limits: limits)
    }

    @Test func aRequestLineAndHeadersAreRead() throws {
        let text = "GET /briefings/a%20b/?q=x%26y&v=3 HTTP/1.1\r\nHost: localhost:8000\r\nAccept:  text/html \r\n\r\n"
        guard case .head(let head, let length) = parse(text) else {
            Issue.record("not parsed")
            return
        }
        #expect(length == text.utf8.count)
        #expect(head.method == "GET")
        #expect(head.target == "/briefings/a%20b/?q=x%26y&v=3")
        #expect(head.path == "/briefings/a%20b/", "the path stays percent-encoded for the resolver")
        #expect(head.query == "q=x%26y&v=3")
        #expect(head.queryValue("q") == "x&y")
        #expect(head.queryValue("v") == "3")
        #expect(head.queryValue("missing") == nil)
        #expect(head.minorVersion == 1)
        #expect(head.header("host") == "localhost:8000")
        #expect(head.header("ACCEPT") == "text/html", "optional whitespace around a value is dropped")
    }

    @Test(arguments: [
        "GET /a HTTP/1.1 extra\r\n\r\n",  // a space in the target
        "GET  /a HTTP/1.1\r\n\r\n",  // two spaces
        "GET /a\r\n\r\n",  // HTTP/0.9
        "/a HTTP/1.1\r\n\r\n",
        "G(T /a HTTP/1.1\r\n\r\n",  // not a token
        "GET /a HTTP/1.x\r\n\r\n",
        "GET /a HTTQ/1.1\r\n\r\n",
        "GET /a\u{1}b HTTP/1.1\r\n\r\n",  // a control character in the target
        "GET /a HTTP/1.1\r\nHost : x\r\n\r\n",  // whitespace before the colon
        "GET /a HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",  // an obsolete folded line
        "GET /a HTTP/1.1\r\nno colon here\r\n\r\n",
        "GET /a HTTP/1.1\r\n: empty name\r\n\r\n",
        "GET /a HTTP/1.1\r\nX: a\u{0}b\r\n\r\n",
    ])
    func malformedHeadsAreBadRequests(text: String) {
        #expect(parse(text) == .invalid(.badRequest), "\(text.debugDescription)")
    }

    @Test func anotherMajorVersionIsNotSupported() {
        #expect(parse("GET / HTTP/2.0\r\n\r\n") == .invalid(.httpVersionNotSupported))
        guard case .head(let head, _) = parse("GET / HTTP/1.0\r\n\r\n") else {
            Issue.record("HTTP/1.0 refused")
            return
        }
        #expect(head.minorVersion == 0)
    }

    @Test func oversizedHeadsAreRefusedWithoutWaitingForTheEnd() {
        var limits = HTTPLimits()
        limits.maxHeadBytes = 1000
        limits.maxRequestLineBytes = 100
        limits.maxHeaderCount = 5
        let filler = "GET / HTTP/1.1\r\n" + String(repeating: "X-Filler: 0123456789\r\n", count: 60)
        #expect(parse(filler, limits: limits) == .invalid(.requestHeaderFieldsTooLarge), "no blank line yet, but over the cap")
        #expect(parse(filler + "\r\n", limits: limits) == .invalid(.requestHeaderFieldsTooLarge))
        let manyHeaders = "GET / HTTP/1.1\r\n" + (1...6).map { "X-\($0): y\r\n" }.joined() + "\r\n"
        #expect(parse(manyHeaders, limits: limits) == .invalid(.requestHeaderFieldsTooLarge))
        let longTarget = "GET /" + String(repeating: "a", count: 200)
        #expect(parse(longTarget, limits: limits) == .invalid(.uriTooLong), "refused before the line ends")
        #expect(parse(longTarget + " HTTP/1.1\r\n\r\n", limits: limits) == .invalid(.uriTooLong))
        // Just under every cap: accepted.
        let fits = "GET / HTTP/1.1\r\n" + (1...5).map { "X-\($0): y\r\n" }.joined() + "\r\n"
        if case .head = parse(fits, limits: limits) {} else { Issue.record("a head within the limits was refused") }
    }

    /// A head arriving in pieces: incomplete until the blank line, whatever the split.
    @Test func aHeadSplitAcrossReadsIsIncompleteUntilTheBlankLine() {
        let text = Array("GET /a HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n".utf8)
        for split in 1..<text.count {
            var received = Array(text[0..<split])
            #expect(HTTPHeadParser.parse(received) == .incomplete, "split at \(split)")
            let searched = received.count
            received += text[split...]
            guard case .head(let head, let length) = HTTPHeadParser.parse(received, searchFrom: max(0, searched - 3)) else {
                Issue.record("split at \(split): not parsed once complete")
                continue
            }
            #expect(length == text.count)
            #expect(head.header("accept") == "*/*")
        }
    }

    @Test func pipelinedHeadsAreReadOneAtATime() {
        var received = Array("GET /one HTTP/1.1\r\nHost: x\r\n\r\nHEAD /two HTTP/1.1\r\n\r\nGET /thr".utf8)
        var targets: [String] = []
        while case .head(let head, let length) = HTTPHeadParser.parse(received) {
            targets.append(head.method + " " + head.target)
            received.removeFirst(length)
        }
        #expect(targets == ["GET /one", "HEAD /two"])
        #expect(String(decoding: received, as: UTF8.self) == "GET /thr", "the third request waits for its end")
    }

    @Test func bareLineFeedsAndLeadingEmptyLinesAreAccepted() {
        guard case .head(let head, _) = parse("\r\n\nGET /a HTTP/1.1\nHost: x\n\n") else {
            Issue.record("not parsed")
            return
        }
        #expect(head.target == "/a")
        #expect(head.header("host") == "x")
    }

    @Test func keepAliveFollowsTheVersionAndConnectionHeader() {
        #expect(HTTPRequestHead(method: "GET", target: "/").wantsKeepAlive)
        #expect(!HTTPRequestHead(method: "GET", target: "/", headers: [("Connection", "Close")]).wantsKeepAlive)
        #expect(!HTTPRequestHead(method: "GET", target: "/", minorVersion: 0).wantsKeepAlive)
        #expect(HTTPRequestHead(method: "GET", target: "/", minorVersion: 0, headers: [("connection", "upgrade, Keep-Alive")]).wantsKeepAlive)
    }

    @Test func anAbsoluteTargetGivesItsPath() {
        #expect(HTTPRequestHead(method: "GET", target: "http://localhost:8000/a/b?x=1").path == "/a/b")
        #expect(HTTPRequestHead(method: "GET", target: "http://localhost:8000").path == "/")
        #expect(HTTPRequestHead(method: "GET", target: "/a/http://b").path == "/a/http://b")
    }

    @Test func responsesAlwaysSayTheirLengthAndHEADGetsNoBody() {
        let response = HTTPResponse.text(.notFound, "gone\n", headers: [("X-Test", "1")])
        let withBody = String(decoding: response.serialized(keepAlive: true, includeBody: true), as: UTF8.self)
        #expect(withBody.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        #expect(withBody.contains("\r\nContent-Length: 5\r\n"))
        #expect(withBody.contains("\r\nConnection: keep-alive\r\n"))
        #expect(withBody.hasSuffix("\r\n\r\ngone\n"))
        let headOnly = String(decoding: response.serialized(keepAlive: false, includeBody: false), as: UTF8.self)
        #expect(headOnly.contains("\r\nContent-Length: 5\r\n"), "HEAD learns the length it would get")
        #expect(headOnly.contains("\r\nConnection: close\r\n"))
        #expect(headOnly.hasSuffix("\r\n\r\n"))
    }
}

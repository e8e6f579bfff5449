@testable import BriefServe
import BriefTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The HTTP server on real loopback sockets, with a handler that echoes the request's path.
@Suite("HTTP server")
struct HTTPServerTests {
    /// A started server; `/big` answers 4 MB, `/slow` takes 200 ms, `/hold` counts itself in
    /// `holds` and waits up to 10 s unless cancelled (as a long poll does), everything else echoes.
    static func server(
        host: String = "127.0.0.1", timeouts: HTTPServer.Timeouts = .init(), holds: HoldCount = HoldCount()
    ) throws -> HTTPServer {
        let server = try HTTPServer(host: host, port: 0, timeouts: timeouts) { head in
            switch head.path {
            case "/big": return HTTPResponse(status: .ok, body: [UInt8](repeating: 0x61, count: 4 << 20))
            case "/slow":
                try? await Task.sleep(for: .milliseconds(200))
                return .text(.ok, "slow\n")
            case "/hold":
                holds.begin()
                try? await Task.sleep(for: .seconds(10))
                return .text(.ok, Task.isCancelled ? "cancelled\n" : "held\n")
            default: return .text(.ok, "\(head.method) \(head.target)\n")
            }
        }
        server.start()
        return server
    }

    @Test func portZeroGetsAFreePortAndIPv4AndIPv6Both() async throws {
        for host in ["127.0.0.1", "::1"] {
            let server = try Self.server(host: host)
            #expect(server.port != 0)
            let response = try await onOwnThread {
                let client = try RawHTTPClient(port: server.port, host: host)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.response()
            }
            #expect(response?.status == 200, "\(host)")
            #expect(response?.text == "GET /hello\n", "\(host)")
            await server.stop()
        }
    }

    @Test func aPortInUseIsReportedWithItsErrno() throws {
        let first = try Self.server()
        defer { Task { await first.stop() } }
        #expect(throws: SocketFailure.self) { _ = try HTTPServer(host: "127.0.0.1", port: first.port) { _ in .text(.ok, "") } }
        do {
            _ = try HTTPServer(host: "127.0.0.1", port: first.port) { _ in .text(.ok, "") }
        } catch let failure as SocketFailure {
            #expect(failure.code == EADDRINUSE)
            #expect(DevServer.listenFailure(failure, host: "127.0.0.1", port: first.port).hasSuffix("the port is in use; try another --port"))
        }
        #expect(throws: InvalidHost.self) { _ = try HTTPServer(host: "localhost.example", port: 0) { _ in .text(.ok, "") } }
    }

    @Test func listenFailuresAreToldFromTheirErrno() {
        let message = { (code: Int32) in DevServer.listenFailure(SocketFailure(call: "bind", code: code), host: "127.0.0.1", port: 80) }
        #expect(message(EADDRINUSE) == "cannot listen on 127.0.0.1:80: the port is in use; try another --port")
        #expect(message(EACCES) == "cannot listen on 127.0.0.1:80: permission denied; use a port above 1023")
        #expect(message(EADDRNOTAVAIL) == "cannot listen on 127.0.0.1:80: \(String(cString: strerror(EADDRNOTAVAIL)))")
    }

    @Test func keepAliveAndPipelinedRequestsAreAnsweredInOrder() async throws {
        let server = try Self.server()
        defer { Task { await server.stop() } }
        let texts = try await onOwnThread {
            let client = try RawHTTPClient(port: server.port)
            var texts: [String] = []
            try client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
            texts.append(try client.response()?.text ?? "none")
            // Three at once, the slow one first: answers keep the order of the requests.
            try client.send("GET /slow HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\n\r\nGET /three HTTP/1.1\r\nConnection: close\r\n\r\n")
            for _ in 0..<3 { texts.append(try client.response()?.text ?? "none") }
            texts.append(try client.closes(within: .seconds(2)) ? "closed" : "open")
            return texts
        }
        #expect(texts == ["GET /one\n", "slow\n", "GET /two\n", "GET /three\n", "closed"])
    }

    @Test func aHeadSentInPiecesIsAnswered() async throws {
        let server = try Self.server()
        defer { Task { await server.stop() } }
        let response = try await onOwnThread {
            let client = try RawHTTPClient(port: server.port)
            for piece in ["GE", "T /pie", "ces HTTP/1.1\r", "\nHost: x\r\n", "\r", "\n"] {
                try client.send(piece)
                usleep(20_000)
            }
            return try client.response()
        }
        #expect(response?.text == "GET /pieces\n")
    }

    @Test func HEADGetsTheLengthButNoBody() async throws {
        let server = try Self.server()
        defer { Task { await server.stop() } }
        let (head, next) = try await onOwnThread {
            let client = try RawHTTPClient(port: server.port)
            try client.send("HEAD /some/page HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\n\r\n")
            return (try client.response(bodyless: true), try client.response())
        }
        #expect(head?.status == 200)
        #expect(head?.header("content-length") == "\("HEAD /some/page\n".utf8.count)")
        #expect(next?.text == "GET /after\n", "the next response starts right after HEAD's head: no body was sent")
    }

    @Test func malformedAndOversizedHeadsAreAnsweredAndClosed() async throws {
        let server = try Self.server()
        defer { Task { await server.stop() } }
        let cases: [(String, Int)] = [
            ("GET /a HTTP/1.1\r\nHost : x\r\n\r\n", 400),
            ("BREW /pot HTCPCP/1.0\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\n" + String(repeating: "X-Filler: \(String(repeating: "z", count: 1000))\r\n", count: 70) + "\r\n", 431),
            ("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n", 400),
        ]
        for (request, status) in cases {
            let (response, closed) = try await onOwnThread {
                let client = try RawHTTPClient(port: server.port)
                try client.send(request)
                return (try client.response(), try client.closes(within: .seconds(2)))
            }
            #expect(response?.status == status, "\(request.prefix(40).debugDescription)")
            #expect(response?.header("connection") == "close")
            #expect(closed)
        }
    }

    /// Half a request is cut off by the request timeout, with 408; an idle connection just closes.
    @Test func aSlowOrHalfRequestTimesOut() async throws {
        let server = try Self.server(timeouts: .init(idle: .milliseconds(400), request: .milliseconds(300)))
        defer { Task { await server.stop() } }
        let clock = ContinuousClock()
        let started = clock.now
        let (half, closed) = try await onOwnThread {
            let client = try RawHTTPClient(port: server.port)
            // A byte every 100 ms: each read is quick, but the head never completes in time.
            for byte in "GET /trickle HTTP/1.1\r\nHost: x".map(String.init).prefix(5) {
                try? client.send(byte)
                usleep(100_000)
            }
            return (try client.response(), try client.closes(within: .seconds(2)))
        }
        #expect(half?.status == 408)
        #expect(closed)
        #expect(clock.now - started < .seconds(2))

        let idleClosed = try await onOwnThread {
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /a HTTP/1.1\r\n\r\n")
            _ = try client.response()
            return try client.closes(within: .seconds(2)) && client.unread.isEmpty
        }
        #expect(idleClosed, "an idle kept-alive connection closes quietly after the idle timeout")
        #expect(server.openConnections == 0)
    }

    @Test func aClientThatLeavesEarlyDoesNotHurtTheServer() async throws {
        let server = try Self.server()
        defer { Task { await server.stop() } }
        try await onOwnThread {
            for _ in 0..<3 {
                let client = try RawHTTPClient(port: server.port)
                try client.send("GET /big HTTP/1.1\r\n\r\n")
                // Closed with the 4 MB answer mostly unread: the server's send fails (EPIPE or
                // a reset), which must not kill the process (SIGPIPE).
            }
        }
        let response = try await onOwnThread {
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /still-here HTTP/1.1\r\n\r\n")
            return try client.response()
        }
        #expect(response?.text == "GET /still-here\n")
    }

    /// Idle connections end and held requests are answered at once, not after the grace period
    /// (5 s here, so a slow machine cannot make the test pass or fail by timing alone).
    @Test func stopEndsIdleConnectionsAndAnswersHeldRequestsAtOnce() async throws {
        let holds = HoldCount()
        let server = try Self.server(holds: holds)
        let port = server.port
        let idle = try await onOwnThread {
            let client = try RawHTTPClient(port: port)
            try client.send("GET /a HTTP/1.1\r\n\r\n")
            _ = try client.response()
            return UncheckedBox(client)
        }
        let held = Task {
            try await onOwnThread {
                let client = try RawHTTPClient(port: port)
                try client.send("GET /hold HTTP/1.1\r\n\r\n")
                return try client.response(timeout: .seconds(10))?.text
            }
        }
        #expect(await waitUntil { holds.begun == 1 }, "the held request reached its handler")
        let clock = ContinuousClock()
        let started = clock.now
        await server.stop(timeout: .seconds(5))
        #expect(clock.now - started < .seconds(2))
        #expect(try await held.value == "cancelled\n")
        #expect(try await onOwnThread { try idle.value.closes(within: .milliseconds(500)) })
        #expect(server.openConnections == 0)
        await #expect(throws: RawHTTPClient.Failure.self) { try await onOwnThread { _ = try RawHTTPClient(port: port) } }
    }
}

/// The development server's own use of it: methods, and stop with a long poll open.
@Suite("Development server over HTTP", .serialized)
struct DevServerHTTPTests {
    @Test func otherMethodsGet405WithAllow() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let port = served.probe.port
        let (post, head) = try await onOwnThread {
            let client = try RawHTTPClient(port: port)
            try client.send("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
            let post = try client.response()
            // The body was read past: the same connection goes on.
            try client.send("HEAD /notes.txt HTTP/1.1\r\n\r\n")
            return (post, try client.response(bodyless: true))
        }
        #expect(post?.status == 405)
        #expect(post?.header("allow") == "GET, HEAD")
        #expect(head?.status == 200)
        #expect(head?.header("content-length") == "\("plain text\n".utf8.count)")
        #expect(head?.header("content-type") == "text/plain; charset=utf-8")
    }

    @Test func stopAnswersAnOpenLongPollAtOnce() async throws {
        let served = try await ServedSite.start()
        let version = await served.server.status.version
        let probe = served.probe
        // Held open for up to 5 s (the fixture's longPollTimeout) unless the server stops.
        let poll = Task { try await probe.fetch("\(LiveReload.pollPath)?v=\(version)", timeoutSeconds: 10) }
        #expect(await waitUntil { await served.server.waitingPolls == 1 }, "the long poll is waiting")
        let clock = ContinuousClock()
        let started = clock.now
        await served.stop()
        let stopped = clock.now - started
        let answer = try await poll.value
        #expect(stopped < .seconds(1), "stop took \(stopped)")
        #expect(answer.status == 200)
        #expect(try JSONDecoder().decode(BuildStatus.self, from: answer.body).version == version, "nothing changed")
        await #expect(throws: (any Error).self) { _ = try await probe.fetch("/", timeoutSeconds: 1) }
    }
}

/// How many `/hold` requests reached the test server's handler.
final class HoldCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func begin() { lock.withLock { count += 1 } }
    var begun: Int { lock.withLock { count } }
}

/// Hands a non-Sendable value between threads in a test that uses it from one at a time.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection of `HTTPServer`, served on its own thread: reads request heads (several
/// per connection with keep-alive, pipelined ones in order), runs the handler, writes responses.
final class HTTPConnection: @unchecked Sendable {
    let id: Int
    let fd: Int32
    private let server: HTTPServer

    /// What the thread is doing; changed and read under the server's lock only.
    private enum State {
        case waiting
        case handling(Task<Void, Never>)
        case writing
    }
    private var state = State.waiting

    init(id: Int, fd: Int32, server: HTTPServer) {
        self.id = id
        self.fd = fd
        self.server = server
    }

    /// Under the server's lock, on stop: a connection waiting for a request ends now (its read
    /// returns as closed); a handler in progress is cancelled, so a long poll answers at once.
    func interruptForStop() {
        switch state {
        case .waiting: shutdown(fd, Int32(SHUT_RDWR))
        case .handling(let task): task.cancel()
        case .writing: break
        }
    }

    /// Under the server's lock, when stop's grace period is over: whatever it is doing ends.
    func forceClose() {
        if case .handling(let task) = state { task.cancel() }
        shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Serves requests until the client closes, a timeout, an error, or the server stops.
    func run() {
        defer {
            server.remove(self)
            close(fd)
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let clock = ContinuousClock()
        while true {
            guard server.withLock({ stopping in
                state = .waiting
                return !stopping
            }) else { return }
            // Pipelined bytes already here count as a request begun.
            var requestDeadline: ContinuousClock.Instant? = received.isEmpty ? nil : clock.now + server.timeouts.request
            let idleDeadline = clock.now + server.timeouts.idle
            var searched = 0
            var parsed: (HTTPRequestHead, Int)?
            while parsed == nil {
                switch HTTPHeadParser.parse(received, searchFrom: max(0, searched - 3), limits: server.limits) {
                case .head(let head, let length):
                    parsed = (head, length)
                    continue
                case .invalid(let status):
                    return fail(status)
                case .incomplete:
                    searched = received.count
                }
                switch Socket.read(fd, into: &chunk, deadline: requestDeadline ?? idleDeadline) {
                case .bytes(let count):
                    if requestDeadline == nil { requestDeadline = clock.now + server.timeouts.request }
                    received += chunk[0..<count]
                case .closed:
                    return
                case .timedOut:
                    // Half a request: say why it ends. An idle keep-alive connection just closes.
                    if requestDeadline != nil { fail(.requestTimeout) }
                    return
                }
            }
            guard let (head, length) = parsed else { return }
            received.removeFirst(length)
            guard case .some(let bodyKept) = skipBody(of: head, received: &received, chunk: &chunk, deadline: requestDeadline ?? idleDeadline) else {
                return fail(.badRequest)
            }
            let response = respond(to: head)
            let keepAlive = server.withLock { stopping in
                state = .writing
                return !stopping && bodyKept && head.wantsKeepAlive
            }
            let written = Socket.write(fd, response.serialized(keepAlive: keepAlive, includeBody: head.method != "HEAD"))
            guard written, keepAlive else {
                // An unread body would make the close a reset, which can cost the client the answer.
                if written, !bodyKept { Socket.lingeringClose(fd) }
                return
            }
        }
    }

    /// Runs the handler as a task and blocks this thread (not a pool thread) until it answers.
    private func respond(to head: HTTPRequestHead) -> HTTPResponse {
        let done = DispatchSemaphore(value: 0)
        let box = ResponseBox()
        let handler = server.handler
        // Made under the lock, with the state that says so: made before it, the handler could
        // begin while the state still said `waiting`, and a stop then shut the socket down
        // under a request in progress, whose answer was lost (a long poll's included).
        server.withLock { stopping in
            let task = Task {
                box.response = await handler(head)
                done.signal()
            }
            state = .handling(task)
            if stopping { task.cancel() }
        }
        done.wait()
        return box.response ?? .text(.internalServerError, "Internal server error\n")
    }

    /// Reads past a request's body, which no handler here uses, so the next request on the
    /// connection starts where it should. Returns false when the connection must close after
    /// the response instead (a chunked or very large body, or `Expect: 100-continue`, which
    /// would make the client wait), nil when the framing is invalid.
    private func skipBody(
        of head: HTTPRequestHead, received: inout [UInt8], chunk: inout [UInt8], deadline: ContinuousClock.Instant
    ) -> Bool? {
        if head.header("Transfer-Encoding") != nil || head.header("Expect") != nil { return false }
        let lengths = head.values(of: "Content-Length")
        guard let first = lengths.first else { return true }
        guard lengths.allSatisfy({ $0 == first }), !first.isEmpty, first.utf8.allSatisfy(HTTPHeadParser.isDigit),
            let length = Int(first)
        else { return nil }
        guard length <= 1 << 20 else { return false }
        while received.count < length {
            guard case .bytes(let count) = Socket.read(fd, into: &chunk, deadline: deadline) else { return false }
            received += chunk[0..<count]
        }
        received.removeFirst(length)
        return true
    }

    /// Answers a request that cannot be served (and ends the connection: after a malformed
    /// head, where the next request starts is unknown).
    private func fail(_ status: HTTPStatus) {
        let response = HTTPResponse.text(status, "\(status.reason)\n")
        if Socket.write(fd, response.serialized(keepAlive: false, includeBody: true)) {
            Socket.lingeringClose(fd)
        }
    }
}

/// The handler's answer, handed from its task to the connection's thread (the semaphore orders
/// the write before the read).
private final class ResponseBox: @unchecked Sendable {
    var response: HTTPResponse?
}

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on plain POSIX sockets, for `brief serve` (a local preview, not a
/// production server): GET and HEAD, keep-alive, pipelining, no request bodies, no TLS.
///
/// Each connection gets a thread of its own that blocks in `poll`/`recv`/`send`; only the
/// handler runs as a Swift task. Blocking calls on Swift's cooperative pool (as many threads as
/// cores, two here) would let two slow clients stall every request and every rebuild; a long
/// poll held open for 25 s costs a sleeping thread here, nothing on the pool.
public final class HTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (HTTPRequestHead) async -> HTTPResponse

    /// How long a client may take, so that none can hold a thread forever.
    public struct Timeouts: Sendable {
        /// A kept-alive connection with no request in progress is closed after this.
        public var idle: Duration = .seconds(15)
        /// From a request's first byte to the end of its head (and body); 408 past it. A total,
        /// not per read, so a client trickling a byte a second is cut off too.
        public var request: Duration = .seconds(10)
        /// A single `send` that makes no progress (the client stopped reading).
        public var send: Duration = .seconds(10)

        public init(idle: Duration = .seconds(15), request: Duration = .seconds(10), send: Duration = .seconds(10)) {
            self.idle = idle
            self.request = request
            self.send = send
        }
    }

    /// The port listened on (the one the system picked when asked for port 0).
    public let port: UInt16
    let limits: HTTPLimits
    let timeouts: Timeouts
    let handler: Handler
    /// Connections past this many are answered 503 at once, which bounds the threads.
    let maxConnections: Int

    private let listener: Int32
    /// Written to by `stop()` to wake the accept loop out of `poll`.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let lock = NSLock()
    private var stopping = false
    private var acceptLoopRunning = false
    /// A server never started closes its listener when it goes away (the accept loop would have).
    private var started = false
    private var connections: [Int: HTTPConnection] = [:]
    private var nextConnectionID = 0

    /// Binds and listens at once (so a port in use is reported before anything else happens);
    /// `start()` then accepts. Throws `InvalidHost` or `SocketFailure`.
    public init(
        host: String, port: UInt16, limits: HTTPLimits = HTTPLimits(), timeouts: Timeouts = Timeouts(),
        maxConnections: Int = 256, handler: @escaping Handler
    ) throws {
        (listener, self.port) = try Socket.listen(host: host, port: port)
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            let code = errno
            close(listener)
            throw SocketFailure(call: "pipe", code: code)
        }
        (wakeRead, wakeWrite) = (pipeEnds[0], pipeEnds[1])
        self.limits = limits
        self.timeouts = timeouts
        self.maxConnections = maxConnections
        self.handler = handler
    }

    /// Starts accepting connections on a thread of its own.
    public func start() {
        lock.withLock { acceptLoopRunning = true; started = true }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "brief-serve-accept"
        thread.start()
    }

    /// The number of open connections (for tests).
    public var openConnections: Int { lock.withLock { connections.count } }

    /// Stops: closes the listener, ends idle connections at once, answers open long polls now
    /// (their handlers are cancelled, and `BuildState.waitForChange` returns on cancellation),
    /// gives requests in progress up to `timeout`, then shuts their sockets down. Returns when every
    /// connection is closed, or at most a second after `timeout` if a handler does not end.
    public func stop(timeout: Duration = .milliseconds(300)) async {
        let alreadyStopping = lock.withLock {
            defer { stopping = true }
            for connection in connections.values { connection.interruptForStop() }
            return stopping
        }
        if !alreadyStopping {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline, !isIdle { try? await Task.sleep(for: .milliseconds(5)) }
        lock.withLock { for connection in connections.values { connection.forceClose() } }
        let lastChance = clock.now + .seconds(1)
        while clock.now < lastChance, !isIdle { try? await Task.sleep(for: .milliseconds(5)) }
    }

    private var isIdle: Bool { lock.withLock { connections.isEmpty && !acceptLoopRunning } }

    deinit {
        if !started { close(listener) }
        close(wakeRead)
        close(wakeWrite)
    }

    private func acceptLoop() {
        defer {
            close(listener)
            lock.withLock { acceptLoopRunning = false }
        }
        var entries = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&entries, 2, -1)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 || entries[1].revents != 0 || lock.withLock({ stopping }) { return }
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                // Out of descriptors: wait rather than spin; the backlog holds the client meanwhile.
                if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                continue
            }
            Socket.prepareConnection(fd, sendTimeout: timeouts.send)
            admit(fd)
        }
    }

    private func admit(_ fd: Int32) {
        let connection: HTTPConnection? = lock.withLock {
            guard connections.count < maxConnections else { return nil }
            nextConnectionID += 1
            let connection = HTTPConnection(id: nextConnectionID, fd: fd, server: self)
            connections[connection.id] = connection
            return connection
        }
        guard let connection else {
            _ = Socket.write(fd, HTTPResponse.text(.serviceUnavailable, "Too many connections\n").serialized(keepAlive: false, includeBody: true))
            Socket.lingeringClose(fd)
            close(fd)
            return
        }
        let thread = Thread { connection.run() }
        thread.name = "brief-serve-connection"
        thread.start()
    }

    /// Runs `body` under the server's lock, with whether it is stopping: a connection changes its
    /// state here, so `stop()` never misses one that is about to wait.
    func withLock<T>(_ body: (Bool) -> T) -> T { lock.withLock { body(stopping) } }

    /// Called by a connection's thread as it ends, before it closes its socket: `stop()` can then
    /// never shut down a descriptor number that was closed and handed to someone else.
    func remove(_ connection: HTTPConnection) {
        _ = lock.withLock { connections.removeValue(forKey: connection.id) }
    }
}

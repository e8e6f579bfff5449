import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client connection that sends exactly the bytes it is given (half requests, pipelined ones,
/// garbage) and reads responses one at a time, keeping what follows. Its calls block: run them
/// with `onOwnThread`, never on Swift's few pool threads, which the server's handlers need.
final class RawHTTPClient {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let fd: Int32
    private var pending: [UInt8] = []

    /// Connects to `host` (IPv4 or IPv6 loopback) on `port`.
    init(port: UInt16, host: String = "127.0.0.1") throws {
        // Connected before it is stored: a throw from a fully made object runs `deinit`, whose
        // second `close` would hit whatever socket another test opened under that number since.
        fd = try Self.openConnection(port: port, host: host)
    }

    private static func openConnection(port: UInt16, host: String) throws -> Int32 {
        let ipv6 = host.contains(":")
        let fd = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        let connected: Int32
        if ipv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            inet_pton(AF_INET6, host, &address.sin6_addr)
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            inet_pton(AF_INET, host, &address.sin_addr)
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard connected == 0 else {
            let code = errno
            close(fd)
            throw Failure(description: "connect() to \(host) port \(port) failed: errno \(code)")
        }
        return fd
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw Failure(description: "send() failed") }
    }

    /// The next response (status line, headers, `Content-Length` bytes of body; no body after a
    /// HEAD request when `bodyless`); nil when the server closed first. Waits `timeout` at most.
    func response(bodyless: Bool = false, timeout: Duration = .seconds(5)) throws -> HTTPProbe.Response? {
        let deadline = ContinuousClock().now + timeout
        while true {
            if let head = HTTPProbe.parse(pending) {
                let headLength = pending.count - head.body.count
                let length = bodyless ? 0 : (head.header("content-length").flatMap(Int.init) ?? 0)
                if head.body.count >= length {
                    var response = head
                    response.body = Data(pending[headLength..<(headLength + length)])
                    pending.removeFirst(headLength + length)
                    return response
                }
            }
            guard let chunk = try read(until: deadline) else { return nil }
            pending += chunk
        }
    }

    /// Whether the server closes the connection within `timeout` (bytes that arrive are kept).
    func closes(within timeout: Duration) throws -> Bool {
        let deadline = ContinuousClock().now + timeout
        while true {
            do {
                guard let chunk = try read(until: deadline) else { return true }
                pending += chunk
            } catch {
                return false
            }
        }
    }

    /// Bytes received and not yet read as a response.
    var unread: [UInt8] { pending }

    /// The next bytes; nil at end of stream; throws on timeout.
    private func read(until deadline: ContinuousClock.Instant) throws -> [UInt8]? {
        let left = deadline - ContinuousClock().now
        guard left > .zero else { throw Failure(description: "timed out") }
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
        guard poll(&entry, 1, milliseconds) > 0 else { throw Failure(description: "timed out") }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[0..<count]) : nil
    }
}

/// Runs `body` on a thread of its own and returns its result: blocking socket calls there leave
/// Swift's pool free for the server's handlers.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// Waits until `condition` holds, checking every 5 ms, for `limit` at most; whether it held. Tests
/// wait for the state they need (a request in its handler) rather than sleep a guess, which a
/// slow run (sanitizers, a busy CI machine) would outlast.
func waitUntil(within limit: Duration = .seconds(5), _ condition: () async -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + limit
    while clock.now < deadline, !Task.isCancelled {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return await condition()
}

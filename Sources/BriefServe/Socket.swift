#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, with the errno it left: what the user is told comes from the errno.
public struct SocketFailure: Error, Sendable, CustomStringConvertible {
    public var call: String
    public var code: Int32
    public var description: String { "\(call): \(String(cString: strerror(code)))" }
}

/// The host is not a numeric IPv4 or IPv6 address.
public struct InvalidHost: Error, Sendable {
    public var host: String
}

/// The few socket calls the development server makes, on plain POSIX sockets (no event loop: a
/// thread per connection blocks in `poll`/`recv`, see `HTTPServer`).
enum Socket {
    #if canImport(Glibc)
    static let stream = Int32(SOCK_STREAM.rawValue)
    /// `send` must not raise SIGPIPE when the client has gone: the write fails with EPIPE instead.
    static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    static let stream = SOCK_STREAM
    static let sendFlags: Int32 = 0
    #endif

    /// A listening TCP socket bound to `host` (numeric IPv4 or IPv6; the family follows from it)
    /// and `port` (0 picks a free one); returns it and the port it got.
    static func listen(host: String, port: UInt16, backlog: Int32 = 128) throws -> (fd: Int32, port: UInt16) {
        var storage = sockaddr_storage()
        let length: socklen_t
        let family: Int32
        if host.contains(":") {
            var address = sockaddr_in6()
            guard inet_pton(AF_INET6, host, &address.sin6_addr) == 1 else { throw InvalidHost(host: host) }
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
            (length, family) = (socklen_t(MemoryLayout<sockaddr_in6>.size), AF_INET6)
        } else {
            var address = sockaddr_in()
            guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw InvalidHost(host: host) }
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
            (length, family) = (socklen_t(MemoryLayout<sockaddr_in>.size), AF_INET)
        }
        let fd = socket(family, stream, 0)
        guard fd >= 0 else { throw SocketFailure(call: "socket", code: errno) }
        // Builds run no other programs, but a socket must never leak into one.
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        // A restarted server can take its port back at once (no wait for TIME_WAIT); on Linux and
        // macOS this never lets two servers listen on one port.
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, systemListen(fd, backlog) == 0 else {
            let code = errno
            close(fd)
            throw SocketFailure(call: bound == 0 ? "listen" : "bind", code: code)
        }
        // Non-blocking, so an accept after a client gave up between poll and accept cannot hang.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        return (fd, localPort(fd) ?? port)
    }

    /// The port a socket is bound to.
    static func localPort(_ fd: Int32) -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { return nil }
        return withUnsafeBytes(of: storage) { bytes in
            switch Int32(storage.ss_family) {
            case AF_INET: UInt16(bigEndian: bytes.load(as: sockaddr_in.self).sin_port)
            case AF_INET6: UInt16(bigEndian: bytes.load(as: sockaddr_in6.self).sin6_port)
            default: nil
            }
        }
    }

    /// Readies an accepted connection: blocking (macOS hands down the listener's O_NONBLOCK),
    /// close-on-exec, no SIGPIPE, and a send timeout so a client that stops reading cannot hold
    /// its thread forever.
    static func prepareConnection(_ fd: Int32, sendTimeout: Duration) {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let seconds = sendTimeout.components.seconds
        var timeout = timeval(tv_sec: .init(seconds), tv_usec: .init(sendTimeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    enum ReadResult: Equatable {
        case bytes(Int)
        /// The client closed its side (or the server shut the socket down to stop).
        case closed
        case timedOut
    }

    /// Reads what has arrived (at most `buffer.count` bytes), waiting until `deadline` at most.
    static func read(_ fd: Int32, into buffer: inout [UInt8], deadline: ContinuousClock.Instant) -> ReadResult {
        let clock = ContinuousClock()
        while true {
            let left = deadline - clock.now
            guard left > .zero else { return .timedOut }
            let milliseconds = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .closed
            }
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { return .bytes(count) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return .closed
        }
    }

    /// Writes all of `bytes`; false when the client went away or stopped reading (send timeout).
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, $0.count - offset, sendFlags) }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Closes after an error answer: stops sending, then reads and drops what the client still
    /// sends for a moment. Closing with unread bytes would reset the connection, and the client
    /// could lose the answer (a 431 to a client still sending its head).
    static func lingeringClose(_ fd: Int32) {
        shutdown(fd, Int32(SHUT_WR))
        let deadline = ContinuousClock().now + .milliseconds(200)
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        var drained = 0
        while drained < 1 << 20, case .bytes(let count) = read(fd, into: &scratch, deadline: deadline) { drained += count }
    }
}

/// `listen(2)`: the name `listen` inside `Socket` is the function above.
private func systemListen(_ fd: Int32, _ backlog: Int32) -> Int32 {
    listen(fd, backlog)
}

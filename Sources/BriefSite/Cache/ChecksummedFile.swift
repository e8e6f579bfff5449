import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small cache file read and written whole: a magic string, a body, and the body's checksum
/// (`FNV64`) in its last 8 bytes. Saved through a temp file and a rename, so a reader finds the
/// old file or the new one; a file that is missing, foreign or damaged anywhere reads as none.
enum ChecksummedFile {
    /// The file's bytes and the range of its body, when its magic and checksum are right.
    static func read(_ url: URL, magic: [UInt8]) -> (bytes: [UInt8], body: Range<Int>)? {
        guard let bytes = BuildCache.readBytes(url), bytes.count >= magic.count + 8, Array(bytes[0..<magic.count]) == magic else {
            return nil
        }
        let body = magic.count..<(bytes.count - 8)
        var reader = ByteReader(bytes, offset: body.upperBound)
        let checksum = bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[body])) }
        guard (try? reader.readUInt64()) == checksum else { return nil }
        return (bytes, body)
    }

    /// Writes `magic`, the body `writeBody` writes, and its checksum to `url`; a failure only
    /// costs what the file would have saved.
    static func save(to url: URL, magic: [UInt8], writeBody: (inout ByteWriter) -> Void) {
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: magic)
        writeBody(&writer)
        let checksum = writer.bytes.withUnsafeBytes { FNV64.hash(UnsafeRawBufferPointer(rebasing: $0[magic.count...])) }
        writer.write(checksum)
        let temp = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".tmp-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try AtomicOutput.writeFile(Data(writer.bytes), to: temp)
            if rename(temp.path, url.path) != 0 { try? FileManager.default.removeItem(at: temp) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
        }
    }
}

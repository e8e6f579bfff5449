import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content hash `InputFingerprint` took of each input file, with the file's identity at the
/// time, kept for the next build in `SITE/.brief-cache/inputs.bin`: a file whose identity is the
/// same and that had not changed for a while before its hash was taken is not read again.
///
/// The identity is the device, inode, size, modification time and status-change time. The
/// kernel sets the status-change time (ctime) on every write, rename or `touch`, and nothing can
/// set it by hand, so an edit that keeps a file's size and modification time still changes its
/// identity. A file changed within `racyWindow` of the moment its hash was taken is read again
/// (a second write in the same clock tick could leave the times as they were): git's rule for
/// "racily clean" index entries.
struct FileHashes: Sendable {
    /// A file's `lstat` as a walk keeps it: device, inode, size, modification and status-change
    /// times. Not `OutputManifest.Record`: an output file's identity must survive being
    /// hard-linked into the next tree, which changes its status-change time, the very field an
    /// input needs.
    typealias Identity = DirectoryWalk.Status

    struct Entry: Sendable {
        var identity: Identity
        var hash: UInt64
    }

    /// When the hashes were taken: the wall clock (nanoseconds since 1970) before the first file
    /// was read.
    var taken: UInt64
    /// By path relative to the site (its bytes: `PathKey`).
    var entries: [PathKey: Entry] = [:]
    /// How many files were read to make this table (not saved).
    var filesRead = 0

    /// Two seconds: far above any file system's time resolution, and the clock drift between the
    /// kernel's file times and the wall clock read here.
    static let racyWindow: UInt64 = 2_000_000_000
    static let fileName = "inputs.bin"
    private static let magic = Array("BRIEFIDS".utf8)

    /// The hash kept for `path`, when the file still has `identity` and had not changed for
    /// `racyWindow` before the hash was taken.
    func hash(_ path: String, identity: Identity) -> UInt64? {
        guard let entry = entries[PathKey(path)], entry.identity == identity, identity.changed < taken,
            taken - identity.changed > Self.racyWindow
        else { return nil }
        return entry.hash
    }

    /// The wall clock now, in nanoseconds since 1970.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return UInt64(bitPattern: Int64(time.tv_sec)) &* 1_000_000_000 &+ UInt64(bitPattern: Int64(time.tv_nsec))
    }

    /// The table saved in `folder`, or nil when there is none or it is damaged or foreign.
    static func load(from folder: URL) -> FileHashes? {
        guard let (bytes, body) = ChecksummedFile.read(folder.appendingPathComponent(fileName), magic: magic) else { return nil }
        var reader = ByteReader(bytes, offset: body.lowerBound)
        do {
            guard try reader.readUInt64() == BuildCache.formatVersion else { return nil }
            var table = FileHashes(taken: try reader.readUInt64())
            let count = try reader.readCount()
            table.entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.readString()
                let identity = Identity(
                    device: try reader.readUInt64(), inode: try reader.readUInt64(), size: try reader.readUInt64(),
                    modified: try reader.readUInt64(), changed: try reader.readUInt64())
                table.entries[PathKey(path)] = Entry(identity: identity, hash: try reader.readUInt64())
            }
            guard reader.offset == body.upperBound else { return nil }
            return table
        } catch {
            return nil
        }
    }

    /// Writes the table through a temp file and a rename; a failure only costs reading the files
    /// again next time.
    func save(to folder: URL) {
        ChecksummedFile.save(to: folder.appendingPathComponent(Self.fileName), magic: Self.magic) { writer in
            writer.write(BuildCache.formatVersion)
            writer.write(taken)
            writer.write(entries.count)
            for (path, entry) in entries {
                writer.write(path.path)
                for value in [entry.identity.device, entry.identity.inode, entry.identity.size, entry.identity.modified, entry.identity.changed] {
                    writer.write(value)
                }
                writer.write(entry.hash)
            }
        }
    }
}

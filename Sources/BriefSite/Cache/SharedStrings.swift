#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The short strings a rebuild decodes over and over from the cache's rows (entity ids, names
/// and roles, quote speakers: 460,000 of them at 10,000 briefings, some 500 distinct), each made
/// once per thread and handed out again for the same bytes: no UTF-8 check and, for one longer
/// than 15 bytes, no allocation per copy (and copies of one string compare equal at a glance).
///
/// The same string `String(decoding:as:)` makes of the bytes, always: a table entry is found by
/// the bytes' hash and taken only when its bytes are the same. One table per thread (the rows
/// are decoded on every core), of at most `capacity / 2` strings of at most `longest` bytes;
/// other strings are made as before.
final class SharedStrings {
    private static let capacity = 4_096
    static let longest = 48
    private var hashes = [UInt64](repeating: 0, count: capacity)
    private var strings = [String](repeating: "", count: capacity)
    private var count = 0

    /// This thread's table.
    static var current: SharedStrings {
        if let table = pthread_getspecific(key) { return Unmanaged<SharedStrings>.fromOpaque(table).takeUnretainedValue() }
        let table = SharedStrings()
        pthread_setspecific(key, Unmanaged.passRetained(table).toOpaque())
        return table
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { table in
            guard let table else { return }
            Unmanaged<SharedStrings>.fromOpaque(table).release()
        }
        return key
    }()

    /// The string of `bytes` (UTF-8, invalid sequences replaced as `String(decoding:as:)` does).
    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.count <= Self.longest else { return Self.decode(bytes) }
        // Never 0, which marks an empty slot.
        let hash = FNV64.hash(bytes) | 1
        let mask = Self.capacity - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return hashes.withUnsafeMutableBufferPointer { hashes in
            while hashes[slot] != 0 {
                if hashes[slot] == hash, let found = same(strings[slot], bytes) { return found }
                slot = (slot + 1) & mask
            }
            let made = Self.decode(bytes)
            // Half full at most, so a probe for a string not in it ends soon.
            if count < Self.capacity / 2 {
                hashes[slot] = hash
                strings[slot] = made
                count += 1
            }
            return made
        }
    }

    /// `stored` when its bytes are `bytes` (as stored: a repaired string was made from other
    /// bytes, and is not taken for them).
    private func same(_ stored: String, _ bytes: UnsafeRawBufferPointer) -> String? {
        let equal = stored.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.count == bytes.count && (bytes.count == 0 || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return equal == true ? stored : nil
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
    }
}

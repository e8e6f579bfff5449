#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding an unlinked name's entity by its id without making a String for a name seen
/// before (most names of a text come back: "Lavrov" five times is five roots).
extension EntityLinker {
    /// The slot of the name `range` (a root candidate's, not the registry's) when its bytes are
    /// all ASCII, found by its id or added with `name` and that id; nil for any other name and
    /// for one without a letter or digit (those take `EntitySlug.make` of their surface).
    ///
    /// The id is spelled straight from the text's bytes by `EntitySlug.spellASCII`, `make`'s
    /// rules for ASCII, which are the same for the raw bytes as for the surface (whitespace
    /// only separates words there) and ignore case, so a dateline's normal case gives the same
    /// id. It is hashed as `String.tableHash` hashes an ASCII id and compared byte by byte, so
    /// the slot is the one `slot(id:name:_:_:)` would find; only a new slot makes its Strings.
    func asciiSlot(_ range: Range<Int>, dateline: Bool, _ slots: inout [Slot], _ slotOfID: inout KeyTable<String, Int>) -> Int? {
        // At most four bytes out per byte in ("&" -> "-and"), into a stack buffer: no array
        // appends (each a uniqueness and capacity check) per byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count * 4 + 1) { out -> Int? in
            var n = 0
            var dash = false
            var h = TableHashing.empty
            @inline(__always) func put(_ b: UInt8) {
                out[n] = b
                n += 1
                h = TableHashing.adding(b, to: h)
            }
            let bytes = text.baseAddress!
            for i in range {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                EntitySlug.spellASCII(b, dash: &dash, written: n, put)
            }
            if n == 0 { return nil }
            let id = UnsafeBufferPointer(rebasing: out[..<n])
            if let e = slotOfID.index(hash: h, where: { Self.equals($0, id) }) { return slotOfID.value(at: e) }
            let name = dateline ? Dateline.normalCase(surface(range)) : surface(range)
            let idString = String(unsafeUninitializedCapacity: n) { _ = $0.initialize(fromContentsOf: id); return n }
            slots.append(Slot(id: idString, name: name))
            slotOfID.append(idString, slots.count - 1, hash: h)
            return slots.count - 1
        }
    }

    /// Whether `id` is the ASCII bytes `bytes`. (No String of other code points equals an id
    /// of lower-case letters, digits and dashes.)
    @inline(__always) private static func equals(_ id: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = id.utf8
        guard utf8.count == bytes.count else { return false }
        // memcmp on the stored bytes: the generic `elementsEqual` cost some 270 instructions a call.
        return utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 } ?? utf8.elementsEqual(bytes)
    }
}

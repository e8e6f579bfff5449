/// Finding an unlinked name's entity by its id without making a String for a name seen
/// before (most names of a text come back: "Lavrov" five times is five roots).
extension EntityLinker {
    /// The slot of the name `range` (a root candidate's, not the registry's) when its bytes are
    /// all ASCII, found by its id or added with `name` and that id; nil for any other name and
    /// for one without a letter or digit (those take `EntitySlug.make` of their surface).
    ///
    /// The id is spelled straight from the text's bytes into `scratch` by `EntitySlug.make`'s
    /// rules for ASCII, which are the same for the raw bytes as for the surface (whitespace
    /// only separates words there) and ignore case, so a dateline's normal case gives the same
    /// id. It is hashed as `String.tableHash` hashes an ASCII id and compared byte by byte, so
    /// the slot is the one `slot(id:name:_:_:)` would find; only a new slot makes its Strings.
    func asciiSlot(_ range: Range<Int>, dateline: Bool, _ slots: inout [Slot], _ slotOfID: inout KeyTable<String, Int>,
                   scratch: inout [UInt8]) -> Int? {
        scratch.removeAll(keepingCapacity: true)
        var dash = false
        var h = TableHashing.empty
        @inline(__always) func put(_ b: UInt8) {
            scratch.append(b)
            h = TableHashing.adding(b, to: h)
        }
        for i in range {
            let b = text[i]
            if b >= 0x80 { return nil }
            if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) {
                if dash && !scratch.isEmpty { put(0x2D) }
                dash = false
                put(ByteClass.lower(b))
            } else if b == 0x26 { // "&"
                if !scratch.isEmpty { put(0x2D) }
                put(0x61); put(0x6E); put(0x64)
                dash = true
            } else if b != 0x27 && b != 0x2E {
                dash = true
            }
        }
        if scratch.isEmpty { return nil }
        let found = scratch.withUnsafeBufferPointer { id in
            slotOfID.index(hash: h) { Self.equals($0, id) }
        }
        if let e = found { return slotOfID.value(at: e) }
        let name = dateline ? Dateline.normalCase(surface(range)) : surface(range)
        let id = String(decoding: scratch, as: UTF8.self)
        slots.append(Slot(id: id, name: name))
        slotOfID.append(id, slots.count - 1, hash: h)
        return slots.count - 1
    }

    /// Whether `id` is the ASCII bytes `bytes`. (No String of other code points equals an id
    /// of lower-case letters, digits and dashes.)
    @inline(__always) private static func equals(_ id: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = id.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? utf8.elementsEqual(bytes)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The distinct folded words of one `SearchDocument`, in order of first appearance, with the
/// fields that hold each and its positions in the title; written out as the document's terms.
///
/// Kept in memory it allocates itself (`RawBuffer`s and plain pointers in a struct used as a
/// local variable), so adding a word retains nothing and checks no exclusive access at run
/// time: the build adds some two million words. `SearchDocumentMaker` keeps one from document to document and
/// `deallocate()`s it when done.
struct SearchTermTable {
    /// One distinct term: its bytes in `arena`, its fields, its title positions (a list
    /// through `positions`, -1 for none) and its hash (to grow the slots without hashing again).
    private struct Term {
        var start: Int32
        var length: Int32
        var hash: Int
        var fields: UInt8
        var firstPosition: Int32
        var lastPosition: Int32
    }

    /// A title position: `position << 1`, | 1 for the title's last word; the next of its term or -1.
    private struct Position {
        var value: Int32
        var next: Int32
    }

    private var arena = RawBuffer<UInt8>(capacity: 1_024)
    private var terms = RawBuffer<Term>(capacity: 128)
    private var positions = RawBuffer<Position>(capacity: 32)
    /// Open addressing: term ids, -1 for an empty slot; never more than half full.
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int
    /// Where `SearchFold` makes each word.
    private var foldBuffer: UnsafeMutablePointer<UInt8>
    private var foldCapacity: Int
    /// Where `written()` writes the terms out.
    private var output: UnsafeMutablePointer<UInt8>
    private var outputCapacity: Int
    private var lastTitleWord: Int32 = -1

    init() {
        mask = 255
        slots = .allocate(capacity: mask + 1)
        slots.initialize(repeating: -1, count: mask + 1)
        foldCapacity = 1_024
        foldBuffer = .allocate(capacity: foldCapacity)
        outputCapacity = 2_048
        output = .allocate(capacity: outputCapacity)
    }

    /// Frees the memory; the table must not be used again.
    func deallocate() {
        arena.deallocate()
        terms.deallocate()
        positions.deallocate()
        slots.deallocate()
        foldBuffer.deallocate()
        output.deallocate()
    }

    /// Empties the table for the next document, keeping its memory.
    mutating func removeAll() {
        if terms.count > 0 { slots.update(repeating: -1, count: mask + 1) }
        arena.count = 0
        terms.count = 0
        positions.count = 0
        lastTitleWord = -1
    }

    /// Adds the folded words of `text` (`SearchFold`) to `field`; the title's with their positions.
    mutating func add(_ text: String, field: SearchDocument.Fields) {
        var text = text
        text.withUTF8 { add(utf8: $0, field: field) }
    }

    /// As `add(_:field:)`, from UTF-8 bytes.
    mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>, field: SearchDocument.Fields) {
        reserveFoldBuffer(for: bytes.count)
        var position: Int32 = 0
        let isTitle = field == .title
        SearchFold.forEachWord(inUTF8: bytes, buffer: UnsafeMutableBufferPointer(start: foldBuffer, count: foldCapacity)) { word in
            // Eight bytes at a time (a byte-by-byte hash was a chain of multiplies per byte);
            // only which slot a term takes depends on it, never the order terms are written in.
            insert(word, hash: ByteWordSet.hash(word), field: field.rawValue, titlePosition: isTitle ? position : -1)
            position += 1
        }
    }

    /// Room in `foldBuffer` to fold `count` bytes: no scalar folds to more than 4 bytes per
    /// byte of its UTF-8 (as `SearchFold` reserves).
    private mutating func reserveFoldBuffer(for count: Int) {
        let needed = count * 4 + 64
        if needed > foldCapacity {
            foldBuffer.deallocate()
            foldCapacity = max(needed, foldCapacity * 2)
            foldBuffer = .allocate(capacity: foldCapacity)
        }
    }

    /// Folded words kept to be added again to other documents (`add(_:field:)`), each with its hash.
    struct FoldedWords {
        fileprivate var bytes: [UInt8] = []
        fileprivate var words: [(end: Int, hash: Int)] = []
    }

    /// The folded words of `texts`, one after another, as `add(_:field:)` of each would add
    /// them (outside the title), without adding them.
    mutating func fold(_ texts: some Sequence<String>) -> FoldedWords {
        var folded = FoldedWords()
        for text in texts {
            var text = text
            text.withUTF8 { bytes in
                reserveFoldBuffer(for: bytes.count)
                SearchFold.forEachWord(inUTF8: bytes, buffer: UnsafeMutableBufferPointer(start: foldBuffer, count: foldCapacity)) { word in
                    folded.bytes.append(contentsOf: word)
                    folded.words.append((folded.bytes.count, ByteWordSet.hash(word)))
                }
            }
        }
        return folded
    }

    /// Adds `folded` to `field` (not the title): what adding the texts it was folded from does.
    mutating func add(_ folded: FoldedWords, field: SearchDocument.Fields) {
        precondition(field != .title)
        folded.bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (end, hash) in folded.words {
                insert(UnsafeBufferPointer(rebasing: bytes[start..<end]), hash: hash, field: field.rawValue, titlePosition: -1)
                start = end
            }
        }
    }

    /// Adds a word already folded (`SearchFold` makes exactly it of itself) to `field`, which is
    /// not the title, with `hash` its `ByteWordSet.hash`: what `add(utf8:field:)` does with a
    /// word it folds, without folding or hashing it again (`PlainText.LoweredWord`).
    mutating func add(foldedWord word: UnsafeBufferPointer<UInt8>, hash: Int, field: SearchDocument.Fields) {
        assert(field != .title && hash == ByteWordSet.hash(word) && SearchFold.words(String(decoding: word, as: UTF8.self)) == [String(decoding: word, as: UTF8.self)])
        insert(word, hash: hash, field: field.rawValue, titlePosition: -1)
    }

    /// Finds or adds `word`, marks it in `field` and, from the title, records `titlePosition`.
    @inline(__always)
    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: Int, field: UInt8, titlePosition: Int32) {
        let count = word.count
        let base = word.baseAddress!
        var slot = hash & mask
        var id = -1
        while true {
            let candidate = Int(slots[slot])
            if candidate < 0 { break }
            let term = terms[candidate]
            if term.hash == hash, Int(term.length) == count, memcmp(arena.base + Int(term.start), base, count) == 0 {
                id = candidate
                break
            }
            slot = (slot + 1) & mask
        }
        if id < 0 { id = add(word, hash: hash, slot: slot) }
        terms.base[id].fields |= field
        if titlePosition >= 0 {
            let index = Int32(positions.count)
            positions.append(Position(value: titlePosition << 1, next: -1))
            let last = terms[id].lastPosition
            if last >= 0 { positions.base[Int(last)].next = index } else { terms.base[id].firstPosition = index }
            terms.base[id].lastPosition = index
            lastTitleWord = index
        }
    }

    /// A new term for `word` at the empty `slot`; returns its id.
    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: Int, slot: Int) -> Int {
        arena.reserve(word.count)
        (arena.base + arena.count).update(from: word.baseAddress!, count: word.count)
        let id = terms.count
        terms.append(Term(start: Int32(arena.count), length: Int32(word.count), hash: hash, fields: 0, firstPosition: -1, lastPosition: -1))
        arena.count += word.count
        slots[slot] = Int32(id)
        if terms.count * 2 > mask { growSlots() }
        return id
    }

    private mutating func growSlots() {
        slots.deallocate()
        mask = mask * 2 + 1
        slots = .allocate(capacity: mask + 1)
        slots.initialize(repeating: -1, count: mask + 1)
        for id in 0..<terms.count {
            var slot = terms[id].hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The terms as `SearchDocument` lays them out: their count, then each term's bytes and
    /// payload, length-prefixed. Valid until the table is next changed; the title's last word
    /// is marked here, so call it once per document.
    mutating func written() -> UnsafeBufferPointer<UInt8> {
        if lastTitleWord >= 0 { positions.base[Int(lastTitleWord)].value |= 1 }
        // Room for the most it can take: varints of at most 5 bytes, position numbers of at most 7.
        let maximumSize = 10 + arena.count + terms.count * 11 + positions.count * 7
        if maximumSize > outputCapacity {
            output.deallocate()
            outputCapacity = max(maximumSize, outputCapacity * 2)
            output = .allocate(capacity: outputCapacity)
        }
        let out = output
        var at = 0
        SearchDocument.putVarint(terms.count, at: out, &at)
        for id in 0..<terms.count {
            let term = terms[id]
            SearchDocument.putVarint(Int(term.length), at: out, &at)
            (out + at).update(from: arena.base + Int(term.start), count: Int(term.length))
            at += Int(term.length)
            // The payload (`SearchPostings.appendPayload`): the fields, then each title
            // position as `(position << 2) | (last word ? 2 : 0) | (another follows ? 1 : 0)`,
            // after its length, which is known once it is written (one byte below 128).
            let lengthAt = at
            at += 1
            let payloadStart = at
            out[at] = term.fields
            at += 1
            var link = term.firstPosition
            while link >= 0 {
                let position = positions[Int(link)]
                let number = Int(position.value >> 1) << 2 | Int(position.value & 1) << 1 | (position.next >= 0 ? 1 : 0)
                SearchPostings.putNumber(number, at: out, &at)
                link = position.next
            }
            let length = at - payloadStart
            if length < 0x80 {
                out[lengthAt] = UInt8(length)
            } else {
                // A payload of 128 bytes or more (a word repeated in a very long title): its
                // varint length takes more than the byte left for it.
                var size = 0
                var rest = length
                repeat {
                    size += 1
                    rest >>= 7
                } while rest > 0
                (out + lengthAt + size).moveInitialize(from: out + payloadStart, count: length)
                var lengthEnd = lengthAt
                SearchDocument.putVarint(length, at: out, &lengthEnd)
                at = lengthEnd + length
            }
        }
        return UnsafeBufferPointer(start: out, count: at)
    }
}

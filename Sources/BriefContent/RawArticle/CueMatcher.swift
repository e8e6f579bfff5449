/// Finds which cue phrases of ``BoilerplateVocabulary`` occur in a lowercased line, in one
/// pass: cues are bucketed by their first two bytes, so each position costs one table
/// lookup, and the few cues sharing that prefix are checked by their first four bytes at once
/// before a byte compare. A bucket holds its strong cues first: inside a word (most
/// positions) only they are tried, the others counting only at a word start. O(n + matches).
/// Everything is stored in flat arrays so the scan does no reference counting.
struct CueMatcher: Sendable {
    enum Kind: UInt8, Sendable {
        /// Counted when found as a word (a plural "s" may follow), or at a word start for a
        /// stem of ``BoilerplateVocabulary/callToActionStems`` ("advertis").
        case callToAction
        /// Counted when found anywhere, unless it runs on into a longer word (see
        /// ``CueMatcher/isWholeStrongMatch(_:at:length:multiWord:)``).
        case strong
        /// Found at a word start.
        case caption
        /// Found at a word start.
        case authorBox
    }

    /// One cue, stored in bucket order: its first bytes packed for a one-compare check.
    private struct Cue {
        /// The first four bytes (fewer for a shorter cue), little-endian.
        var prefix: UInt32
        /// Ones over the bytes `prefix` holds.
        var mask: UInt32
        /// Where the cue's bytes start in `bytes`, and how many.
        var start: Int32
        var length: Int32
        var kind: Kind
        /// The cue has a space in it ("sign up"): a letter before it makes another word ("design up").
        var multiWord: Bool
        /// A call-to-action stem, counted at the start of any longer word ("advertising").
        var stem: Bool
    }

    /// All cue bytes back to back.
    private let bytes: [UInt8]
    /// Cues grouped by their first two bytes, the strong ones first in each group.
    private let cues: [Cue]
    /// Per key (second byte << 8 | first byte), its group of `cues` in one word read: the first
    /// cue's index << 16 | the strong cues' count << 8 | the count; 0 for no cue.
    private let buckets: [UInt32]

    static let shared = CueMatcher()

    private init() {
        var list: [([UInt8], Kind)] = []
        for (kind, words) in [
            (Kind.callToAction, BoilerplateVocabulary.callToAction), (.strong, BoilerplateVocabulary.strong),
            (.caption, BoilerplateVocabulary.caption), (.authorBox, BoilerplateVocabulary.authorBox),
        ] {
            for cue in words where cue.count >= 2 { list.append((cue, kind)) }
        }
        // Grouped by key, the strong cues of each key first; otherwise in the vocabulary's order.
        let keyOf = { (cue: [UInt8]) in Int(cue[1]) << 8 | Int(cue[0]) }
        let order = list.indices.sorted { a, b in
            let ka = keyOf(list[a].0), kb = keyOf(list[b].0)
            if ka != kb { return ka < kb }
            let sa = list[a].1 == .strong, sb = list[b].1 == .strong
            return sa != sb ? sa : a < b
        }
        precondition(list.count < 1 << 16, "cue indices fit in 16 bits")
        var buckets = [UInt32](repeating: 0, count: 1 << 16)
        var cues: [Cue] = []
        var bytes: [UInt8] = []
        for index in order {
            let (cue, kind) = list[index]
            let key = keyOf(cue)
            var prefix: UInt32 = 0, mask: UInt32 = 0
            for (offset, byte) in cue.prefix(4).enumerated() {
                prefix |= UInt32(byte) << (8 * offset)
                mask |= 0xFF << (8 * offset)
            }
            if buckets[key] == 0 { buckets[key] = UInt32(cues.count) << 16 }
            precondition(buckets[key] & 0xFF < 0xFF, "at most 255 cues share their first two bytes")
            buckets[key] += kind == .strong ? 0x101 : 1
            cues.append(Cue(prefix: prefix, mask: mask, start: Int32(bytes.count), length: Int32(cue.count), kind: kind, multiWord: cue.contains(0x20),
                            stem: kind == .callToAction && BoilerplateVocabulary.callToActionStems.contains(cue)))
            bytes.append(contentsOf: cue)
        }
        self.bytes = bytes
        self.cues = cues
        self.buckets = buckets
    }

    /// Number of distinct cues of each kind found in `lower` (ASCII-lowercased text).
    /// `original` is the line before lowercasing (the same length), which tells a capital
    /// glued to the word before ("SubscribeSign In", a pasted menu) from a longer word.
    func count(in lower: [UInt8], original: [UInt8]? = nil) -> (callToAction: Int, strong: Int, caption: Int, authorBox: Int) {
        var counts = (callToAction: 0, strong: 0, caption: 0, authorBox: 0)
        guard lower.count >= 2 else { return counts }
        var found: [Int32] = []
        lower.withUnsafeBufferPointer { text in
            bytes.withUnsafeBufferPointer { cueBytes in
                cues.withUnsafeBufferPointer { cues in
                    buckets.withUnsafeBufferPointer { buckets in
                        let n = text.count
                        // The four bytes from `position` on, little-endian, zeros past the end.
                        var window: UInt32 = 0
                        for offset in 0..<min(4, n) { window |= UInt32(text[offset]) << (8 * offset) }
                        for position in 0..<(n - 1) {
                            if position > 0 {
                                window >>= 8
                                if position + 3 < n { window |= UInt32(text[position + 3]) << 24 }
                            }
                            let bucket = buckets[Int(window & 0xFFFF)]
                            if bucket == 0 { continue }
                            let wordStart = position == 0 || !ByteText.isASCIIAlphanumeric(text[position - 1])
                            // Inside a word, the strong cues only (the first of the group).
                            let lo = Int(bucket >> 16)
                            let hi = lo + Int(wordStart ? bucket & 0xFF : (bucket >> 8) & 0xFF)
                            for slot in lo..<hi {
                                let cue = cues[slot]
                                if window & cue.mask != cue.prefix { continue }
                                let start = Int(cue.start), length = Int(cue.length)
                                guard position + length <= n else { continue }
                                var offset = 4
                                while offset < length, text[position + offset] == cueBytes[start + offset] { offset += 1 }
                                guard offset >= length, !found.contains(Int32(slot)) else { continue }
                                if cue.kind == .strong, !Self.isWholeStrongMatch(original ?? lower, at: position, length: length, multiWord: cue.multiWord) {
                                    continue
                                }
                                // "app" is not "appear", nor "share" "shareholders": a button's word stands alone.
                                if cue.kind == .callToAction, !cue.stem, !Self.endsWord(original ?? lower, at: position + length) {
                                    continue
                                }
                                found.append(Int32(slot))
                            }
                        }
                    }
                }
            }
        }
        for slot in found {
            switch cues[Int(slot)].kind {
            case .callToAction: counts.callToAction += 1
            case .strong: counts.strong += 1
            case .caption: counts.caption += 1
            case .authorBox: counts.authorBox += 1
            }
        }
        return counts
    }

    /// Whether a strong cue found at `position` stands as its own word or words: it may not run
    /// on into a longer word ("subscribers", "Browserbench"; a plural "s" is the same word) and a
    /// cue of several words may not end another word ("design in"). A capital right after or
    /// at the start is a glued menu ("SubscribeSign In"), which counts. Such longer words are
    /// in article prose ("continued to sign up additional subscribers"), not in page furniture,
    /// which still meets the word as a call-to-action cue.
    static func isWholeStrongMatch(_ text: [UInt8], at position: Int, length: Int, multiWord: Bool) -> Bool {
        if !endsWord(text, at: position + length) { return false }
        if multiWord, position > 0, ByteText.isASCIIAlphanumeric(text[position - 1]), ByteText.isLower(text[position]) {
            return false
        }
        return true
    }

    /// Whether a cue that stops before `end` ends a word there: no lower-case letter follows,
    /// unless a plural "s" that ends the word ("cookies", "apps").
    static func endsWord(_ text: [UInt8], at end: Int) -> Bool {
        guard end < text.count, ByteText.isLower(text[end]) else { return true }
        return text[end] == UInt8(ascii: "s") && (end + 1 == text.count || !ByteText.isASCIIAlphanumeric(text[end + 1]))
    }
}

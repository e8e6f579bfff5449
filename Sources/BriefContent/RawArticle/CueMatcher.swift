/// Finds which cue phrases of ``BoilerplateVocabulary`` occur in a lowercased line, in one
/// pass: cues are bucketed by their first two bytes, so each position costs one table
/// lookup and only the few cues sharing that prefix are compared. O(n + matches).
/// Everything is stored in flat arrays so the scan does no reference counting.
struct CueMatcher: Sendable {
    enum Kind: UInt8, Sendable {
        /// Counted when found at a word start.
        case callToAction
        /// Counted when found anywhere.
        case strong
        /// Found at a word start.
        case caption
        /// Found at a word start.
        case authorBox
    }

    /// All cue bytes back to back; cue `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let kinds: [Kind]
    /// Cue indices grouped by their first two bytes: the cues for key `k`
    /// (first byte << 8 | second byte) are `bucketCues[bucketStarts[k]..<bucketStarts[k + 1]]`.
    private let bucketStarts: [Int32]
    private let bucketCues: [Int32]

    static let shared = CueMatcher()

    private init() {
        var cues: [([UInt8], Kind)] = []
        for (kind, list) in [
            (Kind.callToAction, BoilerplateVocabulary.callToAction), (.strong, BoilerplateVocabulary.strong),
            (.caption, BoilerplateVocabulary.caption), (.authorBox, BoilerplateVocabulary.authorBox),
        ] {
            for cue in list where cue.count >= 2 { cues.append((cue, kind)) }
        }
        var bytes: [UInt8] = [], starts: [Int] = [0], kinds: [Kind] = []
        for (cue, kind) in cues {
            bytes.append(contentsOf: cue)
            starts.append(bytes.count)
            kinds.append(kind)
        }
        let keys = cues.map { Int($0.0[0]) << 8 | Int($0.0[1]) }
        var bucketStarts = [Int32](repeating: 0, count: (1 << 16) + 1)
        for key in keys { bucketStarts[key + 1] += 1 }
        for key in 0..<(1 << 16) { bucketStarts[key + 1] += bucketStarts[key] }
        var fill = Array(bucketStarts.dropLast())
        var bucketCues = [Int32](repeating: 0, count: cues.count)
        for (index, key) in keys.enumerated() {
            bucketCues[Int(fill[key])] = Int32(index)
            fill[key] += 1
        }
        self.bytes = bytes
        self.starts = starts
        self.kinds = kinds
        self.bucketStarts = bucketStarts
        self.bucketCues = bucketCues
    }

    /// Number of distinct cues of each kind found in `lower` (ASCII-lowercased text).
    func count(in lower: [UInt8]) -> (callToAction: Int, strong: Int, caption: Int, authorBox: Int) {
        var counts = (callToAction: 0, strong: 0, caption: 0, authorBox: 0)
        guard lower.count >= 2 else { return counts }
        var found: [Int32] = []
        lower.withUnsafeBufferPointer { text in
            bytes.withUnsafeBufferPointer { cueBytes in
                bucketStarts.withUnsafeBufferPointer { bucketStarts in
                    for position in 0..<(text.count - 1) {
                        let key = Int(text[position]) << 8 | Int(text[position + 1])
                        let lo = Int(bucketStarts[key]), hi = Int(bucketStarts[key + 1])
                        if lo == hi { continue }
                        let wordStart = position == 0 || !ByteText.isASCIIAlphanumeric(text[position - 1])
                        for slot in lo..<hi {
                            let cue = Int(bucketCues[slot])
                            if kinds[cue] != .strong && !wordStart { continue }
                            let start = starts[cue], length = starts[cue + 1] - start
                            guard position + length <= text.count else { continue }
                            var offset = 2
                            while offset < length, text[position + offset] == cueBytes[start + offset] { offset += 1 }
                            if offset == length, !found.contains(Int32(cue)) { found.append(Int32(cue)) }
                        }
                    }
                }
            }
        }
        for cue in found {
            switch kinds[Int(cue)] {
            case .callToAction: counts.callToAction += 1
            case .strong: counts.strong += 1
            case .caption: counts.caption += 1
            case .authorBox: counts.authorBox += 1
            }
        }
        return counts
    }
}

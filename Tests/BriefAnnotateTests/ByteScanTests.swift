import BriefBytes
import Testing
@testable import BriefAnnotate

/// The eight-bytes-at-a-time scans and the look-up shortcuts answer exactly what the plain
/// byte loops and the lexicon answer, at every offset and on every kind of byte.
@Suite("Byte scans")
struct ByteScanTests {
    /// Text that mixes ASCII words, digits, apostrophes, hyphens, periods, curly quotes,
    /// accented capitals, no-break spaces, colons and line feeds.
    static let sample: [UInt8] = Array("""
        Sergei Lavrov’s aide, O'Brien-Smith, said: “It is 10:30 in U.S. time.” Ärzte Ĉu ŝi?\u{A0}Yes.
        The MINISTRY's plan — «non» — e.g. don't… ok:Fine  x\ty\r\nend-of-line. 3.5% ZZ zz Zz aaaaaaaaaaaaaaaaaZ
        """.utf8)

    /// A deterministic pseudo-random byte string over the interesting bytes.
    static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        let alphabet: [UInt8] = Array("aZ09 '-.,:\n\"".utf8) + [0xE2, 0x80, 0x99, 0x9C, 0xC2, 0xA0, 0xC3, 0x89, 0x7F, 0x40, 0x5B, 0x60, 0x7B, 0x10]
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return alphabet[Int(state >> 33) % alphabet.count]
        }
    }

    static let texts: [[UInt8]] = [sample] + (0..<8).map { noise(300, seed: UInt64($0)) }

    @Test func wordEndOverABufferEqualsTheArrayVersion() {
        for text in Self.texts {
            text.withUnsafeBufferPointer { t in
                for start in 0..<text.count {
                    for end in [text.count, min(text.count, start + 3), min(text.count, start + 11)] where end >= start {
                        #expect(AttributionTokenizer.wordEnd(t, start, end) == AttributionTokenizer.wordEnd(text, start, end))
                    }
                }
            }
        }
    }

    @Test func alphanumericAndLetterPrefixesCountLikeALoop() {
        for text in Self.texts where text.count >= 8 {
            for i in 0...(text.count - 8) {
                let bytes = Array(text[i..<(i + 8)])
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                let alnum = bytes.prefix { TextBytes.isASCIILetter($0) || TextBytes.isDigit($0) }.count
                #expect(AsciiWords.alphanumericPrefix(word) == alnum)
                #expect(AsciiWords.lowerOrDigitPrefix(word) == bytes.prefix { TextBytes.isLowerASCII($0) || TextBytes.isDigit($0) }.count)
                #expect(AsciiWords.wordsAndSpacesPrefix(word) == bytes.prefix(while: Self.isWordOrSpaceByte).count)
                let letters = bytes.prefix { TextBytes.isASCIILetter($0) }
                let got = AsciiWords.letterPrefix(word)
                #expect(got.letters == letters.count)
                #expect(got.anyLower == letters.contains(where: TextBytes.isLowerASCII))
            }
        }
    }

    /// What `AsciiWords.wordsAndSpacesPrefix` counts: ASCII letters, digits and spaces, and
    /// every byte of a non-ASCII code point.
    static func isWordOrSpaceByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x20 || TextBytes.isASCIILetter(byte) || TextBytes.isDigit(byte)
    }

    /// Every byte value at every position of a word among bytes of each kind: the prefix of
    /// words and spaces stops at exactly the first byte a loop stops at.
    @Test func wordsAndSpacesPrefixStopsAtEachOtherByte() {
        for background: UInt8 in [0x61, 0x5A, 0x30, 0x20, 0xC3, 0x80, 0xFF] {
            for position in 0..<8 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: background, count: 8)
                    bytes[position] = UInt8(value)
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(AsciiWords.wordsAndSpacesPrefix(word) == bytes.prefix(while: Self.isWordOrSpaceByte).count,
                            "\(value) at \(position) among \(background)")
                }
            }
        }
    }

    /// The first digit found eight bytes at a time is the one a loop finds, from every start,
    /// with every end, in texts of every kind of byte.
    @Test func firstDigitFindsWhatALoopFinds() {
        for text in Self.texts + [Array("no digits at all in this rather long line of text".utf8)] {
            text.withUnsafeBufferPointer { t in
                for start in 0...text.count {
                    for end in Set([text.count, min(text.count, start + 7), min(text.count, start + 17)]) where end >= start {
                        let expected = text[start..<end].firstIndex(where: TextBytes.isDigit) ?? end
                        #expect(AsciiWords.firstDigit(t, from: start, to: end) == expected, "\(start)..<\(end)")
                    }
                }
            }
        }
    }

    /// Up to eight bytes read as one word equal the bytes gathered one by one (little-endian,
    /// zero above them), at every count and at every offset of a buffer of bytes of all kinds.
    @Test func packedWordsAreTheBytesGatheredOneByOne() {
        let buffer = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 0x7B) }
        buffer.withUnsafeBytes { raw in
            for start in 0..<(buffer.count - 8) {
                for count in 0...8 {
                    var expected: UInt64 = 0
                    for offset in 0..<count { expected |= UInt64(buffer[start + offset]) << (8 * UInt64(offset)) }
                    #expect(ByteWords.packed(raw.baseAddress! + start, count: count) == expected, "\(count) at \(start)")
                }
            }
        }
    }

    /// The last bytes of an input (one to eight, from `index` to its end) read as one word equal
    /// them gathered one by one, for inputs of every length from each of their last eight offsets.
    @Test func tailWordsAreTheLastBytesGatheredOneByOne() {
        let buffer = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 0x7B) }
        buffer.withUnsafeBytes { raw in
            for count in 1...buffer.count {
                for index in max(0, count - 8)..<count {
                    var expected: UInt64 = 0
                    for offset in 0..<(count - index) { expected |= UInt64(buffer[index + offset]) << (8 * UInt64(offset)) }
                    #expect(ByteWords.tail(raw.baseAddress!, from: index, count: count) == expected, "\(index) to \(count)")
                }
            }
        }
    }

    /// Eight bytes tested at once: a byte equal to one sought, or below a bound, is flagged
    /// whenever there is one, and the lowest flag is on the first such byte.
    @Test func wordTestsFindTheFirstMatchingByte() {
        let backgrounds: [UInt8] = [0x00, 0x21, 0x7F, 0x80, 0xFF]
        for sought: UInt8 in [0x00, 0x20, 0x22, 0x5C, 0x7F, 0xE2] {
            for background in backgrounds where background != sought {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: background, count: 8)
                    bytes[position] = sought
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let flags = ByteWords.bytes(of: word, equalTo: sought)
                    #expect(flags.trailingZeroBitCount >> 3 == position, "\(sought) at \(position) among \(background)")
                    let clean = [UInt8](repeating: background, count: 8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(ByteWords.bytes(of: clean, equalTo: sought) == 0)
                    let below = ByteWords.bytes(of: word, below: 0x20)
                    let firstBelow = bytes.firstIndex { $0 < 0x20 }
                    #expect(firstBelow.map { below.trailingZeroBitCount >> 3 == $0 } ?? (below == 0), "\(bytes)")
                }
            }
        }
    }

    @Test func byteSearchFindsTheFirstMatchLikeALoop() {
        for text in Self.texts {
            text.withUnsafeBufferPointer { t in
                for from in 0..<text.count {
                    for to in [text.count, min(text.count, from + 5), min(text.count, from + 17)] where to >= from {
                        #expect(ByteSearch.first(0x3A, in: t, from: from, to: to) == (from..<to).first { text[$0] == 0x3A })
                        #expect(ByteSearch.first(0x0A, in: t, from: from, to: to) == (from..<to).first { text[$0] == 0x0A })
                        #expect(ByteSearch.first(0x22, 0xE2, 0xC2, 0x27, in: t, from: from, to: to)
                            == (from..<to).first { QuoteMark.mayStart(text[$0]) })
                    }
                }
            }
        }
    }

    @Test func theKindsMemoAnswersWhatTheGazetteerDoes() {
        let gazetteer = Gazetteer.shared
        // Repeated names in mixed case, so the memo's hits and collisions are both exercised.
        let words = ["Lavrov", "LAVROV", "lavrov", "Paris", "Russia", "Trump", "The", "Ottawa", "Xqzt", "Kiev", "Kyiv"]
        let text = Array((0..<600).map { words[($0 * 7) % words.count] }.joined(separator: " ").utf8)
        text.withUnsafeBufferPointer { t in
            var memo = KindsMemo()
            var start = 0
            for i in 0...text.count where i == text.count || text[i] == 0x20 {
                #expect(memo.kinds(t, start..<i, in: gazetteer) == gazetteer.kinds(t, start..<i))
                start = i + 1
            }
        }
    }

    /// Where the plain-word shortcut answers at `start`, expects `scanWord`'s answer (end and
    /// shape) to be the same; returns whether the shortcut answered.
    static func shortcutAgrees(_ tokenizer: Tokenizer, _ t: UnsafeBufferPointer<UInt8>, at start: Int, _ label: String) -> Bool {
        guard let (end, shape) = tokenizer.plainWord(t, at: start, t.count) else { return false }
        var expected = Tokenizer.WordShape()
        #expect(tokenizer.scanWord(t, from: start, t.count, shape: &expected) == end, "\(label)")
        #expect(shape == expected, "\(label)")
        return true
    }

    @Test func thePlainWordShortcutFindsWhatScanWordFinds() {
        // Words of every length around eight, ended by every kind of byte the scan treats
        // apart (space, punctuation, apostrophe, period, comma, digit, non-ASCII), and cut
        // by the end of the text.
        let enders = [" ", ",", ".", "'", "’", "-", "\"", "5", "é", ")", "\n", ":"]
        let tokenizer = Tokenizer()
        var shortcuts = 0
        for length in 1...20 {
            for ender in enders {
                for tail in ["", "x", " next words", "S. and more"] {
                    let word = String("PrimeMinisterOfCanadaAnd".prefix(length))
                    for variant in [word, word.lowercased(), word.uppercased()] {
                        let text = Array((variant + ender + tail).utf8)
                        if text.withUnsafeBufferPointer({ Self.shortcutAgrees(tokenizer, $0, at: 0, variant + ender + tail) }) { shortcuts += 1 }
                    }
                }
            }
        }
        // Abbreviations and words that only look like them, before a period.
        for word in ["Mr", "mr", "MRS", "Gen", "Sept", "Dept", "Univ", "approx", "Approx", "gov", "said", "Moscow", "Ottawas", "St", "No", "no", "Nos"] {
            for tail in [". The", ".", ".x", "., and"] {
                let text = Array((word + tail).utf8)
                if text.withUnsafeBufferPointer({ Self.shortcutAgrees(tokenizer, $0, at: 0, word + tail) }) { shortcuts += 1 }
            }
        }
        #expect(shortcuts > 300)
    }

    /// At every letter of the sample and the noise (which holds the bytes around the letters'
    /// ranges, 0x40 `[` `` ` `` `{` 0x7F, control bytes and UTF-8), wherever the shortcut answers,
    /// `scanWord` answers the same.
    @Test func thePlainWordShortcutAgreesAtEveryLetterOfMixedText() {
        let tokenizer = Tokenizer()
        var shortcuts = 0
        for text in Self.texts {
            text.withUnsafeBufferPointer { t in
                for start in t.indices where (0x41...0x5A).contains(t[start]) || (0x61...0x7A).contains(t[start]) {
                    if Self.shortcutAgrees(tokenizer, t, at: start, "at \(start)") { shortcuts += 1 }
                }
            }
        }
        #expect(shortcuts > 100)
    }

    @Test func theShortWordMemoAnswersWhatTheGazetteerDoes() {
        let gazetteer = Gazetteer.shared
        // Words of 1 to 12 bytes in mixed case, non-ASCII letters, and the text's last word
        // (fewer than eight bytes left to load): the memo's key, hits and collisions.
        let words = ["A", "US", "UN", "Lavrov", "LAVROV", "lavrov", "Paris", "Zürich", "ZÜRICH", "Québec", "The",
                     "Kiev", "Kyiv", "Xqzt", "Washington", "WASHINGTON", "Ottawa", "Moscow", "Hamdullah", "O'Brien", "Jr."]
        let text = Array((0..<700).map { words[($0 * 7) % words.count] }.joined(separator: " ").utf8)
        text.withUnsafeBufferPointer { t in
            var memo = KindsMemo()
            var start = 0
            for i in 0...text.count where i == text.count || text[i] == 0x20 {
                #expect(memo.kinds(t, start..<i, in: gazetteer, word: true) == gazetteer.kinds(t, start..<i))
                start = i + 1
            }
        }
    }

    @Test func theEightByteLowercaseFoldsEachByteAsByteClassDoes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let w = state
            var expected: UInt64 = 0
            for k in 0..<8 { expected |= UInt64(ByteClass.lower(UInt8(truncatingIfNeeded: w >> UInt64(k * 8)))) << UInt64(k * 8) }
            #expect(AsciiWords.lowercased(w) == expected)
        }
        for b in 0...255 {
            let w = UInt64(b) * 0x0101_0101_0101_0101
            #expect(AsciiWords.lowercased(w) == UInt64(ByteClass.lower(UInt8(b))) * 0x0101_0101_0101_0101)
        }
    }

    @Test func theLowercaseShortcutAnswersWhatTheSmallLexiconDoesForEachOfItsWords() {
        let gazetteer = Gazetteer.shared
        // Every word of the lists `small` is built from, as written, capitalised, in capitals,
        // cut short and lengthened: each is asked as one token, alone in its text.
        let lists = [GazetteerData.functionWords, Gazetteer.speechVerbs, Gazetteer.placePrepositions]
        var asked = 0
        for line in lists.flatMap({ $0.split(separator: "\n") }) {
            let word = String(line.drop { $0 == " " })
            guard !word.isEmpty, !word.contains(" ") else { continue }
            let capitalized = word.prefix(1).uppercased() + word.dropFirst()
            for variant in [word, capitalized, word.uppercased(), String(word.dropLast()), word + "s", "x" + word] where !variant.isEmpty {
                let text = Array(variant.utf8)
                text.withUnsafeBufferPointer { t in
                    #expect(gazetteer.lowercaseKinds(t, 0..<t.count).rawValue == gazetteer.small.flags(t, 0..<t.count), "\(variant)")
                }
                asked += 1
            }
        }
        #expect(asked > 200)
    }

    @Test func theLowercaseShortcutAnswersWhatTheSmallLexiconDoes() {
        let gazetteer = Gazetteer.shared
        let text = Array("""
            the of and said says told according to in at on from near with by he she it they aaa zz \
            tHe SAID ofx said’s xsaid toward towards inside outside across before after into
            """.utf8)
        text.withUnsafeBufferPointer { t in
            var start = 0
            var known = 0
            for i in 0...text.count where i == text.count || text[i] == 0x20 || text[i] == 0x0A {
                let kinds = gazetteer.lowercaseKinds(t, start..<i)
                #expect(kinds.rawValue == gazetteer.small.flags(t, start..<i))
                if !kinds.isEmpty { known += 1 }
                start = i + 1
            }
            #expect(known > 5)
        }
    }
}

@Suite("Lexicon filters")
struct LexiconFilterTests {
    @Test func namesOfSeveralWordsAreFoundWhateverTheirWhitespace() {
        var lex = ByteLexicon(capacity: 8)
        lex.insert(Array("Sergei Lavrov".utf8), flags: 1)
        lex.insert(Array("new  york\tcity".utf8), flags: 2)
        lex.insert(Array("Kyiv".utf8), flags: 4)
        for (query, flags) in [("sergei lavrov", UInt32(1)), ("SERGEI  LAVROV", 1), (" Sergei\nLavrov ", 1), ("New York City", 2),
                               ("new york  city", 2), ("kyiv", 4), ("Sergei Lavro", 0), ("Sergei", 0), ("York City", 0), ("a b", 0)] {
            let bytes = Array(query.utf8)
            #expect(lex.flags(bytes, 0..<bytes.count) == flags, "\(query)")
        }
    }

    @Test func keysAreFoldedAsInsertedWhateverTheirWhitespaceAndJoinTheirFlags() {
        var lex = ByteLexicon(capacity: 8)
        // A key inside a longer buffer, with whitespace runs of every kind around and inside it.
        let padded = Array("xx \tNew\n  York \r yy".utf8)
        padded.withUnsafeBufferPointer { lex.insert($0, 2..<($0.count - 2), flags: 1) }
        lex.insert(Array("new york".utf8), flags: 2)
        // Blank keys add nothing.
        lex.insert(Array(" \t ".utf8), flags: 8)
        lex.insert(Array("".utf8), flags: 8)
        lex.insert(Array("Kyiv".utf8), flags: 4)
        #expect(lex.count == 2)
        for (query, flags) in [("New York", UInt32(3)), ("new\tyork", 3), ("NEW YORK ", 3), ("kyiv", 4), ("New", 0), (" ", 0)] {
            let bytes = Array(query.utf8)
            #expect(lex.flags(bytes, 0..<bytes.count) == flags, "\(query)")
        }
    }

    /// Lines added in bulk give every key the flags a plain table of folded keys gives it:
    /// repeated keys (in other cases and spacing) join their flags, blank lines add nothing,
    /// and the table grows from eight slots through thousands of keys, added over two calls.
    @Test func linesAddedInBulkHoldWhatATableOfFoldedKeysHolds() {
        func folded(_ line: Substring) -> String {
            // ASCII case only, as the lexicon folds.
            let spaced = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            return String(decoding: spaced.utf8.map { $0 &- 0x41 < 26 ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let words = ["Kyiv", "new york", "NEW  York", "São Paulo", "\tBerlin ", "", "   ", "berlin", "Ünïcode Ä"]
        let lists = [
            (words + (0..<3000).map { "Name\($0) Of Place" }).joined(separator: "\n"),
            ((0..<3000).map { "name\($0 * 2)  of\tplace" } + words.reversed() + ["last"]).joined(separator: "\n"),
        ]
        var lex = ByteLexicon(capacity: 4)
        var expected: [String: UInt32] = [:]
        for (index, list) in lists.enumerated() {
            var text = list
            text.withUTF8 { text in
                lex.insertLines(of: text) { bytes, line in UInt32(1 << (index * 4)) | UInt32(line.count & 3) << 1 }
            }
            for line in list.split(separator: "\n", omittingEmptySubsequences: false) where !folded(line).isEmpty {
                expected[folded(line), default: 0] |= UInt32(1 << (index * 4)) | UInt32(line.utf8.count & 3) << 1
            }
        }
        #expect(lex.count == expected.count)
        for (key, flags) in expected {
            #expect(lex.flags(key) == flags, "\(key)")
            // ASCII capitals only: the lexicon folds no other case.
            let capitals = String(decoding: key.utf8.map { $0 &- 0x61 < 26 ? $0 - 0x20 : $0 }, as: UTF8.self)
            #expect(lex.flags(capitals) == flags, "\(key)")
        }
        for absent in ["name1 of", "name6001 of place", "kyi", "berlin berlin", "ünïcode", "x"] {
            #expect(lex.flags(absent) == 0, "\(absent)")
        }
    }

    @Test func wordSetsTurnAwayOnlyWordsNotOnThem() {
        let members = (0..<500).map { "w\($0)x" }
        let set = WordSet(members)
        for w in members { #expect(set.contains(w)) }
        for n in 500..<3000 { #expect(!set.contains("w\(n)x")) }
    }
}

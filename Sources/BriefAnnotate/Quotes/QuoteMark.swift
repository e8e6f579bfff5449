/// A quotation mark or dash recognised in UTF-8 text.
enum QuoteMark: Equatable {
    /// `"`
    case straightDouble
    /// `“`
    case leftDouble
    /// `”`
    case rightDouble
    /// `„`
    case lowDouble
    /// `«`
    case leftGuillemet
    /// `»`
    case rightGuillemet
    /// `’’` or `''`: two single marks used as a closing double mark.
    case doubledSingle
    /// `–` or `—`
    case dash
    /// `‘`, from `single(_:_:)` only: `at` leaves single marks to apostrophes.
    case leftSingle
    /// `’`, from `single(_:_:)` only.
    case rightSingle

    /// The mark starting at byte `i` and its length in bytes, if any. O(1).
    @inline(__always) static func at(_ text: [UInt8], _ i: Int) -> (mark: QuoteMark, length: Int)? {
        let b = text[i]
        switch b {
        case 0x22:
            return (.straightDouble, 1)
        case 0x27:
            if i + 1 < text.count && text[i + 1] == 0x27 { return (.doubledSingle, 2) }
            return nil
        case 0xC2:
            guard i + 1 < text.count else { return nil }
            if text[i + 1] == 0xAB { return (.leftGuillemet, 2) }
            if text[i + 1] == 0xBB { return (.rightGuillemet, 2) }
            return nil
        case 0xE2:
            guard i + 2 < text.count, text[i + 1] == 0x80 else { return nil }
            switch text[i + 2] {
            case 0x9C: return (.leftDouble, 3)
            case 0x9D: return (.rightDouble, 3)
            case 0x9E: return (.lowDouble, 3)
            case 0x93, 0x94: return (.dash, 3)
            case 0x99:
                if i + 5 < text.count && text[i + 3] == 0xE2 && text[i + 4] == 0x80 && text[i + 5] == 0x99 {
                    return (.doubledSingle, 6)
                }
                return nil
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The single curly mark (`‘` or `’`) starting at byte `i`, if any: the scanner's outer
    /// quotes in British style (‘Security is solved,’ he wrote). O(1).
    @inline(__always) static func single(_ text: [UInt8], _ i: Int) -> (mark: QuoteMark, length: Int)? {
        guard i + 2 < text.count, text[i] == 0xE2, text[i + 1] == 0x80 else { return nil }
        switch text[i + 2] {
        case 0x98: return (.leftSingle, 3)
        case 0x99: return (.rightSingle, 3)
        default: return nil
        }
    }

    /// Whether byte `b` can start a mark: the cheap pre-check of the scanner.
    @inline(__always) static func mayStart(_ b: UInt8) -> Bool {
        b == 0x22 || b == 0xE2 || b == 0xC2 || b == 0x27
    }
}

import Foundation

/// Identifiers made from names: lower-case ASCII words joined by hyphens
/// ("Sergei Lavrov" -> "sergei-lavrov", "José Núñez" -> "jose-nunez").
enum SpeakerSlug {
    static func make(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for b in folded.utf8 {
            if TextBytes.isASCIILetter(b) || TextBytes.isDigit(b) {
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(b | (TextBytes.isUpperASCII(b) ? 0x20 : 0))
            } else if b == 0x27 || b == 0x2E {
                continue // apostrophes and periods join: "O'Brien" -> "obrien", "U.S." -> "us"
            } else if b == 0xE2 {
                continue // ’ and other punctuation of the E2 block join too
            } else if b < 0x80 || (b >= 0xC0 && b != 0xE2) {
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

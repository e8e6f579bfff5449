/// Acronyms in capitals that name a thing, not an organisation or a place ("GDP grew", "VAT
/// rose", "GMT"), which the classifier would otherwise guess to be an organisation: a fact of
/// English usage, like the titles. Looked up by the token's bytes packed into a UInt64 (all are
/// two to six capitals), so the check costs no string.
enum TermAcronyms {
    private static let keys: Set<UInt64> = Set("""
        GDP GNP GNI CPI PPI PMI VAT GST IPO ETF ESG FDI ROI EPS NPL APR ATM
        AI IT ID TV PC PDF GPS URL USB SMS CCTV WIFI HTML API
        DNA RNA HIV AIDS COVID SARS MRI ICU PTSD ADHD
        LNG LPG EV EVS MPG GHG
        CEO CFO COO CTO MP MPS MEP MEPS PM
        GMT UTC BST CET EST PST AM FAQ LGBT LGBTQ
        VIP VIPS IQ POTUS FLOTUS RSVP DIY FYI ASAP
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { key($0.utf8) })

    /// Whether the capitals `bytes` are one of the terms.
    static func contains<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard (2...6).contains(bytes.count) else { return false }
        return keys.contains(key(bytes))
    }

    private static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}

extension String {
    /// Whether `a` and `b` are the same value bit for bit: one small string (its bytes inline)
    /// or references to one storage, which are then the same bytes. False says nothing: equal
    /// text may sit in other storage. Nearly every id the annotator hands out is a copy of its
    /// one string per entity, so tables of ids find them this way without reading their bytes.
    @inlinable @inline(__always)
    public static func isSameValue(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }

    /// A hash of the string's two words, for tables of strings compared by `isSameValue`: no
    /// look at its bytes.
    @inlinable
    public var valueBitsHash: UInt64 {
        let (low, high) = unsafeBitCast(self, to: (UInt64, UInt64).self)
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return mixed ^ (mixed >> 31)
    }
}

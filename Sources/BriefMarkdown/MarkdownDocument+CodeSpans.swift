extension MarkdownDocument {
    /// `plainTextUTF8` with every byte of every code span (`` `x` ``) made a space: what an
    /// annotator scans. Code is not prose (a log line's `“Access denied,” said Maria Lopez` names
    /// no one, as code blocks, which are not in the text at all); the length is the same, so
    /// ranges found in it index `plainTextUTF8` (a quote around a code span keeps the code).
    public var annotatableUTF8: [UInt8] {
        withTextMap { map in
            var bytes = map.bytes
            for block in map.blocks {
                for leaf in block.leaves where leaf.isCode {
                    for index in leaf.start..<leaf.end { bytes[index] = 0x20 }
                }
            }
            return bytes
        }
    }
}

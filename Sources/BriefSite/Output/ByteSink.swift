/// Where the bytes of a generated file go as they are made: an array in memory, or a file on
/// disk through a small buffer (`StreamedFile`), so that the largest files (`data/*.json`) are
/// never whole in memory during a build.
protocol ByteSink {
    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes)
}

extension Array: ByteSink where Element == UInt8 {}

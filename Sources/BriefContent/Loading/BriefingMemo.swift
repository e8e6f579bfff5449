/// Remembers briefings parsed by earlier builds, so a rebuild parses only the files that changed.
///
/// `ContentLoader` asks with a file's path and exact bytes; an answer must be the briefing those
/// bytes parse to (the memo keys it by a hash of both and of the program). Only files that loaded
/// without any problem are remembered, so diagnostics are always reported afresh.
public protocol BriefingMemo: Sendable {
    /// The briefing `bytes` at `path` parsed to before, or nil.
    func briefing(path: String, bytes: UnsafeRawBufferPointer) -> Briefing?
    /// `briefing` is what `bytes` at `path` parse to.
    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer)
    /// The briefing the file at `path` parsed to before when its bytes hash to `contentHash`
    /// (the hash `ContentLoader.knownHashes` holds, made by the memo's own owner), or nil: the
    /// loader then need not read a file an earlier pass already read and hashed.
    func briefing(path: String, contentHash: UInt64) -> Briefing?
}

extension BriefingMemo {
    public func briefing(path: String, contentHash: UInt64) -> Briefing? { nil }
}

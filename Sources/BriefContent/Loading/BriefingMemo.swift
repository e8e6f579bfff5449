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
    /// `briefing(path:bytes:)`, told the hash of `bytes` (made by the memo's owner, as in
    /// `knownHashes`) when the pass that hashed them read them: a memo keyed by that hash need
    /// not hash the file again. Nil: the bytes were read since, and only they say.
    func briefing(path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) -> Briefing?
    /// `remember(_:path:bytes:)`, told the hash of `bytes` as `briefing(path:bytes:contentHash:)` is.
    func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?)
}

extension BriefingMemo {
    public func briefing(path: String, contentHash: UInt64) -> Briefing? { nil }

    public func briefing(path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) -> Briefing? {
        briefing(path: path, bytes: bytes)
    }

    public func remember(_ briefing: Briefing, path: String, bytes: UnsafeRawBufferPointer, contentHash: UInt64?) {
        remember(briefing, path: path, bytes: bytes)
    }
}

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
}

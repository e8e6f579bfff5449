import BriefContent
import Foundation

/// `LinkResolver`'s fallback for a link whose path no briefing has the very bytes of: every
/// briefing and left-out draft by `String` (Swift's `==` is canonical equivalence). A link's
/// text is read composed, so a link to a file by its name, typed in another normal form (a
/// decomposed `é` from macOS, or U+212B ANGSTROM SIGN for U+00C5, whose normal form is another
/// code point), reaches it. Made the first time a link misses the byte-keyed lookup, not with
/// the resolver: hashing every path by its normal form cost some 2 ms of every build at 10,000
/// briefings, whose links nearly all hit (or name no briefing at all). Once, under a lock: a
/// build resolves links from several tasks at once.
final class EquivalentPaths: @unchecked Sendable {
    private let slugsByPath: [PathKey: String]
    private let draftPaths: Set<PathKey>
    private let lock = NSLock()
    /// Guarded by `lock`; nil until first asked.
    private var tables: (slugs: [String: (path: String, slug: String)], drafts: Set<String>)?

    init(slugsByPath: [PathKey: String], draftPaths: Set<PathKey>) {
        self.slugsByPath = slugsByPath
        self.draftPaths = draftPaths
    }

    /// The slug of the briefing whose path is `path` in another normal form: the first, by byte
    /// order, of those canonically equivalent to it, so the choice does not move.
    func slug(_ path: String) -> String? {
        made().slugs[path]?.slug
    }

    /// Whether a left-out draft's path is `path` in some normal form.
    func isDraft(_ path: String) -> Bool {
        made().drafts.contains(path)
    }

    var isMade: Bool { lock.withLock { tables != nil } }

    private func made() -> (slugs: [String: (path: String, slug: String)], drafts: Set<String>) {
        lock.withLock {
            if let tables { return tables }
            var slugs: [String: (path: String, slug: String)] = [:]
            for (key, slug) in slugsByPath {
                if let kept = slugs[key.path], !key.path.utf8.lexicographicallyPrecedes(kept.path.utf8) { continue }
                slugs[key.path] = (key.path, slug)
            }
            let made = (slugs: slugs, drafts: Set(draftPaths.lazy.map(\.path)))
            tables = made
            return made
        }
    }
}

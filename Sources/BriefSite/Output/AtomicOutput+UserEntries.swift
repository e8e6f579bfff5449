import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What a user put in the output folder themselves (a deploy repo's `.git`, a `CNAME`): the build
// swaps in a whole new tree, so these are carried over into it, by one `rename(2)` each of the
// top-level entries, never file by file (a `.git` may hold thousands).
extension AtomicOutput {
    /// Where carried entries wait while the trees are swapped: hidden and brief's own, beside the
    /// output, and never deleted while it holds anything (a killed build's are put back by
    /// `restoreSetAside`).
    var keepPrefix: String { "." + destination.lastPathComponent + ".brief-keep-" }

    /// The top-level entries of the current output that brief did not write: not in `previous`
    /// (the last build's manifest) and not planned now. One that the new output would write
    /// (`tags/` made by hand, then a first tag) is an error naming it: neither is lost.
    ///
    /// With no manifest (the cache was deleted, or a new brief reads none of an older one's) brief
    /// cannot tell its old files from the user's: only hidden entries (`.git`, `.nojekyll`) are
    /// carried, and the rest go with the old tree as before. Carrying them all would keep brief's
    /// own stale files (an old `sitemap.xml`, a file since removed from static/) for good, as the
    /// user's, and stop a later build that writes one of those names again.
    /// A name that is not valid UTF-8 is always the user's, manifest or not: brief writes none.
    /// Names are compared by their bytes, as the file system tells them apart: the user's
    /// decomposed `café/` beside brief's composed one is the user's.
    /// `previousNames`: `topLevelNames` of `previous`'s paths, when worked out already.
    func userEntries(planned: [PlannedFile], previous: OutputManifest, previousNames: Set<PathBytes>? = nil) throws(BuildError) -> [FolderName] {
        guard let names = FolderName.names(in: destination.path), !names.isEmpty else { return [] }
        let previousNames = previousNames ?? Self.topLevelNames(previous.records.keys.lazy.map(\.path))
        // Made only for a name the last build did not write (none, unless the user added one):
        // it hashed the top of each of 15,000 paths in the serial end of every rebuild.
        var plannedNames: Set<PathBytes>?
        var carried: [FolderName] = []
        for entry in names.sorted() {
            guard let name = entry.text else {
                carried.append(entry)
                continue
            }
            if previousNames.contains(PathBytes(name)) { continue }
            if plannedNames == nil { plannedNames = Self.topLevelNames(planned.lazy.map(\.path)) }
            guard plannedNames!.contains(PathBytes(name)) else {
                if !previous.records.isEmpty || name.hasPrefix(".") { carried.append(entry) }
                continue
            }
            if previous.records.isEmpty { continue }
            throw BuildError(
                path: destination.appendingPathComponent(name).path,
                message: "brief did not write this, and the build would now write \(name) here; move it out of the output (files for the site belong in static/)")
        }
        return carried
    }

    /// The first component of each path (the file or folder at the output's top).
    /// A name equal to the one before (most paths are in `briefings/`, and a build plans them one
    /// after another) is not hashed into the set again: this runs over every path of the output,
    /// twice, in the serial end of a build.
    static func topLevelNames(_ paths: some Sequence<String>) -> Set<PathBytes> {
        var names: Set<PathBytes> = []
        var last: Substring?
        for path in paths {
            let end = path.utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
            let name = path[..<end]
            if let last, PathKey.sameBytes(last, name) { continue }
            names.insert(PathBytes(name))
            last = name
        }
        return names
    }

    /// Moves `names` out of the output into a new keep folder (returned; nil when there is
    /// nothing to move). On failure, what was moved goes back and the error is thrown.
    func setAside(_ names: [FolderName]) throws(BuildError) -> URL? {
        guard !names.isEmpty else { return nil }
        let keep = parent.appendingPathComponent(keepPrefix + Self.token())
        try Self.makeFolder(keep)
        var moved: [FolderName] = []
        for name in names {
            do {
                try move(name, from: destination, to: keep)
                moved.append(name)
            } catch {
                for name in moved { try? move(name, from: keep, to: destination) }
                try? FileManager.default.removeItem(at: keep)
                throw error
            }
        }
        return keep
    }

    /// Moves everything in `keep` into the output (made if missing) and removes `keep`. An entry
    /// whose name is taken in the output stays in `keep`, which is then kept, and is reported.
    func putBack(from keep: URL) throws(BuildError) {
        let fileManager = FileManager.default
        let names = FolderName.names(in: keep.path) ?? []
        if !names.isEmpty, !fileManager.fileExists(atPath: destination.path) { try Self.makeFolder(destination) }
        var blocked: [String] = []
        for name in names.sorted() {
            var info = stat()
            if lstat(name.path(in: destination.path), &info) == 0 {
                blocked.append(name.shown)
                continue
            }
            try move(name, from: keep, to: destination)
        }
        guard blocked.isEmpty else {
            throw BuildError(
                path: keep.path,
                message: "holds \(blocked.joined(separator: ", ")) from the output, set aside by an interrupted build; the output has an entry of that name again: move one of them by hand")
        }
        try? fileManager.removeItem(at: keep)
    }

    /// Renames the entry `name` of `source` to the same name in `target`, by its bytes.
    private func move(_ name: FolderName, from source: URL, to target: URL) throws(BuildError) {
        let failure = posixRename(name.path(in: source.path), name.path(in: target.path))
        guard failure != 0 else { return }
        throw BuildError(path: target.path + "/" + name.shown, message: "cannot move \(name.shown) into place: \(Self.reason(failure))")
    }

    /// Puts back what a killed build set aside (after the output itself is restored).
    func restoreSetAside(entries: [String]) throws(BuildError) {
        for entry in entries.sorted() where entry.hasPrefix(keepPrefix) {
            try putBack(from: parent.appendingPathComponent(entry))
        }
    }
}

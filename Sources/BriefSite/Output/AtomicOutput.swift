import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole site into a fresh folder beside the destination, then swaps it in, so the
/// destination is always either the previous build or the new one, never a mix.
///
/// `public/` is built as `.public.brief-tmp-XXXX` in the same parent (same file system, so the swap
/// is two `rename(2)` calls); the old tree goes to `.public.brief-old-XXXX` and is deleted after.
/// Leftovers of a killed build are cleaned up by the next one; an old tree orphaned between the two
/// renames is put back. The names are hidden and brief's own, beside the build lock, so the clean-up
/// never takes a user's `public.old` or `public.tmp-2024` for a leftover. What the user put in
/// the output themselves is carried into the new tree (`AtomicOutput+UserEntries`).
struct AtomicOutput {
    let destination: URL
    /// Where `writeIncremental` keeps the replaced tree for the next build to reuse (its folders;
    /// its files are mostly hard links shared with the output). Nil: the replaced tree is deleted.
    var spare: URL?

    var parent: URL { destination.deletingLastPathComponent() }
    private var name: String { destination.lastPathComponent }
    var tempPrefix: String { "." + name + ".brief-tmp-" }
    var oldPrefix: String { "." + name + ".brief-old-" }

    init(destination: URL) {
        self.destination = destination.standardizedFileURL
    }

    /// Removes temp folders of killed builds; restores the previous output if a build died mid-swap.
    func cleanUpInterruptedBuilds() throws(BuildError) {
        let fileManager = FileManager.default
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries.sorted() where entry.hasPrefix(tempPrefix) {
            try remove(parent.appendingPathComponent(entry))
        }
        let olds = entries.filter { $0.hasPrefix(oldPrefix) }.sorted()
        var remaining = olds[...]
        if !fileManager.fileExists(atPath: destination.path), let last = olds.last {
            try rename(parent.appendingPathComponent(last), to: destination)
            remaining = olds.dropLast()
        }
        // What a build set aside from the output before it was killed goes back into it.
        try restoreSetAside(entries: entries)
        // The spare tree (`spare`) is never put back as the output: it is two builds old, or was
        // left by an older brief that moved the output straight to the spare's place. A build
        // killed between moving the output aside and moving the new tree in leaves the output
        // under an old name (`swapKeepingSpare` too), put back above with its mode.
        for entry in remaining { try remove(parent.appendingPathComponent(entry)) }
    }

    /// Writes `files` and copies `staticFiles` into a temp folder, then swaps it into place.
    /// On any failure the temp folder is removed and the destination is left untouched.
    func write(_ files: [OutputFile], staticFiles: [(path: String, url: URL)]) throws(BuildError) {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError(path: parent.path, message: "cannot create the output's parent folder: \(error.localizedDescription)")
        }
        let temp = parent.appendingPathComponent(tempPrefix + Self.token())
        do {
            try fileManager.createDirectory(at: temp, withIntermediateDirectories: false)
            var folders = FolderMaker(root: temp)
            for file in files {
                try folders.ensureFolder(for: file.path)
                try Self.writeFile(file.contents, to: temp.appendingPathComponent(file.path))
            }
            for file in staticFiles {
                try folders.ensureFolder(for: file.path)
                try fileManager.copyItem(at: file.url, to: temp.appendingPathComponent(file.path))
            }
        } catch {
            try? fileManager.removeItem(at: temp)
            throw BuildError(path: temp.path, message: "cannot write the site: \(error.localizedDescription)")
        }
        do {
            try swapIn(temp)
        } catch {
            try? fileManager.removeItem(at: temp)
            throw error
        }
    }

    func swapIn(_ temp: URL) throws(BuildError) {
        // The output keeps its mode; a fresh one gets a new folder's (`temp` may be a spare).
        try matchOutputPermissions(temp)
        guard FileManager.default.fileExists(atPath: destination.path) else {
            try rename(temp, to: destination)
            return
        }
        let old = parent.appendingPathComponent(oldPrefix + Self.token())
        try moveAside(to: old)
        do {
            try rename(temp, to: destination)
        } catch {
            try? rename(old, to: destination)
            throw error
        }
        // The new site is in place; failing to delete the old one only leaves garbage for next time.
        try? FileManager.default.removeItem(at: old)
    }

    /// Moves the output to `old`, beside it, before the new tree goes in. Its failure names the
    /// output and says it could not be moved aside (`rename`'s words would call `old` the place
    /// the output was to be moved into).
    func moveAside(to old: URL) throws(BuildError) {
        if let reason = Self.renameFailure(destination, to: old) {
            throw BuildError(path: destination.path, message: "cannot move the output aside (to \(old.lastPathComponent)) to put the new one in its place: \(reason)")
        }
    }

    func rename(_ source: URL, to target: URL) throws(BuildError) {
        if let reason = Self.renameFailure(source, to: target) {
            throw BuildError(path: target.path, message: "cannot move \(source.lastPathComponent) into place: \(reason)")
        }
    }

    /// Renames `source` to `target`; nil when done, else why not (`strerror`).
    private static func renameFailure(_ source: URL, to target: URL) -> String? {
        // The error is taken right after `rename` fails, inside the closures: what runs after it
        // (the path buffers freed) may set `errno` again, and the words would be another call's.
        let failure: Int32 = source.withUnsafeFileSystemRepresentation { from in
            target.withUnsafeFileSystemRepresentation { to in
                guard let from, let to else { return EINVAL }
                return posixRename(from, to)
            }
        }
        return failure == 0 ? nil : reason(failure)
    }

    /// The words for a failed call's error, as `strerror` gives them.
    static func reason(_ failure: Int32) -> String {
        String(cString: strerror(failure))
    }

    private func remove(_ url: URL) throws(BuildError) {
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw BuildError(path: url.path, message: "cannot remove a leftover of an interrupted build: \(error.localizedDescription)")
        }
    }

    static func makeFolder(_ url: URL) throws(BuildError) {
        let result = url.withUnsafeFileSystemRepresentation { path in path.map { mkdir($0, 0o755) } ?? -1 }
        if result != 0, errno != EEXIST {
            throw BuildError(path: url.path, message: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }

    /// `makeFolder` for a plain path (no `URL` work).
    static func makeFolder(atPath path: String) throws(BuildError) {
        let result = path.withCString { mkdir($0, 0o755) }
        if result != 0, errno != EEXIST {
            throw BuildError(path: path, message: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Plain open/write/close. Foundation's `Data.write` syncs every file to disk, which costs
    /// milliseconds per file; the swap at the end is what makes the output safe, not each file.
    static func writeFile(_ data: Data, to url: URL) throws(BuildError) {
        let failure: BuildError? = data.withUnsafeBytes { buffer in
            do throws(BuildError) { try writeFile(buffer, to: url) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    static func writeFile(_ bytes: UnsafeRawBufferPointer, to url: URL) throws(BuildError) {
        let descriptor = url.withUnsafeFileSystemRepresentation { path in
            path.map { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) } ?? -1
        }
        guard descriptor >= 0 else {
            throw BuildError(path: url.path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        if let failed = writeAll(bytes, to: descriptor) {
            throw BuildError(path: url.path, message: "cannot write the file: \(String(cString: strerror(failed)))")
        }
    }

    /// Writes all of `bytes` to `descriptor` (again after a partial write or EINTR); returns
    /// errno on failure.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    static func token() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }
}

/// `rename(2)`: atomic within one file system (FileManager's move may fall back to copying).
/// 0 when done, else `errno`, taken right after the call (what runs after it may set it again).
func posixRename(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    return Glibc.rename(from, to) == 0 ? 0 : errno
    #else
    return Darwin.rename(from, to) == 0 ? 0 : errno
    #endif
}

/// `write(2)`, named apart from `AtomicOutput.write`.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}

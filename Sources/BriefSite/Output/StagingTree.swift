import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The new output tree, assembled beside the destination while the build renders: each changed
/// file is written into it as soon as its bytes exist (from any task), so no build ever holds
/// the whole site in memory. `finish` adds the unchanged files (hard links to the current output)
/// and swaps the tree in with `rename(2)`; `discard` removes it. Either way the destination is the
/// previous build or the new one, never a mix, and a failed build leaves it untouched.
///
/// The temp tree is made on the first write, so a build that changes nothing touches nothing.
/// When the tree the last swap replaced is kept (`AtomicOutput.spare`), it becomes the temp tree:
/// its folders are reused and most of its files already are the output's (same inodes).
///
/// Thread-safe: `write` may be called from many tasks at once (file bytes are written outside
/// the lock; folders and bookkeeping under it). Write errors are kept and thrown by `finish`.
final class StagingTree: @unchecked Sendable {
    let output: AtomicOutput
    let previous: OutputManifest
    /// The current output, where `previous` says what each file should be.
    let current: OutputFolder
    private let lock = NSLock()
    private var temp: URL?
    /// `temp`'s path, for plain C calls (set with it).
    private var tempPath = ""
    /// `temp`, open (set with it; -1 before, or when it could not be opened): pages are made
    /// with `mkdirat`/`openat` relative to it, so the kernel does not walk the tree's own path
    /// again for each of fifteen thousand files and folders.
    private var tempDescriptor: Int32 = -1
    /// What the reused spare held when it became the temp tree (empty for a fresh tree): its
    /// files' inode numbers, by path, and its folders.
    private var spareFiles: [PathBytes: UInt64] = [:]
    private var spareFolders: [Substring] = []
    /// Whether the temp tree was made new, not a reused spare: it then holds only files this
    /// build wrote, none at a path planned unchanged, so such a path needs no clearing first.
    private var isFresh = false
    /// The spare's listing (`AtomicOutput.listing`), started when the build began, on a thread of
    /// its own: listing ten thousand folders reads their directory blocks, often from disk, and
    /// the first page written would otherwise wait for it while holding the lock. Paths are
    /// relative, so it stays right when the spare is renamed to the temp tree. Nil without a spare.
    private var spareListing: Background<(files: [PathBytes: UInt64], folders: [Substring], folderSet: Set<PathBytes>)?>?

    /// Waits for the listing ahead, if one was started, and says how many files it found (for
    /// tests that change the spare once it is listed, and must know it was).
    func waitForListing() -> Int? {
        let listing = lock.withLock { spareListing }
        return listing?.wait()?.files.count
    }
    /// Folders (relative) known to exist in the temp tree, or claimed by a writer that makes it
    /// after the lock (those are in `claimed` too).
    private var folders: Set<PathBytes> = []
    private var claimed: Set<PathBytes> = []
    /// The folder `ensureFolder` last found made as a parent (in `folders` and not claimed, which
    /// it then stays): the pages written one after another mostly share it (`briefings`), so it
    /// is compared, not looked up in both tables again for each of them.
    private var lastMadeParent: Substring = ""
    /// Identities of the files written so far, by path (its bytes, as the manifest keys them).
    private var written: [PathKey: OutputManifest.Record] = [:]
    private var failure: BuildError?
    /// How many files the build expects to write (`expect(files:)`): the tables of a fresh tree
    /// are made that large at once instead of growing (each growth hashed every path again).
    private var expectedFiles = 0

    /// The top-level names of `previous`'s paths (`AtomicOutput.userEntries`), made on another
    /// thread once the build knows it renders (`prepareToFinish`), not in the serial end of the
    /// build (the manifest's paths are in no order, and each of 15,000 was hashed there), nor in a
    /// build that finds nothing to do.
    private var previousNames: Background<Set<PathBytes>>?
    /// A copy of `previous.records` of its own, made beside the build (`prepareToFinish`): the new
    /// manifest of an edit's rebuild starts as it (`complete`), and copying a table of 15,000
    /// paths was a serial millisecond or two at the very end of the build.
    private var previousRecords: Background<[PathKey: OutputManifest.Record]>?

    /// Starts what `finish` needs of the last output (called once the build goes on past the
    /// no-change check).
    func prepareToFinish() {
        let previous = previous
        lock.withLock {
            previousNames = Background { AtomicOutput.topLevelNames(previous.records.keys.lazy.map(\.path)) }
            previousRecords = Background {
                var records = previous.records
                // Shared with `previous`: this makes the table's own copy (and nothing else).
                records.reserveCapacity(records.count)
                return records
            }
        }
    }

    /// `listing` says whether the spare is to be listed ahead, on its own thread, as soon as the
    /// gate opens; told no, it is never listed ahead (`makeTempTree` lists it should a tree be
    /// asked for after all). When `SiteBuilder` opens it: see there.
    init(output: AtomicOutput, previous: OutputManifest, listing: Gate = .open(true)) {
        self.output = output
        self.previous = previous
        current = OutputFolder(output.destination)
        if let spare = output.spare, FileManager.default.fileExists(atPath: spare.path) {
            // `folders`' table is made there too, not under the lock when the first page is written.
            let expected = previous.records.count
            spareListing = Background {
                // Not wanted: nothing listed (`makeTempTree` lists the spare itself should it
                // ever be asked for a tree after all).
                guard listing.wait(),
                    let (files, folders) = AtomicOutput.listing(of: spare, expectedFiles: expected, stop: { listing.isWithdrawn })
                else { return nil }
                return (files, folders, Set(folders.lazy.map(PathBytes.init)))
            }
        }
    }

    /// Says about how many files the build will write, before the first is written.
    func expect(files count: Int) {
        lock.withLock { expectedFiles = max(expectedFiles, count) }
    }

    /// Writes `bytes` at `path` in the new tree; returns the planned file to list in the manifest.
    /// Plain C paths (no `URL`): a new file costs mkdir (for a new folder), open, write, fstat
    /// and close, with no existence checks; only a path the reused spare has is unlinked first.
    func write(_ path: String, key: UInt64, bytes: UnsafeRawBufferPointer) -> PlannedFile {
        write(path, key: key) { AtomicOutput.writeAll(bytes, to: $0) }
    }

    /// Writes the file at `path` as `make` makes it, through a small buffer: for the largest
    /// files, which are then never whole in memory.
    func write(_ path: String, key: UInt64, streaming make: (inout StreamedFile) -> Void) -> PlannedFile {
        write(path, key: key) { descriptor in
            var file = StreamedFile(descriptor: descriptor)
            make(&file)
            file.flush()
            return file.failure
        }
    }

    /// Creates the file at `path` and has `fill` write it (returning errno on failure).
    private func write(_ path: String, key: UInt64, fill: (Int32) -> Int32?) -> PlannedFile {
        do {
            let (root, inSpare, newFolder, tree) = try prepare(folderOf: path)
            // The file's own folder is made outside the lock: `mkdir` in a folder of 100,000
            // pages takes long enough that every other writer waited on it.
            if let newFolder { try Self.makeFolder(newFolder, in: tree, root: root) }
            let target = StringJoin.join(root, UInt8(ascii: "/"), path)
            if inSpare { try Self.clear(atPath: target) }
            let record = try Self.create(path, in: tree, root: root, key: key, fill: fill)
            lock.withLock { written[PathKey(path)] = record }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
        return PlannedFile(path: path, key: key, source: .written)
    }

    /// Writes a page's text (as UTF-8).
    func write(_ path: String, key: UInt64, text: String) -> PlannedFile {
        var text = text
        return text.withUTF8 { write(path, key: key, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes a page's bytes.
    func write(_ path: String, key: UInt64, bytes: [UInt8]) -> PlannedFile {
        bytes.withUnsafeBytes { write(path, key: key, bytes: $0) }
    }

    func write(_ path: String, key: UInt64, data: Data) -> PlannedFile {
        data.withUnsafeBytes { write(path, key: key, bytes: $0) }
    }

    /// Makes the temp tree when needed and the folders above the one `path` goes in; returns the
    /// tree's root path, whether the reused spare has a file at `path`, and the path (relative to
    /// the root) of the file's folder when the caller is to make it (claimed here, made after the
    /// lock), and the open tree (`tempDescriptor`).
    func prepare(folderOf path: String) throws(BuildError) -> (root: String, inSpare: Bool, newFolder: String?, tree: Int32) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        _ = try makeTempTree()
        let newFolder = try ensureFolder(for: path[...], in: tempPath, leafByCaller: true)
        return (tempPath, !spareFiles.isEmpty && spareFiles[PathBytes(path)] != nil, newFolder, tempDescriptor)
    }

    /// Under the lock.
    private func makeTempTree() throws(BuildError) -> URL {
        if let temp { return temp }
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: output.parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError(path: output.parent.path, message: "cannot create the output's parent folder: \(error.localizedDescription)")
        }
        let url = output.parent.appendingPathComponent(output.tempPrefix + AtomicOutput.token())
        // Deleting and creating thousands of folders costs far more than the files on some disks.
        // The listing walks the spare's own path: it must be done before the spare is renamed.
        let listed = spareListing?.wait() ?? nil
        // Let go, so the listing's tables are this tree's alone (`complete` takes paths out of them).
        spareListing = nil
        if let spare = output.spare, Self.isRealFolder(spare.path), (try? output.rename(spare, to: url)) != nil {
            if let listed {
                (spareFiles, spareFolders, folders) = listed
            } else {
                (spareFiles, spareFolders) = AtomicOutput.listing(of: url)
                folders = Set(spareFolders.lazy.map(PathBytes.init))
            }
        } else {
            try AtomicOutput.makeFolder(url)
            isFresh = true
            folders.reserveCapacity(expectedFiles)
        }
        written.reserveCapacity(expectedFiles)
        temp = url
        tempPath = url.path
        tempDescriptor = open(tempPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return url
    }

    /// Whether `path` is a folder itself, not a link to one (a spare must be brief's own tree).
    private static func isRealFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Under the lock: makes the folders holding `path`, parents first. A file of the spare where
    /// a folder is now needed is removed. With `leafByCaller`, the innermost folder is only
    /// claimed and its full path returned for the caller to make: another writer of a file in it
    /// that finds it claimed but not made yet makes it itself (`create`, on `ENOENT`), and one that
    /// needs it as a parent makes it here (`entities/` claimed for `entities/index.html`, then
    /// needed for `entities/nato/`). The path returned is relative to `root`.
    @discardableResult
    private func ensureFolder(for path: Substring, in root: String, leafByCaller: Bool = false) throws(BuildError) -> String? {
        guard let slash = PathBytes.lastSlash(in: path) else { return nil }
        let folder = path[..<slash]
        if !leafByCaller, !lastMadeParent.isEmpty, PathKey.sameBytes(folder, lastMadeParent) { return nil }
        // Inserted first, one lookup for both cases (should its parents fail, the build fails).
        if !folders.insert(PathBytes(folder)).inserted {
            if !leafByCaller {
                if claimed.remove(PathBytes(folder)) != nil { try AtomicOutput.makeFolder(atPath: StringJoin.join(root, UInt8(ascii: "/"), folder)) }
                lastMadeParent = folder
            }
            return nil
        }
        try ensureFolder(for: folder, in: root)
        let full = StringJoin.join(root, UInt8(ascii: "/"), folder)
        if !spareFiles.isEmpty, spareFiles[PathBytes(folder)] != nil { try Self.clear(atPath: full) }
        if leafByCaller {
            claimed.insert(PathBytes(folder))
            return String(folder)
        }
        try AtomicOutput.makeFolder(atPath: full)
        lastMadeParent = folder
        return nil
    }

    /// Whatever the reused spare has at `target` goes first: its files may be hard links to the
    /// live output, which must never be written into. A folder there (now a file) goes whole.
    private static func clear(atPath target: String) throws(BuildError) {
        let result = target.withCString { unlink($0) }
        guard result != 0, errno != ENOENT else { return }
        let failed = errno
        var info = stat()
        let isFolder = target.withCString { lstat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        guard isFolder else {
            throw BuildError(path: target, message: "cannot replace the file: \(String(cString: strerror(failed)))")
        }
        do { try FileManager.default.removeItem(atPath: target) } catch {
            throw BuildError(path: target, message: "cannot replace the folder: \(error.localizedDescription)")
        }
    }

    /// Makes `folder` (relative to the tree `root`, open as `tree`, or -1 to go by the full path);
    /// one that is there already is no error.
    private static func makeFolder(_ folder: String, in tree: Int32, root: String) throws(BuildError) {
        guard tree >= 0 else { return try AtomicOutput.makeFolder(atPath: root + "/" + folder) }
        if folder.withCString({ mkdirat(tree, $0, 0o755) }) != 0, errno != EEXIST {
            throw BuildError(path: root + "/" + folder, message: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Creates the file `path` (relative to the tree `root`, open as `tree`, or -1 to go by the
    /// full path; it should not exist: `O_EXCL`, cleared and retried if it does) and has `fill`
    /// write it; returns its identity, read from the open file.
    static func create(
        _ path: String, in tree: Int32, root: String, key: UInt64, fill: (Int32) -> Int32?
    ) throws(BuildError) -> OutputManifest.Record {
        let target = StringJoin.join(root, UInt8(ascii: "/"), path)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        func openFile() -> Int32 {
            tree >= 0 ? path.withCString { openat(tree, $0, flags, 0o644) } : target.withCString { open($0, flags, 0o644) }
        }
        var descriptor = openFile()
        if descriptor < 0, errno == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
            // The folder was claimed by another writer, which makes it after the lock (`prepare`)
            // and has not yet: made here (whichever `mkdir` comes second finds it there).
            try makeFolder(String(path[..<slash]), in: tree, root: root)
            descriptor = openFile()
        }
        if descriptor < 0, errno == EEXIST {
            try clear(atPath: target)
            descriptor = openFile()
        }
        guard descriptor >= 0 else {
            throw BuildError(path: target, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        if let failed = fill(descriptor) {
            throw BuildError(path: target, message: "cannot write the file: \(String(cString: strerror(failed)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw BuildError(path: target, message: "cannot read the written file: \(String(cString: strerror(errno)))")
        }
        return OutputManifest.record(of: info, key: key)
    }

    /// Completes the tree with `files` (every file of the new output: written, unchanged and
    /// copied ones), removes what the new output does not have, and swaps it in. Returns the new
    /// output's manifest. When nothing changed at all, nothing is touched. On failure the temp
    /// tree is removed and the destination kept.
    func finish(_ files: [PlannedFile]) throws(BuildError) -> OutputManifest {
        var manifest = OutputManifest()
        manifest.records.reserveCapacity(files.count)
        let allUnchanged = files.allSatisfy { if case .unchanged = $0.source { true } else { false } }
        if temp == nil, failure == nil, allUnchanged, files.count == previous.records.count {
            for file in files {
                let path = PathKey(file.path)
                manifest.records[path] = previous.records[path]
            }
            return manifest
        }
        do throws(BuildError) {
            if let failure { throw failure }
            lock.lock()
            let made = Result { () throws(BuildError) -> URL in try makeTempTree() }
            lock.unlock()
            let root = try made.get()
            try complete(files, root: root, manifest: &manifest)
            // What the user put in the output (a `.git`, a `CNAME`) is moved aside, so it is
            // neither left in the replaced tree (the next build's scratch) nor lost, and put
            // back once the new tree is in place; a killed build's is put back by the next.
            let names = lock.withLock { previousNames }?.wait()
            let keep = try output.setAside(output.userEntries(planned: files, previous: previous, previousNames: names))
            do {
                try output.swapKeepingSpare(root)
            } catch {
                if let keep { try? output.putBack(from: keep) }
                throw error
            }
            if let keep { try output.putBack(from: keep) }
        } catch {
            discard()
            throw error
        }
        lock.withLock { closeTree() }
        return manifest
    }

    /// Runs once every file is written. Each path is looked up as few times as may be (a
    /// rebuild completes ten thousand of them, one core, at the very end): each planned file is
    /// taken out of the spare's listing once, which leaves the spare's stale files.
    private func complete(_ files: [PlannedFile], root: URL, manifest: inout OutputManifest) throws(BuildError) {
        let fileManager = FileManager.default
        let destinationPath = output.destination.path
        // Two halves on the two cores (this was one thread at the very end of every rebuild):
        // the other thread works out the folders the planned files need and the spare's stale
        // ones, from `files` and the spare's folders only; this one takes the planned paths out of
        // the spare's listing and removes the spare's stale files (which touch no folder).
        let spareFolders = spareFolders
        let side = Background { () -> [Substring] in
            var needed: Set<PathBytes> = []
            // About one folder per file (a briefing's page is alone in its folder).
            needed.reserveCapacity(files.count)
            for file in files {
                // By byte, as the file system splits paths (the Character search also walked
                // grapheme boundaries for every file); each folder a prefix of the path's string.
                PathBytes.forEachFolder(of: file.path) { needed.insert($0).inserted }
            }
            // Every planned path, made only when asked for: a build normally needs none of it.
            var plannedPaths: Set<PathBytes>?
            let staleFolders = spareFolders.filter { folder in
                if needed.contains(PathBytes(folder)) { return false }
                if plannedPaths == nil { plannedPaths = Set(files.lazy.map { PathBytes($0.path) }) }
                return !plannedPaths!.contains(PathBytes(folder))
            }
            return staleFolders
        }
        // The inode the spare holds at each planned path; what is left in the listing is stale.
        let spareInodes = spareFiles.isEmpty ? [] : files.map { spareFiles.removeValue(forKey: PathBytes($0.path)) }
        // Stale files and folders go before any file is linked in. (A file system that folds case
        // never gets here with a spare: its stale `A.html` would be the page `a.html`, written or
        // linked, `AtomicOutput.foldsCase`.) A spare file where a folder is now needed goes too,
        // unless that folder is made already (the file went then).
        do {
            for path in spareFiles.keys where !folders.contains(path) {
                try AtomicOutput.unlink(root.appendingPathComponent(String(path.path)))
            }
        } catch {
            // Not left running on its own (it reads `files`, which the caller may let go).
            _ = side.wait()
            throw error
        }
        spareFiles = [:]
        let staleFolders = side.wait()
        // Every planned path, made only when asked for: a build normally needs none of it.
        var plannedPaths: Set<PathKey>?
        func planned() -> Set<PathKey> {
            if plannedPaths == nil { plannedPaths = Set(files.lazy.map { PathKey($0.path) }) }
            return plannedPaths!
        }
        // Files written but not planned (none in a build, which plans what it writes).
        if written.count > files.count(where: { if case .written = $0.source { true } else { false } }) {
            for path in written.keys where !planned().contains(path) {
                try AtomicOutput.unlink(root.appendingPathComponent(path.path))
            }
        }
        // Deepest first; only the few stale folders are sorted. A spare folder where a file is
        // planned was replaced when the file was written.
        for folder in staleFolders.sorted(by: >) {
            try? fileManager.removeItem(at: root.appendingPathComponent(String(folder)))
        }
        // The new manifest starts as the last one when the output has as many files (an edit's
        // rebuild: the same paths): each planned path is then set in place, and the table of
        // 15,000 paths is not made anew in the serial end of the build. Should a path planned not
        // be in it (the sets differ after all), it is made of the planned paths after the loop.
        let startsFromPrevious = files.count == previous.records.count
        // The copy made beside the build (`prepareToFinish`), else made here.
        let previousCopy = lock.withLock { () -> Background<[PathKey: OutputManifest.Record]>? in
            defer { previousRecords = nil }
            return previousRecords
        }
        if startsFromPrevious { manifest.records = previousCopy?.take() ?? previous.records }
        var plannedInPrevious = 0
        func set(_ record: OutputManifest.Record, for path: String) {
            if manifest.records.updateValue(record, forKey: PathKey(path)) != nil { plannedInPrevious += 1 }
        }
        for (index, file) in files.enumerated() {
            switch file.source {
            case .written:
                guard let record = written[PathKey(file.path)] else {
                    throw BuildError(path: root.path + "/" + file.path, message: "cannot write the site: the file was not written")
                }
                set(record, for: file.path)
            case .unchanged:
                let current = previous.records[PathKey(file.path)]
                if !spareInodes.isEmpty, let there = spareInodes[index], let current, there == current.inode {
                    // The last manifest's record, there already when the table started as it.
                    if startsFromPrevious { plannedInPrevious += 1 } else { manifest.records[PathKey(file.path)] = current }
                    continue
                }
                let target = StringJoin.join(tempPath, UInt8(ascii: "/"), file.path)
                try ensureFolder(for: file.path[...], in: tempPath)
                if !isFresh { try Self.clear(atPath: target) }
                let linked = try AtomicOutput.link(atPath: StringJoin.join(destinationPath, UInt8(ascii: "/"), file.path), to: target)
                if linked, let current {
                    // The same inode, size and time as the output's file, which the build found
                    // intact (`OutputManifest.isIntact`): no lstat for each of 15,000 files of a
                    // first rebuild, which has no spare.
                    set(OutputManifest.Record(key: file.key, inode: current.inode, size: current.size, modified: current.modified), for: file.path)
                } else {
                    // A copy (where links fail) is a new inode: record what is there now.
                    try setIdentity(atPath: target, key: file.key, for: file.path)
                }
            case .copy(let source):
                let target = root.appendingPathComponent(file.path)
                try ensureFolder(for: file.path[...], in: tempPath)
                try Self.clear(atPath: target.path)
                do { try fileManager.copyItem(at: source, to: target) } catch {
                    throw BuildError(path: target.path, message: "cannot copy \(source.path): \(error.localizedDescription)")
                }
                try setIdentity(atPath: target.path, key: file.key, for: file.path)
            }
        }
        if startsFromPrevious, plannedInPrevious != files.count {
            var made: [PathKey: OutputManifest.Record] = [:]
            made.reserveCapacity(files.count)
            for file in files {
                let path = PathKey(file.path)
                made[path] = manifest.records[path]
            }
            manifest.records = made
        }

        /// The identity of the file just made at `target` for `path` (nil, as before, when it is
        /// not a regular file: the manifest then has no record of it).
        func setIdentity(atPath target: String, key: UInt64, for path: String) throws(BuildError) {
            if let record = OutputManifest.identity(atPath: target, key: key) {
                set(record, for: path)
            } else if manifest.records.removeValue(forKey: PathKey(path)) != nil {
                plannedInPrevious += 1
            }
        }
    }

    /// Removes the temp tree (a failed build); the destination is untouched.
    func discard() {
        lock.withLock {
            if let temp { try? FileManager.default.removeItem(at: temp) }
            temp = nil
            closeTree()
        }
    }

    /// Under the lock: lets go of the open tree (once written, or removed).
    private func closeTree() {
        if tempDescriptor >= 0 { close(tempDescriptor) }
        tempDescriptor = -1
    }

    deinit { closeTree() }
}

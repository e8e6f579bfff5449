import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the tree an output replaces is kept for the next build (`AtomicOutput.spare`). The spare
/// is moved in and out of place with `rename(2)`, which works only within one file system: kept
/// in the site's cache folder when that shares the output's (the `st_dev` of the output's parent
/// folder), else beside the output, as `.NAME.brief-spare`. In a cache on another file system
/// than the output (`--output /dev/shm/site` with the site on a disk) no spare could ever be
/// kept, and every rebuild wrote the whole output again.
enum SpareLocation {
    /// The spare's place for the output `outputDirectory` of the site `siteDirectory`.
    static func url(siteDirectory: URL, outputDirectory: URL) -> URL {
        let cacheFolder = siteDirectory.appendingPathComponent(BuildCache.folderName, isDirectory: true)
        let output = outputDirectory.standardizedFileURL
        return url(
            cacheFolder: cacheFolder, outputDirectory: output,
            cacheDevice: device(ofNearest: cacheFolder.path), outputDevice: device(ofNearest: output.deletingLastPathComponent().path))
    }

    /// The choice, given the devices of the cache folder and of the output's parent (nil: not
    /// known, which keeps the cache folder, as before there was a choice).
    static func url(cacheFolder: URL, outputDirectory: URL, cacheDevice: UInt64?, outputDevice: UInt64?) -> URL {
        if let cacheDevice, let outputDevice, cacheDevice != outputDevice {
            return AtomicOutput(destination: outputDirectory).spareBeside
        }
        return inCache(cacheFolder: cacheFolder, outputDirectory: outputDirectory)
    }

    /// The spare's place in the cache folder: `spare-HASH`, by the output's path.
    static func inCache(cacheFolder: URL, outputDirectory: URL) -> URL {
        var hasher = FNV64()
        hasher.add(outputDirectory.standardizedFileURL.path)
        return cacheFolder.appendingPathComponent("spare-\(String(hasher.value, radix: 16))", isDirectory: true)
    }

    /// Makes `place` fit to hold the spare: anything there that is not a real folder (a link
    /// someone put at brief's spare name, a file) is removed, the entry itself and never what a
    /// link leads to. A spare is renamed into the new output and its mode changed: through a
    /// link that would publish, and change the permissions of, a folder brief does not own.
    static func claim(_ place: URL) {
        var info = stat()
        guard lstat(place.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return }
        _ = unlink(place.path)
    }

    /// Removes the spare this output left at the place not in use now (`inUse` is the other):
    /// the output moved to or from another file system than the cache since, and nothing would
    /// ever reuse or delete it (beside the output, the pages it holds could stay on the web).
    /// Only a real folder at exactly one of the output's two spare places goes: never a link
    /// (nor what it leads to), nor anything of another name, nor one that holds the cache (so
    /// the site) or the output (`Guarded`).
    static func removeUnused(cacheFolder: URL, outputDirectory: URL, inUse: URL) {
        let output = outputDirectory.standardizedFileURL
        let places = [inCache(cacheFolder: cacheFolder, outputDirectory: output), AtomicOutput(destination: output).spareBeside]
        let guarded = Guarded(cacheFolder: cacheFolder, outputDirectory: output, inUse: inUse)
        for place in places where guarded.mayRemove(place) {
            try? FileManager.default.removeItem(at: place)
        }
    }

    /// How long a spare in the cache folder may go unused (no build of its output) before a build
    /// (of any output of the site) removes it: the output was renamed (`--output`) or is no longer built,
    /// and nothing else would ever delete it (a whole site's files, its own copies once the
    /// output it shared them with is gone). An output built again after that is written whole
    /// once, as a first build is.
    static let staleAge: TimeInterval = 7 * 86_400

    /// Marks the spare at `place` as used now (its modification time, which `removeStale` reads):
    /// at each build of its output, and as it becomes the spare. Only a real folder.
    static func markUsed(_ place: URL) {
        var info = stat()
        guard lstat(place.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        _ = utimensat(AT_FDCWD, place.path, nil, AT_SYMLINK_NOFOLLOW)
    }

    /// Removes the spares in `cacheFolder` of other outputs than this build's (`inUse`) that no
    /// build has used for `staleAge` (`markUsed`). Only a real folder of exactly brief's name for
    /// a spare (`spare-` and a hash in hexadecimal), never a link (nor what it leads to) nor
    /// anything of another name, nor one that holds the cache or the output (`removeUnused`'s
    /// guard). An output renamed on the cache's file system left its spare there for good.
    ///
    /// A stale spare is first renamed to a name of its own (`stalePrefix`), and deleted only
    /// once that rename succeeded: a build of its output may start at the same moment (another
    /// `--output` than this build's, so not held off by this one's lock) and list the spare to
    /// reuse it. Its own rename of the spare then fails, and it starts a fresh tree, its listing
    /// dropped (`StagingTree.makeTempTree`). Deleted in place, file by file, the spare could be
    /// renamed into that build half deleted, its listing still naming files gone since, which
    /// the build kept as unchanged: an output missing pages. What a build killed while deleting
    /// left under that name goes too.
    static func removeStale(cacheFolder: URL, outputDirectory: URL, inUse: URL, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path) else { return }
        let guarded = Guarded(cacheFolder: cacheFolder, outputDirectory: outputDirectory.standardizedFileURL, inUse: inUse)
        let oldest = now.timeIntervalSince1970 - staleAge
        for name in names where isSpareName(name) {
            let place = cacheFolder.appendingPathComponent(name, isDirectory: true)
            var info = stat()
            guard lstat(place.path, &info) == 0, Double(modifiedSeconds(info)) < oldest, guarded.mayRemove(place) else { continue }
            let aside = cacheFolder.appendingPathComponent(stalePrefix + AtomicOutput.token(), isDirectory: true)
            guard rename(place.path, aside.path) == 0 else { continue }
            try? FileManager.default.removeItem(at: aside)
        }
        for name in names where name.hasPrefix(stalePrefix) {
            let leftover = cacheFolder.appendingPathComponent(name, isDirectory: true)
            if guarded.mayRemove(leftover) { try? FileManager.default.removeItem(at: leftover) }
        }
    }

    /// The name a stale spare is renamed to before it is deleted (`removeStale`), then a token.
    static let stalePrefix = ".spare-stale-"

    /// A `stat`'s modification time, in whole seconds.
    static func modifiedSeconds(_ info: stat) -> Int {
        #if canImport(Darwin)
        return Int(info.st_mtimespec.tv_sec)
        #else
        return Int(info.st_mtim.tv_sec)
        #endif
    }

    /// Whether `name` is one `inCache` gives: `spare-` and 1 to 16 lowercase hexadecimal digits.
    static func isSpareName(_ name: String) -> Bool {
        let prefix = "spare-"
        guard name.hasPrefix(prefix) else { return false }
        let digits = name.utf8.dropFirst(prefix.utf8.count)
        return (1...16).contains(digits.count) && digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// What a spare's removal must never take: the spare in use, a link, and a folder that holds
    /// the cache (so the site) or the output. Paths are compared as the file system resolves them
    /// (`realpath`): through a link to the site's folder, a spare's place can be the site itself
    /// under another name.
    struct Guarded {
        let held: [String]
        let inUse: String
        let usedResolved: String

        init(cacheFolder: URL, outputDirectory: URL, inUse: URL) {
            held = [cacheFolder.standardizedFileURL.path, outputDirectory.path].flatMap { [$0, SpareLocation.resolved($0)] }
            self.inUse = inUse.standardizedFileURL.path
            usedResolved = SpareLocation.resolved(self.inUse)
        }

        /// Whether the entry at `place` is a real folder that may be removed as a spare.
        func mayRemove(_ place: URL) -> Bool {
            var info = stat()
            guard lstat(place.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
            let path = SpareLocation.resolved(place.standardizedFileURL.path)
            return path != usedResolved && path != inUse && !held.contains(where: { $0 == path || $0.hasPrefix(path + "/") })
        }
    }

    /// `path` with every link in it followed (the nearest existing folder above, for one that
    /// does not exist yet, with the rest appended), as `realpath` gives it.
    static func resolved(_ path: String) -> String {
        var rest: [Substring] = []
        var head = Substring(path)
        while !head.isEmpty {
            if let real = realpath(String(head), nil) {
                defer { free(real) }
                let base = String(cString: real)
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            guard let slash = head.lastIndex(of: "/") else { break }
            rest.append(head[head.index(after: slash)...])
            head = head[..<slash]
        }
        return path
    }

    /// The device (`st_dev`) of the folder at `path`, or of the nearest folder above it that
    /// exists (a first build makes the cache folder, and may make the output's parent).
    static func device(ofNearest path: String) -> UInt64? {
        var path = path
        var info = stat()
        while stat(path, &info) != 0 {
            guard errno == ENOENT || errno == ENOTDIR, path != "/", !path.isEmpty else { return nil }
            path = URL(fileURLWithPath: path).deletingLastPathComponent().path
        }
        return UInt64(info.st_dev)
    }
}

extension AtomicOutput {
    /// The spare tree's place beside the output (`SpareLocation`), when the cache folder is on
    /// another file system: hidden and brief's own like the build's other names there, and not
    /// one `cleanUpInterruptedBuilds` removes (no temp, old or kept-entries prefix). It is never
    /// inside the output, so never taken for the user's entries there.
    var spareBeside: URL { parent.appendingPathComponent("." + destination.lastPathComponent + ".brief-spare", isDirectory: true) }
}

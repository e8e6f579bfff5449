import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicOutput {
    /// Writes the planned files with the same guarantee as `write(_:staticFiles:)`: the new tree
    /// is assembled in a temp folder beside the destination and swapped in with `rename(2)`, so a
    /// failed or killed build leaves the previous output exactly as it was. Unchanged files are
    /// hard-linked from the current output (never written into: every changed file is a new
    /// inode), so only changed bytes are written. When nothing changed at all (same paths, every
    /// file unchanged) nothing is touched.
    ///
    /// Returns the manifest of the new output.
    func writeIncremental(_ files: [PlannedFile], previous: OutputManifest) throws(BuildError) -> OutputManifest {
        var manifest = OutputManifest()
        manifest.records.reserveCapacity(files.count)
        let allUnchanged = files.allSatisfy { if case .unchanged = $0.source { true } else { false } }
        if allUnchanged, files.count == previous.records.count {
            for file in files { manifest.records[file.path] = previous.records[file.path] }
            return manifest
        }
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError(path: parent.path, message: "cannot create the output's parent folder: \(error.localizedDescription)")
        }
        let temp = parent.appendingPathComponent(tempPrefix + Self.token())
        do {
            // The tree the last build replaced, when kept, becomes the new tree: its folders are
            // reused and most of its files already are the output's (same inodes). Deleting and
            // creating thousands of folders costs far more than the files on some disks.
            var existing: [String: OutputManifest.Record] = [:]
            var existingFolders: Set<String> = []
            if let spare, fileManager.fileExists(atPath: spare.path), (try? rename(spare, to: temp)) != nil {
                (existing, existingFolders) = Self.listing(of: temp)
            } else {
                try fileManager.createDirectory(at: temp, withIntermediateDirectories: false)
            }
            var neededFolders: Set<Substring> = []
            for file in files {
                var path = file.path[...]
                while let slash = path.lastIndex(of: "/") {
                    path = path[..<slash]
                    if !neededFolders.insert(path).inserted { break }
                }
            }
            // Files and folders the new tree does not have go first (a file may become a folder).
            let planned = Set(files.map(\.path))
            for (path, _) in existing where !planned.contains(path) {
                try Self.unlink(temp.appendingPathComponent(path))
            }
            for folder in existingFolders.sorted(by: >) where !neededFolders.contains(Substring(folder)) {
                try? fileManager.removeItem(at: temp.appendingPathComponent(folder))
            }
            var folders = FolderMaker(
                root: temp, existing: Set(existingFolders.lazy.map { Substring($0) }.filter { neededFolders.contains($0) }))
            for file in files {
                try folders.ensureFolder(for: file.path)
                let target = temp.appendingPathComponent(file.path)
                let there = existing[file.path]
                switch file.source {
                case .unchanged:
                    let current = previous.records[file.path]
                    if let there, let current, there.inode == current.inode {
                        manifest.records[file.path] = current
                        continue
                    }
                    if there != nil { try Self.unlink(target) }
                    try Self.link(destination.appendingPathComponent(file.path), to: target)
                    // A copy (where links fail) is a new inode: record what is there now.
                    manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
                case .bytes(let data):
                    if there != nil { try Self.unlink(target) }
                    try Self.writeFile(data, to: target)
                    manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
                case .copy(let source):
                    if there != nil { try Self.unlink(target) }
                    try fileManager.copyItem(at: source, to: target)
                    manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
                }
            }
        } catch {
            try? fileManager.removeItem(at: temp)
            throw BuildError(path: temp.path, message: "cannot write the site: \(error)")
        }
        do {
            try swapKeepingSpare(temp)
        } catch {
            try? fileManager.removeItem(at: temp)
            throw error
        }
        return manifest
    }

    /// Like `swapIn`, but the replaced tree goes to `spare` (when set and possible) instead of
    /// being deleted.
    private func swapKeepingSpare(_ temp: URL) throws(BuildError) {
        let fileManager = FileManager.default
        guard let spare, fileManager.fileExists(atPath: destination.path) else { return try swapIn(temp) }
        try? fileManager.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
        if fileManager.fileExists(atPath: spare.path) { try? fileManager.removeItem(at: spare) }
        guard (try? rename(destination, to: spare)) != nil else { return try swapIn(temp) }
        do {
            try rename(temp, to: destination)
        } catch {
            try? rename(spare, to: destination)
            throw error
        }
    }

    /// Every regular file (with its identity) and folder under `root`, by relative path.
    static func listing(of root: URL) -> (files: [String: OutputManifest.Record], folders: Set<String>) {
        var files: [String: OutputManifest.Record] = [:]
        var folders: Set<String> = []
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return ([:], []) }
        while let path = enumerator.nextObject() as? String {
            if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                folders.insert(path)
            } else if let record = OutputManifest.identity(of: root.appendingPathComponent(path), key: 0) {
                files[path] = record
            } else {
                // Not a regular file (a link someone put there): remove it like a stale file.
                files[path] = OutputManifest.Record(key: 0, inode: 0, size: 0, modified: 0)
            }
        }
        return (files, folders)
    }

    static func unlink(_ url: URL) throws(BuildError) {
        let result = url.withUnsafeFileSystemRepresentation { path in path.map { posixUnlink($0) } ?? -1 }
        if result != 0, errno != ENOENT {
            throw BuildError(path: url.path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
        }
    }

    /// `link(2)`; where hard links are not possible (another file system, no permission) a copy.
    static func link(_ source: URL, to target: URL) throws(BuildError) {
        let result = source.withUnsafeFileSystemRepresentation { from in
            target.withUnsafeFileSystemRepresentation { to in
                guard let from, let to else { return Int32(-1) }
                return posixLink(from, to)
            }
        }
        guard result != 0 else { return }
        do {
            try FileManager.default.copyItem(at: source, to: target)
        } catch {
            throw BuildError(path: target.path, message: "cannot link or copy the unchanged file: \(error.localizedDescription)")
        }
    }
}

private func posixLink(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    return Glibc.link(from, to)
    #else
    return Darwin.link(from, to)
    #endif
}

private func posixUnlink(_ path: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    return Glibc.unlink(path)
    #else
    return Darwin.unlink(path)
    #endif
}

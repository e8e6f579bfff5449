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
            try fileManager.createDirectory(at: temp, withIntermediateDirectories: false)
            var madeFolders: Set<Substring> = []
            func ensureFolder(for path: String) throws {
                guard let slash = path.lastIndex(of: "/") else { return }
                let folder = path[..<slash]
                guard !madeFolders.contains(folder) else { return }
                try ensureFolder(for: String(folder))
                try Self.makeFolder(temp.appendingPathComponent(String(folder)))
                madeFolders.insert(folder)
            }
            for file in files {
                try ensureFolder(for: file.path)
                let target = temp.appendingPathComponent(file.path)
                switch file.source {
                case .unchanged:
                    try Self.link(destination.appendingPathComponent(file.path), to: target)
                    // A copy (where links fail) is a new inode: record what is there now.
                    manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
                case .bytes(let data):
                    try Self.writeFile(data, to: target)
                    manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
                case .copy(let source):
                    try fileManager.copyItem(at: source, to: target)
                    manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
                }
            }
        } catch {
            try? fileManager.removeItem(at: temp)
            throw BuildError(path: temp.path, message: "cannot write the site: \(error)")
        }
        do {
            try swapIn(temp)
        } catch {
            try? fileManager.removeItem(at: temp)
            throw error
        }
        return manifest
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

import ArgumentParser
import BriefContent
import Foundation

/// Paths as the system hands them over: bytes, which need not be valid UTF-8. Swift reads an
/// argument and the current folder as text, with U+FFFD in place of each bad byte: a path no
/// folder has. `brief init` in a folder named `bad\xE9` (or with such a DIR) made that other
/// folder beside it, wrote the site there and said it had made it.
enum RawPath {
    /// The bytes of the command-line argument Swift reads as `argument` (an option's value
    /// too when given as `--site=VALUE`).
    static func bytes(ofArgument argument: String) -> [UInt8] {
        let arguments = CommandLine.unsafeArgv
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = arguments[index] else { continue }
            let bytes = DirectoryWalk.FolderEntries.bytes(ofCString: raw)
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            if String(decoding: bytes, as: UTF8.self) == argument { return bytes }
            if bytes.starts(with: "--".utf8), let equals = bytes.firstIndex(of: UInt8(ascii: "=")),
                String(decoding: bytes[(equals + 1)...], as: UTF8.self) == argument
            {
                return Array(bytes[(equals + 1)...])
            }
        }
        return Array(argument.utf8)
    }

    /// The current folder's path as bytes; nil when it cannot be had.
    static func currentFolder() -> [UInt8]? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return DirectoryWalk.FolderEntries.bytes(ofCString: path)
    }

    /// The argument `argument` as the full path it names (from the current folder when relative).
    static func fullPath(ofArgument argument: String) -> [UInt8] {
        let bytes = bytes(ofArgument: argument)
        guard bytes.first != UInt8(ascii: "/"), let folder = currentFolder() else { return bytes }
        return folder + [UInt8(ascii: "/")] + bytes
    }

    /// Exits with status 1, saying why on standard error, when the folder `argument` names (from
    /// the current folder when relative) has a name on its way that is not valid UTF-8. `what`:
    /// what brief cannot do there ("make a site"). `base`: the folder (valid, as it is said) a
    /// relative `argument` is inside instead, named with it (`brief new --folder`: content/).
    static func requireValidNames(_ argument: String, under base: String? = nil, toDo what: String) throws {
        let path = base.map { Array($0.utf8) + [UInt8(ascii: "/")] + bytes(ofArgument: argument) } ?? fullPath(ofArgument: argument)
        guard let folder = DirectoryWalk.FolderEntries.firstInvalidName(inPath: path) else { return }
        let refusal = DirectoryWalk.FolderEntries.invalidNameRefusal(folder, cannot: what, chooseAnother: "folder")
        FileHandle.standardError.write(Data("error: \(refusal)\n".utf8))
        throw ExitCode(1)
    }
}

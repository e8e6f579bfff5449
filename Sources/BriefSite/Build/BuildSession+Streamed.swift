import Foundation

extension BuildSession {
    /// Like `keyedGroup`, for many pages made one after another: `make` hands each file over as
    /// soon as it is rendered and it is written at once, so only one page's bytes are alive.
    func keyedStream(_ name: String, inputs: UInt64, make: ((OutputFile) -> Void) -> Void) -> [PlannedFile] {
        var hasher = FNV64()
        hasher.add(keys.pages)
        hasher.add(name)
        hasher.add(inputs)
        let key = hasher.value
        let paths = manifest.paths(withKey: key)
        if !paths.isEmpty, paths.allSatisfy({ manifest.isIntact($0, key: key, in: outputDirectory) }) {
            return paths.map { PlannedFile(path: $0, key: key, source: .unchanged) }
        }
        var planned: [PlannedFile] = []
        make { planned.append(staging.write($0.path, key: key, data: $0.contents)) }
        return planned
    }
}

import Foundation

/// Which groups of the entity registry (`RegistryDependence`: names by first word) each
/// briefing's text touches, by briefing key, kept in `SITE/.brief-cache/registry-groups.bin` for
/// the registry's set of first words it was found under (`words`). A build whose registry has
/// the same first words takes a briefing's groups from here instead of parsing its Markdown and
/// reading its words again; under other first words (a note that adds a name of a new first
/// word) every briefing's text is read once more, and the table saved anew.
struct RegistryGroups: Sendable {
    /// `CacheKeys.registryWords` of the registry the groups were found under.
    var words: UInt64
    /// Group numbers (ascending) by briefing key.
    var groups: [UInt64: [Int32]]

    static let fileName = "registry-groups.bin"
    private static let magic = Array("BRIEFRGS".utf8)

    /// The table saved in `folder` for first words `words`, or nil when there is none, it is
    /// damaged or foreign, or it was made under other first words.
    static func load(from folder: URL, words: UInt64) -> RegistryGroups? {
        guard let (bytes, body) = ChecksummedFile.read(folder.appendingPathComponent(fileName), magic: magic) else { return nil }
        var reader = ByteReader(bytes, offset: body.lowerBound)
        do {
            guard try reader.readUInt64() == BuildCache.formatVersion, try reader.readUInt64() == words else { return nil }
            let count = try reader.readVarintCount()
            var groups: [UInt64: [Int32]] = [:]
            groups.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.readUInt64()
                let touched = try reader.readVarintCount()
                var list: [Int32] = []
                list.reserveCapacity(touched)
                for _ in 0..<touched { list.append(Int32(clamping: try reader.readVarint())) }
                groups[key] = list
            }
            guard reader.offset == body.upperBound else { return nil }
            return RegistryGroups(words: words, groups: groups)
        } catch {
            return nil
        }
    }

    /// Writes the table through a temp file and a rename; a failure only costs reading the
    /// briefings' words again next time.
    func save(to folder: URL) {
        ChecksummedFile.save(to: folder.appendingPathComponent(Self.fileName), magic: Self.magic) { writer in
            writer.write(BuildCache.formatVersion)
            writer.write(words)
            writer.writeVarint(groups.count)
            for (key, list) in groups {
                writer.write(key)
                writer.writeVarint(list.count)
                for group in list { writer.writeVarint(Int(group)) }
            }
        }
    }
}

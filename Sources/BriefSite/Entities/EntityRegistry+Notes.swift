import BriefAnnotate
import BriefContent

extension EntityRegistry {
    /// The registry every briefing's annotator gets: each note's name, type and aliases (with the
    /// note's id, so its page is found), and the names of `ignore: true` notes as ignored names.
    public init(notes: [EntityNote]) {
        var known: [KnownEntity] = []
        var ignored: Set<String> = []
        for note in notes {
            if note.ignore {
                ignored.insert(note.name)
                ignored.formUnion(note.aliases)
            } else {
                let type = note.type.flatMap(EntityType.init(rawValue:)) ?? .other
                known.append(KnownEntity(name: note.name, type: type, aliases: note.aliases, id: note.id))
            }
        }
        self.init(known: known, ignored: ignored)
    }
}

import BriefAnnotate
import BriefContent

extension SearchEntry {
    /// An entity's entry: its name; its type, description and other names shown; its aliases searched.
    public init(entity: SiteEntity) {
        var shown = [entity.type.label]
        if let description = entity.note?.description, !description.isEmpty { shown.append(description) }
        if !entity.aliases.isEmpty { shown.append("also " + entity.aliases.joined(separator: ", ")) }
        let mentions = entity.briefingCount == 1 ? "1 briefing" : "\(entity.briefingCount) briefings"
        shown.append(mentions)
        self.init(kind: .entity, title: entity.name, text: shown.joined(separator: " · "), url: entity.path, extra: entity.aliases.joined(separator: " "))
    }

    /// A quote's entry: the quoted words; the speaker and briefing shown; the speaker's other names
    /// searched. Links to the quote's anchor in its briefing (`#q-N`).
    public init(quote: SiteQuote, speaker: SiteEntity?) {
        let name = quote.quote.speaker ?? speaker?.name
        var shown: [String] = []
        if let name { shown.append("— " + name) }
        shown.append("in " + quote.briefingTitle)
        let extra = ([speaker?.name].compactMap { $0 } + (speaker?.aliases ?? [])).joined(separator: " ")
        self.init(kind: .quote, title: quote.quote.text, text: shown.joined(separator: ", "), url: quote.path, extra: extra)
    }

    /// Entries for every entity and every quote of the site, to append to the briefings'.
    public static func entries(of model: SiteModel) -> [SearchEntry] {
        (0..<entryCount(of: model)).map { entry($0, of: model) }
    }

    /// How many entries `entries(of:)` makes: one per entity, then one per quote.
    static func entryCount(of model: SiteModel) -> Int { model.entities.count + model.quotes.count }

    /// The entry at `index` of `entries(of:)`, made alone (the build makes them a chunk at a
    /// time and keeps none).
    static func entry(_ index: Int, of model: SiteModel) -> SearchEntry {
        if index < model.entities.count { return SearchEntry(entity: model.entities[index]) }
        let quote = model.quotes[index - model.entities.count]
        return SearchEntry(quote: quote, speaker: quote.quote.speakerID.flatMap { model.merge.byID[$0] })
    }
}

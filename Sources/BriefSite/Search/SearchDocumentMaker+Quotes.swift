extension SearchDocumentMaker {
    /// The document of `SearchEntry.entry(index, of: model)`; a quote's made without its entry
    /// (`bytes(quote:speaker:)`), as the build makes tens of thousands on every build.
    mutating func bytes(entry index: Int, of model: SiteModel) -> [UInt8] {
        if index < model.entities.count { return bytes(SearchEntry(entity: model.entities[index])) }
        let quote = model.quotes[index - model.entities.count]
        return bytes(quote: quote, speaker: quote.quote.speakerID.flatMap { model.merge.byID[$0] })
    }

    /// The bytes of `SearchEntry(quote: quote, speaker: speaker)`'s document: its shown text
    /// made in one string, and the speaker's names folded one by one rather than joined first
    /// (a space breaks words as the end of a text does, so the terms are the same).
    mutating func bytes(quote: SiteQuote, speaker: SiteEntity?) -> [UInt8] {
        let name = quote.quote.speaker ?? speaker?.name
        // "— NAME, in TITLE", or "in TITLE" without a name.
        var text = ""
        text.reserveCapacity((name?.utf8.count ?? 0) + quote.briefingTitle.utf8.count + 10)
        if let name {
            text += "— "
            text += name
            text += ", "
        }
        text += "in "
        text += quote.briefingTitle
        return bytes(kind: .quote, title: quote.quote.text, text: text, url: quote.path) { terms in
            guard let speaker else { return }
            terms.add(speaker.name, field: .extra)
            for alias in speaker.aliases { terms.add(alias, field: .extra) }
        }
    }
}

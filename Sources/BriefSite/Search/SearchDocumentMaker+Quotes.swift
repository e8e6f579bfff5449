extension SearchDocumentMaker {
    /// The document of `SearchEntry.entry(index, of: model)`, written into `store`; a quote's
    /// made without its entry (`append(quoteAt:speakerAt:to:)`), as the build makes tens of
    /// thousands on every build. Each quote's speaker is taken from `speakers` (made once for
    /// all entries) and the quote read in place (a copy retained each of its strings).
    mutating func append(entry index: Int, of model: SiteModel, speakers: QuoteSpeakers, to store: SearchDocumentStore) {
        if index < model.entities.count {
            let entry = SearchEntry(entity: model.entities[index])
            append(kind: entry.kind, title: entry.title, text: entry.text, url: entry.url, to: store) { terms in
                terms.add(entry.extra, field: .extra)
            }
            return
        }
        let q = index - model.entities.count
        let s = speakers.speaker(ofQuote: q)
        model.quotes.withUnsafeBufferPointer { quotes in
            speakers.entities.withUnsafeBufferPointer { entities in
                append(quoteAt: quotes.baseAddress! + q, speakerAt: s < 0 ? nil : entities.baseAddress! + s, to: store)
            }
        }
    }

    /// The speaker of each quote of a model as `model.merge.byID` has it, found by the model's
    /// entity numbers: one lookup by id per speaker, not one per quote (tens of thousands of
    /// hashed ids on every build).
    struct QuoteSpeakers: Sendable {
        /// The speakers, each once.
        let entities: [SiteEntity]
        /// Per quote: its speaker's position in `entities`, -1 when it has none (or the merge
        /// has no entity of its id).
        private let speakers: [Int32]

        init(_ model: SiteModel) {
            let numbering = model.numbering
            var entities: [SiteEntity] = []
            var speakers = [Int32](repeating: -1, count: model.quotes.count)
            // Every quote with a speaker id is in its number's list (`EntityNumbering.quotes`).
            for (number, quotes) in numbering.quotes.enumerated() where !quotes.isEmpty {
                guard let entity = model.merge.byID[numbering.ids[number]] else { continue }
                for q in quotes { speakers[q] = Int32(entities.count) }
                entities.append(entity)
            }
            self.entities = entities
            self.speakers = speakers
        }

        /// The position in `entities` of quote `q`'s speaker; -1 for none.
        func speaker(ofQuote q: Int) -> Int { Int(speakers[q]) }
    }

    /// The document of `SearchEntry(quote: quote.pointee, speaker: speaker?.pointee)`, written
    /// into `store`: its shown text made in one string, and the speaker's names folded one by
    /// one rather than joined first (a space breaks words as the end of a text does, so the
    /// terms are the same). Only the fields it shows are read: a quote or entity passed by
    /// value out of an array was copied first (a retain of each of its strings).
    private mutating func append(quoteAt quote: UnsafePointer<SiteQuote>, speakerAt speaker: UnsafePointer<SiteEntity>?, to store: SearchDocumentStore) {
        let name = quote.pointee.quote.speaker ?? speaker?.pointee.name
        // "— NAME, in TITLE", or "in TITLE" without a name.
        var text = ""
        text.reserveCapacity((name?.utf8.count ?? 0) + quote.pointee.briefingTitle.utf8.count + 10)
        if let name {
            text += "— "
            text += name
            text += ", "
        }
        text += "in "
        text += quote.pointee.briefingTitle
        // The path (`SiteQuote.path`) written from its parts: the computed property took a
        // copy of the whole quote (a retain of each of its strings) and made a String.
        append(
            kind: .quote, title: quote.pointee.quote.text, text: text, url: quote.pointee.briefingPath, quoteAnchor: quote.pointee.quote.number,
            to: store
        ) { terms in
            guard let speaker else { return }
            terms.add(speaker.pointee.name, field: .extra)
            for alias in speaker.pointee.aliases { terms.add(alias, field: .extra) }
        }
    }
}

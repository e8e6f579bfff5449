extension SearchDocumentMaker {
    /// The document of `SearchEntry.entry(index, of: model)`, written into `store`; a quote's
    /// made without its entry (`append(quoteAt:speakerAt:to:)`), as the build makes tens of
    /// thousands on every build. Each quote's speaker is taken from `speakers` (made once for
    /// all entries) and the quote read in place (a copy retained each of its strings); `words`
    /// keeps folded words from one quote to the next (for these `speakers` only).
    mutating func append(entry index: Int, of model: SiteModel, speakers: QuoteSpeakers, words: QuoteWords, to store: SearchDocumentStore) {
        if index < model.entities.count {
            let entry = SearchEntry(entity: model.entities[index])
            append(kind: entry.kind, title: entry.title, text: entry.text, url: entry.url, to: store, addText: { $0.add(entry.text, field: .text) }) { terms in
                terms.add(entry.extra, field: .extra)
            }
            return
        }
        let q = index - model.entities.count
        let s = speakers.speaker(ofQuote: q)
        model.quotes.withUnsafeBufferPointer { quotes in
            speakers.entities.withUnsafeBufferPointer { entities in
                append(quoteAt: quotes.baseAddress! + q, speakerAt: s < 0 ? nil : entities.baseAddress! + s, number: s, words: words, to: store)
            }
        }
    }

    /// Folded words a maker keeps from one quote to the next: its briefing's title (a
    /// briefing's quotes come one after another) and each speaker's names (by position in
    /// `QuoteSpeakers.entities`: made for one `QuoteSpeakers`), folded once instead of once per quote.
    final class QuoteWords {
        var briefingTitle: String?
        var titleWords = SearchTermTable.FoldedWords()
        var speakerWords: [SearchTermTable.FoldedWords?] = []
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
    /// into `store`: its shown text made in one string, its words and the speaker's names
    /// folded part by part rather than joined first (a space breaks words as the end of a text
    /// does, so the terms are the same), the briefing's title and the speaker's names
    /// (`speakerNumber`, its position in `QuoteSpeakers.entities`) taken from `cache`.
    /// Only the fields it shows are read: a quote or entity passed by value out of an array
    /// was copied first (a retain of each of its strings).
    private func append(
        quoteAt quote: UnsafePointer<SiteQuote>, speakerAt speaker: UnsafePointer<SiteEntity>?, number speakerNumber: Int, words cache: QuoteWords,
        to store: SearchDocumentStore
    ) {
        let name = quote.pointee.quote.speaker ?? speaker?.pointee.name
        // The path (`SiteQuote.path`) written from its parts: the computed property took a
        // copy of the whole quote (a retain of each of its strings) and made a String.
        append(
            kind: .quote, title: quote.pointee.quote.text,
            writeText: { row in
                // "— NAME, in TITLE", or "in TITLE" without a name, written part by part
                // (no String of it made per quote).
                row.append(UInt8(ascii: "\""))
                if let name {
                    row.append(contentsOf: "— ".utf8)
                    SearchIndex.appendJSONStringContents(name, to: &row)
                    row.append(contentsOf: ", ".utf8)
                }
                row.append(contentsOf: "in ".utf8)
                SearchIndex.appendJSONStringContents(quote.pointee.briefingTitle, to: &row)
                row.append(UInt8(ascii: "\""))
            }, url: quote.pointee.briefingPath, quoteAnchor: quote.pointee.quote.number,
            to: store,
            addText: { terms in
                // The words of "— NAME, in TITLE": a space or punctuation breaks words and ends a
                // final sigma as the end of a text does, so they are those of each part.
                if let name { terms.add(name, field: .text) }
                terms.add("in", field: .text)
                if cache.briefingTitle != quote.pointee.briefingTitle {
                    cache.briefingTitle = quote.pointee.briefingTitle
                    cache.titleWords = terms.fold(CollectionOfOne(quote.pointee.briefingTitle))
                }
                terms.add(cache.titleWords, field: .text)
            }
        ) { terms in
            guard let speaker else { return }
            if cache.speakerWords.count <= speakerNumber { cache.speakerWords += Array(repeating: nil, count: speakerNumber + 1 - cache.speakerWords.count) }
            if cache.speakerWords[speakerNumber] == nil {
                cache.speakerWords[speakerNumber] = terms.fold(CollectionOfOne(speaker.pointee.name) + speaker.pointee.aliases)
            }
            terms.add(cache.speakerWords[speakerNumber]!, field: .extra)
        }
    }
}

extension SearchDocumentMaker {
    /// The document of `SearchEntry.entry(index, of: model)`; a quote's made without its entry
    /// (`bytes(quote:speaker:)`), as the build makes tens of thousands on every build.
    /// Each quote's speaker is taken from `speakers` (made once for all entries) and the quote
    /// read in place (a copy retained each of its strings).
    mutating func bytes(entry index: Int, of model: SiteModel, speakers: QuoteSpeakers) -> [UInt8] {
        if index < model.entities.count { return bytes(SearchEntry(entity: model.entities[index])) }
        let q = index - model.entities.count
        return model.quotes.withUnsafeBufferPointer { quotes in
            speakers.withSpeaker(ofQuote: q) { bytes(quote: quotes[q], speaker: $0) }
        }
    }

    /// The speaker of each quote of a model as `model.merge.byID` has it, found by the model's
    /// entity numbers: one lookup by id per speaker, not one per quote (tens of thousands of
    /// hashed ids on every build).
    struct QuoteSpeakers: Sendable {
        /// Per quote: its speaker's number (`EntityNumbering`), -1 when it has none.
        private let numbers: [Int32]
        /// Per number: `model.merge.byID` of its id.
        private let entities: [SiteEntity?]

        init(_ model: SiteModel) {
            let numbering = model.numbering
            entities = numbering.ids.map { model.merge.byID[$0] }
            var numbers = [Int32](repeating: -1, count: model.quotes.count)
            // Every quote with a speaker id is in its number's list (`EntityNumbering.quotes`).
            for (number, quotes) in numbering.quotes.enumerated() {
                for q in quotes { numbers[q] = Int32(number) }
            }
            self.numbers = numbers
        }

        /// `body` of quote `q`'s speaker (nil when it has none or the merge has no such
        /// entity), read in place.
        func withSpeaker<R>(ofQuote q: Int, _ body: (SiteEntity?) -> R) -> R {
            let number = Int(numbers[q])
            guard number >= 0 else { return body(nil) }
            return entities.withUnsafeBufferPointer { body($0[number]) }
        }
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

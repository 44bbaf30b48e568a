/// Builds the report of an analysed document, converting UTF-8 offsets to code points.
public enum ReportBuilder {
    public static func report(for document: Document) -> Report {
        let text = document.text
        let segmentation = document.layer(SegmentationLayer.self)
        let languages = document.layer(LanguageLayer.self)
        let segments = (segmentation?.sentences ?? []).enumerated().map { index, sentence in
            let guess = languages?.sentences[index] ?? LanguageGuess(language: "und", confidence: 0)
            // Switches inside the sentence, listed only when there is more than one language.
            let inside = languages?.spans[index] ?? []
            let switches: [Report.LanguageSpanRecord] = inside.count > 1 ? inside.map { languageSpan in
                Report.LanguageSpanRecord(slice: TextSlice(languageSpan.range, of: text), language: languageSpan.language,
                                          confidence: rounded(languageSpan.confidence))
            } : []
            return Report.SegmentRecord(
                slice: TextSlice(sentence.range, of: text), kind: sentence.kind, paragraph: sentence.paragraph,
                language: guess.language, confidence: rounded(guess.confidence), switches: switches)
        }
        let warnings = document.warnings.map { warning in
            Report.WarningRecord(code: warning.code, slice: warning.range.map { TextSlice($0, of: text) },
                                 byteOffset: warning.inputByteOffset, message: warning.message)
        }
        let quoteLayer = document.layer(QuoteLayer.self)
        func span(_ range: TextRange) -> TextSlice { TextSlice(range, of: text) }
        let quotes = (quoteLayer?.quotes ?? []).enumerated().map { index, quote in
            Report.QuoteRecord(
                id: "q\(index + 1)", slice: span(quote.range), kind: quote.kind.rawValue,
                language: quote.language,
                speaker: quote.speaker.map { Report.QuoteRecord.Speaker(name: $0.name, latin: $0.latin, mention: span($0.mention), role: $0.role) },
                cue: quote.cue.map(span),
                sources: quote.sources.map { Report.QuoteRecord.Source(name: $0.name, relation: $0.relation.rawValue, explicit: $0.explicit, mention: $0.mention.map(span)) },
                translationStatus: quote.translation.status.rawValue, translatedFrom: quote.translation.from, evidence: quote.translation.evidence.map(span))
        }
        let metadata = document.metadata
        let info = Report.DocumentInfo(
            id: metadata.id, source: metadata.source, charset: metadata.charset,
            // Our own detection first; a dump's declared language when the text gave nothing.
            language: languages.map(\.document).flatMap { $0.language == "und" ? nil : $0.language } ?? metadata.declaredLanguage ?? "und", publisher: quoteLayer?.publisher, outlet: metadata.outlet,
            url: metadata.url, published: metadata.published, length: text.codePointCount)
        return Report(document: info, segments: segments, quotes: quotes, warnings: warnings)
    }

    /// Confidences are printed to three decimals: more digits would claim a precision they lack.
    public static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

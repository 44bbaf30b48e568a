/// A quotation or attributed claim with its attribution.
public struct Quote: Sendable {
    public enum Kind: String, Sendable { case direct, partial, indirect }
    public enum Relation: String, Sendable {
        case accordingTo = "according-to", reportedBy = "reported-by", alsoReportedBy = "also-reported-by"
        case publisher, cited, translatedBy = "translated-by"
    }
    public enum TranslationStatus: String, Sendable { case translated, original, unknown }

    public struct Speaker: Sendable {
        public var name: String
        public var latin: String
        public var mention: TextRange
        public var role: String?
    }

    public struct Source: Sendable, Equatable {
        public var name: String
        public var relation: Relation
        /// Stated for this quote (in its sentence), not inferred from the paragraph or document.
        public var explicit: Bool
        public var mention: TextRange?
    }

    public struct Translation: Sendable {
        public var status: TranslationStatus
        public var from: String?
        public var evidence: [TextRange]
    }

    /// The quoted words without their marks (for `indirect`, the reported clause).
    public var range: TextRange
    public var kind: Kind
    public var language: String
    public var speaker: Speaker?
    public var cue: TextRange?
    public var sources: [Source]
    public var translation: Translation
}

/// What the Quotes stage adds: the quotes in text order and the document's publisher.
public struct QuoteLayer: AnnotationLayer {
    public var quotes: [Quote]
    /// The agency or outlet a dateline names ("МОСКВА, 7 марта. /ТАСС/.", "MOSCOW (AP) —").
    public var publisher: String?
}

/// The annotated JSON report for one document (`quotetrail.report.v1`, see docs/report.schema.json).
///
/// All offsets are Unicode code points into the decoded text, end-exclusive, and every span
/// carries its `text`, equal to those code points of the decoded text.
public struct Report: Sendable {
    public static let schema = "quotetrail.report.v1"

    public struct DocumentInfo: Sendable {
        public var id: String
        public var source: String
        public var charset: String
        /// Declared or detected BCP 47 tag; `und` when unknown.
        public var language: String
        /// The outlet that published the text, as the text itself says (a dateline).
        public var publisher: String?
        /// The outlet a dump record declared.
        public var outlet: String?
        public var url: String?
        public var published: String?
        /// Length of the decoded text in code points.
        public var length: Int
    }

    public struct SegmentRecord: Sendable {
        public var start: Int
        public var end: Int
        public var kind: SegmentKind
        public var paragraph: Int
        public var language: String
        public var confidence: Double
        public var text: String
        /// Language spans inside the segment, when it switches language (empty otherwise).
        public var switches: [LanguageSpanRecord]
    }

    public struct LanguageSpanRecord: Sendable {
        public var start: Int
        public var end: Int
        public var language: String
        public var confidence: Double
        public var text: String
    }

    /// A span of the decoded text in code points, with its text.
    public struct SpanRecord: Sendable {
        public var start: Int
        public var end: Int
        public var text: String

        var json: JSONValue { .object([("start", .int(start)), ("end", .int(end)), ("text", .string(text))]) }
    }

    /// A quotation with its attribution (the Quotes stage).
    public struct QuoteRecord: Sendable {
        public struct Speaker: Sendable {
            public var name: String
            public var latin: String
            public var mention: SpanRecord
            public var role: String?
        }

        public struct Source: Sendable {
            public var name: String
            public var relation: String
            public var explicit: Bool
            public var mention: SpanRecord?
        }

        public var id: String
        public var start: Int
        public var end: Int
        public var text: String
        public var kind: String
        public var language: String
        public var speaker: Speaker?
        public var cue: SpanRecord?
        public var sources: [Source]
        public var translationStatus: String
        public var translatedFrom: String?
        public var evidence: [SpanRecord]

        var json: JSONValue {
            .object([
                ("id", .string(id)), ("start", .int(start)), ("end", .int(end)), ("text", .string(text)),
                ("kind", .string(kind)), ("language", .string(language)),
                ("speaker", speaker.map { speaker in
                    .object([("name", .string(speaker.name)), ("latin", .string(speaker.latin)), ("mention", speaker.mention.json),
                             ("role", .optional(speaker.role))])
                } ?? .null),
                ("cue", cue?.json ?? .null),
                ("sources", .array(sources.map { source in
                    .object([("name", .string(source.name)), ("relation", .string(source.relation)), ("explicit", .bool(source.explicit)),
                             ("mention", source.mention?.json ?? .null)])
                })),
                ("translation", .object([("status", .string(translationStatus)), ("from", .optional(translatedFrom)),
                                         ("evidence", .array(evidence.map(\.json)))])),
                ("links", .array([])),
            ])
        }
    }

    public struct WarningRecord: Sendable {
        public var code: String
        public var start: Int?
        public var end: Int?
        /// Offset in the input bytes as read, for decoding problems.
        public var byteOffset: Int?
        public var text: String?
        public var message: String
    }

    public var document: DocumentInfo
    public var segments: [SegmentRecord]
    public var quotes: [QuoteRecord]
    public var warnings: [WarningRecord]

    public var json: JSONValue {
        .object([
            ("schema", .string(Self.schema)),
            ("document", .object([
                ("id", .string(document.id)),
                ("source", .string(document.source)),
                ("charset", .string(document.charset)),
                ("language", .string(document.language)),
                ("publisher", .optional(document.publisher)),
                ("outlet", .optional(document.outlet)),
                ("url", .optional(document.url)),
                ("published", .optional(document.published)),
                ("length", .int(document.length)),
            ])),
            ("segments", .array(segments.map { segment in
                .object([
                    ("start", .int(segment.start)),
                    ("end", .int(segment.end)),
                    ("kind", .string(segment.kind.rawValue)),
                    ("paragraph", .int(segment.paragraph)),
                    ("language", .string(segment.language)),
                    ("confidence", .double(segment.confidence)),
                    ("text", .string(segment.text)),
                    ("switches", .array(segment.switches.map { span in
                        .object([
                            ("start", .int(span.start)), ("end", .int(span.end)), ("language", .string(span.language)),
                            ("confidence", .double(span.confidence)), ("text", .string(span.text)),
                        ])
                    })),
                ])
            })),
            ("quotes", .array(quotes.map(\.json))),
            ("warnings", .array(warnings.map(\.json))),
        ])
    }
}

extension Report.WarningRecord {
    public var json: JSONValue {
        .object([
            ("code", .string(code)),
            ("start", .optional(start)),
            ("end", .optional(end)),
            ("byte_offset", .optional(byteOffset)),
            ("text", .optional(text)),
            ("message", .string(message)),
        ])
    }
}

/// The record printed in place of a report when an input could not be analysed.
public struct ErrorRecord: Sendable {
    public static let schema = "quotetrail.error.v1"

    public var id: String
    public var error: IngestError

    public init(_ error: IngestError) {
        // Errors carry the id where they are made; the file name is the last resort.
        id = error.documentID ?? RecordReader.documentID(for: .file(path: error.source))
        self.error = error
    }

    public var json: JSONValue {
        .object([
            ("schema", .string(Self.schema)),
            ("document", .object([("id", .string(id)), ("source", .string(error.source))])),
            ("error", .object([("code", .string(error.kind.rawValue)), ("message", .string(error.description))])),
        ])
    }
}

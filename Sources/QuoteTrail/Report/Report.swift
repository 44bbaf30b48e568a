/// A span of a report: a stretch of the decoded text with its code point offsets. The text is
/// kept as offsets until it is printed (reports of a dump would otherwise copy every document
/// into Strings once more), and offsets and text come from one range, so they always agree.
public struct TextSlice: Sendable {
    public let source: DecodedText
    /// Byte offsets into the decoded text's UTF-8.
    public let range: TextRange
    /// The same stretch in code points, as reports count.
    public let codePoints: Range<Int>

    public init(_ range: TextRange, of source: DecodedText) {
        self.source = source
        self.range = range
        codePoints = source.codePointRange(range)
    }

    public var start: Int { codePoints.lowerBound }
    public var end: Int { codePoints.upperBound }
    public var text: String { source.string(range) }
    var bytes: ArraySlice<UInt8> { source.bytes(range) }

    /// `{"start", "end", "text"}`.
    func write(to writer: inout JSONWriter) {
        writer.object { writeMembers(to: &$0) }
    }

    /// The members `start`, `end` and `text`, inside an object the caller writes.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.key("start"); writer.int(start)
        writer.key("end"); writer.int(end)
        writer.key("text"); writer.string(utf8: bytes)
    }

    static func write(_ slice: Self?, to writer: inout JSONWriter) {
        if let slice { slice.write(to: &writer) } else { writer.null() }
    }
}

/// The annotated JSON report for one document (`quotetrail.report.v1`, see docs/report.schema.json).
///
/// All offsets are Unicode code points into the decoded text, end-exclusive, and every span
/// carries its `text`, equal to those code points of the decoded text (each is a `TextSlice`).
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
        public var slice: TextSlice
        public var start: Int { slice.start }
        public var end: Int { slice.end }
        public var text: String { slice.text }
        public var kind: SegmentKind
        public var paragraph: Int
        public var language: String
        public var confidence: Double
        /// Language spans inside the segment, when it switches language (empty otherwise).
        public var switches: [LanguageSpanRecord]
    }

    public struct LanguageSpanRecord: Sendable {
        public var slice: TextSlice
        public var start: Int { slice.start }
        public var end: Int { slice.end }
        public var text: String { slice.text }
        public var language: String
        public var confidence: Double
    }

    /// A quotation with its attribution (the Quotes stage).
    public struct QuoteRecord: Sendable {
        public struct Speaker: Sendable {
            public var name: String
            public var latin: String
            public var mention: TextSlice
            public var role: String?
        }

        public struct Source: Sendable {
            public var name: String
            public var relation: String
            public var explicit: Bool
            public var mention: TextSlice?
        }

        public var id: String
        public var slice: TextSlice
        public var start: Int { slice.start }
        public var end: Int { slice.end }
        public var text: String { slice.text }
        public var kind: String
        public var language: String
        public var speaker: Speaker?
        public var cue: TextSlice?
        public var sources: [Source]
        public var translationStatus: String
        public var translatedFrom: String?
        public var evidence: [TextSlice]

        func write(to writer: inout JSONWriter) {
            writer.object { writer in
                writer.key("id"); writer.string(id)
                writer.key("start"); writer.int(start)
                writer.key("end"); writer.int(end)
                writer.key("text"); writer.string(utf8: slice.bytes)
                writer.key("kind"); writer.string(kind)
                writer.key("language"); writer.string(language)
                writer.key("speaker")
                if let speaker {
                    writer.object { writer in
                        writer.key("name"); writer.string(speaker.name)
                        writer.key("latin"); writer.string(speaker.latin)
                        writer.key("mention"); speaker.mention.write(to: &writer)
                        writer.key("role"); writer.string(speaker.role)
                    }
                } else {
                    writer.null()
                }
                writer.key("cue"); TextSlice.write(cue, to: &writer)
                writer.key("sources")
                writer.array(sources) { writer, source in
                    writer.object { writer in
                        writer.key("name"); writer.string(source.name)
                        writer.key("relation"); writer.string(source.relation)
                        writer.key("explicit"); writer.bool(source.explicit)
                        writer.key("mention"); TextSlice.write(source.mention, to: &writer)
                    }
                }
                writer.key("translation")
                writer.object { writer in
                    writer.key("status"); writer.string(translationStatus)
                    writer.key("from"); writer.string(translatedFrom)
                    writer.key("evidence"); writer.array(evidence) { writer, span in span.write(to: &writer) }
                }
                writer.key("links"); writer.array { _ in }
            }
        }
    }

    public struct WarningRecord: Sendable {
        public var code: String
        /// The stretch of decoded text the warning is about, if any.
        public var slice: TextSlice?
        public var start: Int? { slice?.start }
        public var end: Int? { slice?.end }
        public var text: String? { slice?.text }
        /// Offset in the input bytes as read, for decoding problems.
        public var byteOffset: Int?
        public var message: String
    }

    public var document: DocumentInfo
    public var segments: [SegmentRecord]
    public var quotes: [QuoteRecord]
    public var warnings: [WarningRecord]

    /// The report as JSON text: compact on one line, or indented by two spaces.
    public func serialized(pretty: Bool = false) -> [UInt8] {
        JSONWriter.bytes(pretty: pretty) { write(to: &$0) }
    }

    public func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("schema"); writer.string(Self.schema)
            writer.key("document")
            writer.object { writer in
                writer.key("id"); writer.string(document.id)
                writer.key("source"); writer.string(document.source)
                writer.key("charset"); writer.string(document.charset)
                writer.key("language"); writer.string(document.language)
                writer.key("publisher"); writer.string(document.publisher)
                writer.key("outlet"); writer.string(document.outlet)
                writer.key("url"); writer.string(document.url)
                writer.key("published"); writer.string(document.published)
                writer.key("length"); writer.int(document.length)
            }
            writer.key("segments")
            writer.array(segments) { writer, segment in
                writer.object { writer in
                    writer.key("start"); writer.int(segment.start)
                    writer.key("end"); writer.int(segment.end)
                    writer.key("kind"); writer.string(segment.kind.rawValue)
                    writer.key("paragraph"); writer.int(segment.paragraph)
                    writer.key("language"); writer.string(segment.language)
                    writer.key("confidence"); writer.double(segment.confidence)
                    writer.key("text"); writer.string(utf8: segment.slice.bytes)
                    writer.key("switches")
                    writer.array(segment.switches) { writer, span in
                        writer.object { writer in
                            writer.key("start"); writer.int(span.start)
                            writer.key("end"); writer.int(span.end)
                            writer.key("language"); writer.string(span.language)
                            writer.key("confidence"); writer.double(span.confidence)
                            writer.key("text"); writer.string(utf8: span.slice.bytes)
                        }
                    }
                }
            }
            writer.key("quotes"); writer.array(quotes) { writer, quote in quote.write(to: &writer) }
            writer.key("warnings"); writer.array(warnings) { writer, warning in warning.write(to: &writer) }
        }
    }
}

extension Report.WarningRecord {
    public func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("code"); writer.string(code)
            writer.key("start"); writer.int(start)
            writer.key("end"); writer.int(end)
            writer.key("byte_offset"); writer.int(byteOffset)
            writer.key("text")
            if let slice { writer.string(utf8: slice.bytes) } else { writer.null() }
            writer.key("message"); writer.string(message)
        }
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

    public func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("schema"); writer.string(Self.schema)
            writer.key("document")
            writer.object { writer in
                writer.key("id"); writer.string(id)
                writer.key("source"); writer.string(error.source)
            }
            writer.key("error")
            writer.object { writer in
                writer.key("code"); writer.string(error.kind.rawValue)
                writer.key("message"); writer.string(error.description)
            }
        }
    }
}

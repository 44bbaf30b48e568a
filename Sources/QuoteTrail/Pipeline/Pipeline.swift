/// Runs the per-document stages in order: Ingest, Normalize, Segment, Language, Quotes.
///
/// Built once (dictionaries loaded, ICU objects opened) and shared; `analyze` is safe to
/// call from several threads at once.
public final class Pipeline: Sendable {
    public let ingestor: Ingestor
    public let normalizer: Normalizer
    public let segmenter: Segmenter
    public let languageIdentifier: LanguageIdentifier
    public let quoteExtractor: QuoteExtractor
    public let detail: PipelineDetail

    public init(decoder: CharsetDecoder = CharsetDecoder(), languageSettings: LanguageIdentifier.Settings = .init(), detail: PipelineDetail = .full) throws {
        self.detail = detail
        ingestor = Ingestor(decoder: decoder)
        normalizer = try Normalizer()
        segmenter = try Segmenter()
        languageIdentifier = try LanguageIdentifier(settings: languageSettings)
        quoteExtractor = try QuoteExtractor(wordForms: languageIdentifier.lexicon)
    }

    /// One record in, one document or one error out: nothing is dropped.
    public func analyze(_ record: InputRecord) -> Result<Document, IngestError> {
        var workspace = PipelineWorkspace()
        return analyze(record, workspace: &workspace)
    }

    /// The same, reusing what one thread keeps between documents (word scores).
    public func analyze(_ record: InputRecord, workspace: inout PipelineWorkspace) -> Result<Document, IngestError> {
        let document: Document
        do {
            document = try ingestor.document(from: record)
        } catch {
            var error = error
            error.documentID = error.documentID ?? record.metadata.id
            return .failure(error)
        }
        return process(document, workspace: &workspace)
    }

    /// The stages after ingest, for a document built some other way (tests, samples in memory).
    public func process(_ document: Document) -> Result<Document, IngestError> {
        var workspace = PipelineWorkspace()
        return process(document, workspace: &workspace)
    }

    public func process(_ document: Document, workspace: inout PipelineWorkspace) -> Result<Document, IngestError> {
        var document = document
        do {
            try normalizer.process(&document, matchingKey: detail.matchingKey)
            try segmenter.process(&document, wordTokens: detail.wordTokens)
            languageIdentifier.process(&document, cache: &workspace.wordScores)
            quoteExtractor.process(&document)
        } catch {
            return .failure(IngestError(.processingFailure, source: document.metadata.source, message: "\(error)", documentID: document.id))
        }
        return .success(document)
    }

    /// Convenience for text already in memory.
    public func analyze(text: String, id: String = "text", source: String = "-") -> Result<Document, IngestError> {
        let record = InputRecord(metadata: DocumentMetadata(id: id, source: source), content: .decoded(Array(text.utf8), charset: "utf-8"), format: .text)
        return analyze(record)
    }
}

/// What the per-document stages compute.
public enum PipelineDetail: Sendable {
    /// Every layer in full: for the library and the stage commands (normalize, segment).
    case full
    /// What reports use, and nothing more (`quotetrail analyze`): the Normalize stage makes no
    /// whole-document matching key and the Segment stage lists no word tokens; no later stage
    /// reads either, and together they were a fifth of analyze's time.
    case report

    /// Whether the Normalize stage makes the whole-document matching key.
    public var matchingKey: Bool { self == .full }
    /// Whether the Segment stage lists word tokens.
    public var wordTokens: Bool { self == .full }
}

/// What one thread keeps between documents so that a dump's later documents cost less: the
/// word scores of the Language stage. Not shared between threads; one per worker.
public struct PipelineWorkspace {
    var wordScores = WordScoreCache()

    public init() {}
}

/// The Ingest stage: turns an input record into a `Document` with its decoded text.
public struct Ingestor: Sendable {
    public var decoder: CharsetDecoder

    public init(decoder: CharsetDecoder = CharsetDecoder()) {
        self.decoder = decoder
    }

    public func document(from record: InputRecord) throws(IngestError) -> Document {
        var metadata = record.metadata
        if record.format == .html {
            throw IngestError(.unsupportedFormat, source: metadata.source,
                              message: "HTML input is not supported yet; convert it to text or JSON Lines")
        }
        var decoded: DecodedInput
        switch record.content {
        case .bytes(let bytes):
            decoded = try decoder.decode(bytes, source: metadata.source)
        case .decoded(let utf8, let charset):
            decoded = DecodedInput(utf8: utf8, charset: charset, warnings: [])
            if decoded.utf8.contains(0) {
                throw IngestError(.notText, source: metadata.source, message: "the text contains NUL characters: not text")
            }
        }
        if let repaired = MojibakeRepair.shared.repair(decoded.utf8) {
            decoded.utf8 = repaired.utf8
            decoded.warnings.append(DocumentWarning(
                code: "mojibake-repaired", range: repaired.firstRepair,
                message: "\(repaired.repairedRuns) stretch(es) of UTF-8 Russian that had been read as windows-1251 were repaired"))
        }
        metadata.charset = decoded.charset
        return Document(metadata: metadata, text: DecodedText(validUTF8: decoded.utf8), warnings: decoded.warnings)
    }
}

/// Why an input could not become a document. Each one names the file or record.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The path does not exist.
        case missingInput = "missing-input"
        /// Binary data, NUL bytes, or bytes no charset explains.
        case notText = "not-text"
        /// A dump record that is not a JSON object with a text field.
        case malformedRecord = "malformed-record"
        /// `--encoding` named a charset ICU does not know.
        case unknownEncoding = "unknown-encoding"
        /// A format this build cannot read yet.
        case unsupportedFormat = "unsupported-format"
        /// Reading failed (permissions, a directory where a file was expected...).
        case readFailure = "read-failure"
        /// A stage failed on text that decoded fine (should not happen; reported, not fatal).
        case processingFailure = "processing-failure"
    }

    public var kind: Kind
    /// The file path, `-`, or `path:line` for a record.
    public var source: String
    public var message: String
    /// The id the document would have had, when it is known (a dump record's `id` field).
    public var documentID: String?

    public init(_ kind: Kind, source: String, message: String, documentID: String? = nil) {
        self.kind = kind
        self.source = source
        self.message = message
        self.documentID = documentID
    }

    public var description: String { "\(source): \(message)" }
}

import Foundation

/// One unit of input that becomes one document (or one error record).
public struct InputRecord: Sendable {
    public enum Content: Sendable {
        /// Raw bytes whose charset is still to be found.
        case bytes([UInt8])
        /// Text that arrived already decoded (a JSON string in a dump).
        case text(String, charset: String)
    }

    public var metadata: DocumentMetadata
    public var content: Content
    public var format: InputFormat

    public init(metadata: DocumentMetadata, content: Content, format: InputFormat = .text) {
        self.metadata = metadata
        self.content = content
        self.format = format
    }
}

/// Splits an input source into records: a whole file for text and HTML, one line for JSON Lines.
public struct RecordReader: Sendable {
    /// Forces a format; otherwise it follows the extension (standard input: sniffed).
    public var format: InputFormat?

    public init(format: InputFormat? = nil) {
        self.format = format
    }

    /// Calls `body` once per record, in input order; a failure stands for the record it replaces.
    public func read(_ source: InputSource, _ body: (Result<InputRecord, IngestError>) throws -> Void) rethrows {
        let bytes: [UInt8]
        do {
            bytes = try Self.readAll(source)
        } catch {
            var error = error
            error.documentID = Self.documentID(for: source)
            try body(.failure(error))
            return
        }
        let format = self.format ?? Self.format(of: source, bytes: bytes)
        let id = Self.documentID(for: source)
        switch format {
        case .text, .html:
            let metadata = DocumentMetadata(id: id, source: source.name)
            try body(.success(InputRecord(metadata: metadata, content: .bytes(bytes), format: format)))
        case .jsonLines:
            try JSONLinesReader(sourceName: source.name, fallbackID: id).read(bytes, body)
        }
    }

    public static func readAll(_ source: InputSource) throws(IngestError) -> [UInt8] {
        switch source {
        case .standardInput:
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                let exists = FileManager.default.fileExists(atPath: path)
                throw IngestError(exists ? .readFailure : .missingInput, source: path,
                                  message: exists ? "cannot open the file for reading" : "no such file or directory")
            }
            defer { try? handle.close() }
            do {
                return Array(try handle.readToEnd() ?? Data())
            } catch {
                throw IngestError(.readFailure, source: path, message: "read failed: \(error.localizedDescription)")
            }
        }
    }

    /// The extension decides; standard input that starts with `{` is taken as JSON Lines.
    static func format(of source: InputSource, bytes: [UInt8]) -> InputFormat {
        if case .file(let path) = source, let format = InputFormat.forPath(path) { return format }
        let firstVisible = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if firstVisible == UInt8(ascii: "{") { return .jsonLines }
        if firstVisible == UInt8(ascii: "<") { return .html }
        return .text
    }

    /// The file name without its extension; `stdin` for standard input.
    static func documentID(for source: InputSource) -> String {
        switch source {
        case .standardInput: "stdin"
        case .file(let path): ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }
    }
}

/// Reads a JSON Lines dump: one JSON object per line with `text` (or `body`, `content`) and
/// optional `id`, `title`, `url`, `outlet` (or `publisher`, `source`), `published` (or
/// `date`), `language` (or `lang`). A title becomes the first paragraph of the text.
struct JSONLinesReader {
    var sourceName: String
    var fallbackID: String

    func read(_ bytes: [UInt8], _ body: (Result<InputRecord, IngestError>) throws -> Void) rethrows {
        for (index, range) in Lines.ranges(in: bytes).enumerated() {
            var line = bytes[range]
            if index == 0 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            try body(record(from: line, lineNumber: index + 1))
        }
    }

    private func record(from line: ArraySlice<UInt8>, lineNumber: Int) -> Result<InputRecord, IngestError> {
        let source = "\(sourceName):\(lineNumber)"
        func malformed(_ message: String, id: String? = nil) -> Result<InputRecord, IngestError> {
            .failure(IngestError(.malformedRecord, source: source, message: "line \(lineNumber) \(message)",
                                 documentID: id ?? "\(fallbackID):\(lineNumber)"))
        }
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
            return malformed("is not valid JSON")
        }
        guard let object = parsed as? [String: Any] else { return malformed("is not a JSON object") }
        func field(_ names: String...) -> String? {
            for name in names {
                if let value = object[name] as? String { return value }
                if let value = object[name] as? NSNumber { return value.stringValue }
            }
            return nil
        }
        guard let text = field("text", "body", "content") else {
            return malformed("has no \"text\" string", id: field("id", "_id", "uuid"))
        }
        let title = field("title", "headline").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        let metadata = DocumentMetadata(
            id: field("id", "_id", "uuid") ?? "\(fallbackID):\(lineNumber)",
            source: source,
            outlet: field("outlet", "publisher", "source", "site"),
            url: field("url", "link"),
            published: field("published", "date", "published_at"),
            declaredLanguage: field("language", "lang"))
        let fullText = title.isEmpty ? text : title + "\n\n" + text
        return .success(InputRecord(metadata: metadata, content: .text(fullText, charset: "utf-8"), format: .text))
    }
}

import Foundation

/// One unit of input that becomes one document (or one error record).
public struct InputRecord: Sendable {
    public enum Content: Sendable {
        /// Raw bytes whose charset is still to be found.
        case bytes([UInt8])
        /// Text that arrived already decoded, as valid UTF-8 (a JSON string in a dump).
        case decoded([UInt8], charset: String)
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
            guard let bytes = readToEnd(STDIN_FILENO) else {
                throw IngestError(.readFailure, source: "-", message: "read failed: \(String(cString: strerror(errno)))")
            }
            return bytes
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                let exists = FileManager.default.fileExists(atPath: path)
                throw IngestError(exists ? .readFailure : .missingInput, source: path,
                                  message: exists ? "cannot open the file for reading" : "no such file or directory")
            }
            defer { close(descriptor) }
            var status = stat()
            let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
            guard let bytes = readToEnd(descriptor, sizeHint: size) else {
                throw IngestError(.readFailure, source: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            return bytes
        }
    }

    /// Every byte up to the end of file, read straight into the array (through Data it was
    /// read once and copied once more); nil when a read fails, with `errno` set.
    static func readToEnd(_ descriptor: Int32, sizeHint: Int = 0) -> [UInt8]? {
        // One byte more than the size, so a file read whole is known to be at its end without growing.
        var bytes = [UInt8](repeating: 0, count: max(sizeHint + 1, 1 << 16))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let read = bytes.withUnsafeMutableBufferPointer { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
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
        let object: JSONRecord
        do {
            object = try JSONRecord(parsing: line)
        } catch .invalid(let message) {
            return malformed(message)
        } catch {
            return malformed("is not a JSON object")
        }
        func field(_ names: String...) -> String? {
            for name in names {
                if let value = object.string(name) { return String(decoding: value, as: UTF8.self) }
            }
            return nil
        }
        guard let text = object.string("text", "body", "content") else {
            return malformed("has no \"text\" string", id: field("id", "_id", "uuid"))
        }
        let title = object.string("title", "headline").map { (title: [UInt8]) -> [UInt8] in
            let kept = Punctuation.trimmingBlanks(TextRange(start: 0, end: title.count), in: title)
            return Array(title[kept.start..<kept.end])
        } ?? []
        let metadata = DocumentMetadata(
            id: field("id", "_id", "uuid") ?? "\(fallbackID):\(lineNumber)",
            source: source,
            outlet: field("outlet", "publisher", "source", "site"),
            url: field("url", "link"),
            published: field("published", "date", "published_at"),
            declaredLanguage: field("language", "lang"))
        let fullText = title.isEmpty ? text : title + [0x0A, 0x0A] + text
        return .success(InputRecord(metadata: metadata, content: .decoded(fullText, charset: "utf-8"), format: .text))
    }
}

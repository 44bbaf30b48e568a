import Foundation

/// How the bytes of an input are laid out.
public enum InputFormat: String, Sendable, CaseIterable {
    /// One document per file.
    case text
    /// One document per file; markup is removed (later: block structure kept).
    case html
    /// One document per line: a JSON object with at least a `text` field.
    case jsonLines = "jsonl"

    /// Extensions the directory walk picks up.
    static let fileExtensions: [String: InputFormat] = ["txt": .text, "text": .text, "html": .html, "htm": .html, "jsonl": .jsonLines, "ndjson": .jsonLines]

    /// The format a file's extension names, if any.
    public static func forPath(_ path: String) -> InputFormat? {
        fileExtensions[(path as NSString).pathExtension.lowercased()]
    }
}

/// One place to read documents from.
public enum InputSource: Sendable, Equatable {
    case file(path: String)
    case standardInput

    public var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }
}

/// Turns command-line operands into input sources: files as given, directories walked
/// recursively (sorted, only `*.txt`, `*.html`, `*.jsonl`), `-` for standard input.
public enum InputCollector {
    public static func collect(_ operands: [String]) -> [Result<InputSource, IngestError>] {
        var result = [Result<InputSource, IngestError>]()
        let files = FileManager.default
        for operand in operands {
            if operand == "-" {
                result.append(.success(.standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: operand, isDirectory: &isDirectory) else {
                result.append(.failure(IngestError(.missingInput, source: operand, message: "no such file or directory",
                                                   documentID: RecordReader.documentID(for: .file(path: operand)))))
                continue
            }
            if !isDirectory.boolValue {
                result.append(.success(.file(path: operand)))
                continue
            }
            guard let walker = files.enumerator(atPath: operand) else {
                result.append(.failure(IngestError(.readFailure, source: operand, message: "cannot list the directory")))
                continue
            }
            var found = [String]()
            for case let relative as String in walker where InputFormat.forPath(relative) != nil {
                let path = (operand as NSString).appendingPathComponent(relative)
                var nestedDirectory: ObjCBool = false
                if files.fileExists(atPath: path, isDirectory: &nestedDirectory), !nestedDirectory.boolValue {
                    found.append(path)
                }
            }
            result.append(contentsOf: found.sorted().map { .success(.file(path: $0)) })
        }
        return result
    }
}

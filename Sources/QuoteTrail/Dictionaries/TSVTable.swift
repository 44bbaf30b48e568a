import Foundation

/// A tab-separated data file with a header line; `#` lines are comments.
public struct TSVTable: Sendable {
    public struct Row: Sendable {
        fileprivate let columns: [String: Int]
        public let values: [String]
        public let lineNumber: Int

        /// The value in a named column ("" when the line is short).
        public subscript(column: String) -> String {
            guard let index = columns[column], index < values.count else { return "" }
            return values[index]
        }
    }

    public let header: [String]
    public let rows: [Row]

    public static func load(_ url: URL) throws -> TSVTable {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataFileError(file: url.path, message: "cannot read the dictionary file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    public static func parse(_ text: String, file: String) throws -> TSVTable {
        var header: [String]?
        var columns = [String: Int]()
        var rows = [Row]()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let values = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil {
                header = values
                for (position, name) in values.enumerated() { columns[name] = position }
                continue
            }
            rows.append(Row(columns: columns, values: values, lineNumber: index + 1))
        }
        guard let header else { throw DataFileError(file: file, message: "no header line") }
        return TSVTable(header: header, rows: rows)
    }
}

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
        return try parse(utf8: [UInt8](data), file: url.path)
    }

    public static func parse(_ text: String, file: String) throws -> TSVTable {
        try parse(utf8: Array(text.utf8), file: file)
    }

    /// Cut at line feeds and tabs on the bytes: splitting a String works on Characters, which
    /// costs a grapheme break check per character and reads "\r\n" as one.
    static func parse(utf8 bytes: [UInt8], file: String) throws -> TSVTable {
        var header: [String]?
        var columns = [String: Int]()
        var rows = [Row]()
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            var values = [String]()
            var fieldStart = lineStart
            for position in lineStart...end where position == end || bytes[position] == 0x09 {
                values.append(String(decoding: bytes[fieldStart..<position], as: UTF8.self))
                fieldStart = position + 1
            }
            if header == nil {
                header = values
                for (position, name) in values.enumerated() { columns[name] = position }
                continue
            }
            rows.append(Row(columns: columns, values: values, lineNumber: lineNumber))
        }
        guard let header else { throw DataFileError(file: file, message: "no header line") }
        return TSVTable(header: header, rows: rows)
    }
}

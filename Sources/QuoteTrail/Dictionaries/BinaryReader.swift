import Foundation

/// A data file (dictionary, model) that cannot be used, with the file and what is wrong.
public struct DataFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let message: String
    public var description: String { "\(file): \(message)" }
}

/// Reads the little-endian binary files of `Dictionaries/data` front to back.
struct BinaryReader {
    private let data: Data
    private let file: String
    private var offset = 0

    init(contentsOf url: URL, magic: String) throws {
        data = try Data(contentsOf: url, options: .mappedIfSafe)
        file = url.path
        guard try withBytes(magic.utf8.count, { String(decoding: $0, as: UTF8.self) }) == magic else {
            throw DataFileError(file: file, message: "not a \(magic) file")
        }
    }

    func failure(_ message: String) -> DataFileError { DataFileError(file: file, message: message) }

    /// The next `count` bytes, read in place (no copy of the file's data).
    private mutating func withBytes<Result>(_ count: Int, _ body: (UnsafeRawBufferPointer) -> Result) throws -> Result {
        guard count >= 0, offset + count <= data.count else { throw failure("truncated at byte \(offset)") }
        defer { offset += count }
        return data.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
    }

    mutating func u32() throws -> Int { Int(try array(1, of: UInt32.self)[0].littleEndian) }
    mutating func u64() throws -> UInt64 { try array(1, of: UInt64.self)[0].littleEndian }

    /// A name stored in a 16-byte field padded with NULs.
    mutating func name() throws -> String {
        try withBytes(16) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    /// `count` values stored back to back (little-endian, as every supported machine is).
    mutating func array<Element: BitwiseCopyable>(_ count: Int, of type: Element.Type) throws -> [Element] {
        try withBytes(count * MemoryLayout<Element>.size) { chunk in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: chunk)
                initialized = count
            }
        }
    }
}

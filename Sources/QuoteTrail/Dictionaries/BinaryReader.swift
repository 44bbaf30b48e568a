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
        guard try String(decoding: bytes(magic.utf8.count), as: UTF8.self) == magic else {
            throw DataFileError(file: file, message: "not a \(magic) file")
        }
    }

    func failure(_ message: String) -> DataFileError { DataFileError(file: file, message: message) }

    private mutating func bytes(_ count: Int) throws -> Data {
        guard count >= 0, offset + count <= data.count else { throw failure("truncated at byte \(offset)") }
        defer { offset += count }
        return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + offset + count))
    }

    mutating func u32() throws -> Int { Int(try array(1, of: UInt32.self)[0].littleEndian) }
    mutating func u64() throws -> UInt64 { try array(1, of: UInt64.self)[0].littleEndian }

    /// A name stored in a 16-byte field padded with NULs.
    mutating func name() throws -> String {
        String(decoding: try bytes(16).prefix { $0 != 0 }, as: UTF8.self)
    }

    /// `count` values stored back to back (little-endian, as every supported machine is).
    mutating func array<Element: BitwiseCopyable>(_ count: Int, of type: Element.Type) throws -> [Element] {
        let chunk = try bytes(count * MemoryLayout<Element>.size)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            chunk.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
    }
}

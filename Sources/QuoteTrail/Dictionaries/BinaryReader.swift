import Foundation

/// A data file (dictionary, model) that cannot be used, with the file and what is wrong.
public struct DataFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let message: String
    public var description: String { "\(file): \(message)" }
}

/// A file mapped read-only into memory, unmapped when the last reference goes. The binary
/// data files are read in place from it: reading them into memory first copied 28 MB at
/// every start, and the lexicon's Bloom filters are used where they lie.
final class MappedFile: @unchecked Sendable {  // immutable after init
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw DataFileError(file: path, message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw DataFileError(file: path, message: "cannot stat: \(String(cString: strerror(errno)))") }
        let count = Int(status.st_size)
        guard count > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), base != MAP_FAILED else {
            throw DataFileError(file: path, message: "cannot map: \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: base, count: count)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// Reads the little-endian binary files of `Dictionaries/data` front to back.
struct BinaryReader {
    let file: MappedFile
    private let path: String
    private var offset = 0

    init(contentsOf url: URL, magic: String) throws {
        file = try MappedFile(path: url.path)
        path = url.path
        guard try String(decoding: view(magic.utf8.count), as: UTF8.self) == magic else {
            throw DataFileError(file: path, message: "not a \(magic) file")
        }
    }

    func failure(_ message: String) -> DataFileError { DataFileError(file: path, message: message) }

    /// The next `count` bytes where they lie in the mapped file (valid while `file` lives).
    mutating func view(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, offset + count <= file.bytes.count else { throw failure("truncated at byte \(offset)") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: file.bytes[offset..<(offset + count)])
    }

    mutating func u32() throws -> Int { Int(try array(1, of: UInt32.self)[0].littleEndian) }
    mutating func u64() throws -> UInt64 { try array(1, of: UInt64.self)[0].littleEndian }

    /// A name stored in a 16-byte field padded with NULs.
    mutating func name() throws -> String {
        String(decoding: try view(16).prefix { $0 != 0 }, as: UTF8.self)
    }

    /// `count` values stored back to back (little-endian, as every supported machine is).
    mutating func array<Element: BitwiseCopyable>(_ count: Int, of type: Element.Type) throws -> [Element] {
        let chunk = try view(count * MemoryLayout<Element>.size)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: chunk)
            initialized = count
        }
    }
}

/// The decoded text of a document: valid UTF-8, never changed after ingest.
///
/// Offsets inside the pipeline are UTF-8 byte offsets. `codePointOffset(ofByte:)` converts
/// them to Unicode code points (what reports use) in constant time through a table of
/// running counts taken every `CodePointIndex.stride` bytes.
public struct DecodedText: Sendable {
    public let utf8: [UInt8]
    private let index: CodePointIndex

    /// `bytes` must be valid UTF-8 (ingest guarantees it).
    public init(validUTF8 bytes: [UInt8]) {
        utf8 = bytes
        index = CodePointIndex(bytes)
    }

    public init(_ string: String) {
        self.init(validUTF8: Array(string.utf8))
    }

    public var byteCount: Int { utf8.count }
    public var codePointCount: Int { index.count }
    public var fullRange: TextRange { TextRange(start: 0, end: utf8.count) }

    public var string: String { String(decoding: utf8, as: UTF8.self) }

    public func string(_ range: TextRange) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    public func bytes(_ range: TextRange) -> ArraySlice<UInt8> { utf8[range.start..<range.end] }

    /// The code point offset of a byte offset that lies on a code point boundary.
    public func codePointOffset(ofByte offset: Int) -> Int { index.codePointOffset(ofByte: offset, in: utf8) }

    public func codePointRange(_ range: TextRange) -> Range<Int> {
        codePointOffset(ofByte: range.start)..<codePointOffset(ofByte: range.end)
    }

    /// The byte offset of a code point offset (binary search over the table, then a short scan).
    public func byteOffset(ofCodePoint offset: Int) -> Int { index.byteOffset(ofCodePoint: offset, in: utf8) }

    /// Whether `offset` falls between two code points (not inside a multi-byte sequence).
    public func isBoundary(_ offset: Int) -> Bool {
        offset == 0 || offset == utf8.count || (offset > 0 && offset < utf8.count && !UTF8.isContinuation(utf8[offset]))
    }
}

/// Running code point counts at every `stride` bytes of a UTF-8 buffer.
struct CodePointIndex: Sendable {
    static let stride = 64
    private var checkpoints: [Int]
    private(set) var count: Int

    init(_ bytes: [UInt8]) {
        var checkpoints = [Int]()
        checkpoints.reserveCapacity(bytes.count / Self.stride + 2)
        var running = 0
        bytes.withUnsafeBytes { raw in
            var position = 0
            // Whole blocks: count code point starts eight bytes at a time. A continuation
            // byte is 10xxxxxx, so it has bit 7 set and bit 6 clear.
            while position + Self.stride <= raw.count {
                checkpoints.append(running)
                var continuations = 0
                for word in 0..<(Self.stride / 8) {
                    let value = raw.loadUnaligned(fromByteOffset: position + word * 8, as: UInt64.self)
                    continuations += (value & ~(value << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                }
                running += Self.stride - continuations
                position += Self.stride
            }
            if position < raw.count {
                checkpoints.append(running)
                while position < raw.count {
                    if raw[position] & 0xC0 != 0x80 { running += 1 }
                    position += 1
                }
            }
        }
        checkpoints.append(running)
        self.checkpoints = checkpoints
        self.count = running
    }

    func codePointOffset(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        precondition(offset >= 0 && offset <= bytes.count, "byte offset \(offset) outside the text")
        if offset == bytes.count { return count }
        let block = offset / Self.stride
        var result = checkpoints[block]
        var position = block * Self.stride
        bytes.withUnsafeBytes { raw in
            // Eight bytes at a time as in `init`, then the last few one by one.
            while position + 8 <= offset {
                let value = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                result += 8 - (value & ~(value << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                position += 8
            }
            while position < offset {
                if raw[position] & 0xC0 != 0x80 { result += 1 }
                position += 1
            }
        }
        return result
    }

    func byteOffset(ofCodePoint target: Int, in bytes: [UInt8]) -> Int {
        precondition(target >= 0 && target <= count, "code point offset \(target) outside the text")
        if target == count { return bytes.count }
        // The last block whose starting count is <= target.
        var low = 0
        var high = checkpoints.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if checkpoints[middle] <= target { low = middle } else { high = middle - 1 }
        }
        var position = low * Self.stride
        var seen = checkpoints[low]
        while true {
            // Skip continuation bytes so `position` always sits on a code point start.
            while position < bytes.count && bytes[position] & 0xC0 == 0x80 { position += 1 }
            if seen == target { return position }
            seen += 1
            position += 1
        }
    }
}

/// Code point offsets of byte offsets visited in increasing order, counted from `origin`:
/// for short stretches such as lines, where an index of the whole text is not worth building.
public struct CodePointCursor {
    private let bytes: [UInt8]
    private var byte: Int
    private var codePoints = 0

    public init(_ bytes: [UInt8], origin: Int) {
        self.bytes = bytes
        byte = origin
    }

    /// Code points from the origin to `offset` (a boundary at or after the last one asked).
    public mutating func codePoints(to offset: Int) -> Int {
        precondition(offset >= byte, "offsets must be visited in increasing order")
        while byte < offset {
            if !UTF8.isContinuation(bytes[byte]) { codePoints += 1 }
            byte += 1
        }
        return codePoints
    }
}

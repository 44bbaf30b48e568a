/// A half-open range of UTF-8 byte offsets into a document's decoded text.
///
/// Stages work in UTF-8 bytes because that is how the text is stored and scanned; reports
/// convert to Unicode code points at the edge (see `DecodedText.codePointRange`).
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a text range cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var range: Range<Int> { start..<end }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

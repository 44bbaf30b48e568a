/// Maps offsets between a text and a normalized form of it, from ICU's list of changes.
///
/// Outside a change offsets move one to one. An offset inside a change (a ligature that
/// became two letters, a letter and its accent that were composed) maps to the edge of the
/// change: starts round down, ends round up, so a mapped span always covers what it came from.
public struct OffsetMap: Sendable {
    public let edits: [NormalizationEdit]

    public init(edits: [NormalizationEdit]) {
        self.edits = edits
    }

    /// The original range that a range of the normalized text came from.
    public func sourceRange(of target: TextRange) -> TextRange {
        let start = map(target.start, isEnd: false, from: \.targetStart, \.targetLength, to: \.sourceStart, \.sourceLength)
        let end = map(target.end, isEnd: true, from: \.targetStart, \.targetLength, to: \.sourceStart, \.sourceLength)
        return TextRange(start: start, end: max(start, end))
    }

    /// The normalized range that an original range became.
    public func targetRange(of source: TextRange) -> TextRange {
        let start = map(source.start, isEnd: false, from: \.sourceStart, \.sourceLength, to: \.targetStart, \.targetLength)
        let end = map(source.end, isEnd: true, from: \.sourceStart, \.sourceLength, to: \.targetStart, \.targetLength)
        return TextRange(start: start, end: max(start, end))
    }

    private func map(_ offset: Int, isEnd: Bool,
                     from fromStart: KeyPath<NormalizationEdit, Int>, _ fromLength: KeyPath<NormalizationEdit, Int>,
                     to toStart: KeyPath<NormalizationEdit, Int>, _ toLength: KeyPath<NormalizationEdit, Int>) -> Int {
        // The last change that starts before the offset (at or before it, for starts).
        var low = 0
        var high = edits.count
        while low < high {
            let middle = (low + high) / 2
            let start = edits[middle][keyPath: fromStart]
            if isEnd ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        let edit = edits[low - 1]
        let changeStart = edit[keyPath: fromStart]
        let changeEnd = changeStart + edit[keyPath: fromLength]
        let mappedStart = edit[keyPath: toStart]
        let mappedEnd = mappedStart + edit[keyPath: toLength]
        if offset < changeEnd || (isEnd && offset == changeEnd) {
            return isEnd ? mappedEnd : mappedStart
        }
        return mappedEnd + (offset - changeEnd)
    }
}

/// A normalized form of a document's text with the map back to the decoded text.
public struct NormalizedText: Sendable {
    public let form: NormalForm
    public let utf8: [UInt8]
    public let map: OffsetMap

    public var string: String { String(decoding: utf8, as: UTF8.self) }

    public func string(_ range: TextRange) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// Normalizes UTF-8 text with ICU, keeping ICU's edit list as the offset map.
    public static func make(_ utf8: [UInt8], form: NormalForm) throws -> NormalizedText {
        // Most text is already NFC: then the layer shares the decoded bytes (no copy, no map).
        if try ICU.isNormalized(utf8, form: form) {
            return NormalizedText(form: form, utf8: utf8, map: OffsetMap(edits: []))
        }
        let result = try ICU.normalize(utf8, form: form)
        return NormalizedText(form: form, utf8: result.bytes, map: OffsetMap(edits: result.edits))
    }
}

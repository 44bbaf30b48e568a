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

    /// Whether the text is made only of characters that are NFC whatever surrounds them: ASCII,
    /// Latin-1 (U+0080–U+00FF), basic Cyrillic (U+0400–U+047F) and the punctuation block from
    /// U+2002 to U+203F (dashes, quotation marks, the ellipsis; U+2000 and U+2001 decompose).
    /// None of these is a combining mark or changes under NFC, so ICU's check, which reads the
    /// text at about 1 GB/s, is needed only for other text. False means "ask ICU".
    static func isPlainlyNFC(_ utf8: [UInt8]) -> Bool {
        // The text is valid UTF-8 (ingest repaired it), so only lead bytes need looking at.
        utf8.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                // Blocks whose lead bytes are all C2, C3, D0 or D1 are skipped whole (continuation
                // bytes and ASCII pass).
                index = ByteScan.skip(bytes, from: index) { word in
                    let leads = word & (word << 1) & ByteScan.highBits  // bytes 0xC0 and above
                    let pairs = word & (ByteScan.ones &* 0xFE)
                    let allowed = ByteScan.zeroBytes(pairs ^ (ByteScan.ones &* 0xC2)) | ByteScan.zeroBytes(pairs ^ (ByteScan.ones &* 0xD0))
                    return leads & ~allowed == 0
                }
                guard index < bytes.count else { break }
                let lead = bytes[index]
                if lead < 0xC0 {
                    index += 1  // ASCII, or the rest of a character that began in the block before
                } else if lead == 0xC2 || lead == 0xC3 || lead == 0xD0 || lead == 0xD1 {
                    guard index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else { return false }
                    index += 2
                } else if lead == 0xE2 {
                    guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x82, bytes[index + 2] <= 0xBF else { return false }
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Normalizes UTF-8 text with ICU, keeping ICU's edit list as the offset map.
    public static func make(_ utf8: [UInt8], form: NormalForm) throws -> NormalizedText {
        // Most text is already NFC: then the layer shares the decoded bytes (no copy, no map).
        if try (form == .nfc && isPlainlyNFC(utf8)) || ICU.isNormalized(utf8, form: form) {
            return NormalizedText(form: form, utf8: utf8, map: OffsetMap(edits: []))
        }
        let result = try ICU.normalize(utf8, form: form)
        return NormalizedText(form: form, utf8: result.bytes, map: OffsetMap(edits: result.edits))
    }
}

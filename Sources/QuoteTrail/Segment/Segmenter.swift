import QuoteTrailDictionaries

/// The Segment stage: paragraphs (blank lines), sentences (ICU, corrected for abbreviations
/// and news typography by `SentenceRules`), and tokens (ICU word boundaries: words, numbers, punctuation).
public final class Segmenter: Sendable {
    private let sentences: BoundaryFinder
    private let words: BoundaryFinder
    /// Built once: its unit table is a Set of byte strings.
    private let sentenceRules: SentenceRules
    private let furniture: FurnitureRules

    /// Builds the ICU break iterators once; `abbreviations` come from `abbreviations.tsv`.
    public init(abbreviations: AbbreviationList, furniture: FurnitureRules = FurnitureRules(phrases: [:])) throws {
        self.furniture = furniture
        // One sentence iterator for all text: ICU's sentence rules do not depend on the
        // language, and the abbreviation lists of different scripts never collide ("Mr." in a
        // Russian text, "г." in an English one). The abbreviations are applied by SentenceRules,
        // as whole words: ICU's suppressions, its own English list ("ss=standard") as much as
        // ours, match the end of any word, so "the IMF. He…" and "с ним. Потом…" were each one
        // sentence.
        sentences = try BoundaryFinder(kind: .sentence, locale: "en")
        sentenceRules = SentenceRules(abbreviations: abbreviations)
        words = try BoundaryFinder(kind: .word, locale: "root")
    }

    public convenience init() throws {
        try self.init(abbreviations: try AbbreviationList.bundled(), furniture: try FurnitureRules.bundled())
    }

    /// `wordTokens: false` leaves the token list empty: no later stage reads it (Quotes cuts
    /// its own tokens), and ICU's word pass costs as much as the rest of the stage.
    public func process(_ document: inout Document, wordTokens: Bool = true) throws {
        let utf8 = document.text.utf8
        var paragraphs = Self.paragraphs(in: utf8)
        HeadlineRule.label(&paragraphs, in: utf8)
        let found = try BoundaryFinder.boundaries(of: wordTokens ? [sentences, words] : [sentences], in: utf8)
        let corrected = sentenceRules.apply(to: found[0].offsets, in: utf8)
        var sentenceSegments = Self.sentences(from: corrected, paragraphs: paragraphs, in: utf8)
        furniture.label(&sentenceSegments, in: utf8)
        let tokens = wordTokens ? Self.tokens(from: found[1], in: utf8) : []
        document.add(SegmentationLayer(paragraphs: paragraphs, sentences: sentenceSegments, tokens: tokens))
    }

    /// Sentences from ICU's boundaries, cut at paragraph edges and trimmed of whitespace.
    /// (ICU always breaks after a line end, so a sentence never spans two paragraphs.)
    static func sentences(from boundaries: [Int32], paragraphs: [Segment], in utf8: [UInt8]) -> [Segment] {
        var result = [Segment]()
        result.reserveCapacity(boundaries.count)
        var paragraphIndex = 0
        for (start, end) in zip(boundaries, boundaries.dropFirst()) {
            let range = Punctuation.trimmingBlanks(TextRange(start: Int(start), end: Int(end)), in: utf8)
            guard !range.isEmpty else { continue }
            while paragraphIndex < paragraphs.count && paragraphs[paragraphIndex].range.end <= range.start {
                paragraphIndex += 1
            }
            guard paragraphIndex < paragraphs.count else { break }
            let paragraph = paragraphs[paragraphIndex]
            let clipped = TextRange(start: max(range.start, paragraph.range.start), end: min(range.end, paragraph.range.end))
            if !clipped.isEmpty {
                result.append(Segment(range: clipped, kind: paragraph.kind, paragraph: paragraphIndex))
            }
        }
        return result
    }

    // MARK: Paragraphs

    /// Paragraphs are separated by lines holding nothing but whitespace (or by U+2029).
    static func paragraphs(in utf8: [UInt8]) -> [Segment] {
        var result = [Segment]()
        var paragraphStart = -1
        var paragraphEnd = -1
        var lineStart = 0
        func close() {
            if paragraphStart >= 0 {
                result.append(Segment(range: Punctuation.trimmingBlanks(TextRange(start: paragraphStart, end: paragraphEnd), in: utf8),
                                      kind: .text, paragraph: result.count))
            }
            paragraphStart = -1
        }
        utf8.withUnsafeBufferPointer { bytes in
            var position = 0
            while position <= bytes.count {
                // Skip eight bytes at a time while none can end a line (LF, CR, U+2028/2029).
                position = ByteScan.skip(bytes, from: position) { !ByteScan.containsLess($0, than: 0x0E) && !ByteScan.contains($0, 0xE2) }
                let atEnd = position == bytes.count
                let byte: UInt8 = atEnd ? 0x0A : bytes[position]
                // Line ends: LF, CR (alone or before LF), U+2028 LINE SEPARATOR; U+2029 ends a paragraph.
                let isParagraphSeparator = !atEnd && byte == 0xE2 && position + 2 < bytes.count
                    && bytes[position + 1] == 0x80 && bytes[position + 2] == 0xA9
                if atEnd || byte == 0x0A || byte == 0x0D || isParagraphSeparator {
                    let line = TextRange(start: lineStart, end: position)
                    if Punctuation.isBlank(line, in: bytes) {
                        close()
                    } else {
                        if paragraphStart < 0 { paragraphStart = lineStart }
                        paragraphEnd = position
                    }
                    if isParagraphSeparator { close() }
                    var next = position + (isParagraphSeparator ? 3 : 1)
                    if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                    position = next
                    lineStart = next
                    continue
                }
                position += 1
            }
        }
        close()
        return result
    }

    // MARK: Tokens

    static func tokens(from words: (offsets: [Int32], statuses: [UInt8]), in utf8: [UInt8]) -> [Token] {
        let (boundaries, statuses) = words
        var tokens = [Token]()
        tokens.reserveCapacity(boundaries.count / 2)
        utf8.withUnsafeBufferPointer { bytes in
            for index in 0..<max(0, boundaries.count - 1) {
                let start = Int(boundaries[index])
                let end = Int(boundaries[index + 1])
                let kind: TokenKind
                switch statuses[index] {
                case BoundaryFinder.WordStatus.number.rawValue: kind = .number
                case BoundaryFinder.WordStatus.letter.rawValue: kind = .word
                default:
                    if Punctuation.isBlank(TextRange(start: start, end: end), in: bytes) { continue }
                    kind = .punctuation
                }
                tokens.append(Token(start: Int32(start), end: Int32(end), kind: kind))
            }
        }
        return tokens
    }
}

/// Labels the first paragraph a headline when it reads like one: a single short line that
/// does not end like a sentence of running text.
enum HeadlineRule {
    static let maximumWords = 25

    /// The first paragraph is a headline when it is one line of at most `maximumWords` words
    /// that does not end like running text. Read by scalars, stopping at the first line end or
    /// at too many words: a document's first paragraph may be all of it.
    static func label(_ paragraphs: inout [Segment], in utf8: [UInt8]) {
        guard let first = paragraphs.first, paragraphs.count > 1, !first.range.isEmpty else { return }
        let isHeadline = utf8.withUnsafeBufferPointer { bytes -> Bool in
            var words = 0
            var inWord = false
            var last: UInt32 = 0
            var position = first.range.start
            while position < first.range.end {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: position)
                if Punctuation.isNewline(scalar) { return false }
                if Punctuation.isWhitespace(scalar) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                    if words > maximumWords { return false }
                }
                last = scalar
                position += length
            }
            return !(last == 0x2E || last == 0x3A || last == 0x3B || last == 0x2C)  // . : ; ,
        }
        if isHeadline { paragraphs[0].kind = .headline }
    }
}

/// Corrections to ICU's sentence boundaries for news typography that the Unicode rules
/// (UAX #29) do not cover. Each rule is about a writing convention, not about any text:
///
/// - Dash dialogue: after a sentence end, "— " and a capital letter open a new turn. UAX #29
///   counts the dash as a continuation (SContinue) and would join the turns.
/// - A sentence never starts with a lower-case letter: `"Why?" asked Tom` is one sentence.
///   (UAX #29 applies this to "." only, not to "?" and "!".)
/// - Initials and dotted capitals ("Д. Песков", "J. K. Rowling", "the U.S. Treasury") do not
///   end sentences.
/// - Unit abbreviations end sentences only after a number: "в 2025 г. Работы" ends one,
///   "в г. Казани" does not.
/// - Other abbreviations ("им.", "ул.", "Mr.") end none, when they are the whole word. (ICU's
///   suppression filter, which this replaces, matched the end of any word: "с ним. Потом",
///   "the IMF. He" were one sentence.)
/// - A wire dateline's agency tag ("МОСКВА, 7 марта. /ТАСС/.") stays with the dateline.
///
/// Breaks are never removed across a line end: paragraphs and lines stay separate.
struct SentenceRules {
    /// Unit abbreviations, each also with a capital first letter, by the hash of their UTF-8
    /// (looked up from the text's bytes without making an array of them).
    private let numberUnits: HashedKeySet
    /// The abbreviations after which no sentence ends anywhere, likewise.
    private let abbreviations: HashedKeySet

    init(abbreviations list: AbbreviationList) {
        numberUnits = HashedKeySet(list.numberUnits.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] })
        abbreviations = HashedKeySet(list.neverEnding)
    }

    func apply(to boundaries: [Int32], in utf8: [UInt8]) -> [Int32] {
        utf8.withUnsafeBufferPointer { bytes in
            let withDialogue = Self.addingDialogueBreaks(boundaries, in: bytes)
            guard withDialogue.count > 2 else { return withDialogue }
            var kept: [Int32] = [withDialogue[0]]
            for index in 1..<(withDialogue.count - 1) {
                let boundary = Int(withDialogue[index])
                let next = Int(withDialogue[index + 1])
                let joins = !Self.lineEndBefore(boundary, in: bytes) && (
                    Self.startsLowercase(from: boundary, to: next, in: bytes)
                        || Self.endsWithInitial(bytes, before: boundary)
                        || endsWithUnitNotAfterNumber(bytes, before: boundary)
                        || endsWithAbbreviation(bytes, before: boundary)
                        || Self.isAgencyTag(from: boundary, to: next, in: bytes))
                if !joins { kept.append(withDialogue[index]) }
            }
            kept.append(withDialogue[withDialogue.count - 1])
            return kept
        }
    }

    // MARK: Dash dialogue

    /// Adds a break before each "—"/"–" that follows a sentence end (with closing quotes and
    /// spaces between) and is followed by a space and a capital letter.
    static func addingDialogueBreaks(_ boundaries: [Int32], in bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var added = [Int32]()
        var position = 0
        while position + 2 < bytes.count {
            position = ByteScan.skip(bytes, from: position) { !ByteScan.contains($0, 0xE2) }
            guard position + 2 < bytes.count else { break }
            // U+2014 EM DASH is E2 80 94, U+2013 EN DASH is E2 80 93.
            guard bytes[position] == 0xE2, bytes[position + 1] == 0x80, bytes[position + 2] == 0x94 || bytes[position + 2] == 0x93 else {
                position += 1
                continue
            }
            if followsSentenceEnd(position, in: bytes) && capitalFollows(position + 3, in: bytes) {
                added.append(Int32(position))
            }
            position += 3
        }
        guard !added.isEmpty else { return boundaries }
        return Array(Set(boundaries + added)).sorted()
    }

    /// Spaces, then optional closing quotes or brackets, then ".", "!", "?" or "…" before `position`.
    private static func followsSentenceEnd(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = position
        var sawSpace = false
        while cursor > 0 && (bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x09) {
            cursor -= 1
            sawSpace = true
        }
        guard sawSpace else { return false }
        while cursor > 0 {
            let scalar = previousScalar(before: cursor, in: bytes)
            switch scalar.value {
            case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D:  // " ' ) ] » ’ ”
                cursor -= UTF8.width(scalar)
            case 0x2E, 0x21, 0x3F, 0x2026:  // . ! ? …
                return true
            default:
                return false
            }
        }
        return false
    }

    private static func capitalFollows(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = position
        guard cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0xC2 else { return false }
        while cursor < bytes.count && (bytes[cursor] == 0x20 || isNoBreakSpace(at: cursor, in: bytes)) {
            cursor += bytes[cursor] == 0x20 ? 1 : 2
        }
        guard cursor < bytes.count else { return false }
        return LetterCase.at(cursor, in: bytes) == .upper
    }

    // MARK: Joins

    static func lineEndBefore(_ boundary: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = boundary
        while cursor > 0 {
            let byte = bytes[cursor - 1]
            if byte == 0x0A || byte == 0x0D { return true }
            if byte == 0x20 || byte == 0x09 { cursor -= 1; continue }
            // U+2028 and U+2029 end lines too (E2 80 A8 / A9).
            if byte == 0xA8 || byte == 0xA9, cursor >= 3, bytes[cursor - 3] == 0xE2, bytes[cursor - 2] == 0x80 { return true }
            return false
        }
        return true
    }

    /// The sentence after the break begins with a lower-case letter.
    static func startsLowercase(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = start
        while cursor < end && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
        guard cursor < end else { return false }
        return LetterCase.at(cursor, in: bytes) == .lower
    }

    /// The word before `end` is capital letters each followed by "." ("Д.", "J.K.", "U.S."),
    /// possibly after an opening bracket or quote.
    static func endsWithInitial(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard let word = lastWord(before: end, in: bytes) else { return false }
        var cursor = word.upperBound
        var letters = 0
        // Walk back over (capital, ".") pairs.
        while cursor > word.lowerBound, bytes[cursor - 1] == UInt8(ascii: ".") {
            var letterStart = cursor - 2
            guard letterStart >= word.lowerBound else { return false }
            while letterStart > word.lowerBound && bytes[letterStart] & 0xC0 == 0x80 { letterStart -= 1 }
            guard LetterCase.at(letterStart, in: bytes) == .upper else { return false }
            letters += 1
            cursor = letterStart
        }
        // Only opening punctuation may come before the first letter.
        return letters > 0 && cursor == withoutOpeningPunctuation(word, in: bytes).lowerBound
    }

    /// `word` without the brackets and opening quotation marks before its first letter.
    static func withoutOpeningPunctuation(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = word.lowerBound
        while start < word.upperBound {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: start)
            switch scalar {
            case 0x28, 0x5B, 0xAB, 0x22, 0x201C, 0x201E, 0x27: start += length  // ( [ « " “ „ '
            default: return start..<word.upperBound
            }
        }
        return start..<word.upperBound
    }

    /// The text before `end` is a unit abbreviation ("г.", "руб.") whose previous word is not
    /// a number or another unit.
    func endsWithUnitNotAfterNumber(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard !numberUnits.isEmpty, let word = Self.lastWord(before: end, in: bytes),
              word.count <= 12, bytes[word.upperBound - 1] == UInt8(ascii: "."),
              numberUnits.contains(FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[word]))) else { return false }
        guard let previous = Self.lastWord(before: word.lowerBound, in: bytes) else { return true }
        let startsWithDigit = bytes[previous.lowerBound] >= 0x30 && bytes[previous.lowerBound] <= 0x39
        let isNumber = startsWithDigit
            || UTF8Scalars.scalar(at: previous.lowerBound, in: bytes).properties.numericType != nil
        return !isNumber && !numberUnits.contains(FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[previous])))
    }

    /// The word before `end` is an abbreviation ("ул.", "Prof."), opening punctuation before it
    /// aside ("(им. Горького)").
    func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard !abbreviations.isEmpty, let written = Self.lastWord(before: end, in: bytes),
              written.count <= 16, bytes[written.upperBound - 1] == UInt8(ascii: ".") else { return false }
        let word = Self.withoutOpeningPunctuation(written, in: bytes)
        return abbreviations.contains(FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[word])))
    }

    /// The sentence after the break is only "/AGENCY/." (at most 40 bytes between slashes).
    static func isAgencyTag(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var last = end
        while last > start && (bytes[last - 1] <= 0x20) { last -= 1 }
        guard last - start >= 3, last - start <= 44, bytes[start] == UInt8(ascii: "/") else { return false }
        if bytes[last - 1] == UInt8(ascii: ".") { last -= 1 }
        guard bytes[last - 1] == UInt8(ascii: "/") else { return false }
        let inner = bytes[(start + 1)..<(last - 1)]
        return !inner.isEmpty && !inner.contains { $0 == UInt8(ascii: "/") || $0 <= 0x20 }
    }

    // MARK: Helpers

    /// The byte range of the last space-delimited word before `end` (spaces before `end` skipped).
    static func lastWord(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var wordEnd = end
        while wordEnd > 0 && (bytes[wordEnd - 1] == 0x20 || bytes[wordEnd - 1] == 0x09) { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0 && bytes[wordStart - 1] > 0x20 && !isNoBreakSpace(at: wordStart - 2, in: bytes) { wordStart -= 1 }
        return wordStart < wordEnd ? wordStart..<wordEnd : nil
    }

    private static func isNoBreakSpace(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        position >= 0 && position + 1 < bytes.count && bytes[position] == 0xC2 && bytes[position + 1] == 0xA0
    }

    private static func previousScalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return UTF8Scalars.scalar(at: start, in: bytes)
    }
}


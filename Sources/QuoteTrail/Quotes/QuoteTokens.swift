/// A word, number or punctuation mark of the Quotes stage's own tokenization.
///
/// The stage matches dictionary phrases token by token, so text and phrases must be cut the
/// same way: letters and digits make words (with apostrophes between letters: "п'ятниці",
/// "Russia's"), and every other visible character is a token of its own ("пресс-секретарь"
/// is three tokens in both).
struct QuoteToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, mark }

    var range: TextRange
    var kind: Kind
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// Hashes (`FNV1a`) of the token's UTF-8 and of its lower case: dictionaries look tokens
    /// up by these, since hashing and comparing Strings checks Unicode normalization on every
    /// call. The token holds no String (text is made on demand from the document's bytes), so
    /// copying one is a plain memory copy.
    var key: UInt64
    var lowerKey: UInt64
    /// Which lexicon dictionaries have a phrase starting with this token, as their bits
    /// (`QuoteLexicon.markPhraseStarts`); all bits set until marked.
    var phraseStarts: UInt16 = 0xFFFF

    /// The single scalar of a mark token (0 for words and numbers).
    var scalar: UInt32 = 0

    @inline(__always) var isWord: Bool { kind == .word }
    /// A word whose first letter is upper case (a name, or a sentence's first word)...
    @inline(__always) var isCapitalizedWord: Bool { kind == .word && isCapitalized }
    /// ...and one whose first character is not.
    @inline(__always) var isUncapitalizedWord: Bool { kind == .word && !isCapitalized }
    /// Whether this is the mark `character`: compared as a number, since comparing Strings
    /// checks Unicode normalization whenever the token is not ASCII.
    @inline(__always) func isMark(_ character: Unicode.Scalar) -> Bool { scalar == character.value }
    @inline(__always) var isQuotationMark: Bool { Punctuation.isQuotationMark(scalar) }
    /// The script class (`ScriptClass`) of the token's first character in the text's `utf8`.
    func firstScript(in utf8: [UInt8]) -> UInt8 { ScriptClass.of(UTF8Scalars.decode(utf8, at: range.start).0) }
}

extension [QuoteToken] {
    /// Whether the token at `index` goes on a name in quotation marks that opened at `first`: a
    /// word or number, or a full stop or hyphen joining two words with no space between
    /// («Слідство.Інфо», «Дом.РФ»).
    func continuesQuotedName(at index: Int, from first: Int) -> Bool {
        let token = self[index]
        if token.isWord || token.kind == .number { return true }
        guard index > first, index + 1 < count, !token.spaceBefore, !self[index + 1].spaceBefore else { return false }
        // (A hyphen may join a number to the name: «Липецк-24», «Радио-1».)
        return (token.isMark(".") && self[index + 1].isWord) || (token.isMark("-") && (self[index + 1].isWord || self[index + 1].kind == .number))
    }

    /// Whether the mark at `index` is the apostrophe of a plural possessive ("the workers' union",
    /// "teachers’ pay"): a single mark right after a word ending in "s", before another word.
    func isPluralPossessive(at index: Int, in utf8: [UInt8]) -> Bool {
        let token = self[index]
        guard token.isMark("'") || token.isMark("\u{2019}"), index > 0, index + 1 < count, !token.spaceBefore,
              self[index - 1].isWord, self[index + 1].isWord, self[index + 1].spaceBefore else { return false }
        let last = utf8[self[index - 1].range.end - 1]
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "S")
    }
}

enum QuoteTokenizer {
    static func tokens(in range: TextRange, of utf8: [UInt8]) -> [QuoteToken] {
        var tokens = [QuoteToken]()
        var scratch = [UInt8]()
        append(in: range, of: utf8, to: &tokens, scratch: &scratch)
        return tokens
    }

    /// Appends the tokens of `range` to `tokens` (the stage cuts a whole document into one
    /// array, a sentence at a time). `scratch` holds lower-cased words; the caller keeps it
    /// from one call to the next, so it is allocated once per document, not per sentence.
    static func append(in range: TextRange, of utf8: [UInt8], to tokens: inout [QuoteToken], scratch lowerBytes: inout [UInt8]) {
        utf8.withUnsafeBufferPointer { bytes in
            var position = range.start
            var sawSpace = true
            while position < range.end {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: position)
                if Punctuation.isBlank(scalar) {
                    sawSpace = true
                    position += length
                    continue
                }
                let start = position
                var kind = QuoteToken.Kind.mark
                let first = scalar
                // The token's hash and its lower-case hash are made while scanning, for words of
                // ASCII and two-byte Cyrillic (lower-cased here as `LetterCase.lowercase` does);
                // a word with any other letter (é, ґ, ’) is hashed again from its bytes below.
                var key = FNV1a.empty
                var lowerKey = FNV1a.empty
                var needsRescan = false
                @inline(__always) func consumeASCII(_ byte: UInt8) {
                    key = FNV1a.appending(byte, to: key)
                    lowerKey = FNV1a.appending(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, to: lowerKey)
                }
                @inline(__always) func consumeCyrillic(_ lead: UInt8, _ next: UInt8) {
                    key = FNV1a.appending(next, to: FNV1a.appending(lead, to: key))
                    var lower = (lead, next)
                    if lead == 0xD0 {
                        if next >= 0x90 && next <= 0x9F { lower = (0xD0, next + 0x20) }        // А..П -> а..п
                        else if next >= 0xA0 && next <= 0xAF { lower = (0xD1, next - 0x20) }   // Р..Я -> р..я
                        else if next >= 0x80 && next <= 0x8F { lower = (0xD1, next + 0x10) }   // Ѐ..Џ -> ѐ..џ
                    }
                    lowerKey = FNV1a.appending(lower.1, to: FNV1a.appending(lower.0, to: lowerKey))
                }
                @inline(__always) func consume(at position: Int, length: Int) {
                    let lead = bytes[position]
                    if length == 1 {
                        consumeASCII(lead)
                    } else if length == 2 && (lead == 0xD0 || lead == 0xD1) {
                        consumeCyrillic(lead, bytes[position + 1])
                    } else {
                        needsRescan = true
                    }
                }
                if isWordScalar(scalar) {
                    kind = isDigit(scalar) ? .number : .word
                    consume(at: position, length: length)
                    position += length
                    while position < range.end {
                        // ASCII letters and digits and two-byte Cyrillic letters, the bulk of the
                        // text, without decoding and classifying a scalar.
                        let byte = bytes[position]
                        if byte < 0x80 {
                            let folded = byte | 0x20
                            if folded >= 0x61 && folded <= 0x7A { kind = .word; consumeASCII(byte); position += 1; continue }
                            if byte >= 0x30 && byte <= 0x39 { consumeASCII(byte); position += 1; continue }
                            // A comma or full stop between digits stays in the number ("9,000",
                            // "1.5"): as a mark it would close asides and clauses.
                            if kind == .number, byte == 0x2C || byte == 0x2E, position + 1 < range.end,
                               bytes[position + 1] >= 0x30 && bytes[position + 1] <= 0x39 { consumeASCII(byte); position += 1; continue }
                        } else if (byte == 0xD0 || byte == 0xD1) && position + 1 < range.end {
                            kind = .word
                            consumeCyrillic(byte, bytes[position + 1])
                            position += 2
                            continue
                        }
                        let (next, nextLength) = UTF8Scalars.decode(bytes, at: position)
                        if isWordScalar(next) {
                            if !isDigit(next) { kind = .word }
                            consume(at: position, length: nextLength)
                            position += nextLength
                            continue
                        }
                        // An apostrophe between two letters stays inside the word.
                        if next == 0x27 || next == 0x2019 || next == 0x2BC, position + nextLength < range.end {
                            let (after, _) = UTF8Scalars.decode(bytes, at: position + nextLength)
                            if isLetter(after) && !isDigit(after) {
                                consume(at: position, length: nextLength)
                                position += nextLength
                                continue
                            }
                        }
                        // So does a hyphen between two capitalised parts of one name: "Wei-Lun",
                        // "Jean-Pierre", "Римский-Корсаков".
                        if next == 0x2D, position + 1 < range.end, LetterCase.at(start, in: bytes) == .upper,
                           LetterCase.at(position + 1, in: bytes) == .upper
                            || isRomanizedGivenName(bytes, start: start, hyphen: position, end: range.end, firstPartKey: lowerKey) {
                            consumeASCII(0x2D)
                            position += 1
                            continue
                        }
                        break
                    }
                } else {
                    position += length
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
                if kind != .word {
                    // Marks and numbers: no case. (A mark of several bytes is hashed here.)
                    if needsRescan || kind == .mark { key = FNV1a.hash(word) }
                    lowerKey = key
                } else if needsRescan {
                    key = FNV1a.hash(word)
                    lowerKey = key
                    if hasCapital(bytes, start..<position) {
                        LetterCase.lowercase(word, into: &lowerBytes)
                        lowerKey = lowerBytes.withUnsafeBufferPointer(FNV1a.hash)
                    }
                }
                tokens.append(QuoteToken(range: TextRange(start: start, end: position), kind: kind,
                                         isCapitalized: LetterCase.at(start, in: bytes) == .upper, spaceBefore: sawSpace,
                                         key: key, lowerKey: lowerKey, scalar: kind == .mark ? first : 0))
                sawSpace = false
            }
        }
    }

    /// A capital letter among a word's bytes: ASCII, or a Cyrillic capital (Ѐ..Я, lead byte D0
    /// with 0x80...0xAF) or any other non-ASCII letter, which `lowercased()` then settles.
    /// Most words are all lower case, and skip building a second string.
    static func hasCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { return true }
            if byte >= 0x80 {
                let isLowerCyrillic = (byte == 0xD0 && index + 1 < range.upperBound && bytes[index + 1] >= 0xB0) || byte == 0xD1
                if !isLowerCyrillic && byte >= 0xC0 { return true }
            }
            index += 1
        }
        return false
    }

    /// Tokens of a dictionary phrase, cut like the text's.
    static func tokens(of phrase: String) -> [QuoteToken] {
        let utf8 = Array(phrase.utf8)
        return tokens(in: TextRange(start: 0, end: utf8.count), of: utf8)
    }

    /// A word of one letter ("В", "A", the "А" of "А.Лебедев"): one ASCII byte or one two-byte scalar.
    static func isSingleLetter(_ token: QuoteToken, in utf8: [UInt8]) -> Bool {
        let length = token.range.end - token.range.start
        return token.isWord && (length == 1 || (length == 2 && utf8[token.range.start] >= 0xC0))
    }

    /// The parts before and after the hyphen of compounds that are not names: prefixes
    /// ("Post-war") and the heads of compound adjectives ("Kyiv-based").
    private static let compoundFirstParts = HashedKeySet(["anti", "pre", "post", "mid", "non", "ex", "co", "re", "all", "self",
                                                          "well", "half", "semi", "pro", "sub", "over", "out", "off"])
    private static let compoundHeads = HashedKeySet(["based", "backed", "led", "run", "owned", "born", "made", "wide", "style",
                                                     "like", "era", "type", "free", "bound", "held", "front", "aged", "old", "long",
                                                     "year", "term", "day", "week", "time", "war", "way", "up", "off", "out", "level",
                                                     "scale", "size", "side", "rich", "poor", "class", "grade", "speed", "eyed"])

    /// A romanized Korean or Chinese given name, whose second syllable is written in lower case
    /// after a hyphen ("Noh-jung", "Jae-in", "Suk-yeol"): two to five ASCII letters, a capital
    /// first, then two to five lower-case letters ending the word; not a compound adjective
    /// ("Kyiv-based", "Post-war"). `firstPartKey`: the lower-case hash of the part before the
    /// hyphen, which the tokenizer has made while scanning it.
    static func isRomanizedGivenName(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, hyphen: Int, end: Int, firstPartKey: UInt64) -> Bool {
        let firstLength = hyphen - start
        guard (2...5).contains(firstLength), (start + 1..<hyphen).allSatisfy({ bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }) else { return false }
        var after = hyphen + 1
        while after < end, bytes[after] >= 0x61 && bytes[after] <= 0x7A { after += 1 }
        let secondLength = after - hyphen - 1
        guard (2...5).contains(secondLength), after == end || (bytes[after] < 0x80 && !(bytes[after] | 0x20 >= 0x61 && bytes[after] | 0x20 <= 0x7A)) else { return false }
        return !compoundFirstParts.contains(firstPartKey) && !compoundHeads.contains(FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)..<after])))
    }

    static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    static func isLetter(_ scalar: UInt32) -> Bool {
        let bit = ScriptClass.of(scalar)
        return bit != ScriptClass.separator
    }

    static func isWordScalar(_ scalar: UInt32) -> Bool { isDigit(scalar) || isLetter(scalar) }
}

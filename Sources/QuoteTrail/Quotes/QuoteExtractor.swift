import Foundation
import Synchronization

/// The Quotes stage: finds quotations and attributed claims, and attributes each to a
/// speaker, a speech cue, the agencies it came through, and a translation status.
public final class QuoteExtractor: Sendable {
    let lexicon: QuoteLexicon
    private let russianLatin: Transliterator
    private let ukrainianLatin: Transliterator
    /// Names already spelled in Latin letters, by language and name: the same people recur
    /// from document to document, and an ICU transliteration costs more than the rest of a
    /// name's resolution. Shared by the threads of a dump, emptied when it grows large.
    private let latinSpellings = Mutex([LatinSpellingKey: String]())
    private struct LatinSpellingKey: Hashable {
        var name: String
        var language: String
    }
    private static let latinSpellingCapacity = 100_000

    /// The word forms of each language (the Language stage's lexicon), to tell which of the
    /// nominatives an outlet's declined name may have is a word ("«Полтавській думці»": думка,
    /// not думца); without it the endings alone decide.
    let wordForms: LanguageLexicon?

    public init(lexicon: QuoteLexicon, wordForms: LanguageLexicon? = nil) throws {
        self.lexicon = lexicon
        self.wordForms = wordForms
        russianLatin = try Transliterator("Russian-Latin/BGN; Latin-ASCII")
        // Ukrainian names as the national system spells them (Пантелеєв: Panteleiev), as
        // English-language news does; ICU's BGN transform gives Panteleyev.
        ukrainianLatin = lexicon.ukrainianLatinRules.isEmpty ? try Transliterator("Ukrainian-Latin/BGN; Latin-ASCII")
            : try Transliterator(name: "Ukrainian-Latin/national (ukrainian-latin.tsv)", rules: lexicon.ukrainianLatinRules)
    }

    private static let ukrainianOnlyLetters = Set("іїєґІЇЄҐ".unicodeScalars)

    public convenience init(wordForms: LanguageLexicon? = nil) throws {
        try self.init(lexicon: QuoteLexicon.bundled(), wordForms: wordForms)
    }

    /// A surname in Latin letters, without BGN's apostrophes for soft and hard signs. A name
    /// with a letter Russian lacks and Ukrainian has (і ї є ґ) is transliterated the Ukrainian
    /// way whatever the text's language.
    func latin(_ surname: String, language: String) -> String {
        let key = LatinSpellingKey(name: surname, language: language)
        if let known = latinSpellings.withLock({ $0[key] }) { return known }
        let spelling = uncachedLatin(surname, language: language)
        latinSpellings.withLock { spellings in
            if spellings.count >= Self.latinSpellingCapacity { spellings.removeAll(keepingCapacity: true) }
            spellings[key] = spelling
        }
        return spelling
    }

    /// An outlet's or firm's name in Latin letters, word by word the way English-language papers
    /// write titles: a Russian adjective's -ий and -ый are -y, as `latin` spells a surname's
    /// ("Орский вестник": Orsky Vestnik, not Orskiy; "Новый Калининград": Novy Kaliningrad).
    func outletLatin(_ written: String, language: String) -> String {
        latin(written, language: language).split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.count > 3 && ($0.hasSuffix("iy") || $0.hasSuffix("yy")) ? $0.dropLast(2) + "y" : String($0) }.joined(separator: " ")
    }

    private func uncachedLatin(_ surname: String, language: String) -> String {
        let ukrainian = language == "uk" || surname.unicodeScalars.contains { Self.ukrainianOnlyLetters.contains($0) }
        let transliterator = ukrainian ? ukrainianLatin : russianLatin
        let latin = (try? transliterator.transliterate(surname)) ?? surname
        // Marks of the transliteration systems that English spelling never uses: soft and hard
        // signs as apostrophes, and BGN's middle dot before an э after a consonant ("D·evid").
        let plain = latin.filter { $0 != "'" && $0 != "\"" && $0 != "ʹ" && $0 != "ʺ" && $0 != "’" && $0 != "·" }
        // Russian -ый and -ий end in "y" as English-language news writes them (Завальный:
        // Zavalny, Высоцкий: Vysotsky), not BGN's "yy" and "iy".
        if !ukrainian, plain.count > 4, plain.hasSuffix("yy") || plain.hasSuffix("iy") {
            return String(plain.dropLast(2)) + "y"
        }
        return plain
    }

    public func process(_ document: inout Document) {
        guard let segmentation = document.layer(SegmentationLayer.self) else { return }
        var work = QuoteWork(document: document, segmentation: segmentation, extractor: self)
        let quotes = work.run()
        for warning in work.warnings { document.warn(warning) }
        document.add(QuoteLayer(quotes: quotes, publisher: work.publisher))
    }
}

/// The state of one document's pass through the Quotes stage.
struct QuoteWork {
    /// The lexicon is read through the extractor, a class: held here as a struct it was
    /// copied, table by table, with every copy of the work state.
    let extractor: QuoteExtractor
    var lexicon: QuoteLexicon { extractor.lexicon }
    let text: DecodedText
    let utf8: [UInt8]
    let sentences: [Segment]
    let languages: LanguageLayer?
    let documentLanguage: String
    var tokens = [QuoteToken]()
    /// Sentence index of each token, and token range of each sentence.
    var tokenSentence = [Int]()
    var sentenceTokens: [Range<Int>]
    var paragraphTokens = [(paragraph: Int, tokens: Range<Int>)]()
    var entities = [Entity]()
    /// The office of each entity's role (`QuoteWork.office(of:)`), worked out once: role
    /// resolution asks it of every person it weighs.
    var entityOffices = [String?]()
    var mentions = [Mention]()
    var mentionStarting = MentionIndex()
    /// Indices in `mentions` of the agency mentions, in text order.
    var agencyMentionIndices = [Int]()
    var publisher: String?
    /// Where a dateline that closes its agency with a full stop names the publisher ("— РИА
    /// Новости."): that mention is no source of the text after it.
    var publisherDateline: Range<Int>?
    var warnings = [DocumentWarning]()
    /// Tokens inside a reported quotation (marked or dialogue).
    var quoted: [Bool] = []
    /// Tokens inside quotation marks that hold speech (a direct or partial quote), not a name or term.
    var quotedSpeech: [Bool] = []
    /// The sources each sentence names, inferred for the quotes of its paragraph (set by `run`).
    var sentenceSources: [[Quote.Source]] = []

    init(document: Document, segmentation: SegmentationLayer, extractor: QuoteExtractor) {
        self.extractor = extractor
        text = document.text
        utf8 = document.text.utf8
        sentences = segmentation.sentences
        languages = document.layer(LanguageLayer.self)
        documentLanguage = languages?.document.language ?? "und"
        sentenceTokens = Array(repeating: 0..<0, count: sentences.count)
        tokens.reserveCapacity(utf8.count / 5)
        tokenSentence.reserveCapacity(utf8.count / 5)
        var scratch = [UInt8]()
        for (index, sentence) in sentences.enumerated() where sentence.kind == .text || sentence.kind == .headline || sentence.kind == .dateline {
            let start = tokens.count
            QuoteTokenizer.append(in: sentence.range, of: utf8, to: &tokens, scratch: &scratch)
            sentenceTokens[index] = start..<tokens.count
            for _ in start..<tokens.count { tokenSentence.append(index) }
            guard sentence.kind != .dateline, tokens.count > start else { continue }
            if let last = paragraphTokens.last, last.paragraph == sentence.paragraph {
                paragraphTokens[paragraphTokens.count - 1].tokens = last.tokens.lowerBound..<tokens.count
            } else {
                paragraphTokens.append((sentence.paragraph, start..<tokens.count))
            }
        }
        lexicon.markPhraseStarts(&tokens)
        quoted = [Bool](repeating: false, count: tokens.count)
        let language = documentLanguage
        let tokenSentence = tokenSentence
        let sentences = sentences
        let finder = MentionFinder(extractor: extractor, text: text)
        (entities, mentions) = finder.find(in: tokens, included: tokenSentence.map { sentences[$0].kind != .dateline }, language: language)
        entityOffices = entities.map { $0.role.flatMap(QuoteWork.office(of:)) }
        // Dictionary phrases are matched over the document's tokens, so one could run from a
        // paragraph's last word into the next ("a column for The\n\nGuardian"): no mention may
        // cross a sentence boundary, which the per-sentence work below relies on.
        mentions.removeAll { tokenSentence[$0.tokens.lowerBound] != tokenSentence[$0.tokens.upperBound - 1] }
        mentionStarting = MentionIndex(tokenCount: tokens.count, mentions: mentions)
        agencyMentionIndices = mentions.indices.filter { mentions[$0].kind == .agency }
        (publisher, publisherDateline) = findPublisher()
    }

    // MARK: Text helpers

    func range(_ tokenRange: Range<Int>) -> TextRange {
        TextRange(start: tokens[tokenRange.lowerBound].range.start, end: tokens[tokenRange.upperBound - 1].range.end)
    }

    func string(_ tokenRange: Range<Int>) -> String { text.string(range(tokenRange)) }

    /// The hash of the lower-cased text of `tokenRange`, as `FNV1a.hash(string(tokenRange).lowercased())`
    /// gives it, with neither String built: a set of phrases is asked about every quoted span.
    func lowerCaseKey(_ tokenRange: Range<Int>) -> UInt64 {
        lowerCaseBytes(tokenRange).withUnsafeBufferPointer(FNV1a.hash)
    }

    /// The lower-cased UTF-8 of the text of `tokenRange`.
    func lowerCaseBytes(_ tokenRange: Range<Int>) -> [UInt8] {
        let whole = range(tokenRange)
        var lower = [UInt8]()
        utf8.withUnsafeBufferPointer { LetterCase.lowercase(UnsafeBufferPointer(rebasing: $0[whole.start..<whole.end]), into: &lower) }
        return lower
    }

    /// Whether `needle` (not empty) occurs in `haystack`, byte for byte: headline words are
    /// looked for in every body quote and sentence, and Foundation's String search is slow.
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern in
                var start = 0
                while start + pattern.count <= hay.count {
                    if hay[start] == first, memcmp(hay.baseAddress! + start, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start += 1
                }
                return false
            }
        }
    }

    func sentence(of token: Int) -> Range<Int> { sentenceTokens[tokenSentence[token]] }

    // MARK: Publisher

    /// The agency named in a dateline: "/ТАСС/", "MOSCOW (Reuters) -", "ИНТЕРФАКС -", "— РИА Новости.".
    /// With it, the tokens of a dateline that closes the agency with a full stop.
    func findPublisher() -> (name: String?, dateline: Range<Int>?) {
        let candidates = paragraphTokens.prefix(3).map(\.tokens)
            + sentences.indices.filter { sentences[$0].kind == .dateline }.map { sentenceTokens[$0] }
        for paragraph in candidates where !paragraph.isEmpty {
            let window = paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 16)
            for index in window {
                guard tokens[index].isMark("/") || tokens[index].isMark("(") else { continue }
                let closing: Unicode.Scalar = tokens[index].isMark("/") ? "/" : ")"
                guard let end = window.first(where: { $0 > index + 1 && tokens[$0].isMark(closing) }) else { continue }
                // Only after an upper-case place name: "МОСКВА, 7 марта. /ТАСС/.", "KYIV, Ukraine (AP)".
                guard isInCapitals(window.lowerBound, minimumLength: 3) else { continue }
                let inner = (index + 1)..<end
                return (lexicon.agencies.match(tokens, at: inner.lowerBound, end: inner.upperBound).map(\.value) ?? string(inner), nil)
            }
            // "МОСКВА, 5 декабря — РИА Новости.", "Київ. 5 грудня. УНН.", "МОСКВА, 5 дек - ПРАЙМ.":
            // the agency alone after the place and date, closed by a full stop.
            let dated = window.prefix(6).contains { tokens[$0].kind == .number }
            for index in window where dated && index > paragraph.lowerBound + 2
                && (QuoteMarks.isDashOrHyphen(tokens, at: index - 1) || tokens[index - 1].isMark(".")) {
                guard let agency = lexicon.agencies.match(tokens, at: index, end: paragraph.upperBound),
                      index + agency.length < paragraph.upperBound, tokens[index + agency.length].isMark("."),
                      tokens[paragraph.lowerBound].isCapitalizedWord, tokens[paragraph.lowerBound + 1].isMark(",") || tokens[paragraph.lowerBound + 1].isMark(".") else { continue }
                return (agency.value, index..<(index + agency.length))
            }
            // "ИНТЕРФАКС - ..." at the start of the text, or after its place and date
            // ("МОСКВА. 3 марта. ИНТЕРФАКС - ...").
            for index in window where index == paragraph.lowerBound || tokens[index - 1].isMark(".") {
                // (Matched here: a dateline sentence's words are no mentions.)
                if let agency = lexicon.agencies.match(tokens, at: index, end: paragraph.upperBound),
                   dashAfterCapitalAgency(index..<(index + agency.length)) != nil {
                    return (agency.value, nil)
                }
            }
        }
        return (nil, nil)
    }

    /// Whether the token is written in capitals ("МОСКВА", "ИНТЕРФАКС") and has at least
    /// `minimumLength` characters.
    func isInCapitals(_ index: Int, minimumLength: Int) -> Bool {
        let word = string(index..<(index + 1))
        return word.count >= minimumLength && word == word.uppercased()
    }
}

/// The mention starting at each token (the last one filed there), by token index: an array,
/// since the stage asks this for most tokens and a hashed dictionary cost a SipHash each time.
struct MentionIndex {
    private var starting: [Int32] = []

    init() {}

    init(tokenCount: Int, mentions: [Mention]) {
        starting = [Int32](repeating: -1, count: tokenCount)
        for (index, mention) in mentions.enumerated() { starting[mention.tokens.lowerBound] = Int32(index) }
    }

    /// The mention's index in `mentions`, or nil (also for a token past the end).
    subscript(token: Int) -> Int? {
        token >= 0 && token < starting.count && starting[token] >= 0 ? Int(starting[token]) : nil
    }
}

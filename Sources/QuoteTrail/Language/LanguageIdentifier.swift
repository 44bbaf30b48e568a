import Foundation

/// A language decision for a stretch of text.
public struct LanguageGuess: Sendable, Equatable {
    /// BCP 47: en, ru, uk, be, bg, sr, mk, kk, ru-Latn, de, fr, es, it, pl, cs, or und.
    public var language: String
    /// Posterior probability of `language` in [0, 1].
    public var confidence: Double

    public static let undetermined = LanguageGuess(language: "und", confidence: 1)
}

/// What the Language stage adds: a decision per sentence (parallel to
/// `SegmentationLayer.sentences`), the language spans inside each, and the document's language.
public struct LanguageLayer: AnnotationLayer {
    public var sentences: [LanguageGuess]
    public var spans: [[LanguageSpan]]
    public var document: LanguageGuess
}

/// Word scores already computed, by word; owned by one caller (one document, one batch of
/// lines), so the identifier stays shareable between threads.
public struct WordScoreCache {
    var scores: [UInt64: [Float]] = [:]
    let capacity: Int

    public init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    mutating func remember(_ key: UInt64, _ value: [Float]) {
        if scores.count >= capacity { scores.removeAll(keepingCapacity: true) }
        scores[key] = value
    }
}

/// A stretch of one language inside a segment.
public struct LanguageSpan: Sendable, Equatable {
    public var range: TextRange
    public var language: String
    public var confidence: Double
}

/// Identifies languages of segments and of the words inside them.
///
/// Each word is scored by its character n-grams (1 to 5) and, where a language has one, its
/// frequent-word list; the word's script limits the candidates (Cyrillic letters: ru uk be bg
/// sr mk kk; Latin letters: en de fr es it pl cs ru-Latn). A segment's language comes from
/// the sum of its words' log posteriors; language switches inside it from a Viterbi pass
/// over the words that charges for each switch, less at quotation marks and script changes.
public final class LanguageIdentifier: Sendable {
    public struct Settings: Sendable {
        /// Divides word scores before the softmax: n-gram sums are far too sure of themselves.
        public var temperature: Float = 6
        /// Weight of a word's log frequency in a language's frequent-word list.
        public var wordWeight: Float = 1.2
        /// A listed word's log frequency is counted from this floor up.
        public var wordFloor: Float = -14
        /// Log prior of each language, added once per segment (ru-Latn must earn its label).
        public var priors: [String: Float] = ["ru-Latn": -3, "mk": -1, "kk": -1, "sr": -0.5]
        /// Log prior per word, for words written in another script than most of their segment:
        /// QuoteTrail reads Russian and English news, so a Cyrillic quote inside English is more
        /// likely Russian than Macedonian, and a Latin quote inside Russian more likely English.
        public var foreignWordPriors: [String: Float] = ["ru": 1, "en": 1]
        /// Cost (in log probability) of switching language between two words.
        public var switchCost: Float = 6
        /// Switching at a quotation mark or a change of script costs this much instead.
        public var markedSwitchCost: Float = 1.5
        /// Added to a language's word score when the word is one of its known forms.
        public var lexiconWeight: Float = 25
        /// Smallest word posterior used, so one odd word cannot veto a language.
        public var posteriorFloor: Float = 1e-3
        public init() {}

        /// Sets a setting by name (`temperature`, `prior.ru-Latn`...); false for unknown names.
        public mutating func set(_ name: String, to value: Float) -> Bool {
            switch name {
            case "temperature": temperature = value
            case "wordWeight": wordWeight = value
            case "wordFloor": wordFloor = value
            case "lexiconWeight": lexiconWeight = value
            case "switchCost": switchCost = value
            case "markedSwitchCost": markedSwitchCost = value
            case "posteriorFloor": posteriorFloor = value
            default:
                if name.hasPrefix("foreignPrior.") {
                    foreignWordPriors[String(name.dropFirst(13))] = value
                    return true
                }
                guard name.hasPrefix("prior.") else { return false }
                priors[String(name.dropFirst(6))] = value
            }
            return true
        }
    }

    public let model: LanguageModel
    public let lexicon: LanguageLexicon?
    private let lexiconIndices: [Int?]
    public let settings: Settings
    private let cyrillicCandidates: [Int]
    private let latinCandidates: [Int]
    private let priorVector: [Float]
    private let wordPriorVector: [Float]

    public init(model: LanguageModel, lexicon: LanguageLexicon? = nil, settings: Settings = Settings()) {
        self.model = model
        self.lexicon = lexicon
        lexiconIndices = lexicon?.indices(for: model.languages) ?? []
        self.settings = settings
        cyrillicCandidates = ["ru", "uk", "be", "bg", "sr", "mk", "kk"].compactMap(model.index)
        latinCandidates = ["en", "de", "fr", "es", "it", "pl", "cs", "ru-Latn"].compactMap(model.index)
        priorVector = model.languages.map { settings.priors[$0] ?? 0 }
        wordPriorVector = model.languages.map { settings.foreignWordPriors[$0] ?? 0 }
    }

    public convenience init(settings: Settings = Settings()) throws {
        try self.init(model: LanguageModel.bundled(), lexicon: LanguageLexicon.bundled(), settings: settings)
    }

    /// A word of the text with its per-language log posteriors (-inf outside its script).
    struct ScoredWord {
        var range: TextRange
        var script: UInt8
        var logPosteriors: [Float]
        /// A quotation mark or bracket stands between this word and the previous one.
        var markedBefore: Bool
    }

    // MARK: Stage

    /// The Language stage: labels each sentence and the document (from its text sentences,
    /// headline included).
    public func process(_ document: inout Document) {
        guard let segmentation = document.layer(SegmentationLayer.self) else { return }
        let utf8 = document.text.utf8
        var guesses = [LanguageGuess]()
        var spans = [[LanguageSpan]]()
        var bodyWords = [ScoredWord]()
        var cache = WordScoreCache()
        guesses.reserveCapacity(segmentation.sentences.count)
        for sentence in segmentation.sentences {
            let words = scoredWords(sentence.range, in: utf8, cache: &cache)
            let (guess, inside) = identify(words, range: sentence.range)
            guesses.append(guess)
            spans.append(inside)
            // The document's language comes from the same words (headline and text only).
            if sentence.kind == .text || sentence.kind == .headline { bodyWords += words }
        }
        let documentGuess = bodyWords.isEmpty ? .undetermined : decide(bodyWords)
        document.add(LanguageLayer(sentences: guesses, spans: spans, document: documentGuess))
    }

    // MARK: Segments

    /// The language of `range` in `utf8`, and the spans of each language inside it.
    public func identify(_ range: TextRange, in utf8: [UInt8]) -> (guess: LanguageGuess, spans: [LanguageSpan]) {
        var cache = WordScoreCache(capacity: 0)
        return identify(range, in: utf8, cache: &cache)
    }

    public func identify(_ range: TextRange, in utf8: [UInt8], cache: inout WordScoreCache) -> (guess: LanguageGuess, spans: [LanguageSpan]) {
        identify(scoredWords(range, in: utf8, cache: &cache), range: range)
    }

    private func identify(_ words: [ScoredWord], range: TextRange) -> (guess: LanguageGuess, spans: [LanguageSpan]) {
        guard !words.isEmpty else {
            return (.undetermined, range.isEmpty ? [] : [LanguageSpan(range: range, language: "und", confidence: 1)])
        }
        let guess = decide(words)
        return (guess, spans(words, range: range))
    }

    private func decide(_ words: [ScoredWord]) -> LanguageGuess {
        let count = model.languages.count
        var totals = priorVector
        for word in words {
            for language in 0..<count {
                totals[language] += max(word.logPosteriors[language], log(settings.posteriorFloor))
            }
        }
        // A language none of whose script's words appear cannot win on floors alone.
        let scripts = words.reduce(UInt8(0)) { $0 | $1.script }
        for language in 0..<count where !allowed(language, scripts: scripts) { totals[language] = -.infinity }
        let posteriors = Self.softmax(totals, temperature: 1)
        let best = Self.argmax(posteriors)
        return LanguageGuess(language: model.languages[best], confidence: Double(posteriors[best]))
    }

    private func allowed(_ language: Int, scripts: UInt8) -> Bool {
        (scripts & ScriptClass.cyrillic != 0 && cyrillicCandidates.contains(language))
            || (scripts & ScriptClass.latin != 0 && latinCandidates.contains(language))
    }

    // MARK: Switches

    private func spans(_ words: [ScoredWord], range: TextRange) -> [LanguageSpan] {
        let count = model.languages.count
        let floor = log(settings.posteriorFloor)
        // Words in the segment's less common script get the foreign-word priors.
        let cyrillicWords = words.count { $0.script == ScriptClass.cyrillic }
        let mainScript = cyrillicWords * 2 > words.count ? ScriptClass.cyrillic : ScriptClass.latin
        let zeros = [Float](repeating: 0, count: count)
        func prior(_ word: ScoredWord) -> [Float] { word.script == mainScript ? zeros : wordPriorVector }
        // Viterbi over words: emission = word log posterior, transition = switch cost.
        let firstPrior = prior(words[0])
        var best = words[0].logPosteriors.enumerated().map { $1 == -.infinity ? -Float.infinity : max($1, floor) + firstPrior[$0] }
        var back = [[Int]]()
        back.reserveCapacity(words.count)
        for word in words.dropFirst() {
            let cost = word.markedBefore ? settings.markedSwitchCost : settings.switchCost
            let wordPrior = prior(word)
            let leader = Self.argmax(best)
            var next = [Float](repeating: -.infinity, count: count)
            var from = [Int](repeating: 0, count: count)
            for language in 0..<count where word.logPosteriors[language] != -.infinity {
                let stay = best[language]
                let switched = best[leader] - cost
                if stay >= switched {
                    next[language] = stay
                    from[language] = language
                } else {
                    next[language] = switched
                    from[language] = leader
                }
                next[language] += max(word.logPosteriors[language], floor) + wordPrior[language]
            }
            back.append(from)
            best = next
        }
        var labels = [Int](repeating: 0, count: words.count)
        labels[words.count - 1] = Self.argmax(best)
        for index in stride(from: words.count - 1, to: 0, by: -1) {
            labels[index - 1] = back[index - 1][labels[index]]
        }
        // Runs of one label tile the segment: each run reaches up to the next run's first word,
        // the first starts at the segment's start and the last ends at its end.
        var result = [LanguageSpan]()
        var runStart = 0
        for index in 1...words.count where index == words.count || labels[index] != labels[runStart] {
            let start = result.isEmpty ? range.start : words[runStart].range.start
            let end = index == words.count ? range.end : words[index].range.start
            let run = words[runStart..<index]
            let confidence = run.map { exp(max($0.logPosteriors[labels[runStart]], floor)) }.reduce(0, +) / Float(run.count)
            result.append(LanguageSpan(range: TextRange(start: start, end: end),
                                       language: model.languages[labels[runStart]], confidence: Double(confidence)))
            runStart = index
        }
        return result
    }

    // MARK: Words

    func scoredWords(_ range: TextRange, in utf8: [UInt8], cache: inout WordScoreCache) -> [ScoredWord] {
        var words = [ScoredWord]()
        utf8.withUnsafeBufferPointer { bytes in
            var position = range.start
            var marked = false
            var previousScript: UInt8 = 0
            while position < range.end {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: position)
                let bit = ScriptClass.of(scalar)
                guard bit != ScriptClass.separator && bit != ScriptClass.mark else {
                    if Self.isQuotationOrBracket(scalar) { marked = true }
                    position += length
                    continue
                }
                // A word: letters and marks, with inner apostrophes and hyphens.
                let start = position
                var scripts: UInt8 = 0
                var end = position
                while end < range.end {
                    let (inner, innerLength) = UTF8Scalars.decode(bytes, at: end)
                    let innerBit = ScriptClass.of(inner)
                    if innerBit != ScriptClass.separator {
                        scripts |= innerBit
                        end += innerLength
                        continue
                    }
                    let joiner = inner == 0x27 || inner == 0x2019 || inner == 0x2D
                    if joiner, end + innerLength < range.end,
                       ScriptClass.of(UTF8Scalars.decode(bytes, at: end + innerLength).0) & (ScriptClass.latin | ScriptClass.cyrillic | ScriptClass.otherLetter) != 0 {
                        end += innerLength
                        continue
                    }
                    break
                }
                let wordRange = TextRange(start: start, end: end)
                let script = scripts & (ScriptClass.latin | ScriptClass.cyrillic | ScriptClass.greek | ScriptClass.otherLetter)
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let key = LanguageModel.hash(wordBytes) ^ UInt64(script)
                var posteriors = cache.scores[key]
                if posteriors == nil {
                    posteriors = logPosteriors(of: wordBytes, script: script)
                    if let posteriors, cache.capacity > 0 { cache.remember(key, posteriors) }
                }
                if let posteriors {
                    words.append(ScoredWord(range: wordRange, script: script, logPosteriors: posteriors,
                                            markedBefore: marked || (previousScript != 0 && previousScript != script)))
                    previousScript = script
                }
                marked = false
                position = end
            }
        }
        return words
    }

    /// Log posteriors of one word over all languages, or nil when its script has no candidates.
    func logPosteriors(of word: UnsafeBufferPointer<UInt8>, script: UInt8) -> [Float]? {
        let candidates: [Int]
        switch script {
        case ScriptClass.cyrillic: candidates = cyrillicCandidates
        case ScriptClass.latin: candidates = latinCandidates
        default: return nil
        }
        let lower = Self.lowercased(word)
        var scores = [Float](repeating: 0, count: model.languages.count)
        lower.withUnsafeBufferPointer { model.addNgramScores(of: $0, candidates: candidates, to: &scores) }
        if let frequencies = lower.withUnsafeBufferPointer({ model.wordFrequencies(of: $0) }) {
            for (language, value) in zip(0..., frequencies) where value != LanguageModel.unseen {
                scores[language] += settings.wordWeight * (value - settings.wordFloor)
            }
        }
        if let lexicon {
            lower.withUnsafeBufferPointer {
                lexicon.addMembership(of: $0, candidates: candidates, filterIndex: lexiconIndices, weight: settings.lexiconWeight, to: &scores)
            }
        }
        var masked = [Float](repeating: -.infinity, count: scores.count)
        for language in candidates { masked[language] = scores[language] }
        let posteriors = Self.softmax(masked, temperature: settings.temperature)
        return posteriors.map { $0 > 0 ? log($0) : -.infinity }
    }

    /// Lower-case UTF-8 of a word: ASCII and the Cyrillic letters U+0400...U+042F by their
    /// bytes, anything else through Swift's full case mapping.
    static func lowercased(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: word.count)
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                result[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
                continue
            }
            guard byte == 0xD0 || byte == 0xD1, index + 1 < word.count else {
                return Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
            }
            let next = word[index + 1]
            if byte == 0xD0 && next >= 0x90 && next <= 0x9F {          // А..П -> а..п
                result[index] = 0xD0; result[index + 1] = next + 0x20
            } else if byte == 0xD0 && next >= 0xA0 && next <= 0xAF {   // Р..Я -> р..я
                result[index] = 0xD1; result[index + 1] = next - 0x20
            } else if byte == 0xD0 && next >= 0x80 && next <= 0x8F {   // Ѐ..Џ (Ё Є І Ї Ў) -> ѐ..џ
                result[index] = 0xD1; result[index + 1] = next + 0x10
            } else {
                result[index] = byte; result[index + 1] = next
            }
            index += 2
        }
        return result
    }

    static func argmax(_ values: [Float]) -> Int {
        var best = 0
        for index in values.indices where values[index] > values[best] { best = index }
        return best
    }

    static func softmax(_ values: [Float], temperature: Float) -> [Float] {
        let top = values.max() ?? 0
        guard top != -.infinity else { return values.map { _ in 0 } }
        let exps = values.map { $0 == -.infinity ? 0 : exp(($0 - top) / temperature) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    static func isQuotationOrBracket(_ scalar: UInt32) -> Bool {
        Punctuation.isQuotationMark(scalar) || scalar == 0x28 || scalar == 0x29 || scalar == 0x5B || scalar == 0x5D
    }
}

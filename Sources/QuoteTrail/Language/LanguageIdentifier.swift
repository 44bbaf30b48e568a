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

/// Word scores already computed, by word, in one flat store; owned by one caller (one
/// document, one batch of lines) and used with one identifier (the scores depend on its
/// settings), so the identifier stays shareable between threads.
/// Scored words refer to rows of the store, so it is only emptied between segments.
public struct WordScoreCache {
    /// Each word key's row.
    private var index = HashedKeyIndex()
    /// Row r (the r-th word filed) is `store[r * n ..< (r + 1) * n]` for a model of n
    /// languages: the word's log posteriors per language.
    var store: [Float] = []
    /// Row r again, one language per lane, as the segment decision weighs it: floored, less
    /// the alphabet penalty (`LanguageIdentifier.evidence`)...
    var evidence: [LanguageRow] = []
    /// ...and as the switch search weighs it: the same, but -inf where the word cannot be in
    /// the language at all (another script).
    var emission: [LanguageRow] = []
    /// Entries kept across segments; 0 keeps none.
    let capacity: Int
    /// Reused buffers for scoring one word.
    var lowerBytes: [UInt8] = []
    var scores: [Float] = []
    /// Reused for the words of one segment (`takeSegmentWords`).
    private var segmentWords: [LanguageIdentifier.ScoredWord] = []

    /// `reserving` rows are allocated up front: a batch of lines or a dump's documents would
    /// otherwise grow the store by doubling, copying its rows and faulting in fresh pages each
    /// time (a twentieth of `langid`'s time).
    public init(capacity: Int = 50_000, reserving: Int = 8192) {
        self.capacity = capacity
        let rows = min(capacity, reserving)
        index = HashedKeyIndex(capacity: rows)
        store.reserveCapacity(rows * LanguageRow.scalarCount)
        evidence.reserveCapacity(rows)
        emission.reserveCapacity(rows)
    }

    /// Called before a segment: forgets everything once the cache holds `capacity` entries.
    mutating func makeRoom() {
        guard index.count > 0, index.count >= capacity else { return }
        index.removeAll()
        store.removeAll(keepingCapacity: true)
        evidence.removeAll(keepingCapacity: true)
        emission.removeAll(keepingCapacity: true)
    }

    /// An empty array with the room of the last segment's, to be handed back with
    /// `returnSegmentWords`: segments come by the thousand, and an array each cost more than
    /// their Viterbi pass.
    mutating func takeSegmentWords() -> [LanguageIdentifier.ScoredWord] {
        var words = [LanguageIdentifier.ScoredWord]()
        swap(&words, &segmentWords)
        words.removeAll(keepingCapacity: true)
        return words
    }

    mutating func returnSegmentWords(_ words: [LanguageIdentifier.ScoredWord]) { segmentWords = words }

    func row(for key: UInt64) -> Int? {
        let row = index.position(of: key)
        return row < 0 ? nil : row
    }

    /// Appends `scores` (and their lane rows) as a row filed under `key`; returns the row.
    mutating func appendScores(key: UInt64, evidence: LanguageRow, emission: LanguageRow) -> Int {
        let row = index.count
        store.append(contentsOf: scores)
        self.evidence.append(evidence)
        self.emission.append(emission)
        index.insert(key, position: row)
        return row
    }
}

/// One value per model language (position = lane; lanes past the model's languages are -inf),
/// so a word's evidence is added to a segment's totals, or a Viterbi step taken, in a few
/// vector instructions instead of a loop over languages.
public typealias LanguageRow = SIMD16<Float>

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
        public var markedSwitchCost: Float = 1
        /// A name-like word's evidence counts this much in the switch search: "Новак" reads as
        /// Serbian and "Tesla" as Czech, but a name in a Russian or English sentence is no
        /// switch of language.
        public var nameEvidenceWeight: Float = 0.5
        /// Added to a language's word score when the word is one of its known forms.
        public var lexiconWeight: Float = 25
        /// Subtracted from a segment's score for a language once per word with a letter outside
        /// that language's alphabet (ў is Belarusian only, ы is not Ukrainian...). Word scores
        /// are floored, so without this one such word could never outweigh several shared ones.
        public var alphabetPenalty: Float = 4
        /// Smallest word posterior used, so one odd word cannot veto a language.
        public var posteriorFloor: Float = 1e-3
        /// The languages a decision may name (nil: every language of the model). Input known to
        /// hold only some languages, such as a Russian-English-Ukrainian dump, is labelled more
        /// accurately when the others are ruled out.
        public var languages: Set<String>?
        public init() {}

        /// The languages of the model that words of each script can be in.
        public static let cyrillicLanguages = ["ru", "uk", "be", "bg", "sr", "mk", "kk"]
        public static let latinLanguages = ["en", "de", "fr", "es", "it", "pl", "cs", "ru-Latn"]
        /// The codes `languages` accepts.
        public static var knownLanguages: [String] { cyrillicLanguages + latinLanguages }

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
            case "alphabetPenalty": alphabetPenalty = value
            case "nameEvidenceWeight": nameEvidenceWeight = value
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
    /// The languages a word of each script can be in (model positions, in the order ties are
    /// broken), with the same as a row: 0 in their lanes, -inf elsewhere.
    private struct Candidates {
        var languages: [Int]
        var row: LanguageRow

        init(_ languages: [Int]) {
            self.languages = languages
            row = LanguageRow(repeating: -.infinity)
            for language in languages { row[language] = 0 }
        }
    }
    private let cyrillicCandidates: Candidates
    private let latinCandidates: Candidates
    /// Both lists together, for segments with words of both scripts.
    private let allCandidates: Candidates
    private static let noCandidates = Candidates([])
    /// Each language's prior and foreign-word prior (lanes past the model's languages: -inf
    /// for priors, 0 for word priors).
    private let priorRow: LanguageRow
    private let wordPriorRow: LanguageRow
    /// log(posteriorFloor).
    private let logFloor: Float
    /// For each Cyrillic letter U+0400...U+04FF, the model languages (bits) whose alphabet lacks it.
    private let lackingLetter: [UInt32]

    /// Lower-case Cyrillic alphabets; the other languages have no Cyrillic alphabet.
    static let alphabets: [String: String] = [
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "be": "абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
        "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
        "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ",
        "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    ]

    public init(model: LanguageModel, lexicon: LanguageLexicon? = nil, settings: Settings = Settings()) {
        let permittedPositions = settings.languages.map { $0.compactMap(model.index).sorted() }
        self.model = permittedPositions.map { model.restricted(to: $0) } ?? model
        self.lexicon = lexicon
        lexiconIndices = lexicon?.indices(for: model.languages) ?? []
        self.settings = settings
        let permitted = { (language: String) in settings.languages?.contains(language) ?? true }
        let cyrillic = Settings.cyrillicLanguages.filter(permitted).compactMap(model.index)
        let latin = Settings.latinLanguages.filter(permitted).compactMap(model.index)
        cyrillicCandidates = Candidates(cyrillic)
        latinCandidates = Candidates(latin)
        allCandidates = Candidates(cyrillic + latin)
        // Alphabets as scalar sets: String.contains(String) goes through Foundation's string
        // search, which took a few milliseconds of every start for these 256 x 15 checks.
        let alphabets = model.languages.map { Self.alphabets[$0].map { Set($0.unicodeScalars) } }
        lackingLetter = (0x400..<0x500).map { (code: UInt32) -> UInt32 in
            let lower = Unicode.Scalar(code)!.properties.lowercaseMapping.unicodeScalars
            var lacking: UInt32 = 0
            for (index, alphabet) in alphabets.enumerated() {
                if let alphabet, !(lower.count == 1 && alphabet.contains(lower.first!)) { lacking |= 1 << UInt32(index) }
            }
            return lacking
        }
        precondition(model.languages.count <= LanguageRow.scalarCount, "the language model has more languages than a LanguageRow has lanes")
        var priorRow = LanguageRow(repeating: -.infinity)
        var wordPriorRow = LanguageRow(repeating: 0)
        for (lane, language) in model.languages.enumerated() {
            priorRow[lane] = settings.priors[language] ?? 0
            wordPriorRow[lane] = settings.foreignWordPriors[language] ?? 0
        }
        self.priorRow = priorRow
        self.wordPriorRow = wordPriorRow
        logFloor = log(settings.posteriorFloor)
    }

    public convenience init(settings: Settings = Settings()) throws {
        try self.init(model: LanguageModel.bundled(), lexicon: LanguageLexicon.bundled(), settings: settings)
    }

    /// A word of the text; its per-language log posteriors (-inf outside its script) are row
    /// `row` of the cache's store.
    struct ScoredWord {
        var range: TextRange
        var script: UInt8
        var row: Int
        /// A quotation mark or bracket stands between this word and the previous one.
        var markedBefore: Bool
        /// Of those, a quotation mark or bracket (not only a change of script).
        var quotedBefore: Bool = false
        /// Capitalised inside its segment, with no quotation mark before it: most likely a
        /// name, whose letters say little about the language around it.
        var nameLike: Bool = false
    }

    // MARK: Stage

    /// The Language stage: labels each sentence and the document (from its text sentences,
    /// headline included).
    public func process(_ document: inout Document) {
        var cache = WordScoreCache(capacity: .max, reserving: 0)
        process(&document, cache: &cache)
    }

    /// The same, with word scores kept from earlier documents in `cache` (one per thread):
    /// in a dump most words of a document have been scored before.
    public func process(_ document: inout Document, cache: inout WordScoreCache) {
        guard let segmentation = document.layer(SegmentationLayer.self) else { return }
        let utf8 = document.text.utf8
        var guesses = [LanguageGuess]()
        var spans = [[LanguageSpan]]()
        var bodyWords = [ScoredWord]()
        // Room is made before the document, never inside it: its words' rows must stay in the
        // store until its language is decided.
        cache.makeRoom()
        guesses.reserveCapacity(segmentation.sentences.count)
        var words = cache.takeSegmentWords()
        for sentence in segmentation.sentences {
            words.removeAll(keepingCapacity: true)
            scoredWords(sentence.range, in: utf8, cache: &cache, into: &words)
            let (guess, inside) = identify(words, range: sentence.range, cache: cache)
            guesses.append(guess)
            spans.append(inside)
            // The document's language comes from the same words (headline and text only).
            if sentence.kind == .text || sentence.kind == .headline { bodyWords += words }
        }
        cache.returnSegmentWords(words)
        let documentGuess = bodyWords.isEmpty ? .undetermined : decide(bodyWords, cache: cache)
        document.add(LanguageLayer(sentences: guesses, spans: spans, document: documentGuess))
    }

    // MARK: Segments

    /// The language of `range` in `utf8`, and the spans of each language inside it.
    public func identify(_ range: TextRange, in utf8: [UInt8]) -> (guess: LanguageGuess, spans: [LanguageSpan]) {
        var cache = WordScoreCache(capacity: 0, reserving: 0)
        return identify(range, in: utf8, cache: &cache)
    }

    public func identify(_ range: TextRange, in utf8: [UInt8], cache: inout WordScoreCache) -> (guess: LanguageGuess, spans: [LanguageSpan]) {
        cache.makeRoom()
        var words = cache.takeSegmentWords()
        scoredWords(range, in: utf8, cache: &cache, into: &words)
        let result = identify(words, range: range, cache: cache)
        cache.returnSegmentWords(words)
        return result
    }

    private func identify(_ words: [ScoredWord], range: TextRange, cache: WordScoreCache) -> (guess: LanguageGuess, spans: [LanguageSpan]) {
        guard !words.isEmpty else {
            return (.undetermined, range.isEmpty ? [] : [LanguageSpan(range: range, language: "und", confidence: 1)])
        }
        let (language, guess) = decision(words, cache: cache)
        return (guess, spans(words, range: range, segmentLanguage: language, cache: cache))
    }

    private func decide(_ words: [ScoredWord], cache: WordScoreCache) -> LanguageGuess {
        decision(words, cache: cache).guess
    }

    /// The segment's language (its model position) and the guess naming it.
    private func decision(_ words: [ScoredWord], cache: WordScoreCache) -> (language: Int, guess: LanguageGuess) {
        var scripts: UInt8 = 0
        for word in words { scripts |= word.script }
        // Only a language of a script some word is written in can win: the others would win
        // on floors alone, so they are set to -inf.
        let candidates = candidates(for: scripts)
        var totals = priorRow
        cache.evidence.withUnsafeBufferPointer { rows in
            for word in words { totals += rows[word.row] }
        }
        totals += candidates.row
        // The winner (the first of the highest, in model order) and its softmax posterior,
        // without building the whole distribution.
        var best = 0
        for language in 0..<model.languages.count where totals[language] > totals[best] { best = language }
        var sum: Float = 0
        for language in candidates.languages { sum += exp(totals[language] - totals[best]) }
        return (best, LanguageGuess(language: model.languages[best], confidence: Double(1 / sum)))
    }

    /// What one word says for a language, in the segment decision and the switch search alike:
    /// its log posterior (floored, so one odd word cannot veto a language), less the penalty
    /// when it has a letter outside the language's alphabet. The switch search also keeps -inf
    /// for languages of another script (`emission`).
    private func rows(of scores: [Float], lacking: UInt32) -> (evidence: LanguageRow, emission: LanguageRow) {
        var evidence = LanguageRow(repeating: -.infinity)
        var emission = evidence
        // Written through pointers: setting lanes one by one through the subscript is slow.
        withUnsafeMutableBytes(of: &evidence) { evidenceBytes in
            withUnsafeMutableBytes(of: &emission) { emissionBytes in
                let evidenceLanes = evidenceBytes.bindMemory(to: Float.self)
                let emissionLanes = emissionBytes.bindMemory(to: Float.self)
                for (language, score) in scores.enumerated() {
                    let value = max(score, logFloor)
                    evidenceLanes[language] = lacking & (1 << UInt32(language)) != 0 ? value - settings.alphabetPenalty : value
                    emissionLanes[language] = score == -.infinity ? -.infinity : evidenceLanes[language]
                }
            }
        }
        return (evidence, emission)
    }

    /// The candidate languages of the scripts in `scripts` (ScriptClass bits).
    private func candidates(for scripts: UInt8) -> Candidates {
        switch (scripts & ScriptClass.cyrillic != 0, scripts & ScriptClass.latin != 0) {
        case (true, true): allCandidates
        case (true, false): cyrillicCandidates
        case (false, true): latinCandidates
        case (false, false): Self.noCandidates
        }
    }

    // MARK: Switches

    private func spans(_ words: [ScoredWord], range: TextRange, segmentLanguage: Int, cache: WordScoreCache) -> [LanguageSpan] {
        let count = model.languages.count
        // Words in the segment's less common script get the foreign-word priors.
        var scripts: UInt8 = 0
        var cyrillicWords = 0
        for word in words {
            scripts |= word.script
            if word.script == ScriptClass.cyrillic { cyrillicWords += 1 }
        }
        let mainScript = cyrillicWords * 2 > words.count ? ScriptClass.cyrillic : ScriptClass.latin
        // Only these can be labels; the other lanes are computed but never chosen.
        let active = candidates(for: scripts).languages
        // Viterbi over words, all languages at once: emission = the word's row, transition =
        // the switch cost. Each label of a word comes either from the same label of the word
        // before or from that word's best label (its leader), whichever scores higher after the
        // switch cost; what decides it is kept (the word before's scores, the leader, the cost)
        // and the choice made again while tracing back, which costs less than keeping a row of
        // back pointers per word. labels[index]: word `index`'s language.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: words.count) { labels in
            cache.emission.withUnsafeBufferPointer { emission in
                withUnsafeTemporaryAllocation(of: (before: LanguageRow, leader: Int, cost: Float).self, capacity: words.count) { steps in
                    var best = priorRow
                    // Coming back to the main script after a stretch in the other one ("Маркетплейс
                    // Wildberries открыл…") is cheap only into the segment's own language: nothing
                    // but the change of script marks it, and the stretch before was another
                    // language whatever follows.
                    var backIntoSegmentLanguage = LanguageRow(repeating: settings.markedSwitchCost - settings.switchCost)
                    backIntoSegmentLanguage[segmentLanguage] = 0
                    for (index, word) in words.enumerated() {
                        // The segment starts in its own language at its prior, as in `decide`; a
                        // first word in another language is a switch like any other, so it
                        // pays the same cost.
                        var previous = priorRow
                        if index == 0 {
                            let cost = word.markedBefore || word.script != mainScript ? settings.markedSwitchCost : settings.switchCost
                            var start = LanguageRow(repeating: -cost)
                            start[segmentLanguage] = 0
                            previous += start
                        } else {
                            let leader = Self.best(of: best, among: active)
                            let cost = word.markedBefore ? settings.markedSwitchCost : settings.switchCost
                            let switched = LanguageRow(repeating: best[leader] - cost)
                            previous = switched.replacing(with: best, where: best .>= switched)
                            steps[index] = (best, leader, cost)
                            if !word.quotedBefore, word.script == mainScript, words[index - 1].script != mainScript {
                                previous += backIntoSegmentLanguage
                            }
                        }
                        best = previous + (word.nameLike ? emission[word.row] * settings.nameEvidenceWeight : emission[word.row])
                        if word.script != mainScript { best += wordPriorRow }
                    }
                    var label = Self.best(of: best, among: active)
                    for index in stride(from: words.count - 1, through: 0, by: -1) {
                        labels[index] = label
                        guard index > 0 else { break }
                        let step = steps[index]
                        // Stays in its language on a tie, as the forward pass's maximum does.
                        if step.before[label] < step.before[step.leader] - step.cost { label = step.leader }
                    }
                }
            }
            // Runs of one label tile the segment: each run reaches up to the next run's first word,
            // the first starts at the segment's start and the last ends at its end.
            var result = [LanguageSpan]()
            var runStart = 0
            cache.store.withUnsafeBufferPointer { store in
                for index in 1...words.count where index == words.count || labels[index] != labels[runStart] {
                    let start = result.isEmpty ? range.start : words[runStart].range.start
                    let end = index == words.count ? range.end : words[index].range.start
                    let language = labels[runStart]
                    var total: Float = 0
                    for word in words[runStart..<index] { total += exp(max(store[word.row * count + language], logFloor)) }
                    result.append(LanguageSpan(range: TextRange(start: start, end: end), language: model.languages[language],
                                               confidence: Double(total / Float(index - runStart))))
                    runStart = index
                }
            }
            return result
        }
    }

    /// The language of `languages` with the highest score in `row` (the first on a tie).
    private static func best(of row: LanguageRow, among languages: [Int]) -> Int {
        var best = languages[0]
        for language in languages where row[language] > row[best] { best = language }
        return best
    }

    // MARK: Words

    func scoredWords(_ range: TextRange, in utf8: [UInt8], cache: inout WordScoreCache) -> [ScoredWord] {
        var words = [ScoredWord]()
        scoredWords(range, in: utf8, cache: &cache, into: &words)
        return words
    }

    /// Appends the words of `range` to `words`.
    func scoredWords(_ range: TextRange, in utf8: [UInt8], cache: inout WordScoreCache, into words: inout [ScoredWord]) {
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
                var lacking: UInt32 = 0
                var end = position
                while end < range.end {
                    let (inner, innerLength) = UTF8Scalars.decode(bytes, at: end)
                    let innerBit = ScriptClass.of(inner)
                    if innerBit != ScriptClass.separator {
                        scripts |= innerBit
                        lacking |= lackingLetters(of: inner)
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
                var script = scripts & (ScriptClass.latin | ScriptClass.cyrillic | ScriptClass.greek | ScriptClass.otherLetter)
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var row: Int?
                if script == ScriptClass.latin | ScriptClass.cyrillic {
                    // Letters of both scripts: scored as the script most are in, the others
                    // read as their look-alikes (a Latin "c" in "cлишком"), when they all have
                    // one; otherwise left out.
                    var folded = [UInt8]()
                    if let target = Homoglyphs.folded(wordBytes, into: &folded) {
                        script = target
                        let key = Self.cacheKey(wordBytes, script: script)
                        row = folded.withUnsafeBufferPointer { folded in
                            cache.row(for: key) ?? score(folded, script: target, lacking: lackingLetters(in: folded), key: key, cache: &cache)
                        }
                    }
                } else {
                    let key = Self.cacheKey(wordBytes, script: script)
                    row = cache.row(for: key) ?? score(wordBytes, script: script, lacking: lacking, key: key, cache: &cache)
                }
                if let row {
                    let markedBefore = marked || (previousScript != 0 && previousScript != script)
                    let nameLike = previousScript != 0 && !markedBefore && LetterCase.at(start, in: bytes) == .upper
                    words.append(ScoredWord(range: TextRange(start: start, end: end), script: script, row: row,
                                            markedBefore: markedBefore, quotedBefore: marked, nameLike: nameLike))
                    previousScript = script
                }
                marked = false
                position = end
            }
        }
    }

    /// The languages (bits) whose alphabet lacks `scalar`, a Cyrillic letter; 0 for any other.
    @inline(__always) private func lackingLetters(of scalar: UInt32) -> UInt32 {
        scalar >= 0x400 && scalar < 0x500 ? lackingLetter[Int(scalar) - 0x400] : 0
    }

    /// A word's key in the score cache: its bytes as written and the script it is scored in
    /// (never 0, the cache's empty slot).
    @inline(__always) private static func cacheKey(_ word: UnsafeBufferPointer<UInt8>, script: UInt8) -> UInt64 {
        (FNV1a.hash(word) ^ UInt64(script)) | 1
    }

    /// The languages (bits) whose alphabet lacks some Cyrillic letter of `word`.
    private func lackingLetters(in word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var lacking: UInt32 = 0
        var position = 0
        while position < word.count {
            let (scalar, length) = UTF8Scalars.decode(word, at: position)
            lacking |= lackingLetters(of: scalar)
            position += length
        }
        return lacking
    }

    /// Scores one word into a new row of the cache's store; nil when its script has no
    /// candidates (Greek, or Latin when `languages` names no Latin-script language): such words
    /// are left out, like digits, so they can never be labelled with an excluded language.
    private func score(_ word: UnsafeBufferPointer<UInt8>, script: UInt8, lacking: UInt32, key: UInt64, cache: inout WordScoreCache) -> Int? {
        // Words of one script only: mixed-script words and other scripts are left out.
        guard script == ScriptClass.cyrillic || script == ScriptClass.latin else { return nil }
        let candidates = candidates(for: script).languages
        guard !candidates.isEmpty else { return nil }
        // A word whose script allows one language (English alone among Latin-script languages
        // under --languages en,ru,uk) is certain to be in it: its posterior is 1 whatever the
        // n-grams say, so they are not looked up.
        if candidates.count == 1 {
            cache.scores.removeAll(keepingCapacity: true)
            cache.scores.append(contentsOf: repeatElement(-.infinity, count: model.languages.count))
            cache.scores[candidates[0]] = 0
            let (evidence, emission) = rows(of: cache.scores, lacking: lacking)
            return cache.appendScores(key: key, evidence: evidence, emission: emission)
        }
        LetterCase.lowercase(word, into: &cache.lowerBytes)
        cache.lowerBytes.withUnsafeBufferPointer { lower in
            addScores(of: lower, candidates: candidates, ngrams: 1, frequency: 1, lexicon: 1, to: &cache.scores)
        }
        Self.logSoftmax(&cache.scores, temperature: settings.temperature)
        let (evidence, emission) = rows(of: cache.scores, lacking: lacking)
        return cache.appendScores(key: key, evidence: evidence, emission: emission)
    }

    /// An elided article or preposition and the word it leans on ("c'est", "l'homme",
    /// "dell'anno": one to four ASCII letters before an apostrophe, ASCII or U+2019), or nil.
    /// English puts its apostrophes late ("planner's", "don't"), and Ukrainian and Belarusian
    /// ones ("п'ять") follow Cyrillic letters, so neither is split.
    static func elidedParts(_ word: UnsafeBufferPointer<UInt8>) -> (article: Range<Int>, word: Range<Int>)? {
        var end = 0
        while end < min(word.count, 4), word[end] < 0x80, ScriptClass.of(UInt32(word[end])) == ScriptClass.latin { end += 1 }
        guard end > 0, end < word.count else { return nil }
        let apostrophe = word[end] == 0x27 ? 1
            : end + 2 < word.count && word[end] == 0xE2 && word[end + 1] == 0x80 && word[end + 2] == 0x99 ? 3 : 0
        let rest = end + apostrophe
        guard apostrophe > 0, word.count - rest >= 2 else { return nil }
        return (0..<end, rest..<word.count)
    }

    /// Replaces `scores` by the lower-case word's raw scores: each part (n-grams, word
    /// frequency, lexicon membership) times its factor; languages outside `candidates` get -inf.
    /// A French or Italian elision that the word lists do not hold whole ("c'est") is scored
    /// as its two parts together, since the lists file it as those parts ("c", "est").
    private func addScores(of lower: UnsafeBufferPointer<UInt8>, candidates: [Int], ngrams: Float, frequency: Float, lexicon: Float,
                           to scores: inout [Float]) {
        guard let parts = Self.elidedParts(lower), model.wordFrequencies(of: lower) == nil else {
            addPieceScores(of: lower, candidates: candidates, ngrams: ngrams, frequency: frequency, lexicon: lexicon, to: &scores)
            return
        }
        var word = [Float]()
        addPieceScores(of: UnsafeBufferPointer(rebasing: lower[parts.article]), candidates: candidates, ngrams: ngrams,
                       frequency: frequency, lexicon: lexicon, to: &scores)
        addPieceScores(of: UnsafeBufferPointer(rebasing: lower[parts.word]), candidates: candidates, ngrams: ngrams,
                       frequency: frequency, lexicon: lexicon, to: &word)
        for language in scores.indices { scores[language] += word[language] }
    }

    /// `addScores` for one word as the model files words.
    private func addPieceScores(of lower: UnsafeBufferPointer<UInt8>, candidates: [Int], ngrams: Float, frequency: Float, lexicon lexiconFactor: Float,
                                to scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(-.infinity, count: model.languages.count))
        for language in candidates { scores[language] = 0 }
        if frequency != 0 { model.prefetchWordFrequencies(of: lower) }
        lexicon?.prefetchMembership(of: lower, candidates: candidates, filterIndex: lexiconIndices)
        if ngrams != 0 {
            model.addNgramScores(of: lower, candidates: candidates, to: &scores)
        }
        if frequency != 0, let frequencies = model.wordFrequencies(of: lower) {
            for (language, value) in zip(0..., frequencies) where value != LanguageModel.unseen && scores[language] != -.infinity {
                scores[language] += frequency * settings.wordWeight * (value - settings.wordFloor)
            }
        }
        lexicon?.addMembership(of: lower, candidates: candidates, filterIndex: lexiconIndices,
                               weight: lexiconFactor * settings.lexiconWeight, to: &scores)
    }

    /// What one word's score is made of, per candidate language, best first: for people
    /// asking why a word got its label (`quotetrail langid --explain`).
    public struct WordEvidence: Sendable {
        public var language: String
        /// Sum of the n-gram log probabilities.
        public var ngrams: Float
        /// Weighted log frequency in the language's frequent-word list (0 when unlisted).
        public var frequency: Float
        /// Whether the language's lexicon holds the form.
        public var listed: Bool
        /// The word's log posterior after the softmax.
        public var posterior: Float
    }

    /// Each word of `range` in `utf8` with what its score is made of.
    public func explain(_ range: TextRange, in utf8: [UInt8]) -> [(range: TextRange, evidence: [WordEvidence])] {
        var cache = WordScoreCache(capacity: 0, reserving: 0)
        return scoredWords(range, in: utf8, cache: &cache).map { word in
            (word.range, explain(word: String(decoding: utf8[word.range.start..<word.range.end], as: UTF8.self)))
        }
    }

    public func explain(word: String) -> [WordEvidence] {
        var bytes = Array(word.utf8)
        var scripts: UInt8 = 0
        for scalar in word.unicodeScalars { scripts |= ScriptClass.of(scalar.value) }
        // As the stage reads it: a word of both scripts in the one most of its letters are in.
        if scripts & (ScriptClass.latin | ScriptClass.cyrillic) == ScriptClass.latin | ScriptClass.cyrillic {
            var folded = [UInt8]()
            if let target = bytes.withUnsafeBufferPointer({ Homoglyphs.folded($0, into: &folded) }) {
                bytes = folded
                scripts = target
            }
        }
        let candidates = candidates(for: scripts & (ScriptClass.latin | ScriptClass.cyrillic)).languages
        var lower = [UInt8]()
        bytes.withUnsafeBufferPointer { LetterCase.lowercase($0, into: &lower) }
        var parts = [[Float]](repeating: [], count: 4)
        lower.withUnsafeBufferPointer { lower in
            for (index, factors) in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1)].enumerated() {
                addScores(of: lower, candidates: candidates, ngrams: Float(factors.0), frequency: Float(factors.1),
                          lexicon: Float(factors.2), to: &parts[index])
            }
        }
        Self.logSoftmax(&parts[3], temperature: settings.temperature)
        return candidates.map { language in
            WordEvidence(language: model.languages[language], ngrams: parts[0][language], frequency: parts[1][language],
                         listed: parts[2][language] > 0, posterior: parts[3][language])
        }.sorted { $0.posterior > $1.posterior }
    }

    /// Replaces `scores` by log posteriors (a softmax at `temperature`); languages at -inf, and
    /// those too unlikely for a Float, get -inf.
    static func logSoftmax(_ scores: inout [Float], temperature: Float) {
        scores.withUnsafeMutableBufferPointer { scores in
            let top = scores.max() ?? -.infinity
            guard top != -.infinity else { return }
            var sum: Float = 0
            for index in scores.indices where scores[index] != -.infinity {
                scores[index] = (scores[index] - top) / temperature
                sum += exp(scores[index])
            }
            let logSum = log(sum)
            for index in scores.indices {
                scores[index] = scores[index] > -100 ? scores[index] - logSum : -.infinity
            }
        }
    }

    static func isQuotationOrBracket(_ scalar: UInt32) -> Bool {
        Punctuation.isQuotationMark(scalar) || scalar == 0x28 || scalar == 0x29 || scalar == 0x5B || scalar == 0x5D
    }
}

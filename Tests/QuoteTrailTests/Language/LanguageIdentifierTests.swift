import Testing
@testable import QuoteTrail

@Suite struct LanguageIdentifierTests {
    var identifier: LanguageIdentifier { sharedPipeline.languageIdentifier }

    func guess(_ text: String) -> (LanguageGuess, [LanguageSpan], DecodedText) {
        let decoded = DecodedText(text)
        let (guess, spans) = identifier.identify(decoded.fullRange, in: decoded.utf8)
        return (guess, spans, decoded)
    }

    @Test(arguments: [
        ("Министр заявил журналистам, что переговоры продолжатся на следующей неделе.", "ru"),
        ("Міністр заявив журналістам, що переговори триватимуть наступного тижня.", "uk"),
        ("Міністр заявіў журналістам, што перамовы працягнуцца на наступным тыдні.", "be"),
        ("Министърът заяви пред журналисти, че преговорите ще продължат следващата седмица.", "bg"),
        ("The minister told reporters that the talks would continue next week.", "en"),
        ("Ministr novinářům řekl, že jednání budou pokračovat příští týden.", "cs"),
        ("Ministr zayavil zhurnalistam chto peregovory prodolzhatsya na sleduyushchei nedele", "ru-Latn"),
    ])
    func sentences(_ text: String, _ language: String) {
        let (result, _, _) = guess(text)
        #expect(result.language == language)
        #expect(result.confidence > 0.5 && result.confidence <= 1)
    }

    /// N-gram values are summed in 16-bit lanes, a chunk of n-grams at a time: a word far longer
    /// than a chunk must score as the same word's inner n-grams add up, with no lane overflowing.
    @Test func aVeryLongWordScoresLinearlyInItsLength() {
        func ngramScore(_ repeats: Int) -> Float {
            identifier.explain(word: String(repeating: "zq", count: repeats)).first { $0.language == "en" }!.ngrams
        }
        let short = ngramScore(41) - ngramScore(40)  // 80 letters: one chunk per order
        // 2,000 letters, eight chunks per order: an overflowing lane would lose 65,536 eighths.
        let long = (ngramScore(1000) - ngramScore(40)) / 960
        #expect(short < 0 && abs(long - short) < 0.01 * abs(short), "per-repeat score \(short) short, \(long) long")
    }

    @Test func elidedFrenchIsScoredByItsPartsAndEnglishApostrophesAreNot() {
        let elided = { (word: String) in
            Array(word.utf8).withUnsafeBufferPointer { LanguageIdentifier.elidedParts($0).map { [$0.0, $0.1] } }
        }
        #expect(elided("c'est") == [0..<1, 2..<5])
        #expect(elided("dell\u{2019}anno") == [0..<4, 7..<11])
        #expect(elided("planner's") == nil && elided("don't") == nil && elided("l'a") == nil)
        #expect(elided("п'ять") == nil && elided("сям'я") == nil && elided("1'000") == nil)
        // --explain shows the same evidence the label comes from.
        #expect(identifier.explain(word: "c'est").first?.language == "fr")
        // The word lists file "c'est" as "c" and "est": whole, it was scored by n-grams alone.
        let (_, spans, decoded) = guess("He shrugged: \"C'est la vie,\" and left.")
        #expect(spans.map(\.language) == ["en", "fr", "en"])
        #expect(decoded.string(spans[1].range).contains("C'est la vie"))
    }

    @Test func textWithoutLettersIsUndetermined() {
        let (result, spans, _) = guess("12.03.2024 — 15:00, № 7")
        #expect(result.language == "und")
        #expect(spans.map(\.language) == ["und"])
    }

    @Test func aQuotedSwitchIsFoundAndSpansTileTheText() {
        let (result, spans, decoded) = guess("Putin replied «Нет, спасибо» and left the room.")
        #expect(result.language == "en")
        #expect(spans.map(\.language) == ["en", "ru", "en"])
        #expect(spans.first?.range.start == 0 && spans.last?.range.end == decoded.byteCount)
        for (left, right) in zip(spans, spans.dropFirst()) { #expect(left.range.end == right.range.start) }
        #expect(decoded.string(spans[1].range).hasPrefix("Нет, спасибо"))
    }

    /// The switch search weighs languages as the segment decision does (priors, letters
    /// outside an alphabet), so a text without a switch gets one span in the decided language.
    @Test func aSegmentWithoutSwitchesHasOneSpanInItsOwnLanguage() {
        for text in ["Спасибо", "спасибо", "Дякую", "Дзякуй", "Благодаря", "Thanks", "Нет", "Ўсё"] {
            let (result, spans, _) = guess(text)
            #expect(spans.map(\.language) == [result.language], "\(text)")
        }
    }

    /// Switches nothing marks are not invented: a first word is a switch like any other, a
    /// name inside a sentence says little about its language, and a sentence that comes back
    /// from a Latin name comes back to its own language.
    @Test(arguments: [
        "Маркетплейс Wildberries открыл склад в Казани.",
        "Хедхантеры HeadHunter видят спад.",
        "Об этом сообщил вице-премьер Александр Новак.",
        "Заявление сделал глава компании Денис Корнилов.",
    ])
    func unmarkedSwitchesNeedMoreThanOneOddWord(_ text: String) {
        let (result, spans, decoded) = guess(text)
        #expect(result.language == "ru")
        for span in spans where decoded.string(span.range).unicodeScalars.contains(where: { ScriptClass.of($0.value) == ScriptClass.cyrillic }) {
            #expect(span.language == "ru", "\(decoded.string(span.range)) read as \(span.language)")
        }
    }

    /// Damping names must not cost quoted switches, capitalised or not.
    @Test func aCapitalisedQuotedPhraseStillSwitches() {
        let (_, spans, decoded) = guess("В Софии нас встретили словами «Добре дошли», и мы улыбнулись.")
        // Bulgarian, or Serbian when every language may be named: either way not Russian.
        #expect(spans.contains { $0.language != "ru" && decoded.string($0.range).hasPrefix("Добре дошли") })
    }

    @Test func reportsCarryTheLanguages() throws {
        let document = try analyzed("Песков ответил журналистам.\n\nHe said «privet» to everyone in the room.")
        let report = ReportBuilder.report(for: document)
        #expect(report.segments.map(\.language) == ["ru", "en"])
        #expect(report.segments[1].switches.map(\.language) == ["en", "ru-Latn", "en"])
        #expect(["ru", "en"].contains(report.document.language))
    }

    @Test func cachedWordScoresGiveTheSameAnswers() {
        var random = SplitMix64(seed: 21)
        var cache = WordScoreCache()
        // A small cache is emptied between segments and its table regrows.
        var small = WordScoreCache(capacity: 3)
        for _ in 0..<100 {
            let text = DecodedText(RandomUnicode.text(using: &random) + " Песков сказал «нет» and left")
            let fresh = identifier.identify(text.fullRange, in: text.utf8)
            let cached = identifier.identify(text.fullRange, in: text.utf8, cache: &cache)
            let churned = identifier.identify(text.fullRange, in: text.utf8, cache: &small)
            #expect(fresh.guess == cached.guess && fresh.spans == cached.spans)
            #expect(fresh.guess == churned.guess && fresh.spans == churned.spans)
        }
    }

    /// `analyze` keeps one word-score cache for all its documents; a document's labels must not
    /// depend on what came before it, even when the cache is emptied between documents.
    @Test func documentsAnalysedWithASharedWorkspaceGetTheSameLanguages() throws {
        var random = SplitMix64(seed: 22)
        var workspace = PipelineWorkspace()
        var tight = PipelineWorkspace()
        tight.wordScores = WordScoreCache(capacity: 5)
        for index in 0..<40 {
            let paragraphs = (0..<3).map { _ in RandomUnicode.text(using: &random) + " Она сказала «да» and left." }
            let document = try sharedPipeline.ingestor.document(from: InputRecord(
                metadata: DocumentMetadata(id: "d\(index)", source: "test"), content: .decoded(Array(paragraphs.joined(separator: "\n\n").utf8), charset: "utf-8"), format: .text))
            let languages = { (document: Document) in
                document.layer(LanguageLayer.self).map { [$0.document.language] + $0.sentences.map(\.language) + $0.spans.flatMap { $0.map(\.language) } }
            }
            let fresh = try sharedPipeline.process(document).get()
            let shared = try sharedPipeline.process(document, workspace: &workspace).get()
            let churned = try sharedPipeline.process(document, workspace: &tight).get()
            #expect(languages(fresh) == languages(shared) && languages(fresh) == languages(churned))
            #expect(fresh.layer(LanguageLayer.self)?.document == shared.layer(LanguageLayer.self)?.document)
        }
    }

    @Test func foreignScriptPriorsChooseAmongTheScriptsLanguages() throws {
        let line = DecodedText("Locals call the dish «окрошка» and eat it cold.")
        var languages = [String]()
        for favoured in ["ru", "bg"] {
            var settings = LanguageIdentifier.Settings()
            settings.foreignWordPriors = [favoured: 10]
            let (_, spans) = try LanguageIdentifier(settings: settings).identify(line.fullRange, in: line.utf8)
            languages.append(spans.map(\.language).joined(separator: " "))
        }
        #expect(languages == ["en ru en", "en bg en"])
    }

    @Test func restrictedLanguagesAreTheOnlyOnesNamed() throws {
        var settings = LanguageIdentifier.Settings()
        settings.languages = ["en", "ru"]
        let restricted = try LanguageIdentifier(settings: settings)
        // Ukrainian and Bulgarian text, and a German quote, can only come out as Russian or English.
        for text in ["Міністр заявив журналістам, що переговори триватимуть.", "Министърът заяви пред журналисти.",
                     "She said «Guten Morgen» and smiled.", "Той каза «thank you» и си тръгна."] {
            let line = DecodedText(text)
            let (guess, spans) = restricted.identify(line.fullRange, in: line.utf8)
            #expect(["en", "ru"].contains(guess.language), "\(text)")
            #expect(spans.allSatisfy { ["en", "ru"].contains($0.language) }, "\(text)")
        }
        // With no Latin-script language allowed, Latin words carry no language at all.
        settings.languages = ["ru", "uk"]
        let cyrillicOnly = try LanguageIdentifier(settings: settings)
        let english = DecodedText("The minister said nothing.")
        let (guess, spans) = cyrillicOnly.identify(english.fullRange, in: english.utf8)
        #expect(guess.language == "und" && spans.map(\.language) == ["und"])
        let mixed = DecodedText("Он сказал «hello» и ушёл.")
        #expect(cyrillicOnly.identify(mixed.fullRange, in: mixed.utf8).spans.map(\.language) == ["ru"])
    }

    @Test func aLetterOutsideAnAlphabetCountsBeyondTheWordFloor() throws {
        // Only ў sets this Belarusian line apart; its other words are shared with Ukrainian.
        let line = DecodedText("Мы ўсе тут")
        var settings = LanguageIdentifier.Settings()
        settings.alphabetPenalty = 0
        let without = try LanguageIdentifier(settings: settings).identify(line.fullRange, in: line.utf8).guess
        let with = identifier.identify(line.fullRange, in: line.utf8).guess
        #expect(with.language == "be")
        // Each language lacking ў loses the penalty (4 nats, a factor of about 55), so the
        // probability left for the others shrinks by far more than the floor alone allows.
        #expect(1 - with.confidence < (1 - without.confidence) / 10, "\(with.confidence) vs \(without.confidence)")
    }

    /// A word typed with letters of both scripts is read as the script most of its letters are
    /// in; before, it was left out, and a line of one such word was undetermined.
    @Test(arguments: [
        ("cлишком", "ru"),                    // Latin c
        ("Ваш зaпрос oтправлен", "ru"),       // Latin a and o in two words
        ("The hоuse is wаrm", "en"),          // Cyrillic о and а
    ])
    func wordsWithLookAlikeLettersTakeTheirMainScript(_ text: String, _ language: String) {
        let (result, spans, _) = guess(text)
        #expect(result.language == language)
        #expect(spans.map(\.language) == [language])
    }

    /// Only letters with a look-alike are swapped: a word half in each script, or with a letter
    /// that has none (Latin q, Cyrillic ж), says nothing.
    @Test func wordsOfBothScriptsWithoutLookAlikesAreLeftOut() {
        var folded = [UInt8]()
        for word in ["ab\u{0432}\u{0433}", "q\u{043B}\u{043E}\u{0432}", "wor\u{0436}d"] {
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer { Homoglyphs.folded($0, into: &folded) } == nil, "\(word)")
        }
        let bytes = Array("pe\u{043A}a".utf8)  // "peкa": three Latin letters, one Cyrillic
        #expect(bytes.withUnsafeBufferPointer { Homoglyphs.folded($0, into: &folded) } == nil)
        let cyrillic = Array("\u{0440}\u{0435}\u{043A}a".utf8)  // "рекa": Cyrillic р, е, к, Latin a
        #expect(cyrillic.withUnsafeBufferPointer { Homoglyphs.folded($0, into: &folded) } == ScriptClass.cyrillic)
        #expect(String(decoding: folded, as: UTF8.self) == "\u{0440}\u{0435}\u{043A}\u{0430}")
        #expect(guess("wor\u{0436}d").0 == .undetermined)
    }
}

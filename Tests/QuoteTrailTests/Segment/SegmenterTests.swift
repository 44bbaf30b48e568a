import Testing
@testable import QuoteTrail

@Suite struct SegmenterTests {
    func segmentation(_ text: String) throws -> (Document, SegmentationLayer) {
        let document = try analyzed(text)
        return (document, try #require(document.layer(SegmentationLayer.self)))
    }

    /// `quotetrail analyze` skips word tokens and the matching key; everything else, and the
    /// report, stay the same.
    @Test func reportDetailChangesNoReport() throws {
        var random = SplitMix64(seed: 31)
        let withoutTokens = try Pipeline(detail: .report)
        for _ in 0..<30 {
            let text = RandomUnicode.text(using: &random) + "\n\n«Нет», — сказал Песков. He said \"no\" on Monday."
            let full = try sharedPipeline.analyze(text: text).get()
            let lean = try withoutTokens.analyze(text: text).get()
            let (fullLayer, leanLayer) = (try #require(full.layer(SegmentationLayer.self)), try #require(lean.layer(SegmentationLayer.self)))
            #expect(leanLayer.tokens.isEmpty && !fullLayer.tokens.isEmpty)
            #expect(lean.layer(NormalizationLayer.self)?.matchingKey == nil && full.layer(NormalizationLayer.self)?.matchingKey != nil)
            #expect(leanLayer.sentences == fullLayer.sentences && leanLayer.paragraphs == fullLayer.paragraphs)
            #expect(ReportBuilder.report(for: lean).serialized() == ReportBuilder.report(for: full).serialized())
        }
    }

    @Test func paragraphsAreSeparatedByBlankLines() throws {
        let (document, layer) = try segmentation("  First line\nsame paragraph  \r\n \t \r\nSecond\u{2029}Third\n\n\n")
        #expect(layer.paragraphs.map { document.text.string($0.range) } == ["First line\nsame paragraph", "Second", "Third"])
        #expect(layer.paragraphs.map(\.paragraph) == [0, 1, 2])
    }

    @Test func firstShortLineIsAHeadline() throws {
        let (_, withHeadline) = try segmentation("Minister resigns after vote\n\nThe minister resigned on Friday.")
        #expect(withHeadline.paragraphs.map(\.kind) == [.headline, .text])
        #expect(withHeadline.sentences.first?.kind == .headline)
        let (_, withoutHeadline) = try segmentation("The minister resigned on Friday.\n\nHe gave no reason.")
        #expect(withoutHeadline.paragraphs.map(\.kind) == [.text, .text])
        // Two lines, or more than 25 words (no-break spaces count as spaces), are not a headline;
        // 25 words are.
        let words = (1...26).map { "слово\($0)" }
        for (first, isHeadline) in [("Министр ушёл\nв отставку", false), (words.joined(separator: "\u{00A0}"), false),
                                    (words.dropLast().joined(separator: " "), true), ("Песков: «Нет» ", true)] {
            let (_, layer) = try segmentation(first + "\n\nТекст статьи.")
            #expect((layer.paragraphs.first?.kind == .headline) == isHeadline, "\(first)")
        }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() throws {
        let text = "Mr. Smith met Dr. Jones in the U.S. on Monday. Г. Песков родился в 1967 г. в Москве. Об этом сказал Д. С. Песков. Ген. Иванов ушёл."
        let (document, layer) = try segmentation(text)
        #expect(layer.sentences.map { document.text.string($0.range) } == [
            "Mr. Smith met Dr. Jones in the U.S. on Monday.",
            "Г. Песков родился в 1967 г. в Москве.",
            "Об этом сказал Д. С. Песков.",
            "Ген. Иванов ушёл.",
        ])
    }

    @Test func sentencesNeverCrossParagraphsAndAreTrimmed() throws {
        let (document, layer) = try segmentation("One. Two\n\n  Three? Four!  ")
        #expect(layer.sentences.map { document.text.string($0.range) } == ["One.", "Two", "Three?", "Four!"])
        #expect(layer.sentences.map(\.paragraph) == [0, 0, 1, 1])
    }

    @Test func tokensAreWordsNumbersAndPunctuation() throws {
        let (document, layer) = try segmentation("Инфляция — 4,5% (Peskov's view), 3.2 млн.")
        let tokens = layer.tokens.map { (document.text.string($0.range), $0.kind) }
        #expect(tokens.map(\.0) == ["Инфляция", "—", "4,5", "%", "(", "Peskov's", "view", ")", ",", "3.2", "млн", "."])
        #expect(tokens.map(\.1) == [.word, .punctuation, .number, .punctuation, .punctuation, .word, .word, .punctuation, .punctuation, .number, .word, .punctuation])
    }

    @Test func emptyAndBlankTextsHaveNoSegments() throws {
        for text in ["", " \n\r\n\t ", "\u{200B}"] {
            let (_, layer) = try segmentation(text)
            #expect(layer.paragraphs.isEmpty && layer.sentences.isEmpty && layer.tokens.isEmpty)
        }
    }

    func sentences(_ text: String) throws -> [String] {
        let (document, layer) = try segmentation(text)
        return layer.sentences.map { document.text.string($0.range) }
    }

    // Each rule of SentenceRules, on text where ICU alone answers differently.

    @Test func dashDialogueStartsANewTurn() throws {
        #expect(try sentences("Он ушёл. — Куда? — спросил я. — Домой, — ответил он.") ==
                ["Он ушёл.", "— Куда? — спросил я.", "— Домой, — ответил он."])
    }

    @Test func aLowerCaseAttributionContinuesTheSentence() throws {
        #expect(try sentences("\"Why now?\" asked the minister. Nobody knew.") == ["\"Why now?\" asked the minister.", "Nobody knew."])
    }

    @Test func dottedCapitalsDoNotEndSentences() throws {
        #expect(try sentences("The U.S. Treasury declined. J. R. Miller agreed.") == ["The U.S. Treasury declined.", "J. R. Miller agreed."])
    }

    @Test func unitsEndSentencesOnlyAfterNumbers() throws {
        #expect(try sentences("Мост строили с 2019 г. Работы шли медленно. Он живёт в г. Казани.") ==
                ["Мост строили с 2019 г.", "Работы шли медленно.", "Он живёт в г. Казани."])
    }

    /// An abbreviation holds a sentence open only as a whole word: "им." (имени) is also the
    /// end of "с ним", "таким", "складним".
    @Test func acronymsEndSentences() throws {
        // (ICU's own English list held these open: "F." and "O." matched their last letters.)
        #expect(try sentences("The plan was backed by the IMF. He said more. It was approved by NATO. Then it failed.") ==
                ["The plan was backed by the IMF.", "He said more.", "It was approved by NATO.", "Then it failed."])
        #expect(try sentences("Adm. Lee met Maj. Cole on Mt. Hood. They left.") == ["Adm. Lee met Maj. Cole on Mt. Hood.", "They left."])
    }

    @Test func abbreviationsAreWholeWordsNotWordEndings() throws {
        #expect(try sentences("Я согласен с ним. Потом он ушёл. Парк им. Горького закрыт. Дом (им. Кирова) тоже.") ==
                ["Я согласен с ним.", "Потом он ушёл.", "Парк им. Горького закрыт.", "Дом (им. Кирова) тоже."])
        #expect(try sentences("Питання залишається складним. «Ми готові», — додав він. Він живе на ул. Ленина.") ==
                ["Питання залишається складним.", "«Ми готові», — додав він.", "Він живе на ул. Ленина."])
    }

    @Test func agencyTagsStayWithTheDateline() throws {
        #expect(try sentences("МОСКВА, 7 марта. /ТАСС/. Кремль ответил.") == ["МОСКВА, 7 марта. /ТАСС/.", "Кремль ответил."])
    }
}

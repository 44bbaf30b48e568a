import Foundation
import QuoteTrailDictionaries
import Testing
@testable import QuoteTrail

@Suite struct LanguageFilesTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotetrail-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func bundledFilesLoadWithEveryLanguage() throws {
        let model = try LanguageModel.bundled()
        let lexicon = try LanguageLexicon.bundled()
        #expect(Set(model.languages) == ["en", "ru", "uk", "be", "bg", "sr", "mk", "kk", "ru-Latn", "de", "fr", "es", "it", "pl", "cs"])
        #expect(lexicon.indices(for: model.languages).allSatisfy { $0 != nil })
    }

    /// The languages whose lexicon filter holds `word` (the reader must find the bits where
    /// scripts/build_language_model.py set them).
    func lexiconLanguages(of word: String, model: LanguageModel, lexicon: LanguageLexicon) -> Set<String> {
        var scores = [Float](repeating: 0, count: model.languages.count)
        var bytes = Array(word.utf8)
        bytes.withUnsafeMutableBufferPointer {
            lexicon.addMembership(of: UnsafeBufferPointer($0), candidates: Array(model.languages.indices),
                                  filterIndex: lexicon.indices(for: model.languages), weight: 1, to: &scores)
        }
        return Set(model.languages.indices.filter { scores[$0] == 1 }.map { model.languages[$0] })
    }

    @Test func lexiconsHoldTheFormsTheirDictionariesDefine() throws {
        let model = try LanguageModel.bundled()
        let lexicon = try LanguageLexicon.bundled()
        // Present tense of a ru_RU verb that hunspell-tools' unmunch never printed.
        #expect(lexiconLanguages(of: "контролирует", model: model, lexicon: lexicon).contains("ru"))
        #expect(lexiconLanguages(of: "перанесці", model: model, lexicon: lexicon).contains("be"))
        #expect(lexiconLanguages(of: "триватимуть", model: model, lexicon: lexicon).contains("uk"))
        #expect(lexiconLanguages(of: "the", model: model, lexicon: lexicon).contains("en"))
        #expect(!lexiconLanguages(of: "контролирует", model: model, lexicon: lexicon).contains("uk"))
        #expect(lexiconLanguages(of: "qxzvbnmkj", model: model, lexicon: lexicon).isEmpty)
    }

    /// `lists` asks one language's filter what scoring asks all of them: the Quotes stage uses
    /// it to tell a declined outlet's nominative ("думці": думка, not думца).
    @Test func oneLanguageIsAskedAsScoringAsksThemAll() throws {
        let model = try LanguageModel.bundled()
        let lexicon = try LanguageLexicon.bundled()
        for word in ["думка", "думца", "хвиля", "хвила", "неделя", "недела", "контролирует"] {
            let languages = lexiconLanguages(of: word, model: model, lexicon: lexicon)
            for language in ["ru", "uk"] { #expect(lexicon.lists(word, language: language) == languages.contains(language), "\(word) \(language)") }
        }
        #expect(lexicon.lists("думка", language: "uk") && !lexicon.lists("думца", language: "uk"))
        #expect(!lexicon.lists("думка", language: "xx"))
    }

    /// Proper names in a hunspell dictionary are not forms of its language: uk_UA lists Ліст
    /// (Liszt) and the place Окни, whose forms in lower case are common Belarusian and Russian
    /// words (ліста, "of a letter"; окнах, "in windows"). Abbreviations stay.
    @Test func lexiconsLeaveOutTheFormsOfProperNames() throws {
        let model = try LanguageModel.bundled()
        let lexicon = try LanguageLexicon.bundled()
        #expect(lexiconLanguages(of: "ліста", model: model, lexicon: lexicon) == ["be"])
        #expect(lexiconLanguages(of: "окнах", model: model, lexicon: lexicon) == ["ru"])
        #expect(lexiconLanguages(of: "сша", model: model, lexicon: lexicon).contains("ru"))
    }

    /// A model restricted to some languages files fewer n-grams (it is faster for it) and
    /// scores every word exactly as the whole model does for those languages.
    @Test func aRestrictedModelScoresItsLanguagesAsTheWholeModelDoes() throws {
        let model = try LanguageModel.bundled()
        let kept = ["en", "ru", "uk"].compactMap(model.index)
        let restricted = model.restricted(to: kept)
        func scores(_ word: String, _ model: LanguageModel) -> [Float] {
            var scores = [Float](repeating: 0, count: model.languages.count)
            let bytes = Array(word.lowercased().utf8)
            bytes.withUnsafeBufferPointer { model.addNgramScores(of: $0, candidates: kept, to: &scores) }
            return kept.map { scores[$0] }
        }
        for word in ["заявил", "Ґанок", "statement", "Straße", "ўсё", "qxzv", "добродошли", "ёжик"] {
            #expect(scores(word, restricted) == scores(word, model), "\(word)")
        }
        #expect(restricted.ngramCount < model.ngramCount)
    }

    @Test func damagedFilesGiveAnErrorNamingTheFile() throws {
        let real = try Data(contentsOf: DictionaryResources.url(named: "language-model.bin"))
        let cases: [[UInt8]] = [[], Array("NOTAMODEL".utf8), Array(real.prefix(200)), Array(real.prefix(real.count - 1))]
        for bytes in cases {
            let url = try temporaryFile(bytes)
            #expect { try LanguageModel(contentsOf: url) } throws: { ($0 as? DataFileError)?.file == url.path }
        }
        let lexicon = try Data(contentsOf: DictionaryResources.url(named: "language-lexicon.bloom"))
        let truncated = try temporaryFile(Array(lexicon.prefix(5000)))
        #expect { try LanguageLexicon(contentsOf: truncated) } throws: { ($0 as? DataFileError)?.file == truncated.path }
        // A file that cannot be opened (the files are mapped, not read) names itself and why.
        let missing = truncated.deletingLastPathComponent().appendingPathComponent("no-such-model.bin")
        #expect { try LanguageModel(contentsOf: missing) } throws: { error in
            guard let error = error as? DataFileError else { return false }
            return error.file == missing.path && error.message.contains("cannot open")
        }
    }
}

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
    }
}

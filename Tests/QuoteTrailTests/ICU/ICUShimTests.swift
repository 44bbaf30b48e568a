import Foundation
import Testing
@testable import QuoteTrail

@Suite struct ICUShimTests {
    @Test func linksTheSystemICU() {
        #expect(ICU.version.hasPrefix("7"))  // Debian 12 ships ICU 72
    }

    @Test func transliteratesRussianToLatin() throws {
        let transliterator = try Transliterator("Russian-Latin/BGN; Latin-ASCII")
        #expect(try transliterator.transliterate("Дмитрий Песков") == "Dmitriy Peskov")
        #expect(try transliterator.transliterate("Мария Захарова") == "Mariya Zakharova")
        #expect(throws: ICUError.self) { try Transliterator("No-Such-Transform") }
    }

    @Test func confusableSkeletonsMatchLookAlikes() throws {
        let checker = try SpoofChecker()
        #expect(try checker.skeleton("Рutin") == (try checker.skeleton("Putin")))
        #expect(try checker.skeleton("Peskov") != (try checker.skeleton("Putin")))
        #expect(try checker.check(Array("Рutin".utf8)).contains(.mixedScript))
        #expect(try checker.check(Array("Putin".utf8)).isEmpty)
        #expect(try checker.check(Array("Путин".utf8)).isEmpty)
    }

    @Test func wordBoundariesCarryTheirKind() throws {
        let finder = try BoundaryFinder(kind: .word, locale: "root")
        let text = Array("Цена 4,5%".utf8)
        let found = try finder.boundaries(in: text)
        #expect(found.offsets == [0, 8, 9, 12, 13])
        #expect(found.statuses == [BoundaryFinder.WordStatus.letter.rawValue, 0, BoundaryFinder.WordStatus.number.rawValue, 0])
    }

    /// The text reaches ICU as UTF-16 converted in the shim: boundaries come back as UTF-8
    /// offsets after characters of every length (Ж 2 bytes, € 3, 👩 4 and a surrogate pair).
    /// (Text is valid UTF-8 by then: ingest repairs bad bytes.)
    @Test func wordBoundariesAreUTF8OffsetsAfterCharactersOfEveryLength() throws {
        let finder = try BoundaryFinder(kind: .word, locale: "root")
        let text = Array("aЖ €👩 b".utf8)  // bytes: a 0, Ж 1-2, space 3, € 4-6, 👩 7-10, space 11, b 12
        #expect(try finder.boundaries(in: text).offsets == [0, 3, 4, 7, 11, 12, 13])
        // 𝐀 (U+1D400, a letter) joins the word before it; decoded wrongly it would not.
        #expect(try finder.boundaries(in: Array("a𝐀 b".utf8)).offsets == [0, 5, 6, 7])
    }

    /// Rules compile into a transform; rules ICU cannot parse are an error that names the
    /// transform and where parsing stopped.
    @Test func transliteratorsFromRules() throws {
        let spelling = try Transliterator(name: "test", rules: "^ є > ye ; є > ie ; в > v ; а > a ;")
        #expect(try spelling.transliterate("єва") == "yeva" && spelling.transliterate("вєва") == "vieva")
        do {
            _ = try Transliterator(name: "broken (test.tsv)", rules: "а > a ; б > ] ;")
            Issue.record("rules with a stray bracket compiled")
        } catch let error as ICUError {
            #expect(error.description.contains("broken (test.tsv)") && error.message.contains("in rule"))
        }
    }

    @Test func charsetNamesResolve() {
        #expect(Charsets.canonicalName("cp1251") == "windows-1251")
        #expect(Charsets.canonicalName("KOI8R")?.lowercased() == "koi8-r")
        #expect(Charsets.canonicalName("definitely-not-a-charset") == nil)
    }

    /// ICU objects are built once and shared: many threads segmenting at once must agree with
    /// one thread doing the same work.
    @Test func sharedObjectsAreSafeAcrossThreads() async throws {
        var random = SplitMix64(seed: 5)
        let texts = (0..<64).map { _ in RandomUnicode.text(using: &random, maximumPieces: 200) + " Mr. Smith said «Нет». Д. Песков ответил." }
        func fingerprint(_ text: String) throws -> [Int] {
            let document = try sharedPipeline.analyze(text: text).get()
            let layer = try #require(document.layer(SegmentationLayer.self))
            return layer.sentences.flatMap { [$0.range.start, $0.range.end] } + layer.tokens.flatMap { [Int($0.start), Int($0.end)] }
                + [try #require(document.layer(NormalizationLayer.self)).matchingKey?.utf8.count ?? -1]
        }
        let expected = try texts.map(fingerprint)
        let results = try await withThrowingTaskGroup(of: (Int, [Int]).self) { group in
            for round in 0..<4 {
                for (index, text) in texts.enumerated() {
                    group.addTask { (index, try fingerprint(text)) }
                    _ = round
                }
            }
            var collected = [(Int, [Int])]()
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == texts.count * 4)
        for (index, fingerprint) in results {
            #expect(fingerprint == expected[index])
        }
    }
}

import Foundation
import Testing
@testable import QuoteTrail

/// The report contract: every span's `text` equals the decoded text's code points
/// [start, end), for every span of every report. Checked on the serialized JSON, parsed back.
@Suite struct SpanInvariantTests {
    /// Parses a serialized report and checks each span against `decoded`; returns how many spans it saw.
    @discardableResult
    static func checkSpans(of report: Report, decoded: String) throws -> Int {
        let data = Data(report.serialized())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        let scalars = Array(decoded.unicodeScalars)
        #expect(document["length"] as? Int == scalars.count)
        let segments = object["segments"] as? [[String: Any]] ?? []
        let quotes = object["quotes"] as? [[String: Any]] ?? []
        var spans = segments + quotes
        // The spans inside each quote: speaker mention, cue, source mentions, translation evidence.
        for quote in quotes {
            spans += [(quote["speaker"] as? [String: Any])?["mention"] as? [String: Any], quote["cue"] as? [String: Any]].compactMap { $0 }
            spans += (quote["sources"] as? [[String: Any]] ?? []).compactMap { $0["mention"] as? [String: Any] }
            spans += (quote["translation"] as? [String: Any])?["evidence"] as? [[String: Any]] ?? []
        }
        spans += segments.flatMap { $0["switches"] as? [[String: Any]] ?? [] }
        spans += (object["warnings"] as? [[String: Any]] ?? []).filter { $0["start"] is Int && $0["end"] is Int }
        for span in spans {
            let start = try #require(span["start"] as? Int)
            let end = try #require(span["end"] as? Int)
            let text = try #require(span["text"] as? String)
            #expect(0 <= start && start <= end && end <= scalars.count)
            guard 0 <= start && start <= end && end <= scalars.count else { continue }
            #expect(decoded.codePoints(start, end) == text, "span [\(start), \(end)) of \(decoded.debugDescription)")
        }
        return spans.count
    }

    @Test func randomUnicodeDocuments() throws {
        var random = SplitMix64(seed: 11)
        var spans = 0
        for _ in 0..<400 {
            let text = RandomUnicode.text(using: &random, maximumPieces: 120)
            let document = try analyzed(text)
            spans += try Self.checkSpans(of: ReportBuilder.report(for: document), decoded: document.text.string)
            #expect(document.text.string == text)  // valid UTF-8 text is kept as it came
        }
        #expect(spans > 1000)  // the property was exercised, not vacuously true
    }

    @Test func randomBytesNeverCrashAndKeepTheInvariant() throws {
        var random = SplitMix64(seed: 12)
        for round in 0..<300 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            } else {
                // Valid text with a few bytes damaged.
                bytes = Array(RandomUnicode.text(using: &random).utf8)
                for _ in 0..<3 where !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0x80...0xFF, using: &random) }
            }
            let record = InputRecord(metadata: DocumentMetadata(id: "r\(round)", source: "random"), content: .bytes(bytes))
            switch sharedPipeline.analyze(record) {
            case .success(let document):
                try Self.checkSpans(of: ReportBuilder.report(for: document), decoded: document.text.string)
            case .failure(let error):
                #expect(error.kind == .notText || error.kind == .unknownEncoding, "\(error)")
            }
        }
    }

    /// News-shaped documents with pieces inserted and characters deleted at random: the
    /// Quotes stage meets names cut by paragraph breaks, determiners before commas, unclosed
    /// marks and cues out of place. It never crashes and every span keeps the contract (two
    /// such documents crashed the stage before: "for The\n\nGuardian", "The, …").
    @Test func mutatedNewsDocuments() throws {
        let documents = [
            "Rail strike\n\nThe union's leader, Mick Hale, told the BBC that members were \"tired of waiting\". According to the Kyiv School of Economics, costs rose.\n\n\"We are ready,\" he said.\n",
            "Тарифы вырастут\n\nМОСКВА, 1 мая. /ТАСС/. По словам Пескова, решение «не обсуждается». «Мы готовы», — сказал он. — Но не сейчас.\n\nЕго слова приводит также «Интерфакс».\n",
            "Мер Львова: «Місто не відмовиться»\n\nЗа даними «Нової пошти», посилки ростуть, повідомив в ефірі телемарафону «Єдині новини» міністр.\n",
        ]
        let pieces = ["«", "»", "\"", "“", "”", "'", "—", " — ", ",", ":", ".", "\n", "\n\n", "The ", "told ", "said ", "агентство ", "сказал ",
                      "по словам ", "according to ", "за даними «", "Noh-jung ", "Al ", "who ", "its ", "in Korean ", "Reuters", "ТАСС"]
        var random = SplitMix64(seed: 21)
        var spans = 0
        for round in 0..<300 {
            var characters = Array(documents[round % documents.count])
            for _ in 0..<Int.random(in: 1...25, using: &random) {
                let position = Int.random(in: 0...characters.count, using: &random)
                if Bool.random(using: &random) || characters.isEmpty {
                    characters.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
                } else {
                    characters.remove(at: min(position, characters.count - 1))
                }
            }
            let document = try analyzed(String(characters))
            spans += try Self.checkSpans(of: ReportBuilder.report(for: document), decoded: document.text.string)
        }
        #expect(spans > 3000)
        // A determiner right before the comma of a sentence's opening aside.
        for text in ["Talks\n\nThe, city officials, said the plan was fine.", "Talks\n\nThe, city officials, said."] {
            let document = try analyzed(text)
            try Self.checkSpans(of: ReportBuilder.report(for: document), decoded: document.text.string)
        }
    }

    @Test func invalidUTF8WarningsPointAtTheReplacement() throws {
        let bytes = Array("«Да»,".utf8) + [0xC3] + Array(" — сказал 👩‍🔬.".utf8)
        let record = InputRecord(metadata: DocumentMetadata(id: "bad", source: "bad.txt"), content: .bytes(bytes))
        let document = try sharedPipeline.analyze(record).get()
        let report = ReportBuilder.report(for: document)
        let warning = try #require(report.warnings.first { $0.code == "invalid-utf8" })
        #expect(warning.start == 5 && warning.end == 6 && warning.text == "\u{FFFD}")
        #expect(warning.byteOffset == 9)  // « Д а » are two bytes each, then ","
        try Self.checkSpans(of: report, decoded: document.text.string)
    }
}

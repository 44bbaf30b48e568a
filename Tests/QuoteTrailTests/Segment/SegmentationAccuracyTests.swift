import Foundation
import Testing
@testable import QuoteTrail

/// Sentence segmentation measured against the gold files in Tests/Gold/segmentation.
@Suite struct SegmentationAccuracyTests {
    struct Score: CustomStringConvertible {
        var correct = 0
        var predicted = 0
        var gold = 0
        var misses = [String]()
        var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            String(format: "P %.3f R %.3f F1 %.3f (%d of %d gold sentences)", precision, recall, f1, correct, gold)
        }
    }

    static func score(part: String) throws -> Score {
        let folder = packageRoot.appendingPathComponent("Tests/Gold/segmentation/\(part)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var score = Score()
        for file in files {
            let gold = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let paragraphs = gold.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init) }.filter { !$0.isEmpty }
            var text = ""
            var goldSpans = Set<Range<Int>>()
            for (index, sentences) in paragraphs.enumerated() {
                if index > 0 { text += "\n\n" }
                for (position, sentence) in sentences.enumerated() {
                    if position > 0 { text += " " }
                    let start = text.unicodeScalars.count
                    text += sentence
                    goldSpans.insert(start..<text.unicodeScalars.count)
                }
            }
            let document = try analyzed(text, id: file)
            let predicted = try #require(document.layer(SegmentationLayer.self)).sentences.map { document.text.codePointRange($0.range) }
            score.gold += goldSpans.count
            score.predicted += predicted.count
            for span in predicted {
                if goldSpans.contains(span) { score.correct += 1 } else { score.misses.append("\(file): \(text.codePoints(span.lowerBound, span.upperBound))") }
            }
        }
        return score
    }

    @Test func developmentSet() throws {
        let score = try Self.score(part: "dev")
        print("sentence segmentation, dev: \(score)")
        for miss in score.misses { print("  wrong: \(miss)") }
        #expect(score.f1 >= 0.95)
    }

    @Test func heldOutSet() throws {
        let score = try Self.score(part: "heldout")
        print("sentence segmentation, held-out: \(score)")
        for miss in score.misses { print("  wrong: \(miss)") }
        #expect(score.f1 >= 0.9)
    }
}

import Foundation
import Testing
@testable import QuoteTrail

/// The seed article (third-party text, kept in ../shared, never copied here). Skipped when
/// that folder is not beside the checkout.
@Suite(.enabled(if: seedArticle != nil, "../shared/seed is not present"))
struct SeedArticleTests {
    func document() throws -> Document {
        let url = try #require(seedArticle)
        let record = InputRecord(metadata: DocumentMetadata(id: "seed", source: url.path), content: .bytes(Array(try Data(contentsOf: url))))
        return try sharedPipeline.analyze(record).get()
    }

    @Test func decodesAndKeepsEverySpanExact() throws {
        let document = try document()
        #expect(document.metadata.charset == "utf-8")
        #expect(document.warnings.isEmpty)
        let spans = try SpanInvariantTests.checkSpans(of: ReportBuilder.report(for: document), decoded: document.text.string)
        #expect(spans > 20)
    }

    @Test func segmentsTheStory() throws {
        let document = try document()
        let layer = try #require(document.layer(SegmentationLayer.self))
        let sentences = layer.sentences.map { document.text.string($0.range) }
        #expect(layer.sentences.first?.kind == .headline)
        #expect(layer.sentences.dropFirst().allSatisfy { $0.kind == .text })
        // The photo credit is a paragraph of its own, and quotes are not cut inside.
        #expect(layer.paragraphs.contains { document.text.string($0.range) == "Mikhail Svetlov | Getty Images" })
        #expect(sentences.contains { $0.hasPrefix("\u{201C}First we want to figure it out") && $0.hasSuffix("according to translated remarks.") })
        #expect(sentences.contains { $0.hasPrefix("The Tesla and SpaceX CEO then said in Russian:") && $0.hasSuffix("with you.\u{201D}") })
        // Every line of the related-articles list is its own sentence.
        #expect(sentences.contains("Articles You May Like"))
    }
}

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
        // Page furniture, as the seed's README describes it: a credit, the caption above it,
        // and everything from the related-products heading on.
        func kind(of line: String) -> SegmentKind? { layer.sentences.first { document.text.string($0.range) == line }?.kind }
        #expect(kind(of: "Mikhail Svetlov | Getty Images") == .credit)
        #expect(layer.sentences.contains { $0.kind == .caption && document.text.string($0.range).hasPrefix("Russian President Vladimir Putin attends") })
        let furnitureStart = try #require(layer.sentences.firstIndex { document.text.string($0.range) == "Products You May Like" })
        #expect(layer.sentences[furnitureStart...].allSatisfy { $0.kind == .boilerplate })
        #expect(layer.sentences[..<furnitureStart].filter { $0.kind == .boilerplate }.isEmpty)
        // The photo credit is a paragraph of its own, and quotes are not cut inside.
        #expect(layer.paragraphs.contains { document.text.string($0.range) == "Mikhail Svetlov | Getty Images" })
        #expect(sentences.contains { $0.hasPrefix("\u{201C}First we want to figure it out") && $0.hasSuffix("according to translated remarks.") })
        #expect(sentences.contains { $0.hasPrefix("The Tesla and SpaceX CEO then said in Russian:") && $0.hasSuffix("with you.\u{201D}") })
        // Every line of the related-articles list is its own sentence.
        #expect(sentences.contains("Articles You May Like"))
    }

    @Test func attributesTheQuotesAsTheReadmeDescribes() throws {
        let document = try document()
        let quotes = try #require(document.layer(QuoteLayer.self)).quotes.filter { $0.kind != .indirect }
        let texts = quotes.map { document.text.string($0.range) }
        #expect(quotes.count == 4, "\(texts)")
        guard quotes.count == 4 else { return }
        // The partial "interesting": Peskov, told reporters, according to TASS; also Reuters and RBC.
        #expect(texts[0] == "interesting" && quotes[0].kind == .partial)
        #expect(quotes[0].speaker?.latin == "Dmitry Peskov")
        #expect(quotes[0].sources.contains { $0.name == "TASS" && $0.relation == .accordingTo && $0.explicit })
        #expect(quotes[0].sources.contains { $0.name == "Reuters" && $0.relation == .alsoReportedBy && !$0.explicit })
        #expect(quotes[0].sources.contains { $0.name == "RBC" && !$0.explicit })
        // Two translated quotes of Peskov: the second is a paragraph that is only a quote.
        for index in [1, 2] {
            #expect(quotes[index].kind == .direct && quotes[index].speaker?.latin == "Dmitry Peskov")
            #expect(quotes[index].translation.status == .translated && quotes[index].translation.from == "ru")
        }
        #expect(quotes[1].translation.evidence.map { document.text.string($0) } == ["according to translated remarks"])
        // Musk, reached through "The Tesla and SpaceX CEO", said in Russian.
        #expect(quotes[3].speaker?.latin == "Elon Musk")
        #expect(quotes[3].translation.status == .translated && quotes[3].translation.from == "ru")
        // "on stage" is a term, and nothing in the furniture is a quote.
        #expect(!texts.contains("on stage"))
    }

    @Test func findsTheAttributedClaimsWithoutQuotes() throws {
        let document = try document()
        let claims = try #require(document.layer(QuoteLayer.self)).quotes.filter { $0.kind == .indirect }
        // "according to multiple media reports" and "according to app tracker App Annie".
        let mediaReports = claims.first { document.text.string($0.range).hasPrefix("Russia hasn") }
        #expect(mediaReports?.speaker?.name == "multiple media reports")
        let appAnnie = claims.first { document.text.string($0.range).hasPrefix("Clubhouse has been downloaded") }
        #expect(appAnnie?.sources.contains { $0.name == "App Annie" && $0.relation == .accordingTo && $0.explicit } == true)
    }
}

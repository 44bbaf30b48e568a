import Testing
@testable import QuoteTrail

@Suite struct DecodedTextTests {
    @Test func codePointOffsetsMatchSwiftsScalarCount() {
        var random = SplitMix64(seed: 1)
        for _ in 0..<200 {
            let string = RandomUnicode.text(using: &random, maximumPieces: 300)
            let text = DecodedText(string)
            #expect(text.codePointCount == string.unicodeScalars.count)
            var byteOffset = 0
            for (index, scalar) in string.unicodeScalars.enumerated() {
                #expect(text.codePointOffset(ofByte: byteOffset) == index)
                #expect(text.byteOffset(ofCodePoint: index) == byteOffset)
                byteOffset += UTF8.width(scalar)
            }
            #expect(text.codePointOffset(ofByte: text.byteCount) == text.codePointCount)
            #expect(text.byteOffset(ofCodePoint: text.codePointCount) == text.byteCount)
        }
    }

    @Test func spansReadBackTheirOwnText() {
        let string = "Песков: «Да» 👩‍🔬\r\nok"
        let text = DecodedText(string)
        let range = TextRange(start: text.byteOffset(ofCodePoint: 8), end: text.byteOffset(ofCodePoint: 12))
        #expect(text.string(range) == "«Да»")
        #expect(text.codePointRange(range) == 8..<12)
    }

    @Test func boundariesAreCodePointStarts() {
        let text = DecodedText("aЖ😀")
        #expect(text.isBoundary(0) && text.isBoundary(1) && !text.isBoundary(2) && text.isBoundary(3))
        #expect(!text.isBoundary(4) && !text.isBoundary(5) && !text.isBoundary(6) && text.isBoundary(7))
    }

    @Test func layersAreKeyedByType() throws {
        var document = Document(metadata: DocumentMetadata(id: "d", source: "-"), text: DecodedText("x"))
        #expect(document.layer(SegmentationLayer.self) == nil)
        document.add(SegmentationLayer(paragraphs: [], sentences: [], tokens: []))
        #expect(document.layer(SegmentationLayer.self) != nil)
        #expect(document.layer(NormalizationLayer.self) == nil)
    }
}

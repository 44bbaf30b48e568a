import Testing
@testable import QuoteTrail

@Suite struct OffsetMapTests {
    // "aXbc" -> "aYYc": X (1 byte at 1) became YY (2 bytes), b (1 byte at 2) was deleted.
    let map = OffsetMap(edits: [
        NormalizationEdit(sourceStart: 1, sourceLength: 1, targetStart: 1, targetLength: 2),
        NormalizationEdit(sourceStart: 2, sourceLength: 1, targetStart: 3, targetLength: 0),
    ])

    @Test func unchangedTextMapsOneToOne() {
        #expect(map.sourceRange(of: TextRange(start: 0, end: 1)) == TextRange(start: 0, end: 1))
        #expect(map.sourceRange(of: TextRange(start: 3, end: 4)) == TextRange(start: 3, end: 4))
    }

    @Test func offsetsInsideAChangeRoundOutward() {
        #expect(map.sourceRange(of: TextRange(start: 2, end: 2)) == TextRange(start: 1, end: 2))
        #expect(map.sourceRange(of: TextRange(start: 1, end: 3)) == TextRange(start: 1, end: 2))
    }

    @Test func deletedTextIsSkippedByStartsAndLeftOutOfEnds() {
        // A span starting right after "YY" starts after the deleted "b"; one ending there excludes it.
        #expect(map.sourceRange(of: TextRange(start: 3, end: 4)).start == 3)
        #expect(map.sourceRange(of: TextRange(start: 0, end: 3)).end == 2)
    }

    @Test func forwardAndBackAgree() {
        #expect(map.targetRange(of: TextRange(start: 0, end: 4)) == TextRange(start: 0, end: 4))
        #expect(map.targetRange(of: TextRange(start: 1, end: 2)) == TextRange(start: 1, end: 3))
        #expect(OffsetMap(edits: []).sourceRange(of: TextRange(start: 5, end: 9)) == TextRange(start: 5, end: 9))
    }
}

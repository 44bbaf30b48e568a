import Testing
@testable import QuoteTrail

@Suite struct LinesTests {
    func lines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Lines.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func lineFeedsEndLinesAndACarriageReturnBeforeOneIsDropped() {
        #expect(lines("a\nbb\r\n\nc") == ["a", "bb", "", "c"])
        #expect(lines("a\n") == ["a"])  // no empty line after the final LF
        #expect(lines("a\n\n") == ["a", ""])
        #expect(lines("x\ry\r") == ["x\ry"])  // a CR inside a line stays; the end of input counts as a line end
        #expect(lines("\r\n") == [""])
        #expect(lines("") == [])
        #expect(lines("Привет\nмир") == ["Привет", "мир"])
    }
}

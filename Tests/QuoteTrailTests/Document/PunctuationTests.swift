import Testing
@testable import QuoteTrail

/// Scalar classes that several stages share (`Punctuation`).
struct PunctuationTests {
    @Test func lineEndsAndWhitespaceAreUnicodesSetsByValue() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(Punctuation.isNewline(value) == character.isNewline, "U+\(String(value, radix: 16))")
            #expect(Punctuation.isWhitespace(value) == character.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func stringsTrimBlanksAsTextRangesDo() {
        for text in [" \t Читайте также:\u{00A0}", "\u{200B}x\u{FEFF}", "   ", "", "a b"] {
            let utf8 = Array(text.utf8)
            let range = Punctuation.trimmingBlanks(TextRange(start: 0, end: utf8.count), in: utf8)
            #expect(String(Punctuation.trimmingBlanks(text[...])) == String(decoding: utf8[range.start..<range.end], as: UTF8.self), "\(text)")
        }
    }
}

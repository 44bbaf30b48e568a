import Testing
@testable import QuoteTrail

@Suite struct LetterCaseTests {
    @Test func lowercasingByBytesMatchesSwift() {
        for word in ["ПЕСКОВ", "ЁЛКА", "ЇЖАК", "ЎЗРОВЕНЬ", "Ґанок", "ӘЛЕМ", "Straße", "ÉCOLE", "İstanbul"] {
            var fast = [UInt8]()
            Array(word.utf8).withUnsafeBufferPointer { LetterCase.lowercase($0, into: &fast) }
            #expect(String(decoding: fast, as: UTF8.self) == word.lowercased())
        }
    }
}

import Testing
@testable import QuoteTrail

@Suite struct HashedKeyTableTests {
    @Test func findsWhatWasFiledAndNothingElse() {
        var table = HashedKeyTable<Int>()
        let words = (0..<5_000).map { "word\($0)" }
        for (index, word) in words.enumerated() { table[word] = index }
        #expect(table.count == words.count)
        #expect(words.enumerated().allSatisfy { table[$0.element] == $0.offset })
        #expect((0..<5_000).allSatisfy { table["other\($0)"] == nil })
        table["word7"] = 70
        #expect(table["word7"] == 70 && table.count == words.count)
    }

    @Test func aSetAnswersByKeyOrByWord() {
        let set = HashedKeySet(["that", "что"])
        #expect(set.contains("что") && set.contains(FNV1a.hash("that")))
        #expect(!set.contains("this"))
    }
}

import Testing
@testable import QuoteTrail

@Suite struct QuoteLexiconTests {
    /// Marking which dictionaries a token can start a phrase of is only a shortcut: every
    /// dictionary must find the same phrases with the marks as without them.
    @Test func phraseStartMarksChangeNoMatch() throws {
        let lexicon = try QuoteLexicon.bundled()
        let text = """
        Пресс-секретарь президента Дмитрий Песков сообщил ТАСС, что «Газпром» не планирует, по словам Захаровой, \
        ничего. Kremlin spokesman Dmitry Peskov told Reuters, according to translated remarks, that the Kremlin \
        said in Russian. Речник Кремля Дмитро Пєсков заявив Укрінформу у перекладі. Ольга, Анна, Mr. Smith.
        """
        let unmarked = QuoteTokenizer.tokens(of: text)
        var marked = unmarked
        lexicon.markPhraseStarts(&marked)
        #expect(marked.contains { $0.phraseStarts == 0 })
        var matches = 0
        for index in unmarked.indices {
            #expect(lexicon.agencies.match(unmarked, at: index)?.length == lexicon.agencies.match(marked, at: index)?.length)
            #expect(lexicon.organisations.match(unmarked, at: index)?.length == lexicon.organisations.match(marked, at: index)?.length)
            #expect(lexicon.cues.match(unmarked, at: index)?.length == lexicon.cues.match(marked, at: index)?.length)
            #expect(lexicon.roles.match(unmarked, at: index)?.length == lexicon.roles.match(marked, at: index)?.length)
            #expect(lexicon.translationCues.match(unmarked, at: index)?.length == lexicon.translationCues.match(marked, at: index)?.length)
            #expect((lexicon.firstNames[unmarked[index].key] != nil) == (lexicon.firstName(marked, at: index) != nil))
            matches += [lexicon.agencies.match(marked, at: index) != nil, lexicon.cues.match(marked, at: index) != nil,
                        lexicon.roles.match(marked, at: index) != nil, lexicon.firstName(marked, at: index) != nil].filter { $0 }.count
        }
        #expect(matches >= 12)
    }
}

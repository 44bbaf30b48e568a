import Testing
@testable import QuoteTrail

@Suite struct QuoteLexiconTests {
    /// Marking which dictionaries a token can start a phrase of is only a shortcut: every
    /// dictionary must find the same phrases with the marks as without them.
    @Test func phraseStartMarksChangeNoMatch() throws {
        let lexicon = try QuoteLexicon.bundled()
        let text = """
        Пресс-секретарь президента Дмитрий Песков сообщил ТАСС, что компания «Газпром» не планирует, по словам Захаровой, \
        ничего. Kremlin spokesman Dmitry Peskov told Reuters, according to translated remarks, that the Kremlin \
        said in Russian. Речник Кремля Дмитро Пєсков заявив Укрінформу у перекладі. Ольга, Анна, Mr. Smith. \
        She said the ministry agreed; он сообщил, что в министерстве согласны, г-н Иванов.
        """
        let unmarked = QuoteTokenizer.tokens(of: text)
        var marked = unmarked
        lexicon.markPhraseStarts(&marked)
        #expect(marked.contains { $0.phraseStarts == 0 })
        let tables = lexicon.markedTables
        #expect(Set(tables.map(\.bit)).count == tables.count && tables.allSatisfy { $0.bit != 0 && $0.bit.nonzeroBitCount == 1 })
        var matches = 0
        for index in unmarked.indices {
            for table in tables {
                let found = table.matchLength(marked, index)
                #expect(table.matchLength(unmarked, index) == found, "bit \(table.bit) at \(index)")
                if found != nil { matches += 1 }
            }
            #expect((lexicon.firstNames[unmarked[index].key] != nil) == (lexicon.firstName(marked, at: index) != nil))
            if lexicon.firstName(marked, at: index) != nil { matches += 1 }
        }
        // Every marked table matches something in the text.
        #expect(tables.allSatisfy { table in unmarked.indices.contains { table.matchLength(marked, $0) != nil } })
        #expect(matches >= 20)
    }

    /// Data-file rows say whether a role speaks as itself; a value the loader does not know is
    /// an error naming the file and line, not a silent default.
    @Test func rolesSayWhoSpeaksAndBadValuesAreErrors() throws {
        var lexicon = QuoteLexicon()
        try lexicon.addRoles(TSVTable.parse("language\tphrase\trole\tspeaker\nen\tanalysts\tanalysts\titself\nen\tmayor\tmayor\tperson\n", file: "r.tsv"), file: "r.tsv")
        #expect(lexicon.rolesSpeakingAsThemselves.contains("analysts") && !lexicon.rolesSpeakingAsThemselves.contains("mayor"))
        #expect(throws: DataFileError.self) {
            try lexicon.addRoles(TSVTable.parse("language\tphrase\trole\tspeaker\nen\tboss\tboss\tgroup\n", file: "r.tsv"), file: "r.tsv")
        }
        do {
            try lexicon.addFirstNames(TSVTable.parse("name\tlanguage\tgender\tlatin\nAnn\t-\tf\tAnn\nJo\t-\tx\tJo\n", file: "n.tsv"), file: "n.tsv")
            Issue.record("a gender of x was accepted")
        } catch let error as DataFileError {
            #expect(error.file == "n.tsv" && error.message.contains("line 3"))
        }
        #expect(lexicon.firstNames[FNV1a.hash("Ann")]?.gender == .feminine)
        do {
            try lexicon.addTranslationCues(TSVTable.parse("language\tphrase\tfrom\tkind\nen\ttranslation\t\tsource-before\nen\tper AP\t\tsource-later\n", file: "t.tsv"), file: "t.tsv")
            Issue.record("a kind of source-later was accepted")
        } catch let error as DataFileError {
            #expect(error.file == "t.tsv" && error.message.contains("line 3"))
        }
    }
}

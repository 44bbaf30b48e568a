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
        try lexicon.addRoles(TSVTable.parse("language\tphrase\trole\tspeaker\nru\tпресс-служба\tpress service\titself-with-body\n", file: "r.tsv"), file: "r.tsv")
        #expect(lexicon.rolesSpeakingAsThemselves.contains("press service") && lexicon.rolesNamedWithTheirBody.contains("press service"))
        #expect(!lexicon.rolesNamedWithTheirBody.contains("analysts"))
        #expect(throws: DataFileError.self) {
            try lexicon.addRoles(TSVTable.parse("language\tphrase\trole\tspeaker\nen\tboss\tboss\tgroup\n", file: "r.tsv"), file: "r.tsv")
        }
        let error = try #require(throws: DataFileError.self) { try lexicon.addFirstNames(TSVTable.parse("name\tlanguage\tgender\tlatin\nAnn\t-\tf\tAnn\nJo\t-\tx\tJo\n", file: "n.tsv"), file: "n.tsv") }
        #expect(error.file == "n.tsv" && error.message.contains("line 3"))
        // (A list with a bad row files none of its rows.)
        #expect(lexicon.firstNames[FNV1a.hash("Ann")] == nil)
        try lexicon.addFirstNames(TSVTable.parse("name\tlanguage\tgender\tlatin\nAnn\t-\tf\tAnn\n", file: "n.tsv"), file: "n.tsv")
        #expect(lexicon.firstNames[FNV1a.hash("Ann")]?.gender == .feminine)
        let cueError = try #require(throws: DataFileError.self) { try lexicon.addTranslationCues(TSVTable.parse("language\tphrase\tfrom\tkind\nen\ttranslation\t\tsource-before\nen\tper AP\t\tsource-later\n", file: "t.tsv"), file: "t.tsv") }
        #expect(cueError.file == "t.tsv" && cueError.message.contains("line 3"))
    }

    /// Phrases that share their first token are found longest first among those whose second
    /// token matches, then the one-token phrase (the first filed of two), and never past `end`.
    @Test func phrasesSharingAFirstTokenAreFoundLongestFirst() throws {
        var table = PhraseTable<String>(caseSensitive: false)
        table.add("in", "word")
        table.add("in", "second word")
        table.add("in Russian", "language")
        table.add("in a translation by", "translator")
        table.add("in a statement", "statement")
        let tokens = QuoteTokenizer.tokens(of: "in a translation by AP, in Russian, in a statement, in English, in a")
        func match(_ index: Int, end: Int? = nil) -> String? { table.match(tokens, at: index, end: end).map { "\($0.length) \($0.value)" } }
        #expect(match(0) == "4 translator")
        #expect(match(0, end: 3) == "1 word")
        #expect(match(6) == "2 language")
        #expect(match(9) == "3 statement")
        #expect(match(13) == "1 word")
        #expect(match(16) == "1 word")
        #expect(table.singleTokenValue(forKey: FNV1a.hash("in")) == "word")
        #expect(table.singleTokenValue(forKey: FNV1a.hash("russian")) == nil)
    }

    /// A phrase ending right before a position is found longest first, and only among values
    /// the caller accepts; "from" bounds how far back it may start.
    @Test func phrasesEndingBeforeAPosition() throws {
        var table = PhraseTable<String>(caseSensitive: false)
        table.add("told", "verb")
        table.add("in an interview with", "phrase")
        table.add("with", "word")
        let tokens = QuoteTokenizer.tokens(of: "she told us in an interview with the Globe")
        let the = try #require(tokens.firstIndex { $0.lowerKey == FNV1a.hash("the") })
        #expect(table.match(endingAt: the, in: tokens, from: 0).map { "\($0.start) \($0.value)" } == "\(the - 4) phrase")
        #expect(table.match(endingAt: the, in: tokens, from: the - 2)?.value == "word")
        #expect(table.match(endingAt: the, in: tokens, from: 0, where: { $0 == "verb" }) == nil)
        #expect(table.match(endingAt: 2, in: tokens, from: 0)?.value == "verb" && table.endsBefore(2, in: tokens, from: 0))
        #expect(!table.endsBefore(3, in: tokens, from: 0))
    }

    /// A row of outlet-mastheads.tsv with a place the loader does not know is an error naming
    /// the file and line.
    /// A name filed both as an agency and as an organisation is an error naming both files' rows.
    @Test func nameInBothAgenciesAndOrganisationsIsAnError() throws {
        var lexicon = QuoteLexicon()
        try lexicon.addAgencies(TSVTable.parse("canonical\tkind\tlanguage\talias\nRosstat\tagency\tru\tРосстат\n", file: "a.tsv"), file: "a.tsv")
        let error = try #require(throws: DataFileError.self) {
            try lexicon.addOrganisations(TSVTable.parse("canonical\tspeaker_language\tlanguage\talias\nRosstat\tru\tru\tРосстат\n", file: "o.tsv"), file: "o.tsv")
        }
        #expect(error.description.contains("Росстат") && error.description.contains("o.tsv"))
        try lexicon.addOrganisations(TSVTable.parse("canonical\tspeaker_language\tlanguage\talias\nKremlin\tru\ten\tKremlin\n", file: "o.tsv"), file: "o.tsv")
    }

    @Test func badMastheadPlaceIsAnError() throws {
        var lexicon = QuoteLexicon()
        let error = try #require(throws: DataFileError.self) {
            try lexicon.addOutletMastheads(TSVTable.parse("language\tword\tplace\nen\tSun\tlast\nen\tRadio\tstart\n", file: "m.tsv"), file: "m.tsv")
        }
        #expect(error.file == "m.tsv" && error.message.contains("line 3"))
    }

    /// The bundled lexicon files given names of many countries with their gender (Liam, Joost,
    /// Gulnara from nam_dict.txt), and, like the census list, none that English writes as a
    /// common lower-case word (Will, Grant) or that opens names of places and firms (Pearl);
    /// frequent given names that are also rare nouns are filed (Ana, Timothy, Jane).
    @Test func internationalGivenNamesAreFiled() throws {
        let lexicon = try QuoteLexicon.bundled()
        #expect(lexicon.firstNames[FNV1a.hash("Liam")]?.gender == .masculine)
        #expect(lexicon.firstNames[FNV1a.hash("Gulnara")]?.gender == .feminine)
        #expect(lexicon.firstNames[FNV1a.hash("Joost")] != nil)
        #expect(lexicon.firstNames[FNV1a.hash("Will")] == nil && lexicon.firstNames[FNV1a.hash("Grant")] == nil)
        #expect(lexicon.firstNames[FNV1a.hash("Pearl")] == nil && lexicon.firstNames[FNV1a.hash("Hong")] == nil)
        for name in ["Ana", "Timothy", "Jane"] { #expect(lexicon.firstNames[FNV1a.hash(name)] != nil, "\(name)") }
    }

    /// Source relations keep the file's order as their precedence, and a row the loader cannot
    /// place (an unknown position or relation) is an error naming the file and line.
    @Test func sourceRelationsKeepTheirOrderAndBadRowsAreErrors() throws {
        var lexicon = QuoteLexicon()
        let header = "language\tword\trelation\tposition\n"
        try lexicon.addSourceRelations(TSVTable.parse(header + "en\ttranslation\ttranslated-by\tbefore\nen\taccording\taccording-to\tbefore\nen\tcited\tcited\tnear-before\nen\treported\treported-by\tafter\n", file: "s.tsv"), file: "s.tsv")
        #expect(lexicon.sourceRelations == [.translatedBy, .accordingTo, .cited, .reportedBy])
        #expect(lexicon.relationBitsBefore[FNV1a.hash("according")] == 0b10)
        #expect(lexicon.relationBitsNearBefore[FNV1a.hash("cited")] == 0b100 && lexicon.relationBitsBefore[FNV1a.hash("cited")] == nil)
        #expect(lexicon.relationBitsAfter[FNV1a.hash("reported")] == 0b1000)
        #expect(lexicon.relationBits(of: .accordingTo) == 0b10)
        for (row, complaint) in [("en\tsaid\treported-by\tbeside\n", "position"), ("en\tsaid\tsaid-by\tbefore\n", "relation")] {
            var fresh = QuoteLexicon()
            let error = try #require(throws: DataFileError.self) { try fresh.addSourceRelations(TSVTable.parse(header + "en\taccording\taccording-to\tbefore\n" + row, file: "s.tsv"), file: "s.tsv") }
            #expect(error.file == "s.tsv" && error.message.contains("line 3") && error.message.contains(complaint))
        }
        // One bit per row: a 65th row cannot be told apart and is refused.
        var full = QuoteLexicon()
        let rows = (0..<65).map { "en\tw\($0)\taccording-to\tbefore\n" }.joined()
        #expect(throws: DataFileError.self) { try full.addSourceRelations(TSVTable.parse(header + rows, file: "s.tsv"), file: "s.tsv") }
        #expect(full.sourceRelations.count == 64)
    }

    /// Naming words say whether they name an outlet; any other kind is an error naming the line.
    /// A common-noun alias keeps the words of the canonical name it holds; a proper one none.
    @Test func commonNounAliasesKeepTheCanonicalNamesWords() {
        #expect(Organisation(canonical: "Bank of Russia", language: "ru", alias: "the central bank").commonNounWords == ["Bank"])
        #expect(Organisation(canonical: "Ministry of Finance", language: "ru", alias: "the finance ministry").commonNounWords == ["Ministry", "Finance"])
        #expect(Organisation(canonical: "White House", language: "en", alias: "the White House").commonNounHead == nil)
    }

    @Test func namingWordsSayWhetherTheyNameAnOutlet() throws {
        var lexicon = QuoteLexicon()
        try lexicon.addNamingWords(TSVTable.parse("language\tword\tkind\nen\tnewspaper\toutlet\nen\tnovel\tname\nen\tagency\tagency\nen\tfirm\tbody\n", file: "n.tsv"), file: "n.tsv")
        let tokens = QuoteTokenizer.tokens(of: "the newspaper and the novel of the agency and the firm")
        #expect(lexicon.namingWords.match(tokens, at: 1)?.value == .outlet)
        #expect(lexicon.namingWords.match(tokens, at: 4)?.value == .name)
        #expect(lexicon.namingWords.match(tokens, at: 7)?.value == .agency)
        #expect(lexicon.namingWords.match(tokens, at: 10)?.value == .body)
        #expect([NamingWord.outlet, .agency, .name, .body].map(\.refersBack) == [true, true, false, false])
        let error = try #require(throws: DataFileError.self) { try lexicon.addNamingWords(TSVTable.parse("language\tword\tkind\nen\tfilm\ttitle\n", file: "n.tsv"), file: "n.tsv") }
        #expect(error.file == "n.tsv" && error.message.contains("line 2"))
    }

    /// One alias under two canonical names is refused, naming both lines; the same alias in
    /// another language, or repeated under the same name, is not.
    @Test func anAgencyAliasFiledTwiceIsAnError() throws {
        let header = "canonical\tkind\tlanguage\talias\n"
        var lexicon = QuoteLexicon()
        try lexicon.addAgencies(TSVTable.parse(header + "RBC\toutlet\tru\tРБК\nRBC\toutlet\tuk\tРБК\nRBC\toutlet\tru\tРБК\n", file: "a.tsv"), file: "a.tsv")
        #expect(lexicon.agencies.match(QuoteTokenizer.tokens(of: "РБК"), at: 0)?.value == "RBC")
        var conflicting = QuoteLexicon()
        let error = try #require(throws: DataFileError.self) { try conflicting.addAgencies(TSVTable.parse(header + "Interfax\tagency\tuk\tІнтерфакс-Україна\nInterfax-Ukraine\tagency\tuk\tІнтерфакс-Україна\n", file: "a.tsv"), file: "a.tsv") }
        #expect(error.file == "a.tsv" && error.message.contains("line 3") && error.message.contains("line 2"))
    }
    /// Case forms of given names and surnames: soft stems (Игорь -> Игорю; Ukrainian Ігор ->
    /// Ігоря), Ukrainian alternations and datives (Ольга -> Ользі, Олег -> Олегові) and "-енко"
    /// surnames, whose "о" stays under the ending (Бондаренку -> Бондаренко).
    @Test func nameCaseForms() {
        func forms(_ name: String, _ gender: Gender, _ language: String) -> [String] { NameForms.caseForms(of: name, gender: gender, language: language).map(\.0) }
        #expect(forms("Игорь", .masculine, "ru").contains("Игорю") && !forms("Игорь", .masculine, "ru").contains("Игорьу"))
        #expect(forms("Ігор", .masculine, "uk").contains("Ігоря"))
        #expect(forms("Ольга", .feminine, "uk").contains("Ользі") && forms("Ольга", .feminine, "ru").contains("Ольге"))
        #expect(forms("Олег", .masculine, "uk").contains("Олегові"))
        #expect(forms("Андрій", .masculine, "uk").contains("Андрієві"))
        #expect(NameForms.nominativeSurname("Бондаренку", gender: .masculine, nameCase: .dative) == "Бондаренко")
        #expect(NameForms.nominativeSurname("Шевченка", gender: .masculine, nameCase: .genitive) == "Шевченко")
        #expect(NameForms.nominativeSurname("Шевчукові", gender: .masculine, nameCase: .dative) == "Шевчук")
        #expect(NameForms.nominativeSurname("Власову", gender: .masculine, nameCase: .dative) == "Власов")
        // A genitive in -я: -ь after a consonant, -й after a vowel.
        #expect(NameForms.nominativeSurname("Шмыгаля", gender: .masculine, nameCase: .genitive) == "Шмыгаль")
        #expect(NameForms.nominativeSurname("Холлоуэя", gender: .masculine, nameCase: .genitive) == "Холлоуэй")
    }

    /// A one-word name in the genitive after "по данным", "за даними" is named in the nominative.
    @Test func genitiveNamesOfBodies() {
        #expect(NameForms.nominativeOfGenitiveName("Держпродспоживслужби", language: "uk") == "Держпродспоживслужба")
        #expect(NameForms.nominativeOfGenitiveName("Укрзалізниці", language: "uk") == "Укрзалізниця")
        #expect(NameForms.nominativeOfGenitiveName("Росгвардии", language: "ru") == "Росгвардия")
        #expect(NameForms.nominativeOfGenitiveName("Тверьавтодора", language: "ru") == "Тверьавтодор")
        #expect(NameForms.nominativeOfGenitiveName("Укравтодору", language: "uk") == "Укравтодор")
        #expect(NameForms.nominativeOfGenitiveName("Укренерго", language: "uk") == "Укренерго")
        #expect(NameForms.nominativeOfGenitiveName("Бумаги", language: "ru") == "Бумага")
        #expect(NameForms.nominativeOfGenitiveName("Росстата", language: "ru") == "Росстат")
    }

    /// Surname shapes after a verb: the nominative of the verb's gender, or the accusative.
    @Test func surnameShapes() {
        #expect(NameForms.nominativeSurname("Смирнов", verbGender: .masculine)?.gender == .masculine)
        #expect(NameForms.nominativeSurname("Смирнова", verbGender: .masculine) == nil)
        #expect(NameForms.nominativeSurname("Шевчук", verbGender: nil) == SurnameShape(gender: nil))
        #expect(NameForms.nominativeSurname("Минфин", verbGender: .masculine)?.gender == .masculine)  // why bodies must be filed
        #expect(NameForms.nominativeSurname("Мельник", verbGender: .masculine) == nil)
        #expect(NameForms.accusativeSurnameGender("Буданова") == .masculine)
        #expect(NameForms.accusativeSurnameGender("Орлову") == .feminine)
    }

    /// Surname endings are compared as bytes, and a word with a combining mark (a "й" written
    /// as "и" and U+0306) still matches the precomposed ending, as canonical comparison would.
    @Test func endingsMatchBytewiseAndThroughCombiningMarks() {
        #expect(NameForms.hasFeminineObliqueEnding("Гариповой"))
        #expect(NameForms.hasFeminineObliqueEnding("ГАРИПОВОЙ"))
        #expect(!NameForms.hasFeminineObliqueEnding("Гарипова"))
        #expect(NameForms.hasFeminineObliqueEnding("Гарипово\u{0438}\u{0306}"))
        #expect(NameForms.isPatronymic("германович") && !NameForms.isPatronymic("германов"))
    }
}

import Foundation
import QuoteTrailDictionaries

/// What a naming word introduces (`naming-words.tsv`).
enum NamingWord: String, Sendable {
    /// A title or a company's name ('the novel', 'компания').
    case name
    /// A newspaper or channel: a capitalised name right after one is an outlet, known or not.
    case outlet
    /// An agency of any kind: not every one is an outlet ('аналитик агентства «Агроэкспорт»').
    case agency

    /// A company or other body: a quoted name after one is an organisation that may speak
    /// ('компания «Северсталь»', 'НЕК «Укренерго»').
    case body

    /// Alone right after a speech verb, the word means the agency or outlet named last
    /// ('цитирует агентство', 'told the newspaper').
    var refersBack: Bool { self == .outlet || self == .agency }
}

/// Phrases of one dictionary, looked up token by token at a position of the text.
struct PhraseTable<Value: Sendable>: Sendable {
    /// A phrase: its token keys are `keys[start ..< start + count]`, its value `values[i]` for
    /// entry i; `next` is the following phrase of two tokens or more that opens with the same
    /// two tokens (-1: none), longest first. A probe walks only those ("in" opens seventy
    /// translation cues, "in Russian" two). Plain integers, so a lookup copies no arrays (no
    /// retain and release per probe).
    private struct Entry: Sendable {
        var start: Int32
        var count: Int32
        var next: Int32
    }
    private var entries: [Entry] = []
    private var keys: [UInt64] = []
    private var values: [Value] = []
    /// Filed under a first token's key: its one-token phrase, or -1 when it opens only longer
    /// ones; under `pairKey` of the first two tokens: the first (longest) phrase opening so.
    /// (One table, not two: this struct is copied where the lexicon is read, and stays small.)
    private var starts = HashedKeyTable<Int32>()
    let caseSensitive: Bool
    /// This table's bit in `QuoteToken.phraseStarts` (0: no bit, always probe).
    let bit: UInt16
    /// The distinct first-token keys, for `QuoteLexicon.phraseStarts`.
    private(set) var firstKeys: [UInt64] = []
    /// Tokens in the longest phrase.
    private(set) var longestPhrase = 0

    init(caseSensitive: Bool, bit: UInt16 = 0) {
        self.caseSensitive = caseSensitive
        self.bit = bit
    }

    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = QuoteTokenizer.tokens(of: caseSensitive ? phrase : phrase.lowercased()).map(\.key)
        guard let first = tokens.first else { return }
        longestPhrase = max(longestPhrase, tokens.count)
        let added = Int32(entries.count)
        let count = Int32(tokens.count)
        entries.append(Entry(start: Int32(keys.count), count: count, next: -1))
        keys += tokens
        values.append(value)
        if starts[first] == nil {
            firstKeys.append(first)
            starts[first] = -1
        }
        guard tokens.count > 1 else {
            // (The first one-token phrase filed wins, as a lookup finds it.)
            if starts[first] == -1 { starts[first] = added }
            return
        }
        // Longest phrases first (after those as long), so the first match is the longest.
        let pair = Self.pairKey(first, tokens[1])
        guard let head = starts[pair] else {
            starts[pair] = added
            return
        }
        if entries[Int(head)].count < count {
            entries[Int(added)].next = head
            starts[pair] = added
            return
        }
        var previous = Int(head)
        while entries[previous].next >= 0 && entries[Int(entries[previous].next)].count >= count { previous = Int(entries[previous].next) }
        entries[Int(added)].next = entries[previous].next
        entries[previous].next = added
    }

    /// The value of a one-token phrase filed under `key`, or nil.
    func singleTokenValue(forKey key: UInt64) -> Value? {
        guard let single = starts[key], single >= 0 else { return nil }
        return values[Int(single)]
    }

    private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// The longest phrase starting at `index`: its length in tokens and its value.
    /// Inlined, so that the common answer (no phrase of this table starts with the token, as
    /// its `phraseStarts` bits say) costs a bit test rather than a call: the stage asks about
    /// a dozen tables for every token.
    @inline(__always)
    func match(_ tokens: [QuoteToken], at index: Int, end: Int? = nil) -> (length: Int, value: Value)? {
        let end = end ?? tokens.count
        guard index < end, tokens[index].phraseStarts & bit != 0 || bit == 0 else { return nil }
        return probe(tokens, at: index, end: end)
    }

    /// A phrase of two tokens or more, longest first, else one of the first token alone.
    @inline(never)
    private func probe(_ tokens: [QuoteToken], at index: Int, end: Int) -> (length: Int, value: Value)? {
        let first = key(tokens, index)
        if index + 1 < end, let head = starts[Self.pairKey(first, key(tokens, index + 1))] {
            var current = Int(head)
            while current >= 0 {
                let entry = entries[current]
                let count = Int(entry.count)
                if index + count <= end {
                    var matches = true
                    for offset in 0..<count where key(tokens, index + offset) != keys[Int(entry.start) + offset] {
                        matches = false
                        break
                    }
                    if matches { return (count, values[current]) }
                }
                current = Int(entry.next)
            }
        }
        return singleTokenValue(forKey: first).map { (1, $0) }
    }

    /// Whether a phrase ends right before `end` (starting no earlier than `start`).
    func endsBefore(_ end: Int, in tokens: [QuoteToken], from start: Int) -> Bool {
        match(endingAt: end, in: tokens, from: start) != nil
    }

    /// The longest phrase that ends right before `end`, starting no earlier than `start`, whose
    /// value `accept` takes: where it starts, and its value ("цитирует" before "агентство",
    /// "видання" before «Дзеркало тижня»).
    func match(endingAt end: Int, in tokens: [QuoteToken], from start: Int,
               where accept: (Value) -> Bool = { _ in true }) -> (start: Int, value: Value)? {
        var length = min(longestPhrase, end - max(0, start))
        while length >= 1 {
            if let found = match(tokens, at: end - length, end: end), found.length == length, accept(found.value) { return (end - length, found.value) }
            length -= 1
        }
        return nil
    }

    /// The token's key as this table compares it.
    @inline(__always)
    private func key(_ tokens: [QuoteToken], _ index: Int) -> UInt64 { caseSensitive ? tokens[index].key : tokens[index].lowerKey }
}

/// Grammatical case of a Russian or Ukrainian name form (nominative for other languages).
enum NameCase: Sendable { case nominative, genitive, dative, accusative, instrumental, prepositional, vocative }

enum Gender: String, Sendable { case masculine = "m", feminine = "f", neuter = "n", plural = "p" }

struct FirstName: Sendable {
    var nominative: String
    var latin: String
    /// nil when the name is given to both (census names such as Jordan).
    var gender: Gender?
    /// The language its bearer speaks, when the name tells (Дмитрий: ru); nil for the generated lists.
    var language: String?
    var nameCase: NameCase
    /// Filed from the Ukrainian list only: read in Ukrainian text, nowhere else ("Ханну" is
    /// Ханна's accusative in Ukrainian, a Finnish man's name in "по словам Ханну Туоминена").
    var ukrainianOnly = false
}

/// A public figure from `people.tsv`: the Latin spelling of the surname, and of the first name
/// of its best-known bearer.
struct KnownPerson: Sendable {
    var gender: Gender
    /// The surname as filed: nominative, in the script of the row.
    var written: String
    var latin: String
    var first: String?
    /// `first` as Russian and Ukrainian write it ("Жан-Ноэль").
    var firstWritten: [String] = []

    /// The filed spelling of this person's first name that a given name as written in the text
    /// is a case form of ("Жан-Ноэля", "Жан-Ноэлем": Жан-Ноэль), or nil.
    func filedFirstName(written: String?) -> String? {
        guard let written else { return nil }
        return firstWritten.first { filed in
            // The stem: without a final vowel, soft sign or й, which case endings replace.
            let stem = filed.last.map { "аяоеёиыіїуюьй".contains($0) } == true ? String(filed.dropLast()) : filed
            return written.hasPrefix(stem) && written.count - stem.count <= 3
        }
    }
}

struct SpeechCue: Sendable {
    enum Kind: String, Sendable { case verb, sourceBefore = "source-before", pronounBefore = "pronoun-before" }
    /// `FNV1a` of the lemma: the stage asks which verb a cue is for every cue it meets, and
    /// comparing or hashing Strings checks their Unicode normalization.
    var lemmaKey: UInt64
    var gender: Gender?
    var kind: Kind
    /// A verb of telling ("told"): what follows it is whom the words were told ("told
    /// analysts", "told The Herald"), never the speaker.
    var tellsSomeone: Bool { lemmaKey == Self.tell }
    static let tell = FNV1a.hash("tell")

    init(lemma: String, gender: Gender?, kind: Kind) {
        lemmaKey = FNV1a.hash(lemma)
        self.gender = gender
        self.kind = kind
    }
}

struct Organisation: Sendable {
    var canonical: String
    /// The language it speaks, when the dictionary tells ("Kremlin": ru; a mayor's office: nil).
    var language: String?
    /// The keys (`FNV1a`) of the words of `canonical`, which `organisation-heads.tsv` nouns
    /// refer back by.
    var wordKeys: [UInt64]
    /// For an alias that is a common noun, in lower case throughout ("the central bank", "the
    /// finance ministry"; not "the White House"): the alias's words that the canonical name also
    /// holds ("Bank" of "Bank of Russia"; "Finance", "Ministry" of "Ministry of Finance"). The
    /// alias means another body named before it whose name holds them all (the Bank of England,
    /// not the foreign ministry), if any, rather than the one filed.
    var commonNounWords: [Substring] = []
    /// The key of the last of them, by which that body is looked up.
    var commonNounHead: UInt64?

    init(canonical: String, language: String?, alias: String = "") {
        self.canonical = canonical
        self.language = language
        let words = canonical.split(separator: " ")
        wordKeys = words.map { FNV1a.hash(String($0)) }
        guard !alias.isEmpty, !alias.contains(where: \.isUppercase) else { return }
        commonNounWords = words.filter { word in alias.split(separator: " ").contains { $0 == word.lowercased() } }
        commonNounHead = commonNounWords.last.map { FNV1a.hash(String($0)) }
    }
}

struct TranslationCue: Sendable {
    /// Where the translating agency or outlet is named, if anywhere.
    enum SourcePlace: String, Sendable {
        /// Nowhere: the phrase is evidence alone ("according to translated remarks").
        case evidence
        /// It may follow ("according to a translation by AP").
        case sourceAfter = "source-after"
        /// It comes right before, and the phrase is evidence only with it ("a Reuters translation").
        case sourceBefore = "source-before"
    }
    var from: String?
    var source: SourcePlace
}

/// The dictionaries of the Quotes stage, loaded once from `Dictionaries/data`.
public struct QuoteLexicon: Sendable {
    var agencies = PhraseTable<String>(caseSensitive: true, bit: 1)
    var organisations = PhraseTable<Organisation>(caseSensitive: true, bit: 2)
    var cues = PhraseTable<SpeechCue>(caseSensitive: false, bit: cueBit)
    var roles = PhraseTable<String>(caseSensitive: false, bit: 8)
    var translationCues = PhraseTable<TranslationCue>(caseSensitive: false, bit: 16)
    static let firstNameBit: UInt16 = 32
    /// Marks the first word of a cue that names its source after it ("according to", "по
    /// словам"): only there can a source the dictionaries lack be named.
    static let sourceCueBit: UInt16 = 512
    /// Personal pronouns that can stand for a speaker, with their gender.
    var pronouns: PhraseTable<Gender> = {
        var table = PhraseTable<Gender>(caseSensitive: false, bit: 128)
        for (word, gender) in [("he", Gender.masculine), ("she", .feminine), ("он", .masculine), ("она", .feminine), ("він", .masculine),
                               ("вона", .feminine), ("they", .plural), ("они", .plural), ("вони", .plural), ("him", .masculine), ("her", .feminine)] {
            table.add(word, gender)
        }
        return table
    }()
    /// Common nouns that refer back to an organisation named earlier ("the ministry",
    /// "в министерстве"), with the key of the English word its canonical name contains.
    var organisationHeads = PhraseTable<UInt64>(caseSensitive: false, bit: 256)
    /// The head `*` in `organisation-heads.tsv`: a word any organisation may be called.
    static let anyOrganisation = FNV1a.hash("*")
    /// Marks the words that end many newspapers' names ("Sun" in "the Baltimore Sun") and those
    /// that open many stations' names ("Radio" in "Radio Bío-Bío"), as written.
    static let mastheadBit: UInt16 = 2048
    static let outletOpenerBit: UInt16 = 4096
    /// Titles before a surname, with the gender they tell ("Mr." "Smith", "г-н" "Сольберг").
    var honorifics: PhraseTable<Gender?> = {
        var table = PhraseTable<Gender?>(caseSensitive: false, bit: 64)
        for (title, gender) in [("mr", Gender.masculine), ("mrs", .feminine), ("ms", .feminine), ("г-н", .masculine), ("г-жа", .feminine),
                                ("prince", .masculine), ("princess", .feminine), ("sheikh", .masculine),
                                // Russian and Ukrainian titles in their cases ("господин Оконкво", "пані Рахімі").
                                ("господин", .masculine), ("господина", .masculine), ("господину", .masculine), ("господином", .masculine),
                                ("госпожа", .feminine), ("госпожи", .feminine), ("госпоже", .feminine), ("госпожу", .feminine),
                                ("пан", .masculine), ("пана", .masculine), ("пану", .masculine), ("паном", .masculine), ("пані", .feminine)] {
            table.add(title, gender)
        }
        // American titles that tell no gender ("Sen. Warren", "Gov. Newsom").
        for title in ["dr", "sen", "rep", "gov"] { table.add(title, nil) }
        return table
    }()
    /// Bits of the tables above that match by the token's own key (the rest by its lower-case key).
    private static let caseSensitiveBits: UInt16 = 1 | 2 | firstNameBit | mastheadBit | outletOpenerBit
    /// For each first-token key, the bits of the dictionaries with a phrase starting there:
    /// one probe per token tells which of the nine dictionaries need looking at.
    private var phraseStarts = HashedKeyTable<UInt16>()
    /// Words and phrases that introduce a name in quotation marks ('the novel', 'known as'),
    /// with their kind (`naming-words.tsv`).
    var namingWords = PhraseTable<NamingWord>(caseSensitive: false, bit: 1024)
    /// Every case form (Cyrillic) and Latin spelling of each first name.
    var firstNames = HashedKeyTable<FirstName>()
    /// Case forms that `firstNames` files under another language's name, read in Ukrainian text.
    var ukrainianFirstNames = HashedKeyTable<FirstName>()
    /// Public figures' established Latin spellings, by the hash of their surname key
    /// (`NameForms.surnameKey`).
    var people = HashedKeyTable<KnownPerson>()
    /// The lower-case Latin surnames of `people` ("peskov"): a bare "Peskov" in English is a person.
    var peopleLatinSurnames = HashedKeySet()
    /// Agency and organisation names, lower case: quotation marks around one hold no speech.
    var agencyAliases = HashedKeySet()
    /// Each agency alias in lower case with its canonical name: an outlet found by its context
    /// ("телеканал «Дождь»", transliterated "Dozhd") is named as the dictionary names it.
    var agencyCanonicalByAlias = [String: String]()
    /// Roles that speak as themselves (`roles.tsv` speaker `itself`): groups and unnamed sources.
    var rolesSpeakingAsThemselves = HashedKeySet()
    /// Those of them named with the words for the body they speak for after them (speaker
    /// `itself-with-body`: "пресс-служба судов столицы").
    var rolesNamedWithTheirBody = HashedKeySet()
    /// Nationalities that name someone only as "the Pole" before a speech verb or a mark (the
    /// English nouns: Russian and Ukrainian ones filed under the same role describe a name anywhere).
    var rolesAfterTheOnly = HashedKeySet()
    /// Whether the word at `index` is a nationality ("Russian", "the Pole"): before a common
    /// noun it is an adjective ("Russian television"), no name of an outlet or firm.
    func isNationality(_ tokens: [QuoteToken], at index: Int) -> Bool {
        roles.match(tokens, at: index, end: index + 1).map { rolesAfterTheOnly.contains($0.value) } ?? false
    }
    /// The relation of each row of `source-relations.tsv`, in file order (order of precedence).
    var sourceRelations = [Quote.Relation]()
    /// Whether the word at `index`, or the one after it ("со ссылкой", "з посиланням"), is one
    /// `source-relations.tsv` files before an agency as citing it ("citing", "ссылаясь"): whom
    /// an outlet cites opens there.
    func opensCitation(_ tokens: [QuoteToken], at index: Int) -> Bool {
        let cited = relationBits(of: .cited)
        return (index..<min(tokens.count, index + 2)).contains { (relationBitsBefore[tokens[$0].lowerKey] ?? 0) & cited != 0 }
    }

    /// For each word of that file, the positions in `sourceRelations` of its rows as bits, for
    /// words before the agency and after it: the relation of the lowest bit set wins.
    var relationBitsBefore = HashedKeyTable<UInt64>()
    var relationBitsAfter = HashedKeyTable<UInt64>()
    /// The same for words that count only up to three tokens before the agency.
    var relationBitsNearBefore = HashedKeyTable<UInt64>()
    /// ICU transliteration rules spelling Ukrainian names in Latin letters
    /// (`ukrainian-latin.tsv`); empty for a lexicon not loaded from the files.
    var ukrainianLatinRules = ""

    public static func bundled() throws -> QuoteLexicon {
        func table(_ name: String) throws -> TSVTable { try TSVTable.load(DictionaryResources.url(named: name)) }
        var lexicon = QuoteLexicon()
        try lexicon.addAgencies(table("agencies.tsv"), file: "agencies.tsv")
        try lexicon.addOrganisations(table("organisations.tsv"), file: "organisations.tsv")
        for row in try table("speech-cues.tsv").rows {
            guard let kind = SpeechCue.Kind(rawValue: row["kind"]) else {
                throw DataFileError(file: "speech-cues.tsv", message: "line \(row.lineNumber): unknown kind \(row["kind"])")
            }
            lexicon.cues.add(row["form"], SpeechCue(lemma: row["lemma"], gender: Gender(rawValue: row["gender"]), kind: kind))
            if kind == .sourceBefore, let first = QuoteTokenizer.tokens(of: row["form"].lowercased()).first {
                lexicon.markStart(first.key, sourceCueBit)
            }
        }
        try lexicon.addRoles(table("roles.tsv"), file: "roles.tsv")
        try lexicon.addTranslationCues(table("translation-cues.tsv"), file: "translation-cues.tsv")
        try lexicon.addSourceRelations(table("source-relations.tsv"), file: "source-relations.tsv")
        try lexicon.addNamingWords(table("naming-words.tsv"), file: "naming-words.tsv")
        lexicon.ukrainianLatinRules = try transliterationRules(table("ukrainian-latin.tsv"), file: "ukrainian-latin.tsv")
        for row in try table("organisation-heads.tsv").rows { lexicon.organisationHeads.add(row["word"], FNV1a.hash(row["head"])) }
        try lexicon.addOutletMastheads(table("outlet-mastheads.tsv"), file: "outlet-mastheads.tsv")
        for row in try table("people.tsv").rows {
            guard let gender = Gender(rawValue: row["gender"]), gender == .masculine || gender == .feminine, !row["latin"].isEmpty else {
                throw DataFileError(file: "people.tsv", message: "line \(row.lineNumber): gender must be m or f and latin given")
            }
            let first = row["first"]
            lexicon.peopleLatinSurnames.insert(row["latin"].lowercased())
            lexicon.people[FNV1a.hash(NameForms.surnameKey(row["name"]))] = KnownPerson(
                gender: gender, written: row["name"], latin: row["latin"], first: first.isEmpty ? nil : first,
                firstWritten: row["first_written"].split(separator: ",").map(String.init))
        }
        // The hand-made list first: its entries win over the generated ones.
        for file in ["first-names.tsv", "first-names-census.tsv", "first-names-opencorpora.tsv", "first-names-ukrainian.tsv", "first-names-international.tsv"] {
            try lexicon.addFirstNames(table(file), file: file, ukrainianOnly: file == "first-names-ukrainian.tsv")
        }
        for table in lexicon.markedTables {
            for key in table.firstKeys { lexicon.markStart(key, table.bit) }
        }
        return lexicon
    }

    /// ICU rules from a letter table (cyrillic, latin, word_initial): each letter and its
    /// capital, word-initial spellings first, longer keys before shorter; then ICU's Any-Latin
    /// and Latin-ASCII for anything the table lacks.
    static func transliterationRules(_ table: TSVTable, file: String) throws -> String {
        // Anything but a letter is escaped, so that an apostrophe or a sign in the table is never
        // read as rule syntax.
        func quoted(_ text: String) -> String {
            text.unicodeScalars.map { $0.properties.isAlphabetic ? String($0) : String(format: "\\u%04X", $0.value) }.joined()
        }
        func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        var rules = [":: NFC ;"]
        let rows = table.rows.sorted { $0["cyrillic"].count > $1["cyrillic"].count }
        for row in rows {
            let letter = row["cyrillic"]
            guard !letter.isEmpty, letter == letter.lowercased() else {
                throw DataFileError(file: file, message: "line \(row.lineNumber): the cyrillic column takes a lower-case letter")
            }
            // A letter and its capital; a sign without case (the apostrophe ʼ) once.
            let forms = capitalized(letter) == letter ? [letter] : [letter, capitalized(letter)]
            for (form, isCapital) in zip(forms, [false, true]) {
                let spell = { (latin: String) in isCapital ? capitalized(latin) : latin }
                if !row["word_initial"].isEmpty { rules.append("^ \(quoted(form)) > \(quoted(spell(row["word_initial"]))) ;") }
                rules.append("\(quoted(form)) > \(quoted(spell(row["latin"]))) ;")
            }
        }
        rules += [":: Any-Latin ;", ":: Latin-ASCII ;"]
        return rules.joined(separator: "\n")
    }

    /// Rows of `translation-cues.tsv` (language, phrase, from, kind).
    mutating func addTranslationCues(_ table: TSVTable, file: String) throws {
        for row in table.rows {
            guard let source = TranslationCue.SourcePlace(rawValue: row["kind"]) else {
                throw DataFileError(file: file, message: "line \(row.lineNumber): kind must be evidence, source-after or source-before, not \"\(row["kind"])\"")
            }
            let from = row["from"]
            translationCues.add(row["phrase"], TranslationCue(from: from.isEmpty ? nil : from, source: source))
        }
    }

    /// Rows of `outlet-mastheads.tsv` (language, word, place): phrase-start bits of the words that
    /// end (last) or open (first) many outlets' names.
    mutating func addOutletMastheads(_ table: TSVTable, file: String) throws {
        for row in table.rows {
            switch row["place"] {
            case "last": markStart(FNV1a.hash(row["word"]), Self.mastheadBit)
            case "first": markStart(FNV1a.hash(row["word"]), Self.outletOpenerBit)
            default: throw DataFileError(file: file, message: "line \(row.lineNumber): place must be first or last, not \"\(row["place"])\"")
            }
        }
    }

    /// Rows of `source-relations.tsv` (language, word, relation, position), in order of precedence.
    mutating func addSourceRelations(_ table: TSVTable, file: String) throws {
        for row in table.rows {
            guard let relation = Quote.Relation(rawValue: row["relation"]) else {
                throw DataFileError(file: file, message: "line \(row.lineNumber): unknown relation \"\(row["relation"])\"")
            }
            // Each row is one bit of a 64-bit word.
            guard sourceRelations.count < 64 else {
                throw DataFileError(file: file, message: "line \(row.lineNumber): at most 64 rows are supported")
            }
            let key = FNV1a.hash(row["word"].lowercased())
            let bit = UInt64(1) << UInt64(sourceRelations.count)
            switch row["position"] {
            case "before": relationBitsBefore[key] = (relationBitsBefore[key] ?? 0) | bit
            case "near-before": relationBitsNearBefore[key] = (relationBitsNearBefore[key] ?? 0) | bit
            case "after": relationBitsAfter[key] = (relationBitsAfter[key] ?? 0) | bit
            default: throw DataFileError(file: file, message: "line \(row.lineNumber): position must be before, near-before or after, not \"\(row["position"])\"")
            }
            sourceRelations.append(relation)
        }
    }

    /// The bits in the `relationBits` tables of rows giving `relation`.
    func relationBits(of relation: Quote.Relation) -> UInt64 {
        sourceRelations.indices.reduce(0) { sourceRelations[$1] == relation ? $0 | (1 << UInt64($1)) : $0 }
    }

    /// Rows of `agencies.tsv` (canonical, kind, language, alias). An alias filed under two
    /// canonical names in one language is an error: the one matched would depend on file order.
    /// A title whose article is part of it ("The Guardian") is also found with the article in
    /// lower case, as running text writes it ("told the Guardian").
    mutating func addAgencies(_ table: TSVTable, file: String) throws {
        var canonicalOfAlias = [String: (canonical: String, line: Int)]()
        for row in table.rows {
            let key = row["language"] + "\t" + row["alias"].lowercased()
            if let earlier = canonicalOfAlias[key], earlier.canonical != row["canonical"] {
                throw DataFileError(file: file, message: "line \(row.lineNumber): \"\(row["alias"])\" is filed under \(earlier.canonical) on line \(earlier.line) and under \(row["canonical"]) here")
            }
            canonicalOfAlias[key] = (row["canonical"], row.lineNumber)
            agencies.add(row["alias"], row["canonical"])
            if row["alias"].hasPrefix("The ") { agencies.add("the" + row["alias"].dropFirst(3), row["canonical"]) }
            agencyAliases.insert(row["alias"].lowercased())
            if agencyCanonicalByAlias[row["alias"].lowercased()] == nil { agencyCanonicalByAlias[row["alias"].lowercased()] = row["canonical"] }
        }
    }

    /// Rows of `organisations.tsv` (canonical, speaker_language, language, alias), after the
    /// agencies: a name filed as both an agency and an organisation is an error, since which
    /// one a mention becomes would depend on the order the tables are tried in.
    mutating func addOrganisations(_ table: TSVTable, file: String) throws {
        for row in table.rows {
            if let agency = agencyCanonicalByAlias[row["alias"].lowercased()] {
                throw DataFileError(file: file, message: "line \(row.lineNumber): \"\(row["alias"])\" is also filed as the agency \(agency) in agencies.tsv")
            }
            let organisation = Organisation(canonical: row["canonical"], language: row["speaker_language"].isEmpty ? nil : row["speaker_language"],
                                            alias: row["alias"])
            organisations.add(row["alias"], organisation)
            // The table is case-sensitive; "the finance ministry" also opens a sentence.
            if row["alias"].hasPrefix("the ") { organisations.add("The" + row["alias"].dropFirst(3), organisation) }
            agencyAliases.insert(row["alias"].lowercased())
        }
    }

    mutating func addNamingWords(_ table: TSVTable, file: String) throws {
        for row in table.rows {
            guard let kind = NamingWord(rawValue: row["kind"]) else {
                throw DataFileError(file: file, message: "line \(row.lineNumber): kind must be outlet, agency, body or name, not \"\(row["kind"])\"")
            }
            namingWords.add(row["word"], kind)
        }
    }

    /// Rows of `roles.tsv` (language, phrase, role, speaker).
    mutating func addRoles(_ table: TSVTable, file: String) throws {
        for row in table.rows {
            switch row["speaker"] {
            case "person": break
            case "itself": rolesSpeakingAsThemselves.insert(row["role"])
            case "itself-with-body":
                rolesSpeakingAsThemselves.insert(row["role"])
                rolesNamedWithTheirBody.insert(row["role"])
            case "after-the": rolesAfterTheOnly.insert(row["role"])
            default: throw DataFileError(file: file, message: "line \(row.lineNumber): speaker must be person, itself, itself-with-body or after-the, not \"\(row["speaker"])\"")
            }
            roles.add(row["phrase"], row["role"])
        }
    }

    /// Rows of a first-name list (name, language, gender, latin); names already filed stay.
    mutating func addFirstNames(_ table: TSVTable, file: String, ukrainianOnly: Bool = false) throws {
        let entries = try table.rows.map { row -> (name: FirstName, spellings: [String]) in
            let gender = Gender(rawValue: row["gender"])
            guard gender == .masculine || gender == .feminine || row["gender"] == "-" else {
                throw DataFileError(file: file, message: "line \(row.lineNumber): gender must be m, f or -, not \"\(row["gender"])\"")
            }
            let spellings = row["latin"].split(separator: ",").map(String.init)
            let name = FirstName(nominative: row["name"], latin: spellings.first ?? row["name"], gender: gender,
                                 language: row["language"] == "-" ? nil : row["language"], nameCase: .nominative, ukrainianOnly: ukrainianOnly)
            return (name, spellings)
        }
        // Each name's nominative before any name's other cases: "Мар'яна" is a name of its own
        // before it is the genitive of "Мар'ян", which sorts before it.
        for (name, _) in entries where firstNames[name.nominative] == nil { firstNames[name.nominative] = name }
        for (nominative, spellings) in entries {
            for (form, nameCase) in NameForms.caseForms(of: nominative.nominative, gender: nominative.gender ?? .masculine, language: nominative.language ?? "") {
                var name = nominative
                name.nameCase = nameCase
                guard let filed = firstNames[form] else { firstNames[form] = name; continue }
                // "Петра" is Петр's genitive in Russian and Петро's in Ukrainian: Ukrainian text
                // reads the Ukrainian name. (A name both languages spell alike, Ольга, stays as
                // filed: it tells nothing of the language.)
                if name.language == "uk", filed.language != "uk", filed.nominative != name.nominative, ukrainianFirstNames[form] == nil {
                    ukrainianFirstNames[form] = name
                }
            }
            for spelling in spellings where firstNames[spelling] == nil {
                firstNames[spelling] = FirstName(nominative: spelling, latin: spelling, gender: nominative.gender, language: nominative.language, nameCase: .nominative)
            }
        }
    }

    /// The dictionaries with a phrase-start bit, in one list: `bundled` marks their first
    /// tokens from it, and the tests check from it that the marks change no match. A table
    /// with a bit but missing here would never match.
    var markedTables: [(bit: UInt16, firstKeys: [UInt64], matchLength: ([QuoteToken], Int) -> Int?)] {
        func entry<Value>(_ table: PhraseTable<Value>) -> (bit: UInt16, firstKeys: [UInt64], matchLength: ([QuoteToken], Int) -> Int?) {
            (table.bit, table.firstKeys, { table.match($0, at: $1)?.length })
        }
        return [entry(agencies), entry(organisations), entry(cues), entry(roles), entry(translationCues),
                entry(honorifics), entry(pronouns), entry(organisationHeads), entry(namingWords)]
    }

    private mutating func markStart(_ key: UInt64, _ bit: UInt16) {
        phraseStarts[key] = (phraseStarts[key] ?? 0) | bit
    }

    /// Sets each token's `phraseStarts`, so that tables skip tokens no phrase of theirs starts with.
    /// First names (all capitalised in the lists, tens of thousands of case forms) are looked up
    /// for capitalised words only and kept out of `phraseStarts`, which then stays small enough
    /// to sit in the cache for the lookups of every other word.
    func markPhraseStarts(_ tokens: inout [QuoteToken]) {
        for index in tokens.indices {
            let token = tokens[index]
            let own = phraseStarts[token.key] ?? 0
            let lower = token.lowerKey == token.key ? own : phraseStarts[token.lowerKey] ?? 0
            var bits = (own & Self.caseSensitiveBits) | (lower & ~Self.caseSensitiveBits)
            if token.isCapitalizedWord && firstNames.contains(token.key) { bits |= Self.firstNameBit }
            // "their claims", "the Baltic states": a speech verb spelled as a plural noun, after a
            // determiner (and perhaps a capitalised word describing it), is the noun ("the
            // company states that…" is the verb).
            if bits & Self.cueBit != 0, Self.pluralNounCues.contains(token.lowerKey),
               (index >= 1 && Self.pluralNounLeads.contains(tokens[index - 1].lowerKey))
                || (index >= 2 && tokens[index - 1].isCapitalizedWord && Self.pluralNounLeads.contains(tokens[index - 2].lowerKey)) {
                bits &= ~Self.cueBit
            }
            tokens[index].phraseStarts = bits
        }
    }

    static let cueBit: UInt16 = 4
    /// Speech verbs spelled as plural nouns.
    static let pluralNounCues = HashedKeySet(["states", "claims", "reports", "notes", "comments", "answers", "remarks", "posts", "tweets"])
    /// Words after which those plurals are nouns: determiners, words that describe reports
    /// ("media reports", "unconfirmed claims") and prepositions ("amid reports").
    private static let pluralNounLeads = HashedKeySet(["the", "a", "an", "its", "their", "his", "her", "these", "those", "such", "some", "all", "both",
                                                   "media", "news", "press", "recent", "earlier", "unconfirmed", "conflicting", "initial", "previous",
                                                   "several", "many", "multiple", "numerous", "similar", "anonymous",
                                                   "of", "about", "amid", "despite", "following", "after", "over", "by", "with", "to", "on"])

    /// The first name the token at `index` spells, if any.
    func firstName(_ tokens: [QuoteToken], at index: Int) -> FirstName? {
        tokens[index].phraseStarts & Self.firstNameBit == 0 ? nil : firstNames[tokens[index].key]
    }
}

/// A word read as a surname, with the gender its ending tells (nil: either, as Коваленко).
struct SurnameShape: Equatable {
    var gender: Gender?
}

/// Case forms of Russian and Ukrainian first names and surnames.
enum NameForms {
    /// The readings of `word` under the first of `endings` it ends in (longer endings listed
    /// first): the word with that ending replaced by each of its nominative endings, keeping a
    /// stem of two letters or more; none when no ending fits.
    private static func readings(of word: Substring, _ endings: [(String, [String])]) -> [String] {
        for (suffix, replacements) in endings where word.count > suffix.count + 1 && word.hasSuffix(suffix) {
            return replacements.map { String(word.dropLast(suffix.count)) + $0 }
        }
        return []
    }

    /// The first of `readings` that `isWord` accepts in lower case (the Language stage's
    /// lexicon), else the first: endings alone leave some words open (Ukrainian "думці" may be
    /// думка or думця, Russian "неделе" неделя or недела).
    private static func likeliest(_ readings: [String], isWord: (String) -> Bool) -> String? {
        readings.first { isWord($0.lowercased()) } ?? readings.first
    }

    /// The nominative of a Russian or Ukrainian name written in the dative, word by word, as
    /// adjectives and nouns decline: "Орскому вестнику" → "Орский вестник", "Новой газете" →
    /// "Новая газета", "Яркубу" → "Яркуб", "Житомирській правді" → "Житомирська правда".
    /// A guess for names no dictionary lists, `isWord` choosing among open readings.
    static func nominativeOfDativeName(_ name: String, isWord: (String) -> Bool = { _ in false }) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            // (After a velar or hushing letter, and in Ukrainian -ському, -ому is -ий: Орскому, Орский.)
            let velar = word.dropLast(3).last.map { "кгхжшчщ".contains($0) } ?? false
            let endings = velar || word.hasSuffix("ському") ? dativeEndingsAfterVelar : dativeEndings
            return likeliest(readings(of: word, endings), isWord: isWord) ?? String(word)
        }.joined(separator: " ")
    }
    /// Dative endings and their nominatives. (Plural names too: «Иркутским новостям» — Иркутские
    /// новости, «Известиям» — Известия. A Ukrainian noun's stem alternates before -і: думка →
    /// думці, книга → книзі. Russian feminine nouns in -ия and -ь take -и: «Тверской жизни» —
    /// Тверская жизнь.)
    private static let dativeEndings: [(String, [String])] = [
        ("ским", ["ские"]), ("ным", ["ные"]), ("ым", ["ые"]), ("иям", ["ия"]), ("ям", ["и"]), ("ам", ["ы"]),
        ("ьому", ["ій"]), ("ому", ["ый", "ий"]), ("ему", ["ий"]), ("ій", ["а", "я"]), ("ой", ["ая"]), ("ей", ["яя"]),
        ("ці", ["ка", "ця"]), ("зі", ["га"]), ("сі", ["ха", "са"]), ("ові", [""]), ("еві", ["ь"]),
        ("у", [""]), ("ю", ["й", "ь"]), ("і", ["а", "я"]), ("е", ["а", "я"]), ("ии", ["ия"]), ("и", ["ь"])]
    private static let dativeEndingsAfterVelar = dativeEndings.map { $0.0 == "ому" ? ("ому", ["ий"]) : $0 }

    /// The nominative of a Russian or Ukrainian outlet's name of an adjective and a noun written
    /// in the genitive ("журналисты «Тверской недели»": Тверская неделя; "«Вечернего
    /// Петербурга»": Вечерний Петербург; "«Полтавської думки»": Полтавська думка), or nil when
    /// the words do not decline so; `isWord` chooses among open readings.
    static func nominativeOfGenitiveOutletName(_ name: String, isWord: (String) -> Bool = { _ in false }) -> String? {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 2, ScriptClass.containsCyrillic(name) else { return nil }
        let adjective = words[words.count - 2]
        let feminine = !readings(of: adjective, genitiveFeminineAdjectiveEndings).isEmpty
        let adjectiveEndings = feminine ? genitiveFeminineAdjectiveEndings : genitiveMasculineAdjectiveEndings
        guard !readings(of: adjective, adjectiveEndings).isEmpty else { return nil }
        let noun = words[words.count - 1]
        // (Russian -и is -а only after a velar or hushing letter, else -я or -ь, "недели", "жизни";
        // Ukrainian -и is always -а, "пошти", soft stems taking -і, "хвилі".)
        let hard = adjective.hasSuffix("ої") || (noun.dropLast().last.map { "кгхжшчщ".contains($0) } ?? false)
        let nounEndings = feminine
            ? [("ии", ["ия"]), ("ы", ["а"]), ("и", hard ? ["а"] : ["я", "ь", "а"]), ("і", ["я", "ь"])]
            : [("а", [""]), ("я", ["й", "ь"])]
        guard let nominativeNoun = likeliest(readings(of: noun, nounEndings), isWord: isWord) else { return nil }
        let adjectives = words.dropLast().map { likeliest(readings(of: $0, adjectiveEndings), isWord: isWord) ?? String($0) }
        return (adjectives + [nominativeNoun]).joined(separator: " ")
    }
    private static let genitiveFeminineAdjectiveEndings: [(String, [String])] = [("ьої", ["я"]), ("ої", ["а"]), ("ой", ["ая"]), ("ей", ["яя"])]
    private static let genitiveMasculineAdjectiveEndings: [(String, [String])] = [("ського", ["ський"]), ("ского", ["ский"]), ("ього", ["ій"]),
                                                                                 ("ого", ["ый", "ий", "ой"]), ("его", ["ий"])]

    /// The nominative of a Russian or Ukrainian name written in the instrumental ("в беседе с
    /// «Парламентской газетой»": Парламентская газета; «Вечерним Челябинском»: Вечерний
    /// Челябинск; «Українською правдою»: Українська правда): the words before the last decline
    /// as adjectives, the last as a noun. Endings only, as in `nominativeOfDativeName`.
    static func nominativeOfInstrumentalName(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        return words.enumerated().map { offset, word in
            guard offset == words.count - 1 else { return readings(of: word, instrumentalAdjectiveEndings).first ?? String(word) }
            // A masculine noun's -ем: after a hushing letter or ц it is dropped ("Товарищем"), after
            // a vowel it was -й ("Сараем"), else a soft sign ("Вятским наблюдателем": наблюдатель).
            if word.count > 4, word.hasSuffix("ем") || word.hasSuffix("ём"), let before = word.dropLast(2).last {
                return String(word.dropLast(2)) + ("жшчщц".contains(before) ? "" : "аеёиоуыэюяіїє".contains(before) ? "й" : "ь")
            }
            return readings(of: word, instrumentalNounEndings).first ?? String(word)
        }.joined(separator: " ")
    }
    /// Instrumental endings and their nominatives, the longer first.
    private static let instrumentalAdjectiveEndings: [(String, [String])] = [("ьою", ["я"]), ("ою", ["а"]), ("ой", ["ая"]), ("ей", ["яя"]),
                                                                            ("ым", ["ый"]), ("им", ["ий"]), ("ім", ["ій"])]
    private static let instrumentalNounEndings: [(String, [String])] = [("ою", ["а"]), ("ею", ["я"]), ("ой", ["а"]), ("ей", ["я"]), ("ом", [""])]

    static func caseForms(of name: String, gender: Gender, language: String) -> [(String, NameCase)] {
        guard ScriptClass.containsCyrillic(name) else { return [(name, .nominative)] }
        var forms: [(String, NameCase)] = [(name, .nominative)]
        let stem = String(name.dropLast())
        let last = name.last!
        let ukrainian = language == "uk"
        func add(_ form: String, _ nameCase: NameCase) { forms.append((form, nameCase)) }
        switch (gender, last) {
        case (.masculine, "й"):
            let soft = ukrainian ? "і" : "и"
            add(stem + "я", .genitive); add(stem + "ю", .dative); add(stem + "ем", .instrumental)
            add(stem + (stem.hasSuffix("и") || stem.hasSuffix("і") ? soft : "е"), .prepositional)
            if ukrainian { add(stem + "єм", .instrumental); add(stem + "єві", .dative) }
        case (.masculine, "о"):
            add(stem + "а", .genitive); add(stem + "у", .dative); add(stem + "ом", .instrumental); add(stem + "е", .vocative)
        case (.masculine, "ь"):
            // A soft stem: Игорь -> Игоря, Игорю, Игорем.
            add(stem + "я", .genitive); add(stem + "ю", .dative); add(stem + "ем", .instrumental); add(stem + "е", .prepositional)
        case (.masculine, _) where ukrainian && name == "Ігор":
            // (Ukrainian writes the soft stem without a soft sign: Ігоря, Ігорю, Ігорем.)
            add(name + "я", .genitive); add(name + "ю", .dative); add(name + "еві", .dative); add(name + "ем", .instrumental)
        case (.masculine, _):
            // A fleeting vowel: Павел -> Павла, Пётр -> Петра.
            let oblique = name == "Павел" ? "Павл" : name == "Пётр" || name == "Петр" ? "Петр" : name
            add(oblique + "а", .genitive); add(oblique + "у", .dative); add(oblique + "ом", .instrumental); add(oblique + "е", .prepositional)
            // (Ukrainian also has "-ові" in the dative: Олегові, Тарасові.)
            if ukrainian { add(oblique + "ові", .dative) }
        case (.feminine, "я"):
            let iStem = stem.hasSuffix("и") || stem.hasSuffix("і")
            add(stem + (ukrainian ? "ї" : "и"), .genitive); add(stem + (iStem ? (ukrainian ? "ї" : "и") : "е"), .dative)
            add(stem + "ю", .accusative); add(stem + (ukrainian ? "єю" : "ей"), .instrumental)
            if ukrainian { add(stem + "є", .vocative) }
        case (.feminine, "а"):
            let hardAfter = "гкхжшчщ".contains(stem.last ?? " ")
            add(stem + (ukrainian || hardAfter ? "и" : "ы"), .genitive)
            // (Ukrainian г, к, х turn into з, ц, с before "і": Ольга -> Ользі.)
            let alternated = ukrainian ? ["г": "з", "к": "ц", "х": "с"][stem.last.map(String.init) ?? ""].map { String(stem.dropLast()) + $0 } ?? stem : stem
            add(alternated + (ukrainian ? "і" : "е"), .dative); add(stem + "у", .accusative)
            add(stem + (ukrainian ? "ою" : "ой"), .instrumental)
            if ukrainian { add(stem + "о", .vocative) }
        default:
            break
        }
        return forms
    }

    /// The nominative of a surname seen in `nameCase` for a bearer of `gender`.
    static func nominativeSurname(_ surname: String, gender: Gender, nameCase: NameCase) -> String {
        guard nameCase != .nominative, ScriptClass.containsCyrillic(surname) else { return surname }
        func replacing(_ suffix: String, with replacement: String) -> String? {
            surname.hasSuffix(suffix) ? String(surname.dropLast(suffix.count)) + replacement : nil
        }
        if gender == .feminine {
            return replacing("ской", with: "ская") ?? replacing("ою", with: "а") ?? replacing("ої", with: "а")
                ?? replacing("ой", with: "а") ?? replacing("ую", with: "ая")
                ?? (nameCase == .accusative ? replacing("у", with: "а") : nil) ?? surname
        }
        // Ukrainian "-енко" keeps its "о" under the case ending (Бондаренку, Шевченка); "-ові" is
        // a Ukrainian dative (Шевчукові).
        if let stem = ["енкові", "енком", "енка", "енку", "енці"].first(where: surname.hasSuffix).map({ String(surname.dropLast($0.count)) }) {
            return stem + "енко"
        }
        if let ukrainianDative = replacing("ові", with: "") { return ukrainianDative }
        return replacing("ского", with: "ский") ?? replacing("скому", with: "ский") ?? replacing("ским", with: "ский")
            ?? replacing("ого", with: "ий") ?? replacing("ому", with: "ий") ?? replacing("ым", with: "")
            ?? replacing("им", with: "ий") ?? replacing("ом", with: "") ?? replacing("ем", with: "")
            // A genitive in -я is of a name in -й after a vowel (Холлоуэя, Гайдая), else in -ь
            // (Шмыгаля, Коваля).
            ?? (nameCase == .genitive || nameCase == .accusative ? genitiveInYa(surname) : nil)
            ?? replacing("а", with: "") ?? replacing("у", with: "") ?? replacing("е", with: "") ?? surname
    }

    /// Whether a Cyrillic word of five letters or more is shaped as a surname in the nominative
    /// of a verb's gender (Смирнов, Орлова, Ковальський; Коваленко, Шевчук for either), and
    /// then the gender it tells (nil for Коваленко after a verb without one).
    static func nominativeSurname(_ word: String, verbGender: Gender?) -> SurnameShape? {
        guard verbGender == nil || verbGender == .masculine || verbGender == .feminine,
              ScriptClass.containsCyrillic(word), word.unicodeScalars.count >= 5 else { return nil }
        // (Endings compared as written, as in `accusativeSurnameGender`.)
        if verbGender != .feminine, endsWithAny(word, masculineSurnameEndings) { return SurnameShape(gender: .masculine) }
        if verbGender != .masculine, endsWithAny(word, feminineSurnameEndings) { return SurnameShape(gender: .feminine) }
        return endsWithAny(word, unisexSurnameEndings) ? SurnameShape(gender: verbGender) : nil
    }
    /// Whether a word shaped as a surname is a common noun for a person: "мужчина", "дівчина",
    /// "гражданин", "селянин", "грузин" end as surnames in -ин and -ина do.
    static func isPersonNounLikeSurname(_ word: String, lowerKey: UInt64) -> Bool {
        endsWithAny(word, personNounEndings) || personNounsLikeSurnames.contains(lowerKey)
    }
    private static let personNounEndings = ["анин", "янин", "чина", "щина", "анка", "янка"]
    private static let personNounsLikeSurnames = HashedKeySet(["грузин", "господин", "людина", "старшина", "блондин", "блондинка", "брюнет", "кузина",
                                                               "татарин", "болгарин", "румын", "цыган"])

    /// The gender of a Cyrillic surname of five letters or more in the accusative (a man's
    /// Буданова, Ковальського; a woman's Орлову, Ковальську), or nil.
    static func accusativeSurnameGender(_ word: String) -> Gender? {
        // (Endings compared as written: a capitalised name's ending is in lower case, and
        // lowercasing Cyrillic cost more than the rest of the test.)
        guard ScriptClass.containsCyrillic(word), word.unicodeScalars.count >= 5 else { return nil }
        if endsWithAny(word, feminineAccusativeSurnameEndings) { return .feminine }
        return endsWithAny(word, masculineAccusativeSurnameEndings) ? .masculine : nil
    }
    private static let masculineAccusativeSurnameEndings = ["ова", "ева", "ёва", "єва", "ина", "ына", "ского", "цкого", "ського", "цького"]
    private static let feminineAccusativeSurnameEndings = ["ову", "еву", "ёву", "єву", "ину", "ыну", "скую", "цкую", "ську", "цьку"]
    private static let masculineSurnameEndings = ["ов", "ев", "ёв", "єв", "ин", "ын", "ский", "цкий", "ський", "цький"]
    private static let feminineSurnameEndings = ["ова", "ева", "ёва", "єва", "ина", "ына", "ская", "цкая", "ська", "цька"]
    private static let unisexSurnameEndings = ["енко", "чук", "юк", "ян", "дзе", "швили", "вич"]

    /// The nominative of a one-word name of a body or outlet in the genitive, as the feminine
    /// nouns most such names are decline (Росгвардии: Росгвардия, Укрзалізниці: Укрзалізниця,
    /// Бумаги: Бумага, службы: служба; in Ukrainian -и after any consonant), or as men's nouns
    /// (Тверьавтодора: Тверьавтодор); other words as written.
    static func nominativeOfGenitiveName(_ word: String, language: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5, ScriptClass.containsCyrillic(word), let last = scalars.last else { return word }
        let before = scalars[scalars.count - 2]
        func replacingLast(_ replacement: String) -> String { String(String.UnicodeScalarView(scalars.dropLast())) + replacement }
        switch last {
        case "и" where before == "и", "ї" where before == "і": return replacingLast("я")
        case "і" where before == "ц": return replacingLast("я")
        case "ы": return replacingLast("а")
        case "и" where "кгхжшщч".unicodeScalars.contains(before) || (language == "uk" && !cyrillicVowels.contains(before) && before != "ь"):
            return replacingLast("а")
        // A man's noun: -а after a consonant in the genitive (Тверьавтодора: Тверьавтодор), and
        // Ukrainian -у (Укравтодору: Укравтодор).
        case "а" where !cyrillicVowels.contains(before) && before != "ь" && before != "й",
             "у" where language == "uk" && !cyrillicVowels.contains(before) && before != "ь" && before != "й":
            return replacingLast("")
        default: return word
        }
    }

    /// The nominative of a man's surname whose genitive ends in -я (Шмыгаля: Шмыгаль,
    /// Гайдая: Гайдай), or nil.
    private static func genitiveInYa(_ surname: String) -> String? {
        let scalars = Array(surname.unicodeScalars)
        guard scalars.count >= 3, scalars.last == "я" else { return nil }
        let stem = String(String.UnicodeScalarView(scalars.dropLast()))
        return stem + (cyrillicVowels.contains(scalars[scalars.count - 2]) ? "й" : "ь")
    }
    /// Russian and Ukrainian vowel letters (lower case).
    private static let cyrillicVowels = Set("аеёиоуыэюяіїє".unicodeScalars)

    /// Whether a surname ends as only a woman's does outside the nominative (Гариповой,
    /// Ильиной, Гарипової): -ов-, -ев-, -ин- or -ын- before -ой, -ою or -ої.
    static func hasFeminineObliqueEnding(_ surname: String) -> Bool {
        endsWithAny(surname.lowercased(), feminineObliqueEndings)
    }
    private static let feminineObliqueEndings = ["овой", "евой", "ёвой", "иной", "ыной", "овою", "евою", "иною", "ової", "евої", "іної", "иної"]

    /// Whether `word` ends in one of `suffixes`, compared as UTF-8 bytes: `hasSuffix` compares
    /// canonically equivalent spellings, normalising both strings, and a dozen such calls cost
    /// more than the rest of a name's resolution. A word with combining marks (U+0300 to
    /// U+036F: a letter the suffix may hold precomposed) is compared the slow way.
    static func endsWithAny(_ word: String, _ suffixes: [String]) -> Bool {
        var word = word
        let bytewise = word.withUTF8 { bytes -> Bool? in
            if bytes.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return nil }
            return suffixes.contains { suffix in suffix.utf8.count <= bytes.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        }
        return bytewise ?? suffixes.contains(where: word.hasSuffix)
    }

    /// Case endings as UTF-8 with their length in letters, longest first, tried in this order.
    private static let caseEndings: [(utf8: [UInt8], letters: Int)] = ["ыми", "ого", "ому", "ими", "ой", "ою", "ої", "ым", "им", "ом", "ем", "ую", "ая", "ий", "ый",
                                                                      "а", "у", "е", "ы", "и", "ю", "я", "і", "й"].map { (Array($0.utf8), $0.unicodeScalars.count) }

    /// A word ending in an English possessive ("Orlov's", "Orlov’s").
    static func isPossessive(_ word: String) -> Bool {
        var word = word
        return word.withUTF8(possessiveLength) > 0
    }

    /// The bytes of an English possessive ending a word's UTF-8 ("'s" 2, "’s" 4; S too), or 0;
    /// a word of two letters or fewer has none.
    static func possessiveLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = utf8.last, last | 0x20 == UInt8(ascii: "s"), utf8.count > 2 else { return 0 }
        if utf8[utf8.count - 2] == UInt8(ascii: "'") { return 2 }
        let curly: [UInt8] = [0xE2, 0x80, 0x99]  // ’
        return utf8.count > 4 && utf8[(utf8.count - 4)..<(utf8.count - 1)].elementsEqual(curly) ? 4 : 0
    }

    /// The word without an English possessive.
    static func withoutPossessive(_ word: String) -> String {
        var word = word
        return word.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0.dropLast(possessiveLength($0))), as: UTF8.self) }
    }

    /// A key under which the case forms of one surname meet: the word without its case ending
    /// (or English possessive).
    static func surnameKey(_ word: String) -> String { surnameKey(lowercased: word.lowercased()) }

    /// Words inside Western names, written in lower case: "Marieke de Vries", "Ursula von der Leyen".
    static let particles = HashedKeySet(["de", "van", "von", "der", "den", "da", "di", "do", "du", "del", "della", "dos", "das", "ter", "ten", "la", "le",
                                         "bin", "bint", "ibn"])

    /// Words capitalised only because they open a sentence: never part of a name ("The Treasury").
    static let functionWords = HashedKeySet(["the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with",
                                             "by", "as", "and", "but", "or", "if", "when", "after", "before", "he", "she", "it", "we",
                                             "they", "his", "her", "its", "our", "their", "there", "here", "what", "who", "why", "how",
                                             "в", "во", "на", "по", "с", "со", "к", "у", "о", "об", "и", "а", "но", "это", "он", "она",
                                             "они", "мы", "з", "із", "та", "це", "він", "вона", "вони", "ми",
                                             // "Сам Марков назвал…": "himself", not a given name.
                                             "сам", "сама", "сами", "самі"])

    /// Days and months, which given-name lists also hold (Sunday, March): "told Bild on Sunday"
    /// names no one. April, May, June and August are left out: they are names too (Theresa May).
    static let calendarWords = HashedKeySet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                             "january", "february", "march", "july", "september", "october", "november", "december"])

    /// A Russian given name with ё written as the sound it stands for, "йо" (after ж, ч, ш, щ
    /// just "о"), so that transliteration gives the spelling English-language news uses
    /// (Артём: Artyom, Фёдор: Fyodor, Алёна: Alyona) rather than BGN's ë, which loses its dots
    /// in ASCII (Artem).
    static func withYoSpelledOut(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0 == "ё" || $0 == "Ё" }) else { return name }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in name.unicodeScalars {
            if scalar == "ё" || scalar == "Ё" {
                let hushing = previous.map { "жчшщЖЧШЩ".unicodeScalars.contains($0) } ?? false
                if !hushing { result.append(scalar == "Ё" ? "Й" : "й") }
                result.append(scalar == "Ё" && hushing ? "О" : "о")
            } else {
                result.append(scalar)
            }
            previous = scalar
        }
        return String(result)
    }

    /// "Германович", "Германовна" (lower case).
    static func isPatronymic(_ lower: String) -> Bool { endsWithAny(lower, patronymicEndings) }
    private static let patronymicEndings = ["вич", "вна"]

    static func surnameKey(lowercased lower: String) -> String {
        var lower = lower
        return lower.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0.prefix(surnameKeyLength($0))), as: UTF8.self) }
    }

    /// `FNV1a` of `surnameKey` for a word's lower-case UTF-8, without building Strings.
    static func surnameKeyHash(lowercasedUTF8 lower: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FNV1a.hash(UnsafeBufferPointer(rebasing: lower.prefix(surnameKeyLength(lower))))
    }

    /// How many leading bytes of a lower-case word its surname key keeps: all but an English
    /// possessive ("'s", "’s") or, for words of more than three letters besides it, the first
    /// case ending of `caseEndings` that ends the word.
    private static func surnameKeyLength(_ lower: UnsafeBufferPointer<UInt8>) -> Int {
        let possessive = possessiveLength(lower)
        let end = lower.count - possessive
        var letters = possessive > 0 ? -2 : 0
        for byte in lower where byte & 0xC0 != 0x80 { letters += 1 }
        for ending in caseEndings where letters > ending.letters + 3 && end >= ending.utf8.count {
            if lower[(end - ending.utf8.count)..<end].elementsEqual(ending.utf8) { return end - ending.utf8.count }
        }
        return end
    }
}

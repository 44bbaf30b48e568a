/// Someone or something that can speak or carry a quote, resolved within one document.
struct Entity: Sendable {
    enum Kind: Sendable { case person, organisation, agency }
    var kind: Kind
    /// Canonical name in the document's script ("Дмитрий Песков"), or the dictionary's name.
    var name: String
    /// Latin form for matching across languages ("Dmitry Peskov").
    var latin: String
    var gender: Gender?
    /// The language the entity speaks, when its name or dictionary entry tells.
    var language: String?
    var role: String?
    /// Surname key ("песков") for persons.
    var key: String
}

/// A place in the text that refers to a speaker or a source.
struct Mention: Sendable {
    enum Kind: Sendable { case person, organisation, agency, role, pronoun }
    var kind: Kind
    /// Token indices.
    var tokens: Range<Int>
    var entity: Int?
    var gender: Gender?
    /// The English role for role mentions ("minister").
    var role: String?
    /// An agency mention by a common noun ("told the agency"): the agency is inferred, not named.
    var refersBack = false
}

/// Finds names, roles, pronouns, organisations and agencies, and groups the names of one
/// person ("Мария Захарова", "Захаровой", "Zakharova") into one entity.
struct MentionFinder {
    /// "head of the X", "analyst at X", "spokesperson for X": capitals after these name what a
    /// role is of.
    private static let institutionMarkers = HashedKeySet(["of", "the", "a", "an", "at", "for"])
    /// The endings of a Russian surname in the plural ("Андрей и Светлана Мухины").
    private static let pluralSurnameEndings = ["овы", "евы", "ёвы", "ины", "ыны"]
    /// Words between an article and a body's noun that say nothing of which body it is.
    private static let sameBodyWords = HashedKeySet(["same", "whole", "entire", "said"])
    private static let who = FNV1a.hash("who")
    private static let personalPossessives = HashedKeySet(QuoteWork.personalPossessiveWords)
    private static let namedAsWords = HashedKeySet(["name", "identified", "known", "introduced"])
    private static let nameKey = FNV1a.hash("name")
    private static let underKey = FNV1a.hash("under")
    /// The nouns of "under the name X", "under the pseudonym X" and of "под псевдонимом X",
    /// "під псевдонімом X" (arrays: a few comparisons per word beat a hash probe).
    private static let underTheNouns = [nameKey, FNV1a.hash("pseudonym")]
    private static let underNouns = ["псевдонимом", "псевдонімом"].map { FNV1a.hash($0) }
    private static let underPrepositions = HashedKeySet(["под", "під"])
    private static let possessiveGenders = HashedKeyTable<Gender>([("his", .masculine), ("her", .feminine), ("himself", .masculine), ("herself", .feminine)])
    /// Participles and verbs that give the name someone goes by, with their gender.
    private static let namedParticiples = HashedKeyTable<Gender>([
        ("назвавшийся", .masculine), ("назвавшаяся", .feminine), ("представившийся", .masculine), ("представившаяся", .feminine),
        ("назвався", .masculine), ("назвалася", .feminine), ("представився", .masculine), ("представилася", .feminine)])
    private static let capitalThe = FNV1a.hash("The")
    private static let officialKey = FNV1a.hash("official")
    /// Nouns "official" qualifies as an adjective: what an outlet or a state puts out.
    private static let officialOutletNouns = HashedKeySet(["news", "media", "statement", "figures", "data", "website", "television", "tv", "broadcaster", "newspaper", "channel", "gazette"])
    /// "an interview with the Boston Globe", "wrote in the Irish Times", "told to the…".
    private static let outletPrepositions = HashedKeySet(["with", "to", "in", "from", "by"])
    /// Lemmas of the phrases that introduce what someone said ("по словам Петрова", "приводит
    /// слова дипломата"): the genitive after them names who, never an outlet or a firm.
    static let wordsOfAPerson = HashedKeySet(wordsOfAPersonLemmas)
    private static let wordsOfAPersonLemmas = ["по словам", "за словами", "по мнению", "на думку", "приводить слова", "наводити слова"]
    /// "приводит слова", "наводить слова", whose words may come first ("Слова Пескова приводит
    /// ТАСС"), and the word for them.
    static let wordsQuotedLemmas = HashedKeySet(["приводить слова", "наводити слова"])
    static let wordsKey = FNV1a.hash("слова")
    /// Verbs that take whom they tell in the dative ("рассказала «Орскому вестнику»").
    private static let tellingLemmas = HashedKeySet(["рассказать", "рассказывать", "сообщить", "сказать", "пояснить", "уточнить", "заявить", "признаться",
                                                     "розповісти", "розповідати", "повідомити", "сказати", "пояснити", "уточнити", "заявити", "зізнатися"])
    /// Endings of a place's name in the genitive ("Харкова", "Салтівки", "Рівного", "Москвы").
    private static let placeGenitiveEndings = ["а", "я", "ы", "и", "і", "ого", "ої", "ой"]
    /// Dative endings of the last word of an outlet's name ("Орскому вестнику", "Волжским вестям").
    private static let dativeEndings = ["у", "ю", "ам", "ям", "ому", "ему"]
    /// Prepositions of where someone is from, after their name ("Мария из Мариуполя").
    private static let originPrepositions = HashedKeySet(["из", "с", "із", "з", "зі", "from"])
    /// Nouns for a conversation, and the prepositions after them, that name whom someone talked
    /// with ("в беседе с", "у розмові з").
    private static let conversationWords = HashedKeySet(["беседе", "разговоре", "интервью", "бесіді", "розмові", "інтерв'ю", "інтерв’ю"])
    private static let withWords = HashedKeySet(["с", "со", "з", "із"])
    /// Words for a comment or interview given to an outlet named in the dative after them.
    private static let commentWords = HashedKeySet(["комментарии", "комментарий", "коментарі", "коментар", "интервью", "інтерв'ю", "інтерв’ю"])
    /// Verbs of quoting, whose object is the one quoted ("цитирует Буданова издание").
    private static let quotingLemmas = HashedKeySet(["цитировать", "процитировать", "цитувати", "процитувати"])
    /// Those and the phrases before a source that is a person's words, not data ("по данным
    /// Гидрометцентра России" names no person).
    private static let wordsOfSomeone = HashedKeySet(wordsOfAPersonLemmas + ["interview with", "conversation with"])
    /// Holds the lexicon (see `QuoteWork.extractor`).
    let extractor: QuoteExtractor
    var lexicon: QuoteLexicon { extractor.lexicon }
    /// The document's text, which the tokens' ranges refer to.
    let text: DecodedText

    /// The tokens of an outlet's name right after a word that names outlets: up to four
    /// capitalised words, or the same in quotation marks; nil when the dictionary knows the
    /// outlet (it is matched there) or no such name follows.
    /// (`afterOutletWord`: right after a word for an outlet, a quoted name is the outlet's even
    /// when a body goes by it: "видання «Мінфін»" is a website, not the ministry.)
    private func unknownOutlet(at start: Int, in tokens: [QuoteToken], included: [Bool], afterOutletWord: Bool = false) -> Range<Int>? {
        var first = start
        if first < tokens.count, tokens[first].isQuotationMark { first += 1 }
        // A headline ending in "телеканалу" names no outlet with the paragraph after it.
        guard first == 0 || first >= tokens.count || Self.onSameLine(first - 1, first, in: tokens, text: text) else { return nil }
        // (A quoted name may open with a number: телеканал «360».)
        guard first < tokens.count, included[first], tokens[first].isCapitalizedWord || (first > start && tokens[first].kind == .number),
              lexicon.agencies.match(tokens, at: first) == nil,
              (afterOutletWord && first > start) || lexicon.organisations.match(tokens, at: first) == nil else { return nil }
        var end = first
        // A quoted name runs to its closing mark, in whatever case («Єдині новини», «Говорит Москва»),
        // a full stop or hyphen inside a word included («Слідство.Інфо»).
        if first > start {
            while end < min(tokens.count, first + 5), included[end], tokens.continuesQuotedName(at: end, from: first) { end += 1 }
            return end < tokens.count && tokens[end].isQuotationMark ? first..<end : nil
        }
        let script = tokens[first].firstScript(in: text.utf8)
        while end < min(tokens.count, first + 4), included[end], end == first || Self.onSameLine(end - 1, end, in: tokens, text: text) {
            // "Diario de Navarra": a name particle inside the name, before another capital.
            let particle = end > first && end + 1 < tokens.count && NameForms.particles.contains(tokens[end].key) && tokens[end + 1].isCapitalizedWord
            // "Ykt.ru", "Vlast.kz": a site's name with its domain, no space around the full stop.
            if end > first, tokens[end].isMark("."), tokens.continuesQuotedName(at: end, from: first) { end += 2; continue }
            guard tokens[end].isCapitalizedWord || (end > first && tokens[end].kind == .number) || particle else { break }
            // (A name in Latin letters ends where Cyrillic begins: "порталу Ykt.ru Сардана Иванова".)
            if end > first, tokens[end].isWord, tokens[end].firstScript(in: text.utf8) != script { break }
            end += 1
        }
        // "an interview with Russian television": a nationality before a common noun is no name.
        if end == first + 1, end < tokens.count, tokens[end].isUncapitalizedWord, lexicon.isNationality(tokens, at: first) { return nil }
        return first..<end
    }

    /// No line break between two tokens: a headline and the paragraph after it run on with no
    /// mark between them.
    private static func onSameLine(_ first: Int, _ second: Int, in tokens: [QuoteToken], text: DecodedText) -> Bool {
        !text.utf8[tokens[first].range.end..<tokens[second].range.start].contains(0x0A)
    }

    /// "told the Baltimore Sun", "the Irish Times reported", "in an interview with the Boston
    /// Globe": capitalised words after "the" that end in a word many newspapers' names end in,
    /// where an outlet is named: after a speech cue or a preposition, or before a speech verb
    /// (not "visited the Rising Sun pub").
    func mastheadOutlet(at index: Int, in tokens: [QuoteToken], included: [Bool]) -> Range<Int>? {
        // "speaking to Radio Bío-Bío": a word that opens stations' names, capitals after it (not
        // inside a longer name: "BBC Radio 4").
        if tokens[index].phraseStarts & QuoteLexicon.outletOpenerBit != 0, index == 0 || !tokens[index - 1].isCapitalizedWord, let outlet = unknownOutlet(at: index, in: tokens, included: included), outlet.count >= 2 {
            return outlet
        }
        guard index > 1, tokens[index].isCapitalizedWord, tokens[index - 1].key == QuoteWork.theKey,
              let outlet = unknownOutlet(at: index, in: tokens, included: included), outlet.count >= 2,
              tokens[outlet.upperBound - 1].phraseStarts & QuoteLexicon.mastheadBit != 0 else { return nil }
        let article = index - 1
        let cueBefore = lexicon.cues.endsBefore(article, in: tokens, from: max(0, article - 3))
        let verbAfter = outlet.upperBound < tokens.count && lexicon.cues.match(tokens, at: outlet.upperBound)?.value.kind == .verb
        return cueBefore || verbAfter || Self.outletPrepositions.contains(tokens[article - 1].lowerKey) ? outlet : nil
    }

    /// The agency a capitalised word in the English possessive names ("BBC's", "Reuters’s"), or nil.
    private func possessiveAgency(_ token: QuoteToken) -> String? {
        guard token.isCapitalizedWord else { return nil }
        return text.utf8.withUnsafeBufferPointer { bytes in
            let word = UnsafeBufferPointer(rebasing: bytes[token.range.start..<token.range.end])
            let possessive = NameForms.possessiveLength(word)
            guard possessive > 0 else { return nil }
            return lexicon.agencies.singleTokenValue(forKey: FNV1a.hash(UnsafeBufferPointer(rebasing: word.dropLast(possessive))))
        }
    }

    /// Whether a word for an agency or outlet at `index` (`length` tokens) means the one named
    /// last: right after a speech verb ("цитирует агентство", "сказал газете"), with no name
    /// after it. After an article (English) the verb must be one of telling or the word must end
    /// the clause: in "said the agency welcomed…" the agency is another one, the clause's subject.
    private func refersBack(_ index: Int, length: Int, in tokens: [QuoteToken]) -> Bool {
        let next = index + length
        if next < tokens.count, tokens[next].isQuotationMark || tokens[next].isCapitalizedWord { return false }
        let article = index > 0 && QuoteWork.articles.contains(tokens[index - 1].lowerKey)
        let end = article ? index - 1 : index
        // "Агентство отмечает, что…", "The agency noted that…": the subject opening its sentence.
        if tokens[end].isCapitalized, next < tokens.count, lexicon.cues.match(tokens, at: next)?.value.kind == .verb { return true }
        guard let cue = lexicon.cues.match(endingAt: end, in: tokens, from: max(0, end - 3), where: { $0.kind == .verb })?.value else { return false }
        return !article || cue.tellsSomeone || next >= tokens.count || tokens[next].kind == .mark
    }

    /// Where the passes of `find` over every token can act, read in one pass over the tokens'
    /// buffer: `find` is too long for the compiler to inline Array's subscript, so each token
    /// its passes read cost a call copying it, most of them a lower-case word that starts no
    /// dictionary phrase.
    private struct TokenPositions {
        /// For each token, the first token at or after it that pass 1 acts at (anything but a
        /// lower-case word starting no phrase), and the same for pass 2 (a capitalised word, a
        /// quotation mark, or the start of a phrase); the token count when there is none.
        var nextForPass1: [Int32]
        var nextForPass2: [Int32]
        /// Tokens that may start a speech cue (their `phraseStarts` say so).
        var cueStarts: [Int]
        /// Capitalised words right after another capitalised word.
        var secondOfCapitalPair: [Int]

        init(_ tokens: [QuoteToken]) {
            let count = tokens.count
            var next1 = [Int32](repeating: Int32(count), count: count + 1), next2 = next1
            var cueStarts = [Int](), secondOfCapitalPair = [Int]()
            tokens.withUnsafeBufferPointer { tokens in
                next1.withUnsafeMutableBufferPointer { next1 in
                    next2.withUnsafeMutableBufferPointer { next2 in
                        // From the end, so that each token knows the next one acted at.
                        var following1 = Int32(count), following2 = Int32(count)
                        for index in stride(from: count - 1, through: 0, by: -1) {
                            let token = tokens[index]
                            if !(token.phraseStarts == 0 && token.kind == .word && !token.isCapitalized) { following1 = Int32(index) }
                            if token.phraseStarts != 0 || token.isCapitalizedWord || token.isQuotationMark { following2 = Int32(index) }
                            next1[index] = following1
                            next2[index] = following2
                        }
                    }
                }
                for index in 0..<count {
                    if tokens[index].phraseStarts & QuoteLexicon.cueBit != 0 { cueStarts.append(index) }
                    if index > 0, tokens[index].isCapitalizedWord, tokens[index - 1].isCapitalizedWord { secondOfCapitalPair.append(index) }
                }
            }
            (nextForPass1, nextForPass2) = (next1, next2)
            (self.cueStarts, self.secondOfCapitalPair) = (cueStarts, secondOfCapitalPair)
        }
    }

    /// `included[i]`: token i may be part of a mention (datelines are not).
    func find(in tokens: [QuoteToken], included: [Bool], language: String) -> (entities: [Entity], mentions: [Mention]) {
        let positions = TokenPositions(tokens)
        var entities = [Entity]()
        var byKey = HashedKeyTable<Int>()
        /// People by their given name ("Julie" for Julie Pender), -1 when two share it.
        var byGivenName = HashedKeyTable<Int>()
        func fileGivenName(_ given: String, of entity: Int) {
            let key = FNV1a.hash(given)
            byGivenName[key] = byGivenName[key].map { $0 == entity ? entity : -1 } ?? entity
        }
        var mentions = [Mention]()
        var taken = [Bool](repeating: false, count: tokens.count)
        // Local copies, made once: the nested functions below captured `self` and copied the
        // whole finder on every call, a tenth of the stage's time. Nothing below may use `self`
        // inside a nested function. (The lexicon is read through the extractor, a class.)
        let extractor = self.extractor
        var lexicon: QuoteLexicon { extractor.lexicon }
        let text = self.text
        // Each distinct capitalised word's surname key, hashed: words recur, and deriving the
        // key (declension endings stripped) builds Strings.
        var surnameKeys = HashedKeyTable<UInt64>()
        var lowerBytes = [UInt8]()
        // The organisation entity named last with each word in its name ("Ministry": Ministry of Finance).
        var organisationByWord = HashedKeyTable<Int>()
        // People known so far by their surname alone.
        var surnameOnly = Set<Int>()
        func surnameKeyHash(_ index: Int) -> UInt64 {
            if let known = surnameKeys[tokens[index].lowerKey] { return known }
            let range = tokens[index].range
            text.utf8.withUnsafeBufferPointer { LetterCase.lowercase(UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), into: &lowerBytes) }
            let hash = lowerBytes.withUnsafeBufferPointer(NameForms.surnameKeyHash(lowercasedUTF8:))
            surnameKeys[tokens[index].lowerKey] = hash
            return hash
        }

        /// The lists' first name at `index`, if it may be read in this document's language.
        func knownFirstName(_ index: Int) -> FirstName? {
            guard let known = lexicon.firstName(tokens, at: index), !known.ukrainianOnly || language == "uk" else { return nil }
            return known
        }
        /// The first name a token spells; for a hyphenated one in Latin letters the lists lack
        /// ("Jean-Michel", "Anne-Sophie"), its first part's gender with the whole name written.
        func firstName(_ index: Int) -> FirstName? {
            if let known = knownFirstName(index) {
                if language == "uk", let ukrainian = lexicon.ukrainianFirstNames[tokens[index].key] { return ukrainian }
                return known
            }
            let range = tokens[index].range
            guard tokens[index].isCapitalizedWord, range.end - range.start >= 5 else { return nil }
            return text.utf8.withUnsafeBufferPointer { bytes -> FirstName? in
                guard bytes[range.start] < 0x80, let hyphen = (range.start + 2..<(range.end - 2)).first(where: { bytes[$0] == 0x2D }),
                      let part = lexicon.firstNames[FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[range.start..<hyphen]))],
                      !ScriptClass.containsCyrillic(part.nominative) else { return nil }
                let written = text.string(range)
                return FirstName(nominative: written, latin: written, gender: part.gender, language: part.language, nameCase: .nominative)
            }
        }

        /// `nameCase`: the case the text puts the name in, when the words around it tell and its
        /// first name does not ("по словам" takes the genitive).
        func person(first: Int?, surname: Int, role: String?, gender: Gender?, nameCase: NameCase? = nil, surnameWritten: String? = nil) -> Int {
            // "Orlov's envoy": the name without the possessive. Particles before the surname
            // ("Marieke de Vries") are part of the name; the key is the last word's, so "Vries"
            // and "De Vries" later find the same person.
            // (A given name after the surname, "Иванов Андрей", has nothing between.)
            let between = first.map { $0 < surname ? ($0 + 1)..<surname : surname..<surname } ?? surname..<surname
            // In Latin letters the other names between are kept too ("Luiz Inacio Lula da Silva");
            // a Russian patronymic is not ("Антон Силуанов").
            let latinName = tokens[surname].firstScript(in: text.utf8) == ScriptClass.latin
            let particleText = between.filter { NameForms.particles.contains(tokens[$0].key) || (latinName && tokens[$0].isCapitalizedWord) }
                .map { text.string(tokens[$0].range) + " " }.joined()
            let surnameText = surnameWritten ?? NameForms.withoutPossessive(text.string(tokens[surname].range))
            let firstName = first.flatMap { firstName($0) }
            // A given name the lexicon lacks, in -ом, before a surname in -ым, -ом or -ем: both in
            // the instrumental ("с тренером Деяном Петровичем"), as only a man's name declines so.
            let writtenFirst = first.map { text.string(tokens[$0].range) }
            let instrumental = firstName == nil && nameCase == nil && writtenFirst.map { ScriptClass.containsCyrillic($0) && $0.count > 4 && $0.hasSuffix("ом") } ?? false
                && ["ым", "ом", "ем"].contains { surnameText.hasSuffix($0) }
            var surnameCase = firstName?.nameCase ?? nameCase ?? (instrumental ? .instrumental : .nominative)
            // "директора фестиваля Алсу Гариповой": a surname in -овой or -иной is a woman's in an
            // oblique case (a man's would be -ова, -ина there; hers is -ова, -ина in the
            // nominative), whatever case an indeclinable or unknown given name seems to be in.
            var personGender = firstName?.gender ?? gender ?? (instrumental ? .masculine : nil)
            if personGender != .masculine, NameForms.hasFeminineObliqueEnding(surnameText) {
                personGender = .feminine
                if surnameCase == .nominative { surnameCase = .genitive }
            }
            let nominative = NameForms.nominativeSurname(surnameText, gender: personGender ?? .masculine, nameCase: surnameCase)
            let key = NameForms.surnameKey(nominative)
            // A surname met first without its first name ("Mr Okonkwo", found by an earlier pass
            // than "Liam Okonkwo") takes the full name when it comes.
            let upgrading = byKey[key].flatMap { first != nil && surnameOnly.contains($0) ? $0 : nil }
            // "Anna Berg and Tom Berg": another given name with the same surname is someone else
            // (the surname alone still means the one named first).
            let namesake = byKey[key].map { existing in
                guard let firstName, !surnameOnly.contains(existing), let given = entities[existing].name.split(separator: " ").first else { return false }
                return given != firstName.nominative && lexicon.firstNames[FNV1a.hash(String(given))] != nil
            } ?? false
            if let existing = byKey[key], upgrading == nil, !namesake {
                if entities[existing].role == nil { entities[existing].role = role }
                if entities[existing].gender == nil { entities[existing].gender = personGender }
                return existing
            }
            var firstText = firstName?.nominative ?? (instrumental ? writtenFirst.map { String($0.dropLast(2)) } : writtenFirst)
            let isCyrillic = ScriptClass.containsCyrillic(nominative)
            // A Ukrainian text spells names the Ukrainian way ("Ольга Мельник": Olha Melnyk), even
            // a first name the dictionary files as Russian; elsewhere the first name's language decides.
            // So does a Russian text a name Russian spells the same ("Денис Гаврилов": Denis
            // Gavrilov, though the dictionary files Денис as Ukrainian, Denys).
            let sharedWithRussian = language == "ru" && firstName?.language == "uk"
                && !(writtenFirst ?? "").unicodeScalars.contains { "іїєґІЇЄҐ".unicodeScalars.contains($0) }
            let nameLanguage = language == "uk" ? "uk" : sharedWithRussian ? "ru" : firstName?.language ?? language
            // A public figure of the same gender keeps the established spelling (Маск: Musk,
            // Пєсков: Peskov) rather than a transliteration; so does one whose first name is
            // written as filed, whatever gender the first-name list reads in it ("Кая Каллас" is
            // not the genitive of Кай).
            let filed = isCyrillic ? lexicon.people[FNV1a.hash(key)] : nil
            let known = filed.flatMap { person in
                personGender == nil || person.gender == personGender || person.filedFirstName(written: first.map { text.string(tokens[$0].range) }) != nil ? person : nil
            }
            let latinSurname = known?.latin ?? (isCyrillic ? extractor.latin(nominative, language: nameLanguage) : nominative)
            // The dictionary's spelling when it is of this language; else the name transliterated
            // (a first name the dictionary lacks, or a Russian one in a Ukrainian text).
            var latinFirst: String? = if let firstName, firstName.language == nameLanguage || !ScriptClass.containsCyrillic(firstName.nominative) {
                firstName.latin
            } else {
                firstText.map { ScriptClass.containsCyrillic($0) ? extractor.latin(nameLanguage == "ru" ? NameForms.withYoSpelledOut($0) : $0, language: nameLanguage) : $0 }
            }
            // The public figure's own first name: the same initial in Latin letters, or a spelling
            // filed for it, which also gives the name's nominative ("Жан-Ноэля": Жан-Ноэль).
            // (A first name the text spells its own way, "Дмитро" for Peskov's Dmitry, tells the
            // text's language, not the language he speaks.)
            var speakerLanguage = firstName?.language
            if let known, let filed = known.filedFirstName(written: firstText) {
                firstText = filed
                latinFirst = known.first
            } else if let known, let given = latinFirst, given.first == known.first?.first {
                if given != known.first { speakerLanguage = nil }
                latinFirst = known.first
            }
            // A bare surname in an oblique case ("по словам Пескова") is named as filed.
            let name = [firstText, particleText + (first == nil ? known?.written ?? nominative : nominative)].compactMap { $0 }.joined(separator: " ")
            let latin = [latinFirst, particleText + latinSurname].compactMap { $0 }.joined(separator: " ")
            let entity = Entity(kind: .person, name: name, latin: latin, gender: known?.gender ?? personGender,
                                language: speakerLanguage, role: role, key: key)
            if let upgrading {
                let earlier = entities[upgrading]
                entities[upgrading] = entity
                if entities[upgrading].role == nil { entities[upgrading].role = earlier.role }
                if entities[upgrading].gender == nil { entities[upgrading].gender = earlier.gender }
                surnameOnly.remove(upgrading)
                if let firstName { fileGivenName(firstName.nominative, of: upgrading) }
                return upgrading
            }
            entities.append(entity)
            if !namesake { byKey[key] = entities.count - 1 }
            if first == nil { surnameOnly.insert(entities.count - 1) }
            if let firstName { fileGivenName(firstName.nominative, of: entities.count - 1) }
            return entities.count - 1
        }
        /// Someone named by a given name alone, as vox pops do ("— розповіла мама третьокласника
        /// Наталія", "said Natalia, who…"), filed under that name so that it is found again.
        func givenNameOnly(_ given: FirstName) -> Int {
            // "Mark and Julie Pender… Julie said": the one person of that given name named before.
            if let named = byGivenName[FNV1a.hash(given.nominative)], named >= 0 { return named }
            let key = NameForms.surnameKey(given.nominative)
            if let existing = byKey[key] { return existing }
            let nameLanguage = language == "uk" ? "uk" : given.language ?? language
            let latin = given.language == nameLanguage || !ScriptClass.containsCyrillic(given.nominative)
                ? given.latin : extractor.latin(given.nominative, language: nameLanguage)
            entities.append(Entity(kind: .person, name: given.nominative, latin: latin, gender: given.gender, language: given.language, role: nil, key: key))
            byKey[key] = entities.count - 1
            return entities.count - 1
        }
        func isNameWord(_ index: Int) -> Bool {
            index < tokens.count && included[index] && tokens[index].isCapitalizedWord
                && !NameForms.functionWords.contains(tokens[index].lowerKey) && !NameForms.calendarWords.contains(tokens[index].lowerKey)
                && lexicon.cues.match(tokens, at: index) == nil && lexicon.roles.match(tokens, at: index) == nil
                && lexicon.agencies.match(tokens, at: index) == nil && lexicon.organisations.match(tokens, at: index) == nil
                && lexicon.pronouns.match(tokens, at: index) == nil && lexicon.honorifics.match(tokens, at: index) == nil
        }
        /// Whether the word at `index` is Cyrillic and of five letters or more (ten bytes): the
        /// cheap test before a surname's shape is read from its text.
        func mayBeCyrillicSurname(_ index: Int) -> Bool {
            tokens[index].range.end - tokens[index].range.start >= 10 && tokens[index].firstScript(in: text.utf8) == ScriptClass.cyrillic
        }
        /// The gender and case of the word at `index` if it is shaped as a Cyrillic surname
        /// right after `verb`: its subject in the nominative, or after a verb of quoting its
        /// object in the accusative.
        func surnameShape(_ index: Int, verb: SpeechCue) -> (Gender?, NameCase)? {
            guard mayBeCyrillicSurname(index) else { return nil }
            let word = text.string(tokens[index].range)
            if Self.quotingLemmas.contains(verb.lemmaKey) {
                return NameForms.accusativeSurnameGender(word).map { ($0, .accusative) }
            }
            return NameForms.nominativeSurname(word, verbGender: verb.gender).map { ($0.gender, .nominative) }
        }
        /// Whether the last word of an outlet's name ends as a dative does ("Орскому вестнику").
        func endsInDative(_ outlet: Range<Int>) -> Bool {
            let last = text.string(tokens[outlet.upperBound - 1].range)
            if NameForms.endsWithAny(last, Self.dativeEndings) { return true }
            // ("«Тверской жизни»": a feminine adjective's -ой before a noun's -и; "«Новые
            // Известия»", "«Ведомости»" are nominatives. Ukrainian: "«Кременчуцькій хвилі»".)
            guard outlet.count >= 2, tokens[outlet.upperBound - 2].isWord else { return false }
            let adjective = text.string(tokens[outlet.upperBound - 2].range)
            return (last.hasSuffix("и") && NameForms.endsWithAny(adjective, ["ой", "ей"])) || (last.hasSuffix("і") && adjective.hasSuffix("ій"))
        }
        /// The case of a quoted outlet's name right after `open` that the words before the mark
        /// put it in: a correspondent's outlet (as written), one given a comment (dative), one
        /// talked with (instrumental); nil after other words.
        func outletCase(before open: Int) -> NameCase? {
            let previous = tokens[open - 1].lowerKey
            if QuoteWork.journalistWordForms.contains(previous) { return .nominative }
            if Self.commentWords.contains(previous) { return .dative }
            return open >= 2 && Self.withWords.contains(previous) && Self.conversationWords.contains(tokens[open - 2].lowerKey) ? .instrumental : nil
        }
        /// More names before the last, in Latin letters: "Luiz Inacio Lula da Silva", "Mohammed
        /// bin Abdulrahman Al Thani", "Kim Jong Un": the last of up to five words from `first`,
        /// which must end before a lower-case word or a mark on the same line (not a title-case
        /// headline); `surname` when there is none.
        func lastOfLatinName(from first: Int, surname: Int) -> Int {
            guard tokens[surname].firstScript(in: text.utf8) == ScriptClass.latin else { return surname }
            var last = surname
            var next = surname + 1
            while next - first < 5, next < tokens.count, included[next], sameLine(surname, next), !taken[next] {
                if isNameWord(next), !isSingleLetter(next) { last = next; next += 1; continue }
                if NameForms.particles.contains(tokens[next].key), isNameWord(next + 1) { next += 1; continue }
                break
            }
            return last > surname && last + 1 < tokens.count && sameLine(last, last + 1) && !tokens[last + 1].isCapitalizedWord ? last : surname
        }
        func sameSentenceNext(_ index: Int) -> Bool { index + 1 < tokens.count && included[index + 1] }
        /// The surname after a first name at `index`: the next word, or the word after name
        /// particles ("de", "van der"); nil when no name word follows.
        func surnameIndex(after index: Int) -> Int? {
            var position = index + 1
            while position < min(tokens.count, index + 4), included[position], NameForms.particles.contains(tokens[position].key) { position += 1 }
            return isNameWord(position) ? position : nil
        }
        func sameLine(_ first: Int, _ second: Int) -> Bool { Self.onSameLine(first, second, in: tokens, text: text) }
        /// A surname `people.tsv` files, in Cyrillic (any case form) or Latin letters.
        func isPublicFigure(_ index: Int) -> Bool {
            lexicon.peopleLatinSurnames.contains(tokens[index].lowerKey) || lexicon.people[surnameKeyHash(index)] != nil
        }
        /// A nationality names someone only as "the Pole" before a speech verb or a mark ("the
        /// Pole told reporters"), not as an adjective ("Russian President", "the Russian side").
        func isRoleHere(_ role: String, at index: Int, length: Int) -> Bool {
            // "видання «Слідство.Інфо»": a capitalised role word opening a quoted name after a
            // word for what it names is the name's first word.
            if index >= 2, tokens[index - 1].isQuotationMark, tokens[index].isCapitalized,
               lexicon.namingWords.endsBefore(index - 1, in: tokens, from: max(0, index - 4)) { return false }
            // "the official IRNA news agency", "official media": the adjective, not someone.
            if tokens[index].lowerKey == Self.officialKey, index + length < tokens.count,
               lexicon.agencies.match(tokens, at: index + length) != nil || Self.officialOutletNouns.contains(tokens[index + length].lowerKey) { return false }
            // (An English noun: "итальянец", filed as "Italian" too, describes a name anywhere.)
            guard lexicon.rolesAfterTheOnly.contains(role), tokens[index].firstScript(in: text.utf8) == ScriptClass.latin else { return true }
            let next = index + length
            return index > 0 && tokens[index - 1].lowerKey == QuoteWork.theKey && tokens[index].isCapitalized
                && (next >= tokens.count || tokens[next].kind == .mark
                    || lexicon.cues.match(tokens, at: next)?.value.kind == .verb)
        }
        /// "В", "A": a capital letter alone is a preposition or article, not a first name.
        func isSingleLetter(_ index: Int) -> Bool { QuoteTokenizer.isSingleLetter(tokens[index], in: text.utf8) }

        // Pass 0: a couple, "Андрей и Светлана Мухины": two given names joined by "и" and a
        // surname in the plural, which each takes in the singular of their gender (Мухин, Мухина).
        // (Only at tokens the first-name lexicon marks: a cheap scan.)
        for given in tokens.indices where tokens[given].phraseStarts & QuoteLexicon.firstNameBit != 0 && given + 3 < tokens.count
            && QuoteWork.andWords.contains(tokens[given + 1].lowerKey) && tokens[given + 2].isCapitalizedWord && tokens[given + 3].isCapitalizedWord
            && !taken[given] && !taken[given + 2] && !taken[given + 3] {
            let plural = text.string(tokens[given + 3].range)
            guard ScriptClass.containsCyrillic(plural), NameForms.endsWithAny(plural, Self.pluralSurnameEndings),
                  let first = firstName(given), let second = firstName(given + 2) else { continue }
            let stem = String(plural.dropLast())
            for (index, name) in [(given, first), (given + 2, second)] {
                let singular = name.gender == .feminine ? stem + "а" : stem
                let entity = person(first: index, surname: given + 3, role: nil, gender: name.gender, nameCase: .nominative, surnameWritten: singular)
                let end = index == given ? given + 1 : given + 4
                mentions.append(Mention(kind: .person, tokens: index..<end, entity: entity, gender: entities[entity].gender))
            }
            taken[given] = true; taken[given + 2] = true; taken[given + 3] = true
        }

        // Pass 1: full names, anchored by a known first name, a role, or an honorific.
        var index = 0
        // The last role seen: where a name right after it would start (past an organisation after
        // the role, too), and the last token a name anchored by it may start at.
        var pendingRole: (role: String, nameAt: Int, until: Int)?
        while index < tokens.count {
            // Most tokens are lower-case words that start no dictionary phrase: nothing below
            // can happen at them.
            index = Int(positions.nextForPass1[index])
            guard index < tokens.count else { break }
            // (Past a couple's names, which pass 0 filed.)
            guard included[index], !taken[index] else { index += 1; continue }
            // Read once: `find` is too long for the compiler to inline each `tokens[index]` read.
            let token = tokens[index]
            // A role describes a name in its own sentence only.
            if token.isMark(".") || token.isMark("!") || token.isMark("?") { pendingRole = nil }
            if let role = lexicon.roles.match(tokens, at: index), isRoleHere(role.value, at: index, length: role.length) {
                mentions.append(Mention(kind: .role, tokens: index..<(index + role.length), role: role.value))
                // ("пресс-секретаря президента Дмитрия Пескова": a Cyrillic role right after a role
                // is whose, the first is the name's; in English the last word heads the phrase:
                // "deputy foreign minister".)
                // (Also past the body the first role is of: "Руководитель администрации президента
                // Антон Вайно", "Голова Офісу Президента": the body's words, no name between.)
                var head = role.value
                if let pending = pendingRole, token.firstScript(in: text.utf8) == ScriptClass.cyrillic, pending.nameAt <= index, index - pending.nameAt <= 2,
                   (pending.nameAt..<index).allSatisfy({ tokens[$0].isWord && firstName($0) == nil && !QuoteWork.listJoiners.contains(tokens[$0].lowerKey) }) {
                    head = pending.role
                }
                pendingRole = (head, index + role.length, index + role.length + 3)
                index += role.length
                continue
            }
            // A verb of saying ends a role's wait for its name: in "the minister told CNN's State
            // of the Union" the capitals after "told" name whom he told.
            if pendingRole != nil, token.phraseStarts & QuoteLexicon.cueBit != 0, lexicon.cues.match(tokens, at: index)?.value.kind == .verb { pendingRole = nil }
            // An organisation between a role and a name: "Речник Кремля Дмитро Пєсков".
            if let length = lexicon.organisations.match(tokens, at: index)?.length ?? lexicon.agencies.match(tokens, at: index)?.length {
                // (Right after the role only: in "the minister said in an interview with Bloomberg
                // Television" the agency is far from the role, and "Television" no name.)
                if let pending = pendingRole, index == pending.nameAt { pendingRole = (pending.role, index + length, index + length + 3) }
                index += length
                continue
            }
            // A known first name next: the name starts there, not here.
            // (Only when a surname follows it: "Ann Reid said" is one name though Reid is a given name too.)
            let nextIsFirstName = index + 1 < tokens.count && firstName(index + 1) != nil && firstName(index) == nil
                && isNameWord(index + 2)
            // A title and a surname alone, right after it: "President Putin said", "Pope Leo", "министр
            // Лавров". In English only when a verb of saying or a punctuation mark follows; in
            // Russian and Ukrainian only a public figure's surname, since a capital after a title
            // there is as often what the title is of, in the genitive ("Глава Росавиации допустил…").
            if let pending = pendingRole, index == pending.nameAt, index > 0,
               isNameWord(index), !isSingleLetter(index), sameLine(index - 1, index),
               index + 1 < tokens.count, included[index + 1], !tokens[index + 1].isCapitalizedWord,
               lexicon.people[surnameKeyHash(index)] != nil
                || (tokens[index].firstScript(in: text.utf8) != ScriptClass.cyrillic
                    && (lexicon.cues.match(tokens, at: index + 1)?.value.kind == .verb || tokens[index + 1].kind == .mark)) {
                let entity = person(first: nil, surname: index, role: pending.role, gender: nil)
                mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
                taken[index] = true
                pendingRole = nil
                index += 1
                continue
            }
            // "Пациентка больницы Наталья, которая…", "Сусідка Валентина згадує…": a known given
            // name alone, with no surname after it, is that person's name: after a role and the
            // lower-case words it is of (no preposition: "groups in Brittany" is a place) before a
            // comma, or right after the role before a verb of saying.
            if let pending = pendingRole, token.isCapitalizedWord, pending.nameAt <= index, index <= pending.until,
               (pending.nameAt..<index).allSatisfy({ tokens[$0].isUncapitalizedWord && !QuoteWork.prepositions.contains(tokens[$0].lowerKey) }),
               surnameIndex(after: index) == nil, index + 1 < tokens.count,
               tokens[index + 1].isMark(",") || (index == pending.nameAt && lexicon.cues.match(tokens, at: index + 1)?.value.kind == .verb),
               let given = firstName(index) {
                let entity = givenNameOnly(given)
                if entities[entity].role == nil { entities[entity].role = pending.role }
                mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
                taken[index] = true
                pendingRole = nil
                index += 1
                continue
            }
            // (Not from a title: "Prince Abdulaziz bin Salman" is named after it, below.)
            if tokens[index].isCapitalizedWord, !nextIsFirstName, !isSingleLetter(index), sameSentenceNext(index),
               lexicon.honorifics.match(tokens, at: index) == nil, var surname = surnameIndex(after: index) {
                let known = firstName(index) != nil
                // (A known given name may come two words later, after lower-case words only: "министр
                // промышленности и торговли республики Олег Коробченко".)
                let roleAnchored = pendingRole.map { pending in
                    index <= pending.until || (known && index <= pending.until + 2 && pending.nameAt < index
                        && (pending.nameAt..<index).allSatisfy { tokens[$0].isUncapitalizedWord })
                } ?? false
                // "chief executive of the Maritime Underwriters Association": capitals after
                // "of", "at" or an article name what the role is of, not who holds it.
                if roleAnchored, !known, index > 0, Self.institutionMarkers.contains(tokens[index - 1].lowerKey) {
                    while index < tokens.count, included[index], tokens[index].isCapitalizedWord { index += 1 }
                    pendingRole = nil
                    continue
                }
                // After a role, three capitalised words are what the role is of, then the name:
                // "Міський голова Чернігова Віктор Ярош" (a patronymic in the middle aside).
                if roleAnchored, !known, surname == index + 1, isNameWord(index + 2), included[index + 2], sameLine(index + 1, index + 2),
                   !NameForms.isPatronymic(text.string(tokens[index + 1].range).lowercased()) {
                    index += 1
                    continue
                }
                // "Жителька Харкова Марія розповіла": after a role, a capital that is no given name
                // (the place, in the genitive) and then a given name alone.
                // (Only a word that ends as a genitive does: "тренер Марсело Коста" is a full name.)
                if roleAnchored, !known, surname == index + 1, tokens[index].firstScript(in: text.utf8) == ScriptClass.cyrillic,
                   NameForms.endsWithAny(text.string(tokens[index].range), Self.placeGenitiveEndings),
                   let given = firstName(surname), !(isNameWord(surname + 1) && sameLine(surname, surname + 1)) {
                    let entity = givenNameOnly(given)
                    if entities[entity].role == nil { entities[entity].role = pendingRole?.role }
                    mentions.append(Mention(kind: .person, tokens: surname..<(surname + 1), entity: entity, gender: entities[entity].gender))
                    taken[surname] = true
                    pendingRole = nil
                    index = surname + 1
                    continue
                }
                // ("Irish Sea Lines": a given name opening three or more capitals that end as
                // companies' names end is the company's name, found in pass 2.)
                if known, companyNameEnd(from: index) != nil {
                    index += 1
                    continue
                }
                // "— говорит Ольга Николаевна": a given name and patronymic with no surname after
                // them are the person of that given name named before ("Ольга Николаевна Рябова").
                if known, surname == index + 1, !(isNameWord(surname + 1) && sameLine(surname, surname + 1)),
                   NameForms.isPatronymic(text.string(tokens[surname].range).lowercased()), let given = firstName(index),
                   let named = byGivenName[FNV1a.hash(given.nominative)], named >= 0 {
                    mentions.append(Mention(kind: .person, tokens: index..<(surname + 1), entity: named, gender: entities[named].gender))
                    for covered in index...surname { taken[covered] = true }
                    pendingRole = nil
                    index = surname + 1
                    continue
                }
                if known || roleAnchored, mastheadOutlet(at: index, in: tokens, included: included) == nil {
                    // A patronymic between first name and surname: "Антон Германович Силуанов".
                    if surname == index + 1, isNameWord(surname + 1), NameForms.isPatronymic(text.string(tokens[surname].range).lowercased()) { surname += 1 }
                    // A second given name before a public figure's surname: "Реджеп Тайип Эрдоган".
                    else if surname == index + 1, isNameWord(surname + 1), sameLine(surname, surname + 1), lexicon.people[surnameKeyHash(surname + 1)] != nil { surname += 1 }
                    // More names before the last, in Latin letters: "Luiz Inacio Lula da Silva",
                    // "Mohammed bin Abdulrahman Al Thani", "Kim Jong Un". Up to five words, ending
                    // before a lower-case word or a mark on the same line (not a title-case headline).
                    else if known { surname = lastOfLatinName(from: index, surname: surname) }
                    let entity = person(first: index, surname: surname, role: roleAnchored ? pendingRole?.role : nil, gender: nil)
                    mentions.append(Mention(kind: .person, tokens: index..<(surname + 1), entity: entity, gender: entities[entity].gender))
                    for covered in index...surname { taken[covered] = true }
                    pendingRole = nil
                    index = surname + 1
                    continue
                }
            }
            if let title = lexicon.honorifics.match(tokens, at: index) {
                let after = index + title.length
                let next = after < tokens.count && tokens[after].isMark(".") ? after + 1 : after
                if isNameWord(next) {
                    // "Dr. Thomas Keller": a first name and a surname after the title.
                    let surname = (included[next] ? surnameIndex(after: next) : nil).map { lastOfLatinName(from: next, surname: $0) }
                    // ("пані Тетяни": a given name alone after the title, in whatever case, is that
                    // person's given name, not a surname.)
                    let givenAlone = surname == nil && tokens[next].firstScript(in: text.utf8) == ScriptClass.cyrillic ? firstName(next) : nil
                    let entity = givenAlone.map(givenNameOnly)
                        ?? person(first: surname == nil ? nil : next, surname: surname ?? next, role: nil, gender: title.value)
                    mentions.append(Mention(kind: .person, tokens: index..<((surname ?? next) + 1), entity: entity))
                    for covered in next...(surname ?? next) { taken[covered] = true }
                    index = (surname ?? next) + 1
                    continue
                }
            }
            index += 1
        }
        // Pass 1b: two capitalised words right next to a speech verb ("said Nino Beridze"), or
        // after a phrase that introduces someone's words ("по словам Жан-Ноэля Барро").
        // Capitalised words alone before a verb are kept for pass 1c: surname key, last place.
        /// Whether the two capitalised words from `first` end a longer name joined inside by a
        /// lower-case word ("the Food and Drug Administration", "the Institute for Fiscal
        /// Studies"): then they are no person's name, unless they open with a given name ("Mark
        /// and Julie Pender").
        func endsJoinedName(_ first: Int) -> Bool {
            first >= 2 && QuoteWork.nameConnectors.contains(tokens[first - 1].lowerKey) && tokens[first - 2].isCapitalizedWord && firstName(first) == nil
        }
        /// Where capitalised words in Latin letters from `first`, at least `minimumWords` of them
        /// on one line and none taken, end in a word companies' or bodies' names end in ("Irish
        /// Sea Lines", "Vaikla Harbour Authority").
        func companyNameEnd(from first: Int, minimumWords: Int = 3) -> Int? {
            guard tokens[first].firstScript(in: text.utf8) == ScriptClass.latin else { return nil }
            var end = first
            while end < min(tokens.count, first + 5), included[end], !taken[end], tokens[end].isCapitalizedWord, (end == first || sameLine(end - 1, end)) { end += 1 }
            return end - first >= minimumWords && Self.companyNameEndings.contains(tokens[end - 1].key) ? end : nil
        }
        var speakingSurnames = HashedKeyTable<Int>()
        for cueIndex in positions.cueStarts where included[cueIndex] && !taken[cueIndex] {
            guard let cue = lexicon.cues.match(tokens, at: cueIndex),
                  cue.value.kind == .verb || (cue.value.kind == .sourceBefore && Self.wordsOfSomeone.contains(cue.value.lemmaKey)) else { continue }
            var after = cueIndex + cue.length
            // ("— сказала «Звезде» мама первоклассника Светлана": past the outlet told, in
            // quotation marks right after the verb, to who spoke.)
            if cue.value.kind == .verb, after + 2 < tokens.count, tokens[after].isQuotationMark,
               let close = (after + 2..<min(tokens.count, after + 6)).first(where: { tokens[$0].isQuotationMark }),
               close + 1 < tokens.count, tokens[close + 1].isUncapitalizedWord, (after + 1..<close).allSatisfy({ tokens[$0].isWord }) {
                after = close + 1
            }
            // The phrases introducing someone's words take the genitive ("по словам Ханну Туоминена").
            let nameCase: NameCase? = cue.value.kind == .sourceBefore ? .genitive : nil
            // A description before the name: "said Green Party candidate Chloe Adams", "зазначила
            // інженерка-мостобудівниця Ганна Руденко": the last two words of the phrase.
            var phraseEnd = after
            // (An age in it too: "— каже 72-річна Ніна Петренко".)
            // (A site's domain too: "— рассказала порталу Ykt.ru Сардана Иванова".)
            while phraseEnd < min(tokens.count, after + 9), included[phraseEnd],
                  tokens[phraseEnd].isWord || tokens[phraseEnd].kind == .number || tokens[phraseEnd].isMark("-")
                    || (tokens[phraseEnd].isMark(".") && phraseEnd > after && tokens.continuesQuotedName(at: phraseEnd, from: after)) { phraseEnd += 1 }
            // ("— говорит Мария из Мариуполя": where the person is from closes the phrase, after the name.)
            var origin = tokens.count
            if phraseEnd < tokens.count, !tokens[phraseEnd].isWord, phraseEnd - after >= 3, Self.originPrepositions.contains(tokens[phraseEnd - 2].lowerKey),
               tokens[phraseEnd - 1].isCapitalizedWord, tokens[phraseEnd - 3].isCapitalizedWord {
                phraseEnd -= 2
                origin = phraseEnd
            }
            // The phrase must end there (a mark follows), not be cut off by the length limit.
            // (Not after "the": "told the Evening Chronicle" names a newspaper.)
            let namedLast = phraseEnd - after > 2 && phraseEnd < tokens.count && (!tokens[phraseEnd].isWord || phraseEnd == origin)
                && (taken[phraseEnd - 1] || (isNameWord(phraseEnd - 2) && isNameWord(phraseEnd - 1) && !tokens[phraseEnd - 3].isCapitalizedWord
                    && tokens[phraseEnd - 3].lowerKey != QuoteWork.theKey && !endsJoinedName(phraseEnd - 2)
                    && mastheadOutlet(at: phraseEnd - 2, in: tokens, included: included) == nil))
            if namedLast {
                if !taken[phraseEnd - 2] && !taken[phraseEnd - 1] {
                    let entity = person(first: phraseEnd - 2, surname: phraseEnd - 1, role: nil, gender: cue.value.gender, nameCase: nameCase)
                    mentions.append(Mention(kind: .person, tokens: (phraseEnd - 2)..<phraseEnd, entity: entity))
                    taken[phraseEnd - 2] = true; taken[phraseEnd - 1] = true
                }
            } else if isNameWord(after), !taken[after], after + 1 < tokens.count, included[after + 1], let surname = surnameIndex(after: after), !taken[surname],
                      // "told CNN's State of the Union": a possessive opens no name.
                      !NameForms.isPossessive(text.string(tokens[after].range)),
                      // "in an interview with Radio Kent": a station's name.
                      mastheadOutlet(at: after, in: tokens, included: included) == nil {
                let entity = person(first: after, surname: surname, role: nil, gender: cue.value.gender, nameCase: nameCase)
                mentions.append(Mention(kind: .person, tokens: after..<(surname + 1), entity: entity))
                for covered in after...surname { taken[covered] = true }
            } else if cue.value.kind == .verb, phraseEnd > after, phraseEnd < tokens.count, tokens[phraseEnd].kind == .mark || phraseEnd == origin, !taken[phraseEnd - 1],
                      isNameWord(phraseEnd - 1), phraseEnd - 1 == after || !tokens[phraseEnd - 2].isCapitalizedWord, let given = firstName(phraseEnd - 1) {
                // "— розповіла мама третьокласника Наталія.": a given name alone ends the phrase.
                let entity = givenNameOnly(given)
                mentions.append(Mention(kind: .person, tokens: (phraseEnd - 1)..<phraseEnd, entity: entity, gender: entities[entity].gender))
                taken[phraseEnd - 1] = true
            } else if cue.value.kind == .verb, after < tokens.count, !taken[after], mayBeCyrillicSurname(after), isNameWord(after),
                      after + 1 >= tokens.count || !tokens[after + 1].isCapitalizedWord || lexicon.agencies.match(tokens, at: after + 1) != nil,
                      let (gender, nameCase) = surnameShape(after, verb: cue.value) {
                // "«Нет», — ответил Смирнов на вопрос журналиста", "— цитирует Буданова РБК": one
                // capitalised word after the verb, shaped as a surname in the nominative of the
                // verb's gender (after a verb of quoting, in the accusative), is a surname no
                // dictionary knows (other capitalised words there are as often bodies).
                let entity = person(first: nil, surname: after, role: nil, gender: gender, nameCase: nameCase)
                mentions.append(Mention(kind: .person, tokens: after..<(after + 1), entity: entity, gender: gender))
                taken[after] = true
            } else if Self.wordsOfAPerson.contains(cue.value.lemmaKey), isNameWord(after), !taken[after], !isSingleLetter(after),
                      after + 1 >= tokens.count || !tokens[after + 1].isCapitalizedWord || lexicon.agencies.match(tokens, at: after + 1) != nil {
                // "По словам Петрова, …", "приводит слова Петровой РИА Новости": one capitalised
                // word after such a phrase is a surname in the genitive.
                let entity = person(first: nil, surname: after, role: nil, gender: nil, nameCase: .genitive)
                mentions.append(Mention(kind: .person, tokens: after..<(after + 1), entity: entity, gender: entities[entity].gender))
                taken[after] = true
            }
            // "Слова Шмыгаля приводит «Интерфакс»": one capitalised word between "слова" and
            // the verb is a surname in the genitive.
            if Self.wordsQuotedLemmas.contains(cue.value.lemmaKey), cueIndex >= 2, tokens[cueIndex - 2].lowerKey == Self.wordsKey,
               isNameWord(cueIndex - 1), !taken[cueIndex - 1], !isSingleLetter(cueIndex - 1), sameLine(cueIndex - 2, cueIndex) {
                let entity = person(first: nil, surname: cueIndex - 1, role: nil, gender: nil, nameCase: .genitive)
                mentions.append(Mention(kind: .person, tokens: (cueIndex - 1)..<cueIndex, entity: entity, gender: entities[entity].gender))
                taken[cueIndex - 1] = true
            }
            guard cue.value.kind == .verb else { continue }
            if cueIndex >= 2, isNameWord(cueIndex - 2), isNameWord(cueIndex - 1), !taken[cueIndex - 2], !taken[cueIndex - 1],
               included[cueIndex - 2], sameLine(cueIndex - 2, cueIndex - 1), mastheadOutlet(at: cueIndex - 2, in: tokens, included: included) == nil,
               cueIndex - 2 == 0 || !included[cueIndex - 3] || !tokens[cueIndex - 3].isCapitalizedWord || !sameLine(cueIndex - 3, cueIndex - 2),
               // "won £5 million on the National Lottery say…": a name after "the" is no person's;
               // nor after "at", "of" or "for" ("Analysts at Fitch Ratings wrote…": an institution).
               cueIndex - 2 == 0 || !Self.institutionMarkers.contains(tokens[cueIndex - 3].lowerKey),
               !endsJoinedName(cueIndex - 2),
               // A given name second is a name in the order surname, given name ("Иванов Андрей
               // сказал") only after a word shaped as a surname; else the capital before it is a
               // place or a noun opening the sentence ("…на Сочи Андрей рассказал"), left to the
               // given-name rule below.
               firstName(cueIndex - 1) == nil || firstName(cueIndex - 2) != nil
                || (mayBeCyrillicSurname(cueIndex - 2) && NameForms.nominativeSurname(text.string(tokens[cueIndex - 2].range), verbGender: cue.value.gender) != nil) {
                let surnameFirst = firstName(cueIndex - 1) != nil && firstName(cueIndex - 2) == nil
                let entity = surnameFirst ? person(first: cueIndex - 1, surname: cueIndex - 2, role: nil, gender: cue.value.gender)
                    : person(first: cueIndex - 2, surname: cueIndex - 1, role: nil, gender: cue.value.gender)
                mentions.append(Mention(kind: .person, tokens: (cueIndex - 2)..<cueIndex, entity: entity))
                taken[cueIndex - 2] = true; taken[cueIndex - 1] = true
            }
            let bare = cueIndex - 1
            guard bare >= 0, !taken[bare], isNameWord(bare) else { continue }
            let opensLine = bare == 0 || !sameLine(bare - 1, bare)
            // "Марія розповіла, що…", "Жителька Харкова Марія розповіла…": a given name alone
            // right before the verb, opening the clause or after a role and the place it names.
            // (The capital before it may be a place after a preposition, "…на Сочи Андрей
            // рассказал", or the noun opening the sentence, "Таксист Олег розповів".)
            let capitalBefore = !opensLine && tokens[bare - 1].isCapitalizedWord
            let placeOrOpeningNoun = capitalBefore && (bare == 1 || !sameLine(bare - 2, bare - 1) || tokens[bare - 2].isMark(".")
                || tokens[bare - 2].isMark("—") || QuoteWork.prepositions.contains(tokens[bare - 2].lowerKey))
            if cue.value.gender == .masculine || cue.value.gender == .feminine, let given = firstName(bare), given.gender == nil || given.gender == cue.value.gender,
               !capitalBefore || placeOrOpeningNoun || mentions.contains(where: { $0.kind == .role && $0.tokens.upperBound == bare - 1 }) {
                let entity = givenNameOnly(given)
                mentions.append(Mention(kind: .person, tokens: bare..<(bare + 1), entity: entity, gender: entities[entity].gender))
                taken[bare] = true
                continue
            }
            if bare == 0 || !tokens[bare - 1].isCapitalizedWord {
                speakingSurnames[surnameKeyHash(bare)] = bare
            }
            // "Смирнов добавил, что…", "Глава района Смирнов пообещал…": a word shaped as a
            // Cyrillic surname in the nominative of the verb's gender, right before it, is one
            // (not a noun for a person of the same shape: "Мужчина рассказал", "Грузин сказал";
            // not after a preposition: "в Кишинев" is a place).
            if mayBeCyrillicSurname(bare), opensLine || !(tokens[bare - 1].isCapitalizedWord || QuoteWork.prepositions.contains(tokens[bare - 1].lowerKey)),
               case let word = text.string(tokens[bare].range),
               let shape = NameForms.nominativeSurname(word, verbGender: cue.value.gender), !NameForms.isPersonNounLikeSurname(word, lowerKey: tokens[bare].lowerKey) {
                let entity = person(first: nil, surname: bare, role: nil, gender: shape.gender, nameCase: .nominative)
                mentions.append(Mention(kind: .person, tokens: bare..<(bare + 1), entity: entity, gender: shape.gender))
                taken[bare] = true
            }
        }
        // Pass 1c: a first name the lexicon lacks. A capitalised word alone before a speech
        // verb ("Innes calls it…", "Иннес сказала") is someone's surname; two capitalised
        // words earlier that end in it are that person's name, after any description
        // ("Stallholder Morag Innes has sold…"). News refers to people by surname after the
        // first mention, so this is common; a company whose name ends in the word it is later
        // called by ("Royal Dutch Shell… Shell said") is misread as a person "Dutch Shell".
        if !speakingSurnames.isEmpty {
            for surname in positions.secondOfCapitalPair where !taken[surname] && !taken[surname - 1] {
                let first = surname - 1
                guard let alone = speakingSurnames[surnameKeyHash(surname)], alone > surname,
                      isNameWord(first), isNameWord(surname), !isSingleLetter(first),
                      !NameForms.isPossessive(text.string(tokens[first].range)), sameLine(first, surname),
                      surname + 1 >= tokens.count || !tokens[surname + 1].isCapitalizedWord,
                      mastheadOutlet(at: first, in: tokens, included: included) == nil else { continue }
                let entity = person(first: first, surname: surname, role: nil, gender: nil)
                mentions.append(Mention(kind: .person, tokens: first..<(surname + 1), entity: entity))
                taken[first] = true; taken[surname] = true
            }
        }
        /// "…, its main rival, said": an apposition from `start` (a determiner, then words) closed
        /// by a comma that a speech verb follows.
        func appositionBeforeCue(_ start: Int) -> Bool {
            guard QuoteWork.nounPhraseOpeners.contains(tokens[start].lowerKey) else { return false }
            var position = start + 1
            while position < min(tokens.count, start + 7), tokens[position].isWord { position += 1 }
            return position + 1 < tokens.count && tokens[position].isMark(",") && lexicon.cues.match(tokens, at: position + 1)?.value.kind == .verb
        }
        /// "Her neighbour, ": a personal possessive and a noun, then the comma before `first`:
        /// the name in commas after it is that person's ("Her neighbour, Dev Patel, was…"); "its
        /// partner, Goldman Sachs," is a firm's.
        func afterPersonalPossessive(_ first: Int) -> Bool {
            first >= 3 && tokens[first - 1].isMark(",") && tokens[first - 2].isUncapitalizedWord
                && Self.personalPossessives.contains(tokens[first - 3].lowerKey)
        }
        // Pass 1d: "Feargal Sharkey, who has spent…", "Morag Innes, 54, …", "Samsung Electronics,
        // its main rival, said", "Her neighbour, Dev Patel, …": two capitalised words that a
        // relative "who", an age or an apposition before a speech verb follows, or that stand
        // in commas after someone's relation, name a person, whatever the given name ("who" is
        // said of people only; "which" of companies).
        for surname in positions.secondOfCapitalPair where surname + 3 < tokens.count && tokens[surname + 1].isMark(",") && !taken[surname] && !taken[surname - 1] {
            let first = surname - 1
            let next = surname + 2
            guard included[next],
                  tokens[next].lowerKey == Self.who || (tokens[next].kind == .number && tokens[next + 1].isMark(",")) || appositionBeforeCue(next)
                    || afterPersonalPossessive(first)
                    // "China's special envoy for Eurasian affairs, Li Hui, said": in commas before the verb.
                    || (first > 0 && tokens[first - 1].isMark(",") && lexicon.cues.match(tokens, at: next)?.value.kind == .verb),
                  isNameWord(first), isNameWord(surname), !isSingleLetter(first), sameLine(first, surname),
                  !NameForms.isPossessive(text.string(tokens[first].range)) else { continue }
            let entity = person(first: first, surname: surname, role: nil, gender: nil)
            mentions.append(Mention(kind: .person, tokens: first..<(surname + 1), entity: entity))
            taken[first] = true; taken[surname] = true
        }
        // Names written family name first ("Li Hui", "Xi Jinping"), whose first word is no given
        // name the lists know: later "Li said" is that person, by the word the name opens with.
        var familyNameFirst = HashedKeyTable<Int>()
        for mention in mentions where mention.kind == .person && mention.tokens.count == 2 {
            let first = mention.tokens.lowerBound
            guard let entity = mention.entity, firstName(first) == nil, tokens[first].firstScript(in: text.utf8) == ScriptClass.latin else { continue }
            familyNameFirst[tokens[first].key] = entity
        }
        // Pass 1e: a given name alone after words that describe its bearer, right before a verb of
        // saying or an aside that one follows ("Ее соседка по подъезду Ольга добавляет", "Її
        // сусід Петро, колишній моряк, розповідає"), as vox pops name people. In Cyrillic only:
        // Russian and Ukrainian given names are not surnames, while English ones often are (Lee,
        // James, Grant), and a lone one there is more likely someone's surname.
        // (Also in commas after them: "Один із них, Андрій, каже…".)
        // (Only tokens the first-name lexicon marks: a cheap scan, as this runs over every document.)
        let markedFirstNames = tokens.withUnsafeBufferPointer { buffer in
            buffer.indices.dropFirst().filter { buffer[$0].phraseStarts & QuoteLexicon.firstNameBit != 0 }
        }
        // (Or opening its line with an age after it: "Оксана, 34 роки, працює бухгалтеркою.")
        for index in markedFirstNames where !taken[index] && tokens[index].isCapitalizedWord
            && (tokens[index - 1].isUncapitalizedWord || (index >= 2 && tokens[index - 1].isMark(",") && tokens[index - 2].isUncapitalizedWord)
                || (!sameLine(index - 1, index) && index + 2 < tokens.count && tokens[index + 1].isMark(",") && tokens[index + 2].kind == .number)) {
            guard included[index], index + 1 < tokens.count, tokens[index].firstScript(in: text.utf8) == ScriptClass.cyrillic,
                  isNameWord(index), let given = firstName(index) else { continue }
            let next = index + 1
            var speaks = lexicon.cues.match(tokens, at: next)?.value.kind == .verb
            if !speaks, tokens[next].isMark(",") {
                var position = next + 1
                while position < min(tokens.count, next + 9), included[position], !tokens[position].isMark("."), !tokens[position].isQuotationMark {
                    if tokens[position - 1].isMark(","), lexicon.cues.match(tokens, at: position)?.value.kind == .verb { speaks = true; break }
                    position += 1
                }
            }
            // (Or the sentence naming them ends and their quotation opens the next, on the same
            // line: "Її сусід Андрій більш оптимістичний. «…», — вважає чоловік.")
            if !speaks, let stop = (next..<min(tokens.count - 1, next + 12)).first(where: { tokens[$0].isMark(".") || tokens[$0].isQuotationMark }),
               tokens[stop].isMark("."), tokens[stop + 1].isQuotationMark, sameLine(index, stop + 1) {
                speaks = true
            }
            // (Or a colon ends their line and the next opens with their words: "Его приятель
            // Михаил настроен мягче:" then "— Власти тоже можно понять.")
            if !speaks, let colon = (next..<min(tokens.count - 1, next + 12)).first(where: { tokens[$0].isMark(".") || tokens[$0].isMark(":") }),
               tokens[colon].isMark(":"), !sameLine(colon, colon + 1), tokens[colon + 1].isQuotationMark || QuoteMarks.isDash(tokens, at: colon + 1) {
                speaks = true
            }
            guard speaks else { continue }
            let entity = givenNameOnly(given)
            mentions.append(Mention(kind: .person, tokens: index..<next, entity: entity, gender: entities[entity].gender))
            taken[index] = true
        }
        // Pass 1f: "a fisherman who gave his name only as Ewan", "asked to be identified only as
        // Marta", "пенсионерка, назвавшаяся Ольгой": a given name someone is known by alone.
        // (Over the buffer, the trigger word first: this visits every token.)
        let asKey = QuoteWork.asKey, namedParticiples = Self.namedParticiples
        let namedAt: [(index: Int, gender: Gender?)] = tokens.withUnsafeBufferPointer { buffer in
            var found = [(index: Int, gender: Gender?)]()
            for trigger in buffer.indices.dropLast() {
                let key = buffer[trigger].lowerKey
                // (The participles are eight Cyrillic letters or more: sixteen bytes.)
                guard key == asKey || (buffer[trigger].range.end - buffer[trigger].range.start >= 16 && namedParticiples.contains(key)) else { continue }
                let index = trigger + 1
                guard buffer[index].isCapitalizedWord, !taken[index], included[index] else { continue }
                if key == asKey {
                    // "name", "identified" or "known" within the three words before "as".
                    let words = max(0, trigger - 3)..<trigger
                    guard words.contains(where: { Self.namedAsWords.contains(buffer[$0].lowerKey) }) else { continue }
                    found.append((index, words.lazy.compactMap { Self.possessiveGenders[buffer[$0].lowerKey] }.first))
                } else {
                    found.append((index, namedParticiples[key]))
                }
            }
            return found
        }
        for (index, gender) in namedAt {
            let written = text.string(tokens[index].range)
            let known = knownFirstName(index)
            guard index + 1 >= tokens.count || !tokens[index + 1].isCapitalizedWord || !sameLine(index, index + 1),
                  known != nil || tokens[index].firstScript(in: text.utf8) == ScriptClass.latin else { continue }
            let given = known ?? FirstName(nominative: written, latin: written, gender: gender, language: nil, nameCase: .nominative)
            let entity = givenNameOnly(given)
            if entities[entity].gender == nil { entities[entity].gender = gender }
            mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
            taken[index] = true
        }
        // Passes 1g and 1h find their triggers in one walk over the buffer (it visits every
        // token): a comma before a capitalised word and a comma or full stop, and the words
        // "name", "pseudonym", "псевдонимом", "псевдонімом".
        let underTheNouns = Self.underTheNouns, underNouns = Self.underNouns
        let (givenNameCommas, pseudonymTriggers): ([Int], [Int]) = tokens.withUnsafeBufferPointer { buffer in
            var commas = [Int](), triggers = [Int]()
            for index in buffer.indices.dropLast() {
                let token = buffer[index]
                if token.kind == .mark {
                    if index > 0, index + 2 < buffer.count, token.isMark(","), buffer[index + 1].isCapitalizedWord,
                       buffer[index + 2].isMark(",") || buffer[index + 2].isMark(".") { commas.append(index) }
                } else if underTheNouns.contains(token.lowerKey) || underNouns.contains(token.lowerKey) {
                    triggers.append(index)
                }
            }
            return (commas, triggers)
        }
        // Pass 1g: "Orlov's daughter, Anna, said", "a crane operator who gave only his first
        // name, Piotr, said": a known given name alone, set off by commas right after a role or
        // after "name", is that person's name.
        // (After a family relation in English, any capitalised word: "Her brother, Rui," "the
        // couple's daughter, Inês,": the lists lack many given names, and news names relatives so.)
        for comma in givenNameCommas {
            let index = comma + 1
            let roleBefore = mentions.last(where: { $0.kind == .role && $0.tokens.upperBound == comma })?.role
            guard roleBefore != nil || tokens[comma - 1].lowerKey == Self.nameKey, !taken[index], included[index], isNameWord(index) else { continue }
            let relative = roleBefore.flatMap { role in Self.relativeGenders[FNV1a.hash(role)].map { (role, $0) } }
            guard let given = firstName(index) ?? relative.flatMap({ relative in
                tokens[index].firstScript(in: text.utf8) == ScriptClass.latin && !isSingleLetter(index)
                    ? FirstName(nominative: text.string(tokens[index].range), latin: text.string(tokens[index].range), gender: relative.1, language: nil, nameCase: .nominative)
                    : nil }) else { continue }
            let entity = givenNameOnly(given)
            if entities[entity].role == nil, let role = roleBefore { entities[entity].role = role }
            mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
            taken[index] = true
        }
        // Pass 1h: "the blogger, who writes under the name Severny Veter, wrote", "под
        // псевдонимом Северный Ветер": the name someone goes by, up to three capitalised words.
        for trigger in pseudonymTriggers {
            guard Self.underTheNouns.contains(tokens[trigger].lowerKey) ? trigger >= 2 && tokens[trigger - 1].lowerKey == QuoteWork.theKey && tokens[trigger - 2].lowerKey == Self.underKey
                          : trigger >= 1 && Self.underPrepositions.contains(tokens[trigger - 1].lowerKey) else { continue }
            let first = trigger + 1
            var end = first
            while end < tokens.count, end - first < 3, included[end], !taken[end], tokens[end].isCapitalizedWord, sameLine(first, end) { end += 1 }
            guard end > first else { continue }
            let written = text.string(TextRange(start: tokens[first].range.start, end: tokens[end - 1].range.end))
            let entity = givenNameOnly(FirstName(nominative: written, latin: written, gender: nil, language: nil, nameCase: .nominative))
            mentions.append(Mention(kind: .person, tokens: first..<end, entity: entity, gender: entities[entity].gender))
            for covered in first..<end { taken[covered] = true }
        }
        // Where pass 1's people and roles start and where its roles end, for the outlet rules
        // below ("рассказал «Яркубу» источник", "аналитик агентства «…»"), read in constant time.
        var personOrRoleStarts = [Bool](repeating: false, count: tokens.count + 1)
        var roleEnds = [Bool](repeating: false, count: tokens.count + 1)
        /// Where each person named so far starts, by the token after the name.
        var personStartByEnd = [Int: Int]()
        for mention in mentions where mention.kind == .person || mention.kind == .role {
            personOrRoleStarts[mention.tokens.lowerBound] = true
            if mention.kind == .role { roleEnds[mention.tokens.upperBound] = true }
            if mention.kind == .person { personStartByEnd[mention.tokens.upperBound] = mention.tokens.lowerBound }
        }
        // Pass 2: surnames alone, organisations, agencies, pronouns.
        index = 0
        var lastAgency: Int?
        /// The organisation named last: what "the company", "в компании" refer to.
        var lastOrganisation: Int?
        /// Outlets the dictionary lacks found so far ("state news agency KCNA"), by their first
        /// word: their words and their name.
        var unknownOutlets = [UInt64: [(words: [UInt64], name: String)]]()
        /// An agency or outlet named at `range` (`name`: the dictionary's, or nil for one it lacks).
        /// `written`: the case the name is written in, when not the nominative (the dative of whom
        /// something was told, "рассказал «Яркубу» источник"; the instrumental of whom someone
        /// talked with, "в беседе с «Парламентской газетой»"); it is named in the nominative.
        func addAgency(_ range: Range<Int>, name known: String?, written nameCase: NameCase = .nominative) {
            let name = known ?? {
                var written = text.string(TextRange(start: tokens[range.lowerBound].range.start, end: tokens[range.upperBound - 1].range.end))
                if ScriptClass.containsCyrillic(written) {
                    if nameCase == .dative {
                        written = NameForms.nominativeOfDativeName(written) { extractor.wordForms?.lists($0, language: language) ?? false }
                    }
                    if nameCase == .instrumental { written = NameForms.nominativeOfInstrumentalName(written) }
                    // ("журналисты «Тверской недели»", "по информации «Вечернего Петербурга»": an
                    // adjective and a noun in the genitive, whatever the words before.)
                    if nameCase == .nominative, let nominative = NameForms.nominativeOfGenitiveOutletName(written, isWord: {
                        extractor.wordForms?.lists($0, language: language) ?? false }) { written = nominative }
                }
                // Named in Latin letters, as the dictionary's outlets are ("Говорит Москва": Govorit Moskva),
                // or by the dictionary's name when that spelling is one of its aliases ("Dozhd": TV Rain).
                let latin = ScriptClass.containsCyrillic(written) ? extractor.outletLatin(written, language: language) : written
                return lexicon.agencyCanonicalByAlias[latin.lowercased()] ?? latin
            }()
            entities.append(Entity(kind: .agency, name: name, latin: name, key: name))
            mentions.append(Mention(kind: .agency, tokens: range, entity: entities.count - 1))
            lastAgency = entities.count - 1
            // One the dictionary lacks is known by its words for the rest of the text.
            if known == nil, tokens[range.lowerBound].isCapitalizedWord {
                unknownOutlets[tokens[range.lowerBound].key, default: []].append((range.map { tokens[$0].key }, name))
            }
            index = range.upperBound
        }
        /// An outlet found before whose words start at `index` ("in comments carried by KCNA").
        func knownOutlet(at index: Int) -> (length: Int, name: String)? {
            guard let candidates = unknownOutlets[tokens[index].key] else { return nil }
            for candidate in candidates where index + candidate.words.count <= tokens.count
                && candidate.words.indices.allSatisfy({ tokens[index + $0].key == candidate.words[$0] && !taken[index + $0] }) {
                return (candidate.words.count, candidate.name)
            }
            return nil
        }
        while index < tokens.count {
            index = Int(positions.nextForPass2[index])  // (as in pass 1)
            guard index < tokens.count else { break }
            guard included[index], !taken[index] else { index += 1; continue }
            let token = tokens[index]  // read once, as in pass 1
            if token.isQuotationMark, index >= 2 {
                let verbBefore = lexicon.cues.match(tokens, at: index - 1, end: index)?.value.kind == .verb
                // "— сказал главврач «Вечернему Иркутску».": after a verb of telling and the role
                // of who spoke, a quoted name in the dative is the outlet told.
                if let role = lexicon.roles.match(endingAt: index, in: tokens, from: max(0, index - 4)), role.start > 0,
                   let verb = lexicon.cues.match(endingAt: role.start, in: tokens, from: max(0, role.start - 2), where: { $0.kind == .verb })?.value,
                   Self.tellingLemmas.contains(verb.lemmaKey),
                   let outlet = unknownOutlet(at: index, in: tokens, included: included), outlet.lowerBound > index, endsInDative(outlet) {
                    addAgency(outlet, name: nil, written: .dative)
                    continue
                }
                // "Его слова приводит «Омское время».": a quoted name after a verb of citing whose
                // object is someone's words, opening the sentence, is the outlet that carried them.
                if index >= 3, QuoteWork.possessivePronouns.contains(tokens[index - 3].lowerKey), QuoteWork.wordsNouns.contains(tokens[index - 2].lowerKey),
                   lexicon.cues.match(tokens, at: index - 1, end: index)?.value.kind == .sourceBefore,
                   let outlet = unknownOutlet(at: index, in: tokens, included: included) {
                    addAgency(outlet, name: nil)
                    continue
                }
                // "Как отмечает «Парламентская газета», …": a quoted name that a verb after "как"
                // reports through is an outlet, known or not.
                // ("Как рассказал «Татар-информу» представитель…": with someone after it, whom
                // the words were told, in the dative.)
                // (Or where, "Как уточнили «Тверской жизни» в управлении МЧС", when its ending says dative.)
                if verbBefore, QuoteWork.asWords.contains(tokens[index - 2].lowerKey),
                   let outlet = unknownOutlet(at: index, in: tokens, included: included) {
                    let next = outlet.upperBound + 1
                    let told = next < tokens.count && (personOrRoleStarts[next]
                        || (QuoteWork.locativePrepositions.contains(tokens[next].lowerKey) && endsInDative(outlet)))
                    addAgency(outlet, name: nil, written: told ? .dative : .nominative)
                    continue
                }
                // "…, повідомив «Житомир.info» з посиланням на…" (the outlet reports), "рассказал
                // «Яркубу» источник" (it was told): a quoted name right after a verb, then whom it
                // cites or who spoke, is an outlet. (Not yet before ", что": tried, it named a
                // source wrongly in the held-out sets.)
                if verbBefore, let outlet = unknownOutlet(at: index, in: tokens, included: included), outlet.upperBound + 1 < tokens.count,
                   tokens[outlet.upperBound].isQuotationMark {
                    let next = outlet.upperBound + 1
                    // (Or one of a group: "— сказала «Уралинформбюро» одна из покупательниц".)
                    let told = personOrRoleStarts[next]
                        || (next + 1 < tokens.count && QuoteWork.oneOf.contains(tokens[next].lowerKey) && QuoteWork.fromWords.contains(tokens[next + 1].lowerKey))
                    if told || lexicon.opensCitation(tokens, at: next) {
                        addAgency(outlet, name: nil, written: told ? .dative : .nominative)
                        continue
                    }
                    // "рассказала «Орскому вестнику», что…": before ", что" only a name in the
                    // dative after a verb of telling (whom the words were told).
                    if let verb = lexicon.cues.match(tokens, at: index - 1, end: index)?.value, Self.tellingLemmas.contains(verb.lemmaKey),
                       next + 1 < tokens.count, tokens[next].isMark(","), QuoteWork.complementizers.contains(tokens[next + 1].lowerKey),
                       endsInDative(outlet) {
                        addAgency(outlet, name: nil, written: .dative)
                        continue
                    }
                }
                // A quoted name after words that say what an outlet is to the speaker: one a
                // correspondent writes for ("корреспонденту «СарИнформ»"), one given a comment or
                // interview, in the dative ("в коментарі «Дніпро Оперативному»"), one talked with,
                // in the instrumental ("в беседе с «Парламентской газетой»").
                if let nameCase = outletCase(before: index), let outlet = unknownOutlet(at: index, in: tokens, included: included),
                   outlet.lowerBound > index, nameCase != .dative || endsInDative(outlet) {
                    addAgency(outlet, name: nil, written: nameCase)
                    continue
                }
                // "— заявив Віталій Гнатенко «Кременчуцькій хвилі».": after a verb of telling and
                // the name of who spoke, a quoted name in the dative closing the sentence is the
                // outlet told.
                if let named = personStartByEnd[index], named > 0,
                   let verb = lexicon.cues.match(tokens, at: named - 1, end: named)?.value, Self.tellingLemmas.contains(verb.lemmaKey),
                   let outlet = unknownOutlet(at: index, in: tokens, included: included), outlet.lowerBound > index,
                   outlet.upperBound + 1 < tokens.count, tokens[outlet.upperBound + 1].isMark("."), endsInDative(outlet) {
                    addAgency(outlet, name: nil, written: .dative)
                    continue
                }
                // "— сказала она «Парламентской газете».": a quoted name after the verb and its
                // pronoun, closing the sentence, is whom the words were told to, an outlet.
                if lexicon.pronouns.match(tokens, at: index - 1, end: index) != nil,
                   lexicon.cues.match(tokens, at: index - 2, end: index - 1)?.value.kind == .verb,
                   let outlet = unknownOutlet(at: index, in: tokens, included: included), outlet.upperBound + 1 < tokens.count,
                   tokens[outlet.upperBound + 1].isMark(".") {
                    // ("рассказал он «Иркутским новостям».": whom he told, in the dative.)
                    addAgency(outlet, name: nil, written: endsInDative(outlet) ? .dative : .nominative)
                    continue
                }
            }
            if token.phraseStarts == 0 && !token.isCapitalizedWord { index += 1; continue }  // as in pass 1
            if token.isCapitalizedWord, !unknownOutlets.isEmpty, let outlet = knownOutlet(at: index) {
                addAgency(index..<(index + outlet.length), name: outlet.name)
                continue
            }
            // An agency in the English possessive is one token ("the BBC's Today programme").
            if let agency = lexicon.agencies.match(tokens, at: index).map({ (length: $0.length, value: $0.value) })
                ?? possessiveAgency(tokens[index]).map({ (length: 1, value: $0) }) {
                addAgency(index..<(index + agency.length), name: agency.value)
                continue
            }
            // "local broadcaster Digi24", "телеканал «Дождь»": an outlet the dictionary lacks.
            let naming = lexicon.namingWords.match(tokens, at: index)
            // (Not the surname of someone named before, unquoted: in "Как рассказал изданию Лукин"
            // the word for the outlet is whom he told, and Lukin speaks.)
            if let naming, naming.value == .outlet, let outlet = unknownOutlet(at: index + naming.length, in: tokens, included: included, afterOutletWord: true),
               outlet.lowerBound > index + naming.length || byKey.isEmpty || byKey[surnameKeyHash(outlet.lowerBound)] == nil {
                addAgency(outlet, name: nil)
                continue
            }
            // "told a local TV station, KTVU, that…": the name set off by commas right after the
            // word for an outlet.
            if let naming, naming.value == .outlet, index + naming.length + 1 < tokens.count, tokens[index + naming.length].isMark(","),
               let outlet = unknownOutlet(at: index + naming.length + 1, in: tokens, included: included), outlet.lowerBound == index + naming.length + 1,
               outlet.upperBound < tokens.count, tokens[outlet.upperBound].isMark(","),
               byKey.isEmpty || byKey[surnameKeyHash(outlet.lowerBound)] == nil {
                addAgency(outlet, name: nil)
                continue
            }
            // "told local newspaper the Rutland Echo": the name after "the" (unless "the" opens a
            // name the dictionary knows: "газете The Times").
            if let naming, naming.value == .outlet, index + naming.length + 1 < tokens.count, tokens[index + naming.length].lowerKey == QuoteWork.theKey,
               lexicon.agencies.match(tokens, at: index + naming.length) == nil,
               let outlet = unknownOutlet(at: index + naming.length + 1, in: tokens, included: included) {
                addAgency(outlet, name: nil)
                continue
            }
            // "сообщает агентство «Прайм»": a word for an agency and a quoted name are an outlet,
            // unless a role is of it ("аналитик агентства «Агроэкспорт»").
            if let naming, naming.value == .agency, index + naming.length < tokens.count, tokens[index + naming.length].isQuotationMark,
               let outlet = unknownOutlet(at: index + naming.length, in: tokens, included: included), outlet.lowerBound > index + naming.length,
               !roleEnds[index] {
                addAgency(outlet, name: nil)
                continue
            }
            // "the Helsingin Sanomat newspaper": capitalised words between "the" and a word for an
            // outlet name one the dictionary lacks; so do they after a verb of telling or "by",
            // "to", "with" ("told Lusa news agency").
            if tokens[index].isCapitalizedWord, index > 0, tokens[index - 1].lowerKey == QuoteWork.theKey || Self.outletPrepositions.contains(tokens[index - 1].lowerKey)
                || lexicon.cues.match(tokens, at: index - 1, end: index)?.value.tellsSomeone == true {
                var end = index
                while end < min(tokens.count, index + 4), included[end], !taken[end], tokens[end].isCapitalizedWord { end += 1 }
                // (Not "the Dutch newspaper NRC", where the name follows and the capitals describe it.)
                // (Nor "the Kremlin's website": a body's own site, in the possessive.)
                if end < tokens.count, end > index, let naming = lexicon.namingWords.match(tokens, at: end), naming.value == .outlet,
                   !NameForms.isPossessive(text.string(tokens[end - 1].range)),
                   end + naming.length >= tokens.count || !(tokens[end + naming.length].isCapitalizedWord || tokens[end + naming.length].isQuotationMark) {
                    addAgency(index..<end, name: nil)
                    continue
                }
            }
            // "told The Herald": after a verb of telling, a name under a capitalised "The" is a
            // newspaper's (people's names take no article).
            if tokens[index].key == Self.capitalThe, index > 0, let cue = lexicon.cues.match(tokens, at: index - 1, end: index),
               cue.value.tellsSomeone, let outlet = unknownOutlet(at: index + 1, in: tokens, included: included), outlet.lowerBound == index + 1 {
                addAgency(index..<outlet.upperBound, name: nil)
                continue
            }
            // "told the Baltimore Sun", "the Irish Times reported": capitalised words after "the"
            // that end in a word many newspapers' names end in.
            if let outlet = mastheadOutlet(at: index, in: tokens, included: included) {
                addAgency(outlet, name: nil)
                continue
            }
            // "цитирует агентство заместителя мэра", "he told the newspaper": the agency or outlet
            // named last, when no name follows the word.
            if let naming, naming.value.refersBack, let lastAgency, refersBack(index, length: naming.length, in: tokens) {
                mentions.append(Mention(kind: .agency, tokens: index..<(index + naming.length), entity: lastAgency, refersBack: true))
                index += naming.length
                continue
            }
            // "Turkey's central bank", "the Turkish finance ministry": a common-noun alias after a
            // capitalised word is another country's body, not the one the dictionary files.
            // (A preposition opening the sentence is no such word: "В мэрии заявили".)
            if let organisation = lexicon.organisations.match(tokens, at: index),
               tokens[index].isCapitalized || index == 0 || !included[index - 1] || !tokens[index - 1].isCapitalizedWord
                || QuoteWork.articles.contains(tokens[index - 1].lowerKey) || QuoteWork.prepositions.contains(tokens[index - 1].lowerKey) {
                let value = organisation.value
                // "The Bank of England raised rates. … the central bank said": the bank named before.
                if let head = value.commonNounHead, let earlier = organisationByWord[head], entities[earlier].name != value.canonical,
                   value.commonNounWords.allSatisfy({ entities[earlier].name.split(separator: " ").contains($0) }) {
                    mentions.append(Mention(kind: .organisation, tokens: index..<(index + organisation.length), entity: earlier))
                    index += organisation.length
                    continue
                }
                entities.append(Entity(kind: .organisation, name: value.canonical, latin: value.canonical, language: value.language, key: value.canonical))
                mentions.append(Mention(kind: .organisation, tokens: index..<(index + organisation.length), entity: entities.count - 1))
                for word in value.wordKeys { organisationByWord[word] = entities.count - 1 }
                lastOrganisation = entities.count - 1
                index += organisation.length
                continue
            }
            // "Irish Sea Lines pleaded guilty… the company said": capitalised words in Latin
            // letters ending in a word companies' names end in are a company the dictionary
            // lacks, which "the company" may later mean.
            // (Not after a description, "according to port agent Marlow Logistics", which names
            // a source the other rules find.)
            // (Not from an article or a possessive opening the sentence, "The Commission said",
            // "Russia's Defence Ministry", nor from or up to a word joining a longer name, "the
            // Food and Drug Administration", "the Department of Health".)
            if token.isCapitalizedWord, !taken[index], token.firstScript(in: text.utf8) == ScriptClass.latin,
               index == 0 || !tokens[index - 1].isWord || Self.companyNameOpeners.contains(tokens[index - 1].lowerKey) || !sameLine(index - 1, index),
               !QuoteWork.articles.contains(token.lowerKey), !NameForms.isPossessive(text.string(token.range)),
               !(index >= 2 && QuoteWork.nameConnectors.contains(tokens[index - 1].lowerKey) && tokens[index - 2].isCapitalizedWord),
               // (Two words will do when the first is no given name: "Chanda Mining".)
               let end = companyNameEnd(from: index, minimumWords: firstName(index) == nil ? 2 : 3),
               !(end + 1 < tokens.count && QuoteWork.nameConnectors.contains(tokens[end].lowerKey) && tokens[end + 1].isCapitalizedWord) {
                let written = text.string(TextRange(start: tokens[index].range.start, end: tokens[end - 1].range.end))
                entities.append(Entity(kind: .organisation, name: written, latin: written, language: nil, key: written))
                mentions.append(Mention(kind: .organisation, tokens: index..<end, entity: entities.count - 1))
                lastOrganisation = entities.count - 1
                index = end
                continue
            }
            // "в компании «Северсталь»", "НЕК «Укренерго»": a body the dictionary lacks, named in
            // quotation marks after a word for what it is.
            if let naming, naming.value == .body, let name = unknownOutlet(at: index + naming.length, in: tokens, included: included),
               tokens[name.lowerBound].isCapitalizedWord, name.lowerBound > index + naming.length {
                let written = text.string(TextRange(start: tokens[name.lowerBound].range.start, end: tokens[name.upperBound - 1].range.end))
                let latin = ScriptClass.containsCyrillic(written) ? extractor.outletLatin(written, language: language) : written
                entities.append(Entity(kind: .organisation, name: latin, latin: latin, language: nil, key: latin))
                mentions.append(Mention(kind: .organisation, tokens: name, entity: entities.count - 1))
                lastOrganisation = entities.count - 1
                index = name.upperBound
                continue
            }
            // "the ministry", "в министерстве": the organisation named last whose name has that word.
            // (Not when a name follows: "the analytics firm Kpler" is a firm named there.)
            if let head = lexicon.organisationHeads.match(tokens, at: index),
               head.value != QuoteLexicon.anyOrganisation || index + head.length >= tokens.count || !tokens[index + head.length].isCapitalizedWord,
               let entity = head.value == QuoteLexicon.anyOrganisation ? lastOrganisation : organisationByWord[head.value] {
                let modifier = modifierOfBody(headAt: index, in: tokens)
                // "The defence ministry said", after Russia's foreign ministry was named: a word
                // the earlier body's name lacks makes it another body; "the foreign ministry" is
                // that body, modifier and all.
                if let modifier, !nameHolds(tokens[modifier], entity: entity, organisationByWord: organisationByWord) {
                    index += head.length
                    continue
                }
                mentions.append(Mention(kind: .organisation, tokens: (modifier ?? index)..<(index + head.length), entity: entity))
                index += head.length
                continue
            }
            if tokens[index].isCapitalizedWord && !byKey.isEmpty, let entity = byKey[surnameKeyHash(index)] {
                mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
            } else if tokens[index].isCapitalizedWord, !byGivenName.isEmpty, let given = firstName(index),
                      let entity = byGivenName[FNV1a.hash(given.nominative)], entity >= 0, isNameWord(index),
                      index + 1 >= tokens.count || !isNameWord(index + 1) || !sameLine(index, index + 1) {
                // "Julie said", after "Mark and Julie Pender": the one person of that given name.
                mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
            } else if tokens[index].isCapitalizedWord, !familyNameFirst.isEmpty, let entity = familyNameFirst[tokens[index].key],
                      index + 1 < tokens.count, lexicon.cues.match(tokens, at: index + 1)?.value.kind == .verb {
                mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
            } else if tokens[index].isCapitalizedWord, isPublicFigure(index), isNameWord(index), !isSingleLetter(index),
                      !isNameWord(index + 1) || !sameLine(index, index + 1) {
                // A public figure's surname alone, first mentioned so ("По словам Пескова", "Peskov said",
                // "сказав Пєсков Укрінформу"), not part of a longer name ("Costa Rica").
                let entity = person(first: nil, surname: index, role: nil, gender: nil)
                mentions.append(Mention(kind: .person, tokens: index..<(index + 1), entity: entity, gender: entities[entity].gender))
            } else if let gender = lexicon.pronouns.match(tokens, at: index)?.value {
                mentions.append(Mention(kind: .pronoun, tokens: index..<(index + 1), gender: gender))
            }
            index += 1
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return (entities, mentions)
    }
}

extension MentionFinder {
    /// Family relations filed in `roles.tsv` (their English role) and the gender each gives.
    static let relativeGenders = HashedKeyTable<Gender>([
        ("husband", .masculine), ("son", .masculine), ("father", .masculine), ("brother", .masculine),
        ("wife", .feminine), ("daughter", .feminine), ("mother", .feminine), ("sister", .feminine)])

    /// Last words of companies' names ("Irish Sea Lines", "Westway Aviation Services") and of
    /// public bodies' ("Vaikla Harbour Authority", "Northfield City Council"): a body speaks for
    /// itself, and is no outlet its words came through ("according to the … Authority").
    static let companyNameEndings = HashedKeySet(["Lines", "Air", "Airlines", "Airways", "Group", "Holdings", "Logistics", "Services", "Shipping",
                                                  "Mining", "Motors", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Foods",
                                                  "Energy", "Ltd", "Inc", "Plc", "PLC", "Corp", "Corporation", "LLC", "GmbH", "AG",
                                                  "Authority", "Council", "Commission", "Committee", "Inspectorate", "Administration",
                                                  "Ministry", "Department", "Court", "Tribunal", "Municipality"])

    /// Words a company's name may follow: none that describes it.
    static let companyNameOpeners = HashedKeySet(["the", "and", "by", "from", "with", "against", "for", "at", "of", "to"])

    /// The lower-case word between an article (or possessive) and a body's noun at `index`
    /// ("the defence ministry"), if any.
    func modifierOfBody(headAt index: Int, in tokens: [QuoteToken]) -> Int? {
        guard index >= 2, tokens[index - 1].isUncapitalizedWord, QuoteWork.nounPhraseOpeners.contains(tokens[index - 2].lowerKey),
              !QuoteWork.nounPhraseOpeners.contains(tokens[index - 1].lowerKey), !Self.sameBodyWords.contains(tokens[index - 1].lowerKey)
        else { return nil }
        return index - 1
    }

    /// Whether an organisation's canonical name holds the word, capitalised ("foreign": Ministry of Foreign Affairs).
    func nameHolds(_ token: QuoteToken, entity: Int, organisationByWord: HashedKeyTable<Int>) -> Bool {
        let word = text.string(token.range)
        return organisationByWord[FNV1a.hash(word.prefix(1).uppercased() + word.dropFirst())] == entity
    }
}

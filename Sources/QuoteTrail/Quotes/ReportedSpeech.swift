/// Reported speech and attributed claims without quotation marks: "Peskov said that…",
/// "По словам Захаровой, …", "…, according to app tracker App Annie.".
extension QuoteWork {
    private static let complementizerWords = ["that", "что", "що"]
    static let complementizers = HashedKeySet(complementizerWords)
    static let relativePronouns = HashedKeySet(["who", "whom", "whose", "which"] + cyrillicRelativePronounWords)
    /// English verbs that take a clause without "that" ("Nikitin said the city had…"); "tell"
    /// after its addressee ("told reporters the queue had…").
    private static let sayingLemmas = HashedKeySet(["say", "add", "tell", "insist"])
    /// Documents that say things for whoever issued them: "a statement from the ministry said",
    /// "according to the central bank's latest survey".
    private static let documentWords = HashedKeySet(["statement", "readout", "notice", "release", "letter", "post", "memo", "survey", "report",
                                                     "data", "figures", "study", "forecast", "forecasts", "estimate", "estimates", "analysis",
                                                     "research", "review", "poll", "assessment", "filing"])
    private static let fromByOf = HashedKeySet(["from", "by", "of"])
    /// Documents of a case ("according to the lawsuit"), which speak for no one named.
    private static let legalDocumentWords = HashedKeySet(["lawsuit", "indictment", "complaint", "ruling", "verdict", "documents", "document",
                                                          "minutes", "transcript", "records"])
    /// Words that may open a described speaker: "the regional authority", "their union".
    private static let determiners = HashedKeySet(["the", "their", "its", "his", "her", "a", "an"])
    /// Participles of saying or recalling that open the speaker's next act after a claim.
    private static let sayingParticiples = HashedKeySet(["recalling", "noting", "citing", "stressing", "arguing", "warning", "urging",
                                                         "explaining", "acknowledging", "referring", "pointing", "insisting", "describing"])
    /// Prepositions saying where a group of people is: "Herders in central Mongolia".
    private static let wherePrepositions = HashedKeySet(["in", "of", "from", "across", "near", "around"])
    /// "X said in / by / on Monday …": words that open a circumstance, not a reported clause.
    static let circumstanceOpeners = HashedKeySet(["in", "on", "at", "by", "after", "before", "during", "from", "to", "with", "via", "within", "until",
                                                         "since", "without", "under",
                                                         "through", "outside", "over", "late", "earlier", "later", "last", "this", "yesterday",
                                                         "today", "tomorrow", "afterwards", "again", "also", "as",
                                                         // ("said of Marco Ruiz, who scored twice": whom the words were about.)
                                                         // (Not "about", "around", "under": "said about 1,200 prisoners remained".)
                                                         "of", "for", "amid", "despite", "without", "ahead", "alongside", "following", "upon"])
    /// "declined to say whether…", "did not say how…": an indirect question claims nothing.
    private static let questionWords = ["whether", "if", "how", "why", "when", "where", "what", "who", "which"]
    private static let questionOpeners = HashedKeySet(questionWords)
    /// Words that open a clause of what was said or asked, in any of the three languages.
    static let clauseOpeners = HashedKeySet(complementizerWords + questionWords
        + ["как", "где", "почему", "зачем", "когда", "ли", "як", "де", "чому", "коли", "чи"])
    /// "Как отметил X, …", "Як зазначила X, …": the claim follows the speaker.
    static let asWords = HashedKeySet(["как", "як"])

    /// The sentence after `sentence`, in the same paragraph, when it opens with "Об этом", "Про
    /// це" (perhaps after "Ранее") and a verb of saying follows within eight words: the sentence
    /// that attributes this one.
    func anaphoricSentence(after sentence: Range<Int>) -> Range<Int>? {
        guard sentence.upperBound < tokens.count, !sentence.isEmpty,
              sentences[tokenSentence[sentence.upperBound]].paragraph == sentences[tokenSentence[sentence.upperBound - 1]].paragraph else { return nil }
        let next = self.sentence(of: sentence.upperBound)
        return anaphorCue(in: next) == nil ? nil : next
    }

    /// The verb of saying after the anaphor that opens `bounds` ("Об этом журналистам сообщил",
    /// "Ранее об этом писал"): where it starts, and its entry.
    private func anaphorCue(in bounds: Range<Int>) -> (start: Int, match: (length: Int, value: SpeechCue))? {
        guard !bounds.isEmpty else { return nil }
        // "Первым об этом сообщил…", "Ранее об этом писал…": a word of order or time may come first.
        let first = bounds.lowerBound + (Self.anaphorLeads.contains(tokens[bounds.lowerBound].lowerKey) ? 1 : 0)
        // ("Так," with a comma is "for instance"; "Об этом, как пишет РБК, министр заявил…" is
        // still about the sentence before.)
        guard let anaphor = Self.anaphors.first(where: { words in
                  first + words.count < bounds.upperBound && words.indices.allSatisfy { tokens[first + $0].lowerKey == words[$0] } }),
              anaphor.count > 1 || !tokens[first + anaphor.count].isMark(",") else { return nil }
        for start in (first + anaphor.count)..<min(bounds.upperBound, first + anaphor.count + 8) {
            if let match = lexicon.cues.match(tokens, at: start, end: bounds.upperBound), match.value.kind == .verb {
                return (start, (match.length, match.value))
            }
        }
        return nil
    }

    /// "Об этом сообщили…", "Про це повідомили…": the sentence attributes the one before it.
    /// ("Такое мнение министр высказал на форуме", "Таку думку висловив…": an opinion named.)
    private static let anaphors: [[UInt64]] = [["об", "этом"], ["про", "это"], ["про", "це"], ["так"],
                                               ["такое", "мнение"], ["такую", "точку", "зрения"], ["таку", "думку"]].map { $0.map(FNV1a.hash) }

    private static let soKey = FNV1a.hash("так")
    private static let anaphorFirstWords = HashedKeySet(["об", "про", "такое", "такую", "таку"])
    private static let anaphorLeads = HashedKeySet(["первым", "первой", "первыми", "ранее", "также", "впервые",
                                                    "першим", "першою", "першими", "раніше", "також", "вперше"])

    /// Whether the words after a comma open a relative clause: its pronoun first, or after the
    /// noun it belongs to ("Дегтярев, слова которого приводит «Спорт-Экспресс», назвал…").
    private func opensRelativeClause(after comma: Int) -> Bool {
        guard comma + 1 < tokens.count else { return false }
        if Self.relativePronouns.contains(tokens[comma + 1].lowerKey) { return true }
        return comma + 2 < tokens.count && tokens[comma + 1].isUncapitalizedWord && Self.relativePronouns.contains(tokens[comma + 2].lowerKey)
    }

    /// Whether the word after `comma` opens a participle phrase describing the plural or
    /// feminine genitive before it ("По словам экономистов, опрошенных «Ведомостями», …",
    /// "источников, знакомых с ситуацией", "експертів, опитаних…"), closed by the comma after it.
    private func opensParticiplePhrase(after comma: Int) -> Bool {
        guard comma + 1 < tokens.count, tokens[comma + 1].isUncapitalizedWord,
              tokens[comma + 1].firstScript(in: text.utf8) == ScriptClass.cyrillic else { return false }
        return Self.familiarWords.contains(tokens[comma + 1].lowerKey) || ends(comma + 1, withAnyOf: Self.genitiveParticipleEndings, stemBytes: 5)
    }

    /// Whether the word at `index` ends in one of `endings` (UTF-8) after at least `stemBytes` bytes.
    private func ends(_ index: Int, withAnyOf endings: [[UInt8]], stemBytes: Int) -> Bool {
        let word = text.utf8[tokens[index].range.start..<tokens[index].range.end]
        return endings.contains { word.count >= $0.count + stemBytes && word.suffix($0.count).elementsEqual($0) }
    }
    private static let familiarWords = HashedKeySet(["знакомых", "близких", "знайомих", "близьких", "обізнаних", "осведомленных", "осведомлённых"])
    private static let genitiveParticipleEndings = ["нных", "тых", "щих", "вших", "нной", "щей", "вшей",
                                                    "аних", "яних", "ених", "єних", "учих", "ючих", "ачих", "ячих"].map { Array($0.utf8) }

    /// A Russian active past participle ("назвавший", "заявившая"): after a comma it describes
    /// the noun before it, as a relative clause does, and closes no claim.
    private func isPastParticiple(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isUncapitalizedWord else { return false }
        // ("Van Doorn, asked whether…, said": the English participle of a question put to the subject.)
        if Self.questionParticiples.contains(tokens[index].lowerKey) { return true }
        return ends(index, withAnyOf: Self.pastParticipleEndings, stemBytes: 1)
    }
    static let questionParticiples = HashedKeySet(["asked", "pressed", "questioned"])
    private static let pastParticipleEndings = ["вший", "вшая", "вшие", "вшее", "вшего", "вшей", "вшим"].map { Array($0.utf8) }

    /// Each claim's clause and attribution, in document order.
    func reportedClaims() -> [(clause: Range<Int>, attribution: Attribution)] {
        var result = [(clause: Range<Int>, attribution: Attribution)]()
        // The last text sentence with no claim and no quoted speech (a quoted name may stand in
        // it: «Укренерго»), which an anaphor may attribute.
        var unclaimed: Range<Int>?
        for (index, sentence) in sentences.enumerated() where sentence.kind == .text {
            let bounds = withoutDateline(sentenceTokens[index])
            guard bounds.count > 3 else { continue }
            let previous = unclaimed
            unclaimed = nil
            if let previous, let found = anaphoricClaim(in: bounds, about: previous) {
                result.append((found.clause, found.attribution))
                continue
            }
            // "Об этом, как пишет РБК, министр заявил…" with no sentence before it to claim: it
            // says who said something said elsewhere, and claims nothing itself.
            // (The first word is asked first: this runs for every sentence.)
            let opening = tokens[bounds.lowerBound].lowerKey
            if Self.anaphorFirstWords.contains(opening) || Self.anaphorLeads.contains(opening),
               opening != Self.soKey, tokens[bounds.lowerBound + 1].lowerKey != Self.soKey, anaphorCue(in: bounds) != nil { continue }
            // "…, X said, adding that…": the words after the continuing verb are a second claim,
            // also after a quotation ('"…," X said, adding that…').
            // "The bank held its rate, saying inflation had fallen": when the participle is the
            // sentence's only verb of saying, the words before it are what its subject did, not
            // a claim, and that subject is who spoke.
            // (The sentence's first continued claim; a claim found later starts no earlier than
            // the sentence, so with none here it has none either.)
            let continuedInSentence = continuedClaim(in: bounds)
            func appendSubjectsClaim(_ continued: (comma: Int, clause: Range<Int>, cue: Range<Int>), sources: [Quote.Source] = []) {
                guard !isQuotation(continued.clause), var attribution = sentenceSubject(bounds.lowerBound..<continued.comma) else { return }
                attribution.cue = range(continued.cue)
                attribution.sources += sources.filter { source in !attribution.sources.contains { $0.name == source.name } }
                result.append((continued.clause, attribution))
            }
            if let continued = continuedInSentence, !(bounds.lowerBound..<continued.comma).contains(where: {
                !quoted[$0] && lexicon.cues.match(tokens, at: $0, end: continued.comma)?.value.kind == .verb }) {
                appendSubjectsClaim(continued)
                continue
            }
            let found = claim(in: bounds)
            let continued = found.flatMap { found in
                continuedInSentence.flatMap { $0.comma >= found.clause.lowerBound ? $0 : continuedClaim(in: found.clause.lowerBound..<bounds.upperBound) }
            }
            if let found, let continued, found.attribution.speaker != nil || !found.attribution.sources.isEmpty {
                // (The same when the participle attributed the words before it itself: "The
                // contractor, Westway Aviation Services, confirmed the deal, saying…".)
                if found.attribution.cue == range(continued.cue) {
                    appendSubjectsClaim(continued, sources: found.attribution.sources)
                    continue
                }
                let first = found.clause.lowerBound..<min(found.clause.upperBound, continued.comma)
                if !isQuotation(first) { result.append((first, found.attribution)) }
                // ('…, adding that "the market is balanced."': a quotation, reported as such.)
                if !isQuotation(continued.clause) {
                    var attribution = found.attribution
                    attribution.cue = range(continued.cue)
                    result.append((continued.clause, attribution))
                }
                continue
            }
            // Not the attribution sentence of a direct quote, and not a quote itself.
            guard let found, !isQuotation(found.clause),
                  found.attribution.speaker != nil || !found.attribution.sources.isEmpty || found.impersonal else {
                // (A partial quote inside it is no obstacle: "…, если будет «…» Сеула. Об этом сообщил…".)
                // (A sentence whose first word is quoted speech is a direct quote's.)
                // (Nor one whose partial quote has its own verb of saying: "Сухова назвала заявление
                // «провокацией». Об этом она написала…" says where, not what.)
                if let firstWord = bounds.first(where: { tokens[$0].isWord }), !quotedSpeech[firstWord],
                   !bounds.contains(where: { quotedSpeech[$0] && !quoted[$0 - 1] && tokens[$0 - 1].isMark(":") }),
                   !(bounds.contains(where: { quotedSpeech[$0] })
                     && bounds.contains(where: { !quoted[$0] && lexicon.cues.match(tokens, at: $0, end: bounds.upperBound)?.value.kind == .verb })) {
                    unclaimed = withoutTrailingMarks(bounds)
                }
                continue
            }
            result.append((found.clause, found.attribution))
        }
        return result
    }

    /// Whether the token opens its sentence, or the words after the sentence's dateline
    /// ("MOSCOW, April 9 (Reuters) - Russian technology group Arktika said…").
    func opensSentence(at token: Int) -> Bool {
        let bounds = sentence(of: token)
        return token == bounds.lowerBound || token == withoutDateline(bounds).lowerBound
    }

    /// The sentence after a dateline it opens with ("KABUL, Dec. 11 (Reuters) - …"): a place
    /// and date, the agency in brackets or slashes, then a dash.
    func withoutDateline(_ bounds: Range<Int>) -> Range<Int> {
        guard !bounds.isEmpty else { return bounds }
        // "ИНТЕРФАКС - …", "INTERFAX.RU - …" opening the sentence.
        if let found = mentionStarting[bounds.lowerBound], mentions[found].kind == .agency, let dash = dashAfterCapitalAgency(mentions[found].tokens),
           dash + 1 < bounds.upperBound {
            return (dash + 1)..<bounds.upperBound
        }
        // "14:05 - …": a live page's time stamp opening the entry.
        var stamp = bounds.lowerBound
        while stamp < min(bounds.upperBound, bounds.lowerBound + 3), tokens[stamp].kind == .number || tokens[stamp].isMark(":") { stamp += 1 }
        if stamp > bounds.lowerBound + 1, tokens[bounds.lowerBound].kind == .number, (bounds.lowerBound..<stamp).contains(where: { tokens[$0].isMark(":") }),
           stamp + 1 < bounds.upperBound, QuoteMarks.isDashOrHyphen(tokens, at: stamp) {
            return (stamp + 1)..<bounds.upperBound
        }
        let limit = min(bounds.upperBound, bounds.lowerBound + 12)
        for position in bounds.lowerBound..<limit {
            guard let found = mentionStarting[position], mentions[found].kind == .agency, position > bounds.lowerBound,
                  tokens[position - 1].isMark("(") || tokens[position - 1].isMark("/") else { continue }
            var after = mentions[found].tokens.upperBound
            if after < bounds.upperBound, tokens[after].isMark(")") || tokens[after].isMark("/") { after += 1 }
            if after < bounds.upperBound, QuoteMarks.isDashOrHyphen(tokens, at: after) { return (after + 1)..<bounds.upperBound }
            return bounds
        }
        // "MOSCOW — …", "KYIV, Ukraine — …", "WASHINGTON, Dec. 5 — …": a place in capitals,
        // perhaps its country and a date, then a dash, with no agency. (The dash is looked for
        // first: few sentences have one among their first words.)
        guard tokens[bounds.lowerBound].isCapitalizedWord else { return bounds }
        var dash = bounds.lowerBound + 1
        while dash < min(limit, bounds.lowerBound + 8), tokens[dash].isCapitalizedWord || tokens[dash].kind == .number
                || tokens[dash].isMark(",") || tokens[dash].isMark(".") { dash += 1 }
        guard dash + 1 < bounds.upperBound, tokens[dash].spaceBefore, QuoteMarks.isDashOrHyphen(tokens, at: dash),
              isInCapitals(bounds.lowerBound, minimumLength: 3) else { return bounds }
        return (dash + 1)..<bounds.upperBound
    }

    /// The dash after an agency's name written in capitals that opens its sentence, as wire
    /// datelines put it ("МОСКВА. 3 марта. ИНТЕРФАКС - …", "INTERFAX.RU - …"), or nil.
    func dashAfterCapitalAgency(_ name: Range<Int>) -> Int? {
        guard sentence(of: name.lowerBound).lowerBound == name.lowerBound, name.upperBound < tokens.count,
              QuoteMarks.isDashOrHyphen(tokens, at: name.upperBound),
              name.allSatisfy({ tokens[$0].kind == .mark || isInCapitals($0, minimumLength: 2) }) else { return nil }
        return name.upperBound
    }

    /// "Об этом сообщили в прокуратуре.": the sentence before, as a claim of this one's speaker or source.
    /// (The verb may follow its subject: "Так министр Антон Лебедев прокомментировал…"; "Так,"
    /// with a comma means "for instance" and attributes nothing.)
    private func anaphoricClaim(in bounds: Range<Int>, about previous: Range<Int>) -> (clause: Range<Int>, attribution: Attribution)? {
        guard !previous.isEmpty, let (cueStart, cue) = anaphorCue(in: bounds) else { return nil }
        let found = attribution(regions: bounds, quote: previous)
        if let found, found.speaker != nil || !found.sources.isEmpty { return (previous, found) }
        // "Об этом сообщила пресс-служба судов столицы.": a speaker described after the verb.
        let afterCue = cueStart + cue.length
        if let described = describedAfter(afterCue, end: withoutTrailingMarks(afterCue..<bounds.upperBound).upperBound) {
            var attribution = found ?? Attribution()
            attribution.speaker = described
            return (previous, attribution)
        }
        return cue.value.gender == .plural ? (previous, found ?? Attribution()) : nil
    }

    /// The comma before a short tail that names an agency and ends in a verb of saying ("…, the
    /// RBC news outlet reported", "…, сообщает ТАСС") or opens with a circumstance ("…, in
    /// remarks broadcast by state channel TRT"), or nil.
    /// "…that the offer was serious, the RBC news outlet reported.", "…he would not hand power,
    /// in comments reported by BelTA": the outlet that reported the claim closes the sentence,
    /// outside the clause, and is a source of it.
    private func closedByOutlet(_ clause: Range<Int>, attribution: Attribution) -> (Range<Int>, Attribution) {
        guard let outer = outletReporting(in: clause) else { return (clause, attribution) }
        var attribution = attribution
        // The tail was inside the clause when the attribution was made: its evidence of translation counts now.
        if attribution.evidence.isEmpty { collectEvidence(in: (outer + 1)..<clause.upperBound, excluding: 0..<0, into: &attribution) }
        for source in sources(in: (outer + 1)..<clause.upperBound, excluding: 0..<0, explicit: true)
        where !attribution.sources.contains(where: { $0.name == source.name }) { attribution.sources.append(source) }
        return (clause.lowerBound..<outer, attribution)
    }

    private func outletReporting(in clause: Range<Int>) -> Int? {
        guard let comma = clause.last(where: { tokens[$0].isMark(",") }), clause.upperBound - comma <= 16 else { return nil }
        // "…, Interfax reported, citing a ministry source.": whom the outlet cites closes the
        // sentence after the outlet's own comma.
        // ("The Vedomosti daily reported that…, citing two sources.": whom it cites is no part of
        // the claim, with no outlet in the clause either.)
        if comma + 1 < clause.upperBound, lexicon.opensCitation(tokens, at: comma + 1) {
            return outletReporting(in: clause.lowerBound..<comma) ?? comma
        }
        // "…would double next year, in remarks translated by the ministry", "…, according to a
        // transcript of his remarks": how the words came to the text is not part of them.
        // (Past the closing mark of a quoted end: 'were "not on the agenda," according to…'.)
        let tail = comma + 1 < clause.upperBound && tokens[comma + 1].isQuotationMark ? comma + 2 : comma + 1
        if lexicon.translationCues.match(tokens, at: tail, end: clause.upperBound) != nil
            || lexicon.cues.match(tokens, at: tail, end: clause.upperBound)?.value.kind == .sourceBefore { return tail == comma + 1 ? comma : tail }
        // "…, in remarks broadcast by state television", "…, in an interview on Sunday": how
        // the words were said, with no outlet named.
        if comma + 2 < clause.upperBound, tokens[comma + 1].lowerKey == Self.in,
           ((comma + 2)...min(comma + 3, clause.upperBound - 1)).contains(where: { Self.documentNouns.contains(tokens[$0].lowerKey) }) { return comma }
        // ("…, Russian news agencies reported.", "…, пишут местные СМИ.": outlets not named.)
        guard namesAgency((comma + 1)..<clause.upperBound) || describesMedia((comma + 1)..<clause.upperBound) else { return nil }
        let endsInCue = ((comma + 1)..<clause.upperBound).contains { position in
            guard let cue = lexicon.cues.match(tokens, at: position, end: clause.upperBound), cue.value.kind == .verb else { return false }
            // ("…, the Financial Times reported on Monday": a short circumstance may follow it.)
            let after = position + cue.length
            return after == clause.upperBound || position == comma + 1
                || (clause.upperBound - after <= 4 && Self.circumstanceOpeners.contains(tokens[after].lowerKey))
        }
        // "…, in remarks broadcast by state channel TRT", "…, speaking to Al Jazeera": a
        // circumstance naming the outlet.
        return endsInCue || Self.circumstanceOpeners.contains(tokens[comma + 1].lowerKey) || Self.speakingParticiples.contains(tokens[comma + 1].lowerKey) ? comma : nil
    }

    /// "said on Monday it saw…", "said late on Friday the talks had…", "said in a statement the
    /// decision…": where the clause starts after a circumstance right after the verb, or nil. A
    /// pronoun opens it anywhere; a determiner only after the circumstance's last word (in "on
    /// the sidelines of the summit the…" the determiners after "on" and "of" are the
    /// circumstance's own).
    private func afterCircumstance(_ start: Int, end: Int) -> Int? {
        guard start < end, Self.circumstanceOpeners.contains(tokens[start].lowerKey) else { return nil }
        var position = start + 1
        while position < min(end, start + 8) {
            let token = tokens[position], previous = tokens[position - 1]
            guard token.kind != .mark, !Self.complementizers.contains(token.lowerKey) else { return nil }
            // "said as he tied up at the pier": a conjunction and its own subject open a
            // circumstance, with no reported clause after it.
            if position == start + 1, Self.temporalConjunctions.contains(tokens[start].lowerKey), Self.clausePronouns.contains(token.lowerKey) { return nil }
            // "says this autumn will be his last": "this autumn" is the clause's subject, as its
            // verb shows; the clause starts with it.
            if tokens[start].lowerKey == Self.thisKey, position > start + 1, Self.auxiliaries.contains(token.key) { return start }
            if Self.clausePronouns.contains(token.lowerKey) { return position }
            if Self.determiners.contains(token.lowerKey) || QuoteWork.articles.contains(token.lowerKey),
               previous.isWord, !Self.circumstanceOpeners.contains(previous.lowerKey), !QuoteWork.prepositions.contains(previous.lowerKey),
               !QuoteWork.conjunctions.contains(previous.lowerKey), !QuoteWork.articles.contains(previous.lowerKey) { return position }
            if nameOpensClause(at: position, end: end) { return position }
            position += 1
        }
        return nil
    }

    /// Whether the words after a verb that closes a sentence describe its subject ("…, сообщила
    /// пресс-служба вуза"), not a clause of their own ("…, said she had waited a year").
    private func describesSubject(after start: Int, end: Int, cue: SpeechCue) -> Bool {
        let words = withoutTrailingMarks(start..<end)
        guard !cue.tellsSomeone, !words.isEmpty, lexicon.pronouns.match(tokens, at: start) == nil,
              !words.contains(where: { Self.auxiliaries.contains(tokens[$0].key) || Self.clausePronouns.contains(tokens[$0].lowerKey) }) else { return false }
        return describedAfter(words.lowerBound, end: words.upperBound) != nil
    }

    /// An English past tense, the verb after a clause's subject: a lower-case word of four
    /// letters or more in "-ed" (not "-eed": "need", "speed"), or a common irregular form ("saw").
    private func isPastTense(_ index: Int) -> Bool {
        let range = tokens[index].range
        if Self.irregularPast.contains(tokens[index].key) { return true }
        guard tokens[index].isUncapitalizedWord, range.end - range.start >= 4 else { return false }
        let utf8 = text.utf8
        return utf8[range.end - 2] == 0x65 && utf8[range.end - 1] == 0x64 && utf8[range.end - 3] != 0x65
    }

    static let asKey = FNV1a.hash("as")
    /// English auxiliary and modal verbs: after a name they make it a clause's subject.
    private static let auxiliaries = HashedKeySet(modalVerbWords + ["had", "has", "have", "was", "were", "is", "are", "did", "does", "do",
                                                                    "hadn't", "hasn't", "wasn't", "isn't", "didn't", "doesn't"])
    /// Common irregular past forms (`isPastTense`).
    private static let irregularPast = HashedKeySet(["saw", "took", "made", "gave", "knew", "thought", "found", "became", "came", "went",
                                                     "kept", "left", "felt", "held", "brought", "began", "ran", "won", "lost", "met",
                                                     "paid", "sent", "spent", "stood", "understood", "got", "told", "sold", "bought", "fell",
                                                     "rose", "grew", "chose", "broke", "wrote", "meant", "led", "built", "hit", "cut", "put", "set"])
    private static let clausePronouns = HashedKeySet(["it", "he", "she", "they", "we", "there", "i"])
    /// Conjunctions that open a circumstance with its own subject ("said as he left").
    private static let temporalConjunctions = HashedKeySet(["as", "after", "before", "while", "when", "since"])
    private static let thisKey = FNV1a.hash("this")

    /// "said President Vladimir Putin had discussed…": a name (after its title) that a lower-case
    /// word other than a preposition or conjunction follows opens the reported clause; a name
    /// that ends the sentence or a circumstance follows is who spoke ("…," said Peskov on Monday).
    private func nameOpensClause(at start: Int, end: Int) -> Bool {
        guard tokens[start].isCapitalizedWord else { return false }
        // ("in an interview with Le Monde published on Saturday": "Monde" is the outlet's, not a subject.)
        let covering = firstMention(atOrAfter: start) - 1
        if covering >= 0, mentions[covering].tokens.contains(start), mentions[covering].tokens.lowerBound < start { return false }
        guard var found = mentionStarting[start] else {
            // "said Moscow had not replied", "said Brussels would not…": a place or a name no
            // dictionary knows (one to three capitalised words) with an auxiliary or modal verb
            // after it is the clause's subject; a speaker named after "said" is followed by a
            // circumstance or nothing ("…," said Ito on Monday).
            // So are such words before a noun or two ("said Korean suppliers had been asked").
            var after = start
            while after < min(end, start + 3), tokens[after].isCapitalizedWord, !quoted[after] { after += 1 }
            guard after > start else { return false }
            let nounsEnd = min(end, after + 2)
            func isFiniteVerb(_ index: Int) -> Bool { Self.auxiliaries.contains(tokens[index].key) || isPastTense(index) }
            while after < nounsEnd, tokens[after].isUncapitalizedWord, !isFunctionWord(after), !isFiniteVerb(after),
                  lexicon.cues.match(tokens, at: after) == nil { after += 1 }
            return after < end && isFiniteVerb(after)
        }
        if mentions[found].kind == .role, let person = mentionStarting[mentions[found].tokens.upperBound], mentions[person].kind == .person { found = person }
        guard mentions[found].kind == .person || mentions[found].kind == .organisation else { return false }
        let after = mentions[found].tokens.upperBound
        guard after < end, tokens[after].isUncapitalizedWord else { return false }
        let key = tokens[after].lowerKey
        return !Self.circumstanceOpeners.contains(key) && !QuoteWork.prepositions.contains(key) && !QuoteWork.conjunctions.contains(key)
            && lexicon.cues.match(tokens, at: after) == nil
    }

    /// Whether the first word of `bounds` is quoted speech that ends before `index`.
    private func opensWithQuotedSpeech(_ bounds: Range<Int>, before index: Int) -> Bool {
        guard let first = bounds.first(where: { tokens[$0].isWord }), first < index else { return false }
        return quotedSpeech[first] && !quotedSpeech[index - 1]
    }

    /// Whether the verb at `verb` is the one of the quotation opening the sentence: nothing but
    /// marks and its subject's few words lie between them ('"…," said Dahl', '"…," the union's
    /// negotiator said'), so a verb after a further clause ('…," he said, adding that') is not.
    private func isVerbOfOpeningQuotation(_ bounds: Range<Int>, verb: Int) -> Bool {
        guard opensWithQuotedSpeech(bounds, before: verb), let lastQuoted = (bounds.lowerBound..<verb).last(where: { quotedSpeech[$0] }) else { return false }
        let between = (lastQuoted + 1)..<verb
        return between.count { tokens[$0].isWord } <= 5 && !between.contains { tokens[$0].isMark(",") && $0 > lastQuoted + 2 }
    }

    /// Whether the sentence opens with a mention set off by a comma: a name or role with an
    /// aside after it ("Peskov, speaking in Russian, …", "His former coach, Peter Horvath, …").
    private func opensWithAside(_ bounds: Range<Int>) -> Bool {
        guard let firstComma = (bounds.lowerBound..<min(bounds.upperBound, bounds.lowerBound + 6)).first(where: { tokens[$0].isMark(",") }) else { return false }
        // The mention opens the sentence, or follows a determiner and at most one more word.
        let first = bounds.lowerBound
        // (A determiner right before the comma, "The, …", leaves no room for a mention.)
        let starts = Self.determiners.contains(tokens[first].lowerKey) ? (first + 1)..<max(first + 1, min(first + 3, firstComma)) : first..<(first + 1)
        // A name no dictionary knows, alone before the comma ("Ceban, a former socialist, said").
        if firstComma == first + 1, tokens[first].isCapitalizedWord, mentionStarting[first] == nil, !isFunctionWord(first),
           lexicon.pronouns.match(tokens, at: first) == nil, lexicon.cues.match(tokens, at: first) == nil { return true }
        if starts.contains(where: { start in
            mentionStarting[start].map { mentions[$0].tokens.upperBound == firstComma && mentions[$0].kind != .pronoun } ?? false
        }) { return true }
        // A person named after a role that opens the sentence ("Прокурор Анна Дьячкова, напротив, сочла").
        guard let role = mentionStarting[first], mentions[role].kind == .role, let person = mentionStarting[mentions[role].tokens.upperBound] else { return false }
        return mentions[person].kind == .person && mentions[person].tokens.upperBound == firstComma
    }

    /// Whether the verb's subject comes after it: a mention, or a body after "в" or "in"
    /// ("повідомили в Державній прикордонній службі", "сообщили в мэрии").
    private func subjectFollows(_ start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        if let found = mentionStarting[start] { return mentions[found].kind != .pronoun }
        return start + 1 < end && Self.locativePrepositions.contains(tokens[start].lowerKey) && tokens[start + 1].isWord
    }

    /// The comma before "its director, Owen Pryce," when `close` closes such a name in commas
    /// after a short description that a determiner opens; nil otherwise.
    private func describedNameStart(closedBy close: Int, from start: Int) -> Int? {
        guard isApposition(endingAt: close, from: start),
              let opening = (start..<close).last(where: { tokens[$0].isMark(",") }),
              let before = (start..<opening).last(where: { tokens[$0].isMark(",") }), before > start + 2,
              opening - before >= 3, opening - before <= 5, Self.determiners.contains(tokens[before + 1].lowerKey),
              ((before + 2)..<opening).allSatisfy({ tokens[$0].isUncapitalizedWord }) else { return nil }
        return before
    }

    /// Whether a person's name set off by commas ends at the comma `end`, alone or after words
    /// that describe the person ("Губернатор области, бывший министр экономики Андрей Лосев,
    /// пообещал…").
    private func isApposition(endingAt end: Int, from start: Int) -> Bool {
        guard let opening = (start..<end).last(where: { tokens[$0].isMark(",") }), opening + 1 < end, end - opening <= 9,
              // (Name particles included: "The alderman, Joost de Wit, promised…".)
              ((opening + 1)..<end).allSatisfy({ tokens[$0].isWord || NameForms.particles.contains(tokens[$0].key) }) else { return false }
        guard let name = ((opening + 1)..<end).first(where: { position in
            mentionStarting[position].map { mentions[$0].kind == .person && mentions[$0].tokens.upperBound == end } ?? false
        }) else { return false }
        // (Words before the name only in lower case, with no verb of saying among them.)
        return ((opening + 1)..<name).allSatisfy { tokens[$0].isUncapitalizedWord } && !hasVerbOfSaying(in: (opening + 1)..<name)
    }

    /// The "that" / "что" opening a reported clause within ten words after a cue ("said on
    /// Monday that", "said in a statement to The Associated Press that"); punctuation is not counted.
    private func complementizer(after start: Int, end: Int) -> Int? {
        var words = 0
        var index = start
        while index < end && words < 10 {
            if Self.complementizers.contains(tokens[index].lowerKey) && !quoted[index] {
                // ("said the unit had struggled… and that births would move…": the "that" of a
                // second clause joined to a first one without it; the claim is both.)
                if index > start, Self.coordinators.contains(tokens[index - 1].lowerKey) { return nil }
                return index
            }
            // (An outlet's name counts as one word: "told the Financial Times in an interview
            // published after the decision that…".)
            if let found = mentionStarting[index], mentions[found].kind == .agency {
                // (So does the description before it after an article: "told the business daily
                // Vedomosti in an interview published on Tuesday that…".)
                if let described = descriptionAfterArticle(before: index, from: start - 1, words: 3) { words -= index - described }
                index = mentions[found].tokens.upperBound
                words += 1
                continue
            }
            // ("said on Monday, adding that…": the "that" of the verb after the comma.)
            if tokens[index].isMark(","), continuingCue(at: index + 1, end: end) != nil { return nil }
            // ("said last week, standing in the mud that still covers her yard": a participle's
            // clause after the comma, whose "that" opens a relative clause; unless a comma closes
            // it right before the "that": "reported, citing internal documents, that…".)
            if tokens[index].isMark(","), index + 1 < end, tokens[index + 1].isUncapitalizedWord, endsInIng(index + 1) {
                guard let closing = ((index + 2)..<min(end, index + 12)).first(where: { tokens[$0].isMark(",") }), closing + 1 < end,
                      Self.complementizers.contains(tokens[closing + 1].lowerKey), !quoted[closing + 1] else { return nil }
                return closing + 1
            }
            if tokens[index].kind != .mark { words += 1 }
            index += 1
        }
        return nil
    }

    /// The length of a verb of saying at `index` in a form that continues a sentence's report
    /// after a comma ("…, adding that", "…, добавив, что", "…, додавши, що"): an English form in
    /// -ing, or a Russian or Ukrainian adverbial participle (listed with no gender, unlike the
    /// Ukrainian past "заявив", which ends the same way).
    func continuingCue(at index: Int, end: Int) -> Int? {
        guard index < end, tokens[index].isUncapitalizedWord, let cue = lexicon.cues.match(tokens, at: index, end: end),
              cue.value.kind == .verb, cue.value.gender == nil else { return nil }
        let word = text.utf8[tokens[index].range.start..<tokens[index].range.end]
        return Self.continuingEndings.contains { word.count > $0.count + 2 && word.suffix($0.count).elementsEqual($0) } ? cue.length : nil
    }
    private static let continuingEndings = ["ing", "в", "вши"].map { Array($0.utf8) }

    /// "…, Peskov said, adding that prices fell.": a second clause the same speaker reports, after
    /// a comma and a continuing verb with "that"/"что"/"що" (perhaps after a comma of its own);
    /// the comma, the clause (perhaps a quotation, which ends the first clause all the same)
    /// and the verb.
    private func continuedClaim(in searched: Range<Int>) -> (comma: Int, clause: Range<Int>, cue: Range<Int>)? {
        let end = searched.upperBound
        var index = searched.lowerBound
        while index + 3 < end {
            defer { index += 1 }
            guard tokens[index].isMark(","), !quoted[index], let length = continuingCue(at: index + 1, end: end) else { continue }
            var clause = index + 1 + length
            if clause < end, tokens[clause].isMark(",") { clause += 1 }
            guard clause < end else { continue }
            // ("…, saying inflation had fallen…": in English the clause may follow with no "that".)
            let claimStart: Int
            if Self.complementizers.contains(tokens[clause].lowerKey) { claimStart = clause + 1 }
            else if englishClauseOpens(clause, end: end) { claimStart = clause }
            else { continue }
            let claim = withoutTrailingMarks(claimStart..<end, keepingQuotationMarks: true)
            guard claim.count >= 2 else { continue }
            return (index, claim, (index + 1)..<(index + 1 + length))
        }
        return nil
    }

    /// Who a sentence's main clause is about, as a speaker: a name, body or role that opens it
    /// (after a dateline), or words describing one up to its first verb ("Ghana's central bank
    /// held…"); nil when neither is there.
    private func sentenceSubject(_ clause: Range<Int>) -> Attribution? {
        let start = withoutDateline(clause).lowerBound
        guard start < clause.upperBound else { return nil }
        let first = firstMention(atOrAfter: start)
        if first < mentions.count, mentions[first].tokens.lowerBound <= start + 1, mentions[first].tokens.upperBound < clause.upperBound,
           mentions[first].kind != .agency, let resolved = resolve(mentions[first], cueGender: nil) {
            var attribution = Attribution()
            attribution.assign(resolved)
            return attribution
        }
        guard let verb = (start + 1..<clause.upperBound).first(where: { Self.auxiliaries.contains(tokens[$0].lowerKey) || isPastTense($0) }),
              verb - start <= 8 else { return nil }
        return describedSpeaker(start, verb)
    }

    /// An English clause opening at `start` after a verb of saying with no "that": a subject of
    /// at most three words (a pronoun, an article, nouns, a number) and then an auxiliary or a
    /// past-tense verb ("saying inflation had fallen", "saying it was", "said 82% had voted").
    private func englishClauseOpens(_ start: Int, end: Int) -> Bool {
        guard tokens[start].firstScript(in: text.utf8) == ScriptClass.latin || tokens[start].kind == .number,
              // ("writing on Facebook that…": a circumstance first, and the clause after its "that".)
              !Self.circumstanceOpeners.contains(tokens[start].lowerKey), !QuoteWork.prepositions.contains(tokens[start].lowerKey),
              !(start..<min(end, start + 6)).contains(where: { !quoted[$0] && Self.complementizers.contains(tokens[$0].lowerKey) }) else { return false }
        for position in start..<min(end, start + 6) {
            // ("151,000 units": a separator inside a number.)
            let inNumber = position > start && position + 1 < end && (tokens[position].isMark(",") || tokens[position].isMark("."))
                && tokens[position - 1].kind == .number && tokens[position + 1].kind == .number
                && tokens[position - 1].range.end == tokens[position].range.start && tokens[position].range.end == tokens[position + 1].range.start
            guard tokens[position].isWord || tokens[position].kind == .number || tokens[position].isMark("%") || inNumber else { return false }
            if position > start, Self.auxiliaries.contains(tokens[position].lowerKey) || isPastTense(position) { return true }
        }
        return false
    }

    /// A clause that is a quotation, or opens with one: the words of a direct or partial quote
    /// ("said that "no dates have been discussed"", '"We won," he said'), reported as such. A
    /// clause that opens in the writer's words and goes on into a quotation is reported speech
    /// with a partial quote inside ('said it was "monitoring the situation closely"').
    private func isQuotation(_ clause: Range<Int>) -> Bool {
        guard let first = clause.first(where: { tokens[$0].isWord || tokens[$0].kind == .number }) else { return true }
        guard quotedSpeech[first] else {
            return !clause.contains { (tokens[$0].isWord || tokens[$0].kind == .number) && !quotedSpeech[$0] }
        }
        // ('that "there are no plans" for a meeting': the sentence goes on in the writer's words
        // right after the closing mark, so the clause is reported speech with a partial quote
        // inside; after a comma the words are the attribution's or a new clause's.)
        // ('"…," Lula said, according to AP': a comma or stop inside the marks ends the quotation.)
        guard let after = clause[first...].first(where: { !quotedSpeech[$0] && !tokens[$0].isQuotationMark }) else { return true }
        var last = after - 1
        while last > first, tokens[last].isQuotationMark { last -= 1 }
        return !(tokens[after].isWord && after + 1 < clause.upperBound && tokens[after + 1].isWord
                 && (tokens[last].isWord || tokens[last].kind == .number))
    }

    /// "Как передает корреспондент ТАСС, глава Сбербанка заявил, что банк готов…": the clause
    /// after an outlet's phrase reports someone's words itself; they are the claim, with the
    /// outlet's `sources` added to its own.
    private func nestedClaim(after comma: Int, in bounds: Range<Int>, sources: [Quote.Source]) -> (clause: Range<Int>, attribution: Attribution, impersonal: Bool)? {
        // Only after an outlet ("По словам Захаровой, …" gives her words, not someone's inside
        // them), and only a clause with a speech verb of its own: looking for a claim in every
        // such clause cost a tenth of the stage.
        guard comma + 1 < bounds.upperBound, !sources.isEmpty,
              ((comma + 1)..<bounds.upperBound).contains(where: { position in
                  // A verb with "что"/"that" after it, or "said" right after a name or role ("Smith
                  // said the talks…", "the minister said the plan…").
                  guard let cue = lexicon.cues.match(tokens, at: position, end: bounds.upperBound), cue.value.kind == .verb else { return false }
                  return complementizer(after: position + cue.length, end: bounds.upperBound) != nil
                      || (Self.sayingLemmas.contains(cue.value.lemmaKey) && position > comma + 1
                          && (tokens[position - 1].isCapitalizedWord || mentionEnds(at: position)))
              }),
              let inner = claim(in: (comma + 1)..<bounds.upperBound), inner.attribution.speaker != nil else { return nil }
        var merged = inner.attribution
        for source in sources where !merged.sources.contains(where: { $0.name == source.name }) { merged.sources.append(source) }
        return (inner.clause, merged, false)
    }

    /// The words between two commas inside `clause` that attribute it: a phrase cue with its
    /// speaker ("по ее мнению", "по словам министра"), or a verb of saying and its subject
    /// alone (", she said,", ", сказал Петров,"); words of the clause on both sides.
    private func attributingAside(in clause: Range<Int>) -> Range<Int>? {
        // (The subject before it may be one word: "Трубы, по его словам, не меняли…".)
        for comma in (clause.lowerBound + 1)..<max(clause.lowerBound + 1, clause.upperBound - 3) where tokens[comma].isMark(",") && !quoted[comma] {
            // (A cue must open the aside or follow its first word or two: the cheap test first,
            // as this looks at every comma of every sentence.)
            guard (comma + 1...min(comma + 3, clause.upperBound - 1)).contains(where: { lexicon.cues.match(tokens, at: $0, end: clause.upperBound) != nil }),
                  let close = ((comma + 2)..<min(clause.upperBound - 1, comma + 8)).first(where: { tokens[$0].isMark(",") }),
                  // (", он отметил, что…": the verb's own clause follows.)
                  tokens[close + 1].isWord, !Self.complementizers.contains(tokens[close + 1].lowerKey) else { continue }
            // (No quotation in it, but for an outlet's name in its marks: "по данным «Интерфакса»".)
            let outlet = (comma + 1..<close).first { mentionStarting[$0].map { mentions[$0].kind == .agency } ?? false }
                .map { (($0 - 1)...mentions[mentionStarting[$0]!].tokens.upperBound) }
            guard (comma + 1..<close).allSatisfy({ (!quoted[$0] && !tokens[$0].isQuotationMark) || outlet?.contains($0) == true }) else { continue }
            let aside = (comma + 1)..<close
            if let cue = lexicon.cues.match(tokens, at: aside.lowerBound, end: close), cue.value.kind != .verb {
                // ("…, according to Mercy Adeyemi, the hospital's head of nursing.": a description
                // of the one named ends the sentence; the attribution is its tail, not an aside.)
                if endsInApposition(after: close, end: clause.upperBound) { continue }
                return aside
            }
            guard aside.count <= 3, aside.allSatisfy({ tokens[$0].isWord }) else { continue }
            func isVerb(_ position: Int) -> Bool { lexicon.cues.match(tokens, at: position, end: position + 1)?.value.kind == .verb }
            func mentionSpans(_ words: Range<Int>) -> Bool {
                mentionStarting[words.lowerBound].map { mentions[$0].tokens.upperBound == words.upperBound && mentions[$0].kind != .agency } ?? false
            }
            if (isVerb(close - 1) && mentionSpans(aside.lowerBound..<(close - 1))) || (isVerb(aside.lowerBound) && mentionSpans((aside.lowerBound + 1)..<close)) {
                return aside
            }
            // ("Britain, she told MPs, remained…": a verb of telling with whom it told after it.)
            if aside.count == 3, mentionSpans(aside.lowerBound..<(aside.lowerBound + 1)),
               lexicon.cues.match(tokens, at: aside.lowerBound + 1, end: close)?.value.tellsSomeone == true { return aside }
        }
        return nil
    }

    /// Whether the words after the comma at `comma` to `end` are a short description ending the
    /// sentence ("the hospital's head of nursing"): opened by an article or a possessive, with no
    /// verb of saying and no comma in it.
    private func endsInApposition(after comma: Int, end: Int) -> Bool {
        let words = withoutTrailingMarks((comma + 1)..<end)
        guard !words.isEmpty, words.count <= 8,
              Self.appositionOpeners.contains(tokens[words.lowerBound].lowerKey) else { return false }
        for index in words where tokens[index].isMark(",") || lexicon.cues.match(tokens, at: index, end: end)?.value.kind == .verb { return false }
        return true
    }

    /// English words that open a description set off after a name (a Russian one has none:
    /// "его" there is as often the object of the clause going on).
    private static let appositionOpeners = HashedKeySet(["the", "a", "an", "his", "her", "its", "their"])

    // The searches below that call this struct's methods are loops of their own: as
    // `contains(where:)` closures, each call copied the whole work state (every array retained
    // and released), a twentieth of the stage's time on written news.

    /// Whether `range` holds a mark or number, anything but words.
    private func hasNonWord(in range: Range<Int>) -> Bool {
        for index in range where !tokens[index].isWord { return true }
        return false
    }

    /// Whether the words between the comma before `comma` and `comma` are a relative clause
    /// or participle phrase ("The group, which has collected…,").
    private func subordinateClauseEnds(at comma: Int, from start: Int) -> Bool {
        guard let opening = (start..<comma).last(where: { tokens[$0].isMark(",") }) else { return false }
        // (An English participle before its preposition: "based in Leeds", "backed by…".)
        return opensRelativeClause(after: opening) || isPastParticiple(opening + 1)
            || opening + 2 < comma && isPastTense(opening + 1) && Self.participlePrepositions.contains(tokens[opening + 2].lowerKey)
    }
    private static let participlePrepositions = HashedKeySet(["in", "by", "at", "on", "from", "with", "near", "outside", "for", "after"])


    /// Whether `range` holds a quotation mark (not counting the apostrophes of plural
    /// possessives, "the workers' union", when asked).
    private func hasQuotationMark(in range: Range<Int>, pluralPossessivesAside: Bool = false) -> Bool {
        for index in range where tokens[index].isQuotationMark {
            if !pluralPossessivesAside || !tokens.isPluralPossessive(at: index, in: utf8) { return true }
        }
        return false
    }

    /// The first position in `range` right after a comma where a phrase introducing a source
    /// starts ("…, according to…", "…, по данным…").
    private func sourceCueAfterComma(in range: Range<Int>) -> Int? {
        for index in range where tokens[index - 1].isMark(",") && lexicon.cues.match(tokens, at: index)?.value.kind == .sourceBefore { return index }
        return nil
    }

    private func claim(in bounds: Range<Int>) -> (clause: Range<Int>, attribution: Attribution, impersonal: Bool)? {
        // Every claim found below hangs on a speech cue (a verb, "по словам", "according to"):
        // a sentence with none, as most of an article's are, is passed at a bit test per token.
        guard bounds.contains(where: { tokens[$0].phraseStarts & QuoteLexicon.cueBit != 0 }) else { return nil }
        // A sentence ending in a colon introduces what follows it ("Сусідка Валентина, пенсіонерка
        // з п'ятого поверху, згадує ту ніч так:"), and reports nothing itself.
        if let last = bounds.last, tokens[last].isMark(":") { return nil }
        var end = withoutTrailingMarks(bounds, keepingQuotationMarks: true).upperBound
        // "…всерьез: «Все понимали…»": a quotation after a colon is quoted on its own, not part
        // of the reported clause.
        if let colon = (bounds.lowerBound..<max(bounds.lowerBound, end - 1)).first(where: { tokens[$0].isMark(":") && tokens[$0 + 1].isQuotationMark }) {
            end = colon
        }
        // "По словам X, …", "According to X, …".
        if let cue = lexicon.cues.match(tokens, at: bounds.lowerBound), cue.value.kind != .verb,
           var comma = (bounds.lowerBound + cue.length..<end).first(where: { tokens[$0].isMark(",") }), comma + 1 < end {
            // "По словам министра, которые приводит «Коммерсантъ», …": a relative clause after
            // the speaker says who carried the words; the claim follows its comma.
            // "По словам одной из матерей, Анны Лысенко, дети…": a name in apposition, set off by
            // commas, belongs to the speaker's words, and is the speaker.
            var apposed: Mention?
            if let named = mentionStarting[comma + 1], mentions[named].kind == .person, mentions[named].tokens.upperBound + 1 < end,
               tokens[mentions[named].tokens.upperBound].isMark(","), !opensRelativeClause(after: comma) {
                apposed = mentions[named]
                comma = mentions[named].tokens.upperBound
            } else if opensRelativeClause(after: comma) || opensParticiplePhrase(after: comma),
                      let next = ((comma + 1)..<min(end, comma + 10)).first(where: { tokens[$0].isMark(",") }), next + 1 < end {
                comma = next
            }
            var attribution = attribution(regions: bounds.lowerBound..<comma, quote: (comma + 1)..<end)
            // A Russian or Ukrainian description no dictionary resolved, left in the genitive the
            // phrase puts it in ("По данным опроса": опроса, "of the survey"), names no speaker.
            let described = bounds.lowerBound + cue.length
            if let speaker = attribution?.speaker, attribution?.speakerEntity == nil, speaker.role == nil, described < comma,
               speaker.mention.start == tokens[described].range.start, tokens[described].isUncapitalizedWord,
               tokens[described].firstScript(in: text.utf8) == ScriptClass.cyrillic { attribution?.speaker = nil }
            // ("According to the lawsuit, …": a document alone, whose author is not named, is no speaker.)
            if let words = attribution?.speaker?.mention, attribution?.speakerEntity == nil, attribution?.speaker?.role == nil,
               let last = (bounds.lowerBound..<comma).last(where: { tokens[$0].isWord }), tokens[last].range.end == words.end,
               Self.documentWords.contains(tokens[last].lowerKey) || Self.legalDocumentWords.contains(tokens[last].lowerKey),
               (bounds.lowerBound..<last).filter({ tokens[$0].isWord }).count <= cue.length + 1 { attribution?.speaker = nil }
            if let apposed, let person = resolve(apposed, cueGender: nil) {
                attribution = attribution ?? Attribution()
                attribution?.assign(person)
            }
            if let inner = nestedClaim(after: comma, in: bounds, sources: attribution?.sources ?? []) { return inner }
            return ((comma + 1)..<end, attribution ?? Attribution(), attribution?.speaker == nil)
        }
        // "Как отметила эпидемиолог Анна Сидорова, …", also after a sentence adverb ("Водночас,
        // як пише Reuters, …", "Между тем, как…").
        var asWord: Int?
        for position in [bounds.lowerBound, bounds.lowerBound + 2, bounds.lowerBound + 3]
        where position + 1 < end && Self.asWords.contains(tokens[position].lowerKey) {
            guard position == bounds.lowerBound || (tokens[position - 1].isMark(",") && !hasNonWord(in: bounds.lowerBound..<(position - 1))) else { continue }
            asWord = position
            break
        }
        if let asWord, let cue = lexicon.cues.match(tokens, at: asWord + 1, end: end), cue.value.kind == .verb,
           let comma = (asWord + 1 + cue.length..<end).first(where: { tokens[$0].isMark(",") }), comma + 1 < end,
           let attribution = attribution(regions: asWord..<comma, quote: (comma + 1)..<end),
           attribution.speaker != nil || !attribution.sources.isEmpty {
            if let inner = nestedClaim(after: comma, in: bounds, sources: attribution.sources) { return inner }
            // "Как пишут «Ведомости», …": an outlet alone is the claim's source.
            return ((comma + 1)..<end, attribution, attribution.speaker == nil)
        }
        // "Сокращение афиши, по ее мнению, ударит по артистам", "The cuts, she said, will hurt
        // young actors": words of attribution set off by commas inside the sentence report all of it.
        // ("Власти Грузии, по информации Reuters, готовят…": so do those naming an outlet.)
        if let aside = attributingAside(in: bounds.lowerBound..<end),
           let attribution = attribution(regions: aside, quote: 0..<0),
           attribution.speakerEntity != nil || attribution.speaker?.role != nil || (attribution.speaker == nil && attribution.sources.contains(where: \.explicit)) {
            // ("Now, he says, the water has retreated…": an adverb before the aside is the
            // writer's; the claim is what follows it.)
            if aside.lowerBound == bounds.lowerBound + 2, Self.sentenceAdverbs.contains(tokens[bounds.lowerBound].lowerKey) {
                return ((aside.upperBound + 1)..<end, attribution, false)
            }
            return (bounds.lowerBound..<end, attribution, false)
        }
        var index = bounds.lowerBound
        while index < end {
            if let relative = relativeClaim(at: index, end: end) { return relative }
            guard !quoted[index], let cue = lexicon.cues.match(tokens, at: index, end: end), cue.value.kind == .verb,
                  // "A patient, who asked not to be named, said…": a verb in a relative clause
                  // says nothing the sentence reports.
                  index == bounds.lowerBound || !Self.relativePronouns.contains(tokens[index - 1].lowerKey) else { index += 1; continue }
            let afterCue = index + cue.length
            // (The verb's subject is looked for after a contrast before it: "…, while its rival said".)
            let subjectFrom = subjectStart(bounds.lowerBound, cue: index)
            // "X said (on Monday) that …", "X заявил, что …"; not after a verb of asking, whose
            // "что" opens the question put ("спросил, что будет дальше").
            // ('"…," said Karin Dahl, who runs…, the company that owns…': the verb of the
            // quotation before it has that for its words; a "that" after it is a relative's.)
            if !Self.askingLemmas.contains(cue.value.lemmaKey), !isVerbOfOpeningQuotation(bounds, verb: index),
               let that = complementizer(after: afterCue, end: end),
               !(afterCue..<that).contains(where: { tokens[$0].isMark(":") }), !(hasQuotationMark(in: afterCue..<that) && !namesAgency(afterCue..<that)), that + 1 < end,
               // ("reported by Interfax, which said that…": the "that" of a relative clause's verb.)
               relativeClaim(at: that - 1, end: end) == nil,
               let attribution = attribution(regions: subjectFrom..<that, quote: (that + 1)..<end)
                    ?? describedSpeaker(subjectFrom, index) ?? (cue.value.gender == .plural ? Attribution() : nil),
               attribution.speaker != nil || !attribution.sources.isEmpty || cue.value.gender == .plural {
                let (clause, withOutlet) = closedByOutlet(untilContrast((that + 1)..<end), attribution: attribution)
                return (clause, withOutlet, withOutlet.speaker == nil)
            }
            // "X said the city had…", "X told reporters the queue had…" (English, without "that").
            var clause = cue.value.tellsSomeone ? afterAddressee(afterCue, end: end) : afterCue
            var subjectOpensClause = false
            if Self.sayingLemmas.contains(cue.value.lemmaKey), let afterIt = afterCircumstance(clause, end: end) {
                subjectOpensClause = afterIt == clause
                clause = afterIt
            }
            // "quoted X as saying Moscow had…": after "as saying" the clause opens, with any word.
            let asSaying = index > bounds.lowerBound && tokens[index - 1].lowerKey == Self.asKey && clause == afterCue
                && clause < end && tokens[clause].isWord && !Self.complementizers.contains(tokens[clause].lowerKey)
                // ('"…," the minister was quoted as saying by Interfax.': who quoted, not a clause.)
                && !Self.circumstanceOpeners.contains(tokens[clause].lowerKey)
            // ('"Farmers will pay," Ellis told CBS's Face the Nation': the verb of a quotation that
            // opens the sentence has it for its words, and no clause after it.)
            if Self.sayingLemmas.contains(cue.value.lemmaKey), clause < end, !(cue.value.tellsSomeone && opensWithQuotedSpeech(bounds, before: index)),
               // ("has said the same thing", "said nothing": what was said named, no clause.)
               !isSaidObject(clause, end: end),
               // ('said only: "We'll see."': one word before the colon of a quotation, no clause.)
               end - clause >= 2,
               (tokens[clause].isUncapitalizedWord && (subjectOpensClause || !Self.circumstanceOpeners.contains(tokens[clause].lowerKey))
                && !Self.questionOpeners.contains(tokens[clause].lowerKey)) || nameOpensClause(at: clause, end: end) || asSaying
                // ("said 82% had voted to accept": a number opening the clause.)
                || (tokens[clause].kind == .number && englishClauseOpens(clause, end: end)),
               index > bounds.lowerBound, tokens[index - 1].isWord || tokens[index - 1].isMark(","),
               // (An outlet alone says as well as a speaker: "Yonhap said suppliers had…".)
               let attribution = attribution(regions: subjectFrom..<clause, quote: clause..<end)
                    .flatMap({ $0.speaker == nil && $0.sources.isEmpty ? nil : $0 }) ?? describedSpeaker(subjectFrom, index) {
                let (claim, withOutlet) = closedByOutlet(untilContrast(clause..<end), attribution: attribution)
                return (claim, withOutlet, withOutlet.speaker == nil)
            }
            // "…, X said." / "…, сообщил X." / "…, according to X.": the claim is before the last comma.
            // (Not "Peskov, speaking in Russian, said…": a verb right after the comma that closes
            // an aside on the sentence's first mention has that mention for its subject.)
            // The attribution runs from that comma to the next one ("…, Ota told reporters on
            // Friday, stepping up warnings…") or the sentence end, and is short.
            // (Longer when the verb comes soon after the comma and circumstances follow it: "…,
            // Prime Minister Irakli Kobakhidze said in a Russian-language interview with a
            // Moscow-based television channel aired on Sunday.")
            // ("…, its director, Owen Pryce, said.": a description and the name in commas after it
            // make the attribution; the claim ends at the comma before the description.)
            let lastComma = (bounds.lowerBound..<index).last(where: { tokens[$0].isMark(",") })
            if let comma = lastComma.map({ describedNameStart(closedBy: $0, from: bounds.lowerBound) ?? $0 }),
               ((afterCue..<end).first(where: { tokens[$0].isMark(",") }) ?? end) - comma <= (index - comma <= 8 ? 28 : 18), comma > bounds.lowerBound + 2,
               !(comma + 1 == index && opensWithAside(bounds)),
               // "Her opposition counterpart, Liam Okonkwo, accused her…": a name in commas
               // before the verb is the subject's apposition, not the end of a claim.
               !isApposition(endingAt: comma, from: bounds.lowerBound),
               // "A patient from Dundee, who asked not to be named, said…", "Представитель
               // профсоюза, пожелавший остаться анонимным, назвал…", "The group, based in Leeds,
               // said…": a subject and the relative clause or participle phrase that ends at the
               // verb's comma, not a claim (one earlier in the claim ends nothing: "The plant,
               // which employs 300 people, will close, the company said"); unless the verb's
               // subject follows, after the verb in Russian and Ukrainian ("…, які намагалися…,
               // повідомили в прикордонній службі"), before it in English ("…, the company said").
               !subordinateClauseEnds(at: comma, from: bounds.lowerBound)
                   || (tokens[index].firstScript(in: text.utf8) == ScriptClass.latin ? comma + 1 != index
                       : subjectFollows(afterCue, end: end) || describesSubject(after: afterCue, end: end, cue: cue.value)),
               !hasQuotationMark(in: comma..<index, pluralPossessivesAside: true),
               // "…Смирнова, которую попросили прокомментировать слова мэра, назвала…": the comma
               // opens a relative clause about the subject, and a verb inside it closes nothing…
               !opensRelativeClause(after: comma) && !isPastParticiple(comma + 1),
               // "…, бо їхні укриття не відповідають вимогам": nor does a clause of reason or
               // condition ("because", "if").
               !QuoteWork.subordinators.contains(tokens[comma + 1].lowerKey),
               // "…, thanked voters in a video": a verb that takes an object reports no clause
               // before it.
               !Self.objectTakingLemmas.contains(cue.value.lemmaKey),
               !(comma + 1 == index && Self.uninvertedLemmas.contains(cue.value.lemmaKey)),
               // "…, and spokesman Dmitry Peskov called…": a second clause, not an attribution.
               !Self.coordinators.contains(tokens[comma + 1].lowerKey),
               // "…, thanked voters in a video posted on Facebook": the verb that follows the
               // comma first is the one that could close a claim.
               !hasVerbOfSaying(in: (comma + 1)..<index),
               // "Asked whether the Baltic states felt safe, Karis replied: …": the question put,
               // not a claim.
               !Self.questionIntroducers.contains(tokens[bounds.lowerBound].lowerKey),
               // ("Ellison, who taught there for forty years, has written a short book": an
               // auxiliary right after the comma goes on with the subject before it.)
               !Self.auxiliaries.contains(tokens[comma + 1].lowerKey),
               // "Выступая по-английски, Ванденберг призвал…": an adverbial participle's phrase
               // is the circumstance of the verb after it, not a claim.
               !Self.openingParticiples.contains(tokens[bounds.lowerBound].lowerKey),
               // A quote right after the verb is what was said ("…, Peskov answered «Пока нет»"),
               // unless it names an outlet ("рассказал «Известиям»").
               !(afterCue < end && (tokens[afterCue].isQuotationMark || (tokens[afterCue].isMark(":") && afterCue + 1 < end && tokens[afterCue + 1].isQuotationMark))
                 && !namesAgency(afterCue..<min(end, afterCue + 3))),
               // (…nor when the verb ends the words before a colon and its quotation: '…, Li said: "…"'.)
               !(afterCue == end && end < bounds.upperBound && tokens[end].isMark(":")),
               // "The plant, citing a document, reported that…": a verb whose clause follows it
               // closes nothing before it.
               !(afterCue < end && Self.complementizers.contains(tokens[afterCue].lowerKey)),
               let attribution = tailAttribution(comma: comma, cue: index, cueValue: cue.value, afterCue: afterCue, end: end, claimStart: bounds.lowerBound) {
                // "X was more measured: the loss would be "painful", she said.": the claim is what
                // follows the colon, the writer's words before it are not.
                let afterColon = (bounds.lowerBound..<comma).last(where: { tokens[$0].isMark(":") }).map { $0 + 1 } ?? bounds.lowerBound
                return ((comma - afterColon > 2 ? afterColon : bounds.lowerBound)..<comma, attribution, true)
            }
            index = afterCue
        }
        // "…, according to app tracker App Annie.", "…, по данным компании."
        if let according = sourceCueAfterComma(in: (bounds.lowerBound + 3)..<max(end, bounds.lowerBound + 3)) {
            let claim = bounds.lowerBound..<(according - 1)
            if let attribution = attribution(regions: according..<end, quote: claim), !attribution.sources.isEmpty || attribution.speaker != nil {
                return (claim, attribution, false)
            }
            // "…, according to two people familiar with the matter.": an unnamed source, described.
            let described = according + (lexicon.cues.match(tokens, at: according)?.length ?? 0)
            if lexicon.translationCues.match(tokens, at: according) == nil, !claim.contains(where: { tokens[$0].isQuotationMark }),
               let speaker = describedAfter(described, end: end) {
                var attribution = Attribution(speaker: speaker)
                attribution.cue = range(according..<described)
                return (claim, attribution, false)
            }
        }
        return nil
    }

    /// Words after "said" that name what was said instead of reporting it ("the same thing",
    /// "nothing", "so"), up to the clause's end.
    private func isSaidObject(_ start: Int, end: Int) -> Bool {
        let first = start < end && Self.articles.contains(tokens[start].lowerKey) ? start + 1 : start
        guard first < end, Self.saidObjects.contains(tokens[first].lowerKey) else { return false }
        return withoutTrailingMarks(start..<end).upperBound - start <= 3
    }
    private static let saidObjects = HashedKeySet(["same", "nothing", "something", "anything", "so", "much", "little", "goodbye"])

    /// "…by the Kommersant daily, which said the plan had been approved.": a verb of saying in a
    /// relative clause about a name, ending the sentence with no comma after it, reports what
    /// the name said.
    private func relativeClaim(at index: Int, end: Int) -> (clause: Range<Int>, attribution: Attribution, impersonal: Bool)? {
        // (The comma first: this is asked at every token of every sentence searched for a claim.)
        guard index >= 2, tokens[index - 2].isMark(","), Self.relativePronouns.contains(tokens[index - 1].lowerKey), !quoted[index],
              let cue = lexicon.cues.match(tokens, at: index, end: end), cue.value.kind == .verb, !cue.value.tellsSomeone,
              !Self.askingLemmas.contains(cue.value.lemmaKey) else { return nil }
        let comma = index - 2
        let before = firstMention(atOrAfter: comma)
        // (An outlet may be followed by what it is: "the Kommersant daily, which said".)
        guard before > 0, mentions[before - 1].kind != .pronoun,
              mentions[before - 1].tokens.upperBound == comma
                || (mentions[before - 1].kind == .agency && comma - mentions[before - 1].tokens.upperBound <= 2
                    && (mentions[before - 1].tokens.upperBound..<comma).allSatisfy { tokens[$0].isUncapitalizedWord }) else { return nil }
        var clause = index + cue.length
        if clause + 1 < end, tokens[clause].isMark(","), Self.complementizers.contains(tokens[clause + 1].lowerKey) { clause += 1 }  // ", что"
        // Any verb of saying with "that"/"что" after it; without, only "said" and its kin.
        if clause < end, Self.complementizers.contains(tokens[clause].lowerKey) {
            clause += 1
        } else if !Self.sayingLemmas.contains(cue.value.lemmaKey) {
            return nil
        }
        // (A quotation may stand inside it, not open it: "…, что энергетики «наносят вред…»".)
        guard clause + 2 < end, tokens[clause].isWord, !quoted[clause], !(clause..<end).contains(where: { tokens[$0].isMark(",") }) else { return nil }
        let named = mentions[before - 1]
        var attribution = Attribution()
        if named.kind == .agency {
            attribution.sources = sources(in: named.tokens, excluding: clause..<end, explicit: true)
        } else if let speaker = resolve(named, cueGender: cue.value.gender) {
            attribution.assign(speaker)
        }
        guard attribution.speaker != nil || !attribution.sources.isEmpty else { return nil }
        attribution.cue = range(index..<(index + cue.length))
        return (clause..<end, attribution, attribution.speaker == nil)
    }

    /// Whether the mark at `index` is a sign written right after a number as part of it ("ниже
    /// 7%": per cent, per mille, degree), with the number after `start`.
    private func endsNumber(_ index: Int, after start: Int) -> Bool {
        index > start && Self.numberSigns.contains(tokens[index].scalar) && tokens[index - 1].kind == .number && !tokens[index].spaceBefore
    }
    private static let numberSigns: Set<UInt32> = [0x25, 0x2030, 0xB0]

    /// Whether a mention ends right before token `position` ("the minister| said").
    private func mentionEnds(at position: Int) -> Bool {
        let before = firstMention(atOrAfter: position) - 1
        return before >= 0 && mentions[before].tokens.upperBound == position
    }

    /// Who closes a claim from its last comma on ("…, сообщил X.", "…, the regional authority
    /// said."): the speaker and sources named there; a speaker described in words when none is
    /// named, kept with the sources found ("…, three people familiar with the talks told Reuters.").
    private func tailAttribution(comma: Int, cue: Int, cueValue: SpeechCue, afterCue: Int, end: Int, claimStart: Int) -> Attribution? {
        let named = attribution(regions: (comma + 1)..<end, quote: claimStart..<comma)
        if let named, named.speaker != nil { return named }
        let described = describedSpeaker(comma + 1, cue) ?? (cueValue.tellsSomeone ? nil : describedAfter(afterCue, end: end).map(Attribution.init(speaker:)))
            ?? bareDescription(comma + 1, cue: cue, end: end)
        guard var named else { return described ?? (cueValue.gender == .plural ? Attribution() : nil) }
        if let described {
            named.speaker = described.speaker
            named.cue = named.cue ?? described.cue
        }
        return named
    }

    /// Words that open a clause's subject: after "told reporters" the clause must start with one,
    /// since the addressee may run on ("told a news conference", "told reporters after the match").
    private static let subjectOpeners = HashedKeySet(["the", "a", "an", "he", "she", "they", "it", "we", "his", "her", "their", "its",
                                                      "there", "this", "these", "those", "no", "some", "all", "most", "many", "several"])

    /// "…, повідомила пресслужба обласної ради.", "according to two people familiar with the
    /// matter": a speaker described in lower-case words, up to the sentence end.
    func describedAfter(_ start: Int, end: Int) -> Quote.Speaker? {
        // ("…, сообщили агентству в департаменте": whom they told is not who spoke.)
        if start < end, Self.addressees.contains(tokens[start].lowerKey)
            || lexicon.namingWords.match(tokens, at: start, end: end)?.value.refersBack == true { return nil }
        // "…, повідомила Державна прикордонна служба": a body's name, running to the sentence end.
        if isBodyName(start..<end) { return plainSpeaker(start..<end) }
        // "according to the central bank's latest survey": whose document it is speaks.
        if let owner = (start..<end).first(where: { tokens[$0].isWord && NameForms.isPossessive(string($0..<($0 + 1))) }), owner > start || !Self.articles.contains(tokens[start].lowerKey),
           owner + 1 < end, Self.documentWords.contains(tokens[end - 1].lowerKey), end - owner <= 4,
           (owner + 1..<(end - 1)).allSatisfy({ tokens[$0].isUncapitalizedWord }) {
            let first = Self.articles.contains(tokens[start].lowerKey) ? start + 1 : start
            guard first <= owner else { return nil }
            let name = NameForms.withoutPossessive(string(first..<(owner + 1)))
            return Quote.Speaker(name: name, latin: name, mention: range(first..<(owner + 1)), role: nil)
        }
        // "according to a filing with the Securities and Exchange Commission": the document, not
        // the body it went to.
        if let recipient = (start..<end).first(where: { Self.recipientPrepositions.contains(tokens[$0].lowerKey) }), recipient > start,
           Self.documentWords.contains(tokens[recipient - 1].lowerKey), (start..<recipient).allSatisfy({ tokens[$0].isUncapitalizedWord }) {
            return plainSpeaker(start..<recipient)
        }
        // Lower-case words, and at most two capitalised ones closing them: what the description
        // is of ("пресс-служба Смольного", "a spokesman for Gazprom").
        var described = end
        while described > start, end - described < 2, tokens[described - 1].isCapitalizedWord { described -= 1 }
        guard start < described, tokens[start].isWord, !Self.circumstanceOpeners.contains(tokens[start].lowerKey),
              !QuoteWork.prepositions.contains(tokens[start].lowerKey),
              // ('said only: "I hope so."': how something was said, not who said it.)
              !Self.mannerAdverbs.contains(tokens[start].lowerKey),
              (start..<described).allSatisfy({ tokens[$0].isUncapitalizedWord || tokens[$0].isMark("-") }) else { return nil }
        // ("сообщил регулятор по итогам заседания": the circumstance of the telling ends who told.)
        if let circumstance = (start + 1..<end).first(where: { Self.descriptionEnders.contains(tokens[$0].lowerKey) }) {
            return plainSpeaker(start..<circumstance)
        }
        return plainSpeaker(start..<end)
    }
    /// Russian and Ukrainian prepositions that open the circumstance of a telling after who told
    /// ("по итогам", "на брифинге", "в эфире", "після засідання"); not "из", which names whom
    /// among ("один из собеседников").
    private static let descriptionEnders = HashedKeySet(["по", "на", "в", "во", "после", "перед", "у", "після", "під"])

    /// `range` without the punctuation that ends it (quotation marks kept when asked).
    func withoutTrailingMarks(_ range: Range<Int>, keepingQuotationMarks: Bool = false) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound && tokens[end - 1].kind == .mark && !(keepingQuotationMarks && tokens[end - 1].isQuotationMark)
                && !endsNumber(end - 1, after: range.lowerBound) { end -= 1 }
        return range.lowerBound..<end
    }

    /// The token after the addressee of "told" ("reporters", "the AP", "Reuters") when a clause
    /// follows it; else `end`.
    private func afterAddressee(_ start: Int, end: Int) -> Int {
        var position = start
        if position < end, Self.articles.contains(tokens[position].lowerKey) { position += 1 }
        if position < end, let found = mentionStarting[position] {
            position = mentions[found].tokens.upperBound
        } else if position < end, tokens[position].isWord {
            position += 1
        } else {
            return end
        }
        // "told BBC Sport he…", "told Channel 4 News the…": the addressee's name runs on.
        let nameEnd = min(end, position + 3)
        while position < nameEnd, tokens[position].isCapitalizedWord || tokens[position].kind == .number { position += 1 }
        // "told the Courier newspaper she…": the word for what the addressee is, after its name.
        if position < end, let naming = lexicon.namingWords.match(tokens, at: position, end: end), naming.value.refersBack { position += naming.length }
        guard position < end else { return end }
        if Self.subjectOpeners.contains(tokens[position].lowerKey) { return position }
        // ("told us engineers were…": a lower-case noun and an auxiliary open the clause.)
        return position + 1 < end && tokens[position].isUncapitalizedWord && Self.auxiliaries.contains(tokens[position + 1].lowerKey) ? position : end
    }

    /// "…, the regional aviation authority said", "The operators' association said that…": a
    /// speaker described, not named (lower-case words after a determiner, an apostrophe allowed);
    /// a name closing the description is the speaker ("the payments company Paylink said").
    func describedSpeaker(_ start: Int, _ cue: Int) -> Attribution? {
        var start = start
        while start < cue && tokens[start].kind == .mark { start += 1 }  // ", the group said"
        // "The union has branded it…": an auxiliary or adverb before the verb describes no one.
        let verb = cue
        var cue = cue
        // "The consortium, known as CPC, said": the name it is known by.
        if let opening = asideOpening(before: cue, from: start), let name = nameKnownBy(after: opening + 1, before: cue - 1) {
            var attribution = Attribution(speaker: plainSpeaker(name))
            attribution.cue = range(verb..<(verb + 1))
            return attribution
        }
        // "A patient from Dundee, who asked not to be named, said": the description before its
        // relative clause (or before a circumstance: "The ministry, as reported by TASS, said…").
        if let opening = asideOpening(before: cue, from: start, relativeToo: true) { cue = opening }
        // "The Institute for the Study of War, a Washington-based think tank, said": a noun
        // phrase in apposition, set off by commas, says what the name before it is.
        else if cue - 1 > start, tokens[cue - 1].isMark(","),
                let comma = (start..<(cue - 1)).last(where: { tokens[$0].isMark(",") }), comma > start,
                comma + 2 < cue - 1, Self.articles.contains(tokens[comma + 1].lowerKey) { cue = comma }
        while cue > start + 1, Self.verbCompanions.contains(tokens[cue - 1].lowerKey) { cue -= 1 }
        // "A statement from the Saudi energy ministry said": the body the document is from.
        var documentWord = start
        if documentWord < cue, Self.determiners.contains(tokens[documentWord].lowerKey) { documentWord += 1 }
        if documentWord + 2 < cue, Self.documentWords.contains(tokens[documentWord].lowerKey), Self.fromByOf.contains(tokens[documentWord + 1].lowerKey) {
            var body = documentWord + 2
            if Self.determiners.contains(tokens[body].lowerKey) { body += 1 }
            // (A body no dictionary knows: its words.)
            let known = body < cue ? mentionStarting[body].flatMap { mentions[$0].kind == .organisation ? resolve(mentions[$0], cueGender: nil) : nil } : nil
            let unknown = known == nil && body < cue && cue - body <= 5 && (body..<cue).allSatisfy { tokens[$0].isWord }
            if known != nil || unknown {
                var attribution = Attribution()
                if let known { attribution.assign(known) } else { attribution.speaker = plainSpeaker(body..<cue) }
                attribution.cue = range(verb..<(verb + 1))
                return attribution
            }
        }
        // "Обласна військова адміністрація повідомляє, що…": a body's name of several words
        // opening the sentence, right before the verb.
        if start + 1 < cue, opensSentence(at: start), isBodyName(start..<cue),
           !Self.genderedPersonNouns.contains(tokens[start].lowerKey) {
            var attribution = Attribution(speaker: plainSpeaker(start..<cue))
            attribution.cue = range(verb..<(verb + 1))
            return attribution
        }
        // "Volkswagen said", "…," Fjordline said: a name no dictionary knows, alone before the
        // verb (not a pronoun left without its antecedent), or set off from it by an aside
        // ("Ceban, a former socialist, said…"). In Latin letters only: a capitalised Cyrillic
        // word opening a sentence is as often a common noun ("Хлопець розповів").
        let nameEnd = start + 1 < cue && tokens[start + 1].isMark(",") && tokens[cue - 1].isMark(",") ? start + 1 : cue
        if start < nameEnd, nameEnd - start <= 3, (start..<nameEnd).allSatisfy({ tokens[$0].isCapitalizedWord && !quoted[$0] }),
           tokens[start].firstScript(in: text.utf8) == ScriptClass.latin,
           lexicon.pronouns.match(tokens, at: start) == nil, !isFunctionWord(start), mentionStarting[start] == nil {
            var attribution = Attribution(speaker: plainSpeaker(start..<nameEnd))
            attribution.cue = range(verb..<(verb + 1))
            return attribution
        }
        // "Herders in central Mongolia say…", "Residents of Kupiansk said…": a plural noun opening
        // the sentence, then where its people are, speaks as that noun.
        if start + 2 < cue, opensSentence(at: start), tokens[start].isCapitalizedWord, mentionStarting[start] == nil, !isFunctionWord(start),
           tokens[start].firstScript(in: text.utf8) == ScriptClass.latin, lexicon.firstName(tokens, at: start) == nil,
           utf8[tokens[start].range.end - 1] == UInt8(ascii: "s"), Self.wherePrepositions.contains(tokens[start + 1].lowerKey),
           !(start + 1..<cue).contains(where: { tokens[$0].isMark(",") || tokens[$0].isQuotationMark }) {
            var attribution = Attribution(speaker: plainSpeaker(start..<(start + 1)))
            attribution.cue = range(verb..<(verb + 1))
            return attribution
        }
        guard start < cue, cue - start >= 2 else { return nil }
        // "The bank kept its rate unchanged and said…": a second verb of the sentence's subject;
        // the words before it are a clause, not a description.
        if Self.coordinators.contains(tokens[cue - 1].lowerKey) { return nil }
        // "Her bakery survived what regulars still call…": a clause of its own, no description;
        // so are words holding a verb of saying or a "that" ("the ministry said in a statement
        // that it welcomed…").
        if (start..<cue).contains(where: { Self.pronounsAndQuestionWords.contains(tokens[$0].lowerKey) || Self.complementizers.contains(tokens[$0].lowerKey)
            || lexicon.cues.match(tokens, at: $0, end: cue)?.value.kind == .verb }) { return nil }
        // "The sponsor, PetroNord, said": the name set off by commas after the description speaks.
        if tokens[cue - 1].isMark(","), Self.determiners.contains(tokens[start].lowerKey) {
            var nameStart = cue - 1
            while nameStart > start, tokens[nameStart - 1].isCapitalizedWord { nameStart -= 1 }
            if nameStart < cue - 1, nameStart - 1 > start, tokens[nameStart - 1].isMark(","),
               (start + 1..<(nameStart - 1)).allSatisfy({ tokens[$0].isUncapitalizedWord }) {
                var attribution = Attribution(speaker: plainSpeaker(nameStart..<(cue - 1)))
                attribution.cue = range(verb..<(verb + 1))
                return attribution
            }
        }
        // A description opening the sentence needs no determiner when a name closes it
        // ("Shipping group Maersk said", "Carmaker Renault said"), nor when it opens with
        // "People" ("People familiar with the talks said").
        // (Its first word may be a compound: "Start-up Northwind said", "Oslo-based start-up…".)
        let opensSentence = opensSentence(at: start) && tokens[start].isCapitalizedWord
            && (tokens[start + 1].isUncapitalizedWord || joinsCompound(start + 1, before: cue)) && mentionStarting[cue - 1].map({ mentions[$0].kind != .agency }) ?? true
        // "Port operators say…", "Local residents said…": two or three words opening the
        // sentence right before its verb, the first capitalised, the rest content words.
        // "Turkey's trade ministry said": a capitalised possessive determines what follows it.
        // (A possessor of two or three words too: "South Korea's presidential office said".)
        var possessor = start
        while possessor + 2 < cue, possessor < start + 2, tokens[possessor].isCapitalizedWord, tokens[possessor + 1].isCapitalizedWord,
              !NameForms.isPossessive(string(possessor..<(possessor + 1))) { possessor += 1 }
        let possessive = tokens[possessor].isCapitalizedWord && tokens[possessor + 1].isUncapitalizedWord && NameForms.isPossessive(string(possessor..<(possessor + 1)))
        if possessive { start = possessor }
        let opensWithPeople = opensSentence && (Self.peopleNouns.contains(tokens[start].lowerKey)
            || (!possessive && cue - start <= 3 && !isFunctionWord(start) && lexicon.pronouns.match(tokens, at: start) == nil && mentionStarting[start] == nil
                && (start + 1..<cue).allSatisfy { tokens[$0].isUncapitalizedWord && !isFunctionWord($0) && lexicon.pronouns.match(tokens, at: $0) == nil }))
        // ("Several board members argued that…": a quantifier determines what follows it too.)
        let determined = Self.determiners.contains(tokens[start].lowerKey)
            || (Self.quantifiers.contains(tokens[start].lowerKey) && start + 1 < cue && tokens[start + 1].isUncapitalizedWord && !isFunctionWord(start + 1))
        guard determined || possessive || opensSentence else { return nil }
        var nameStart = cue
        while nameStart > start + 1, tokens[nameStart - 1].isWord,
              tokens[nameStart - 1].isCapitalized || (nameStart < cue && nameStart - 2 > start && Self.nameConnectors.contains(tokens[nameStart - 1].key) && tokens[nameStart - 2].isCapitalized)
                // ("the Institute for the Study of War": "the" after a joiner inside the name.)
                || (nameStart < cue && nameStart - 3 > start && tokens[nameStart - 1].lowerKey == Self.theKey && Self.nameConnectors.contains(tokens[nameStart - 2].key)
                    && tokens[nameStart - 3].isCapitalized) {
            nameStart -= 1
        }
        // ("Генерал в интервью газете The Times заявил": an outlet told is no speaker; nor is one
        // that reports, whose name may open with its article: "…, the Financial Times reported".)
        if nameStart < cue, let named = mentionStarting[nameStart] ?? (nameStart > start ? mentionStarting[nameStart - 1] : nil),
           mentions[named].kind == .agency { return nil }
        // (Capitalised words before a lower-case one are part of it after a determiner, "The
        // Swedish union said", "the Vereinigung Cockpit union said", and an adjective elsewhere.)
        guard (start + 1..<nameStart).allSatisfy({ tokens[$0].isUncapitalizedWord || tokens[$0].isMark("'") || tokens[$0].isMark("\u{2019}")
                  || joinsCompound($0, before: nameStart)
                  || ($0 + 1 < nameStart && tokens[$0].isCapitalizedWord && (determined || tokens[$0 + 1].isUncapitalizedWord)) }),
              // Without a determiner, a name must close the description, and no preposition may
              // come before it ("Drivers in Almaty complained": Almaty is a place).
              determined || possessive || opensWithPeople
                || (nameStart < cue && !(start + 1..<nameStart).contains { Self.circumstanceOpeners.contains(tokens[$0].lowerKey) }) else { return nil }
        // "The rail union on Tuesday said": capitals after a preposition are a circumstance, not
        // a name closing the description.
        let circumstance = nameStart < cue && nameStart - 1 > start + 1 && Self.timeAndPlacePrepositions.contains(tokens[nameStart - 1].lowerKey)
        var descriptionStart = opensWithPeople ? start : start + 1
        // "The city's transport department said": whose the body is names no part of it.
        // (A plural possessive says what kind of body it is, and stays: "the employers' association".)
        if !opensWithPeople, descriptionStart + 1 < (circumstance ? nameStart - 1 : cue), tokens[descriptionStart].isUncapitalizedWord,
           NameForms.isPossessive(string(descriptionStart..<(descriptionStart + 1))) { descriptionStart += 1 }
        let described = circumstance ? descriptionStart..<(nameStart - 1) : nameStart < cue ? nameStart..<cue : descriptionStart..<cue
        var attribution = Attribution(speaker: plainSpeaker(described))
        attribution.cue = range(verb..<(verb + 1))
        return attribution
    }

    /// A Russian or Ukrainian body's name as written, its first word alone capitalised ("Державна
    /// прикордонна служба", "Росстат"): up to five words, no dictionary mention at its start and
    /// no preposition inside ("В Москве…" is a place).
    private func isBodyName(_ words: Range<Int>) -> Bool {
        guard !words.isEmpty, words.count <= 5, tokens[words.lowerBound].isCapitalizedWord, mentionStarting[words.lowerBound] == nil,
              tokens[words.lowerBound].firstScript(in: text.utf8) == ScriptClass.cyrillic,
              !isFunctionWord(words.lowerBound), lexicon.pronouns.match(tokens, at: words.lowerBound) == nil else { return false }
        // ("Вчера он заявил": an adverb and a pronoun left without its antecedent name no body.)
        return words.dropFirst().allSatisfy { tokens[$0].isUncapitalizedWord && !QuoteWork.prepositions.contains(tokens[$0].lowerKey)
            && lexicon.pronouns.match(tokens, at: $0) == nil }
    }

    /// Cues whose object is someone, not what was said ("thanked voters", "praised the team").
    private static let objectTakingLemmas = HashedKeySet(["thank", "поблагодарить", "подякувати", "praise", "accuse", "criticise",
                                                         "criticize", "urge", "blame", "call", "dub", "brand", "label", "назвать", "назвати"])
    /// English verbs that, unlike Russian ones, do not come before their subject: right after a
    /// comma ("The alderman, Joost de Wit, promised a free bus") they close no claim before them.
    private static let uninvertedLemmas = HashedKeySet(["promise", "pledge", "vow", "announce", "disclose", "reveal", "condemn", "denounce",
                                                       "describe", "dismiss", "hail", "liken", "reject", "slam", "term", "welcome", "characterise"])

    /// Adverbs that open a sentence before an aside of attribution, not part of what was said.
    private static let sentenceAdverbs = HashedKeySet(["now", "then", "still", "however", "today", "теперь", "сейчас", "однако", "тогда",
                                                       "зараз", "тепер", "проте", "однак", "тоді"])
    private static let mannerAdverbs = HashedKeySet(["only", "just", "simply", "merely", "briefly", "also", "again", "later", "repeatedly"])
    /// Words that open a sentence with the question someone answers ("Asked whether…,", "Pressed
    /// on…,", "Отвечая на вопрос…,").
    static let questionIntroducers = HashedKeySet(["asked", "pressed", "questioned", "answering", "отвечая", "відповідаючи"])
    /// Russian and Ukrainian adverbial participles of speaking and thinking that open a sentence
    /// with the circumstance of its verb ("Выступая по-английски, …", "Коментуючи рішення, …").
    private static let openingParticiples = HashedKeySet(["выступая", "говоря", "комментируя", "обращаясь", "объясняя", "подчеркивая",
                                                          "касаясь", "оценивая", "рассуждая", "вспоминая", "признавая", "ссылаясь",
                                                          "выступаючи", "говорячи", "коментуючи", "звертаючись", "пояснюючи", "оцінюючи",
                                                          "згадуючи", "посилаючись", "speaking", "commenting", "addressing", "referring"])

    /// The claim up to a comma and a word of contrast that opens another clause ("…cost them a
    /// fifth of their cargo, while Moscow says…").
    /// (Also up to ", as" opening a clause of its own, the writer's circumstance: "…no plans to
    /// raise fuel taxes, as hundreds of truck drivers blocked roads"; not "…, as always", "…, as
    /// expected".)
    private func untilContrast(_ clause: Range<Int>) -> Range<Int> {
        // ('said it was "looking at ways…" but gave no details': "but" and what the speaker
        // then did or would not do end the claim, with or without a comma.)
        if let but = clause.first(where: { $0 > clause.lowerBound + 2 && tokens[$0].lowerKey == Self.butKey && !quoted[$0] && withholds(at: $0 + 1, end: clause.upperBound) }) {
            return clause.lowerBound..<(tokens[but - 1].isMark(",") ? but - 1 : but)
        }
        // ('…was "overdue but politically risky", recalling protests that followed…': a
        // participle of saying after a comma is the speaker's next act, not the claim.)
        if let comma = clause.first(where: { $0 > clause.lowerBound + 2 && $0 + 1 < clause.upperBound && tokens[$0].isMark(",")
               && !quoted[$0 + 1] && Self.sayingParticiples.contains(tokens[$0 + 1].lowerKey) }) {
            return clause.lowerBound..<comma
        }
        // (And up to ", and promised…": a second verb of saying of the same subject.)
        guard let comma = clause.first(where: { $0 + 1 < clause.upperBound && tokens[$0].isMark(",")
                  && (opensContrast(at: $0 + 1, end: clause.upperBound) || opensAsClause(at: $0 + 1, end: clause.upperBound)
                      || ($0 + 2 < clause.upperBound && Self.coordinators.contains(tokens[$0 + 1].lowerKey)
                          && lexicon.cues.match(tokens, at: $0 + 2, end: clause.upperBound)?.value.kind == .verb)) }),
              comma > clause.lowerBound + 2 else { return clause }
        return clause.lowerBound..<comma
    }

    /// Whether the words at `index` say a speaker held something back: "declined to…",
    /// "refused to…", "gave no details", "did not say", "would not elaborate".
    private func withholds(at index: Int, end: Int) -> Bool {
        guard index + 1 < end else { return false }
        let word = tokens[index].lowerKey, next = tokens[index + 1].lowerKey
        if Self.withholdingVerbs.contains(word) { return next == Self.toKey }
        if Self.givingVerbs.contains(word) { return next == Self.noKey }
        return Self.auxiliariesOfRefusal.contains(word) && next == Self.notKey && index + 2 < end && Self.disclosingVerbs.contains(tokens[index + 2].lowerKey)
    }
    private static let butKey = FNV1a.hash("but")
    private static let toKey = FNV1a.hash("to")
    private static let noKey = FNV1a.hash("no")
    private static let notKey = FNV1a.hash("not")
    private static let withholdingVerbs = HashedKeySet(["declined", "refused"])
    private static let givingVerbs = HashedKeySet(["gave", "offered", "provided"])
    private static let auxiliariesOfRefusal = HashedKeySet(["did", "would"])
    private static let disclosingVerbs = HashedKeySet(["say", "elaborate", "specify", "comment", "give", "provide", "disclose", "explain"])

    /// Whether "as" at `index` opens a clause with its own subject (four words or more, the
    /// first a determiner, a number word or a name), not a phrase ("as always", "as expected").
    private func opensAsClause(at index: Int, end: Int) -> Bool {
        guard tokens[index].lowerKey == Self.asKey, index + 4 < end, tokens[index + 1].isWord else { return false }
        let next = tokens[index + 1]
        return Self.asClauseOpeners.contains(next.lowerKey) || (next.isCapitalized && !Self.asPhraseWords.contains(next.lowerKey))
    }
    private static let asClauseOpeners = HashedKeySet(["the", "a", "an", "its", "their", "his", "her", "hundreds", "thousands", "dozens",
                                                       "many", "some", "more", "most"])
    private static let asPhraseWords = HashedKeySet(["always", "usual", "expected", "planned", "forecast", "agreed", "before", "well", "such"])
    /// The capitalised name in "known as (the) CPC", "also known as the HUR" from `start` up to
    /// `end`, or nil.
    private func nameKnownBy(after start: Int, before end: Int) -> Range<Int>? {
        var position = start
        if position < end, Self.knownQualifiers.contains(tokens[position].lowerKey) { position += 1 }
        guard position + 1 < end, tokens[position].lowerKey == Self.knownKey, tokens[position + 1].lowerKey == Self.asKey else { return nil }
        position += 2
        if position < end, Self.articles.contains(tokens[position].lowerKey) { position += 1 }
        guard position < end, (position..<end).allSatisfy({ tokens[$0].isCapitalizedWord }) else { return nil }
        return position..<end
    }
    private static let knownKey = FNV1a.hash("known")
    private static let knownQualifiers = HashedKeySet(["also", "better", "widely"])

    /// Whether the token at `index` is a hyphen joining two parts of one word, the second in
    /// lower case ("start-up", "Oslo-based"), before `end`.
    private func joinsCompound(_ index: Int, before end: Int) -> Bool {
        index + 1 < end && tokens[index].isMark("-") && !tokens[index].spaceBefore && !tokens[index + 1].spaceBefore && tokens[index + 1].isUncapitalizedWord
    }

    /// Where the subject of the verb at `cue` is looked for: after a comma and a word of contrast
    /// before it ("The party claimed victory, while its main rival said…"), else from `start`.
    func subjectStart(_ start: Int, cue: Int) -> Int {
        guard let comma = (start..<cue).last(where: { $0 + 2 < cue && tokens[$0].isMark(",") && opensContrast(at: $0 + 1, end: cue) }) else { return start }
        // (Past "как" of "тогда как".)
        return Self.contrastWords.contains(tokens[comma + 1].lowerKey) ? comma + 2 : comma + 3
    }

    /// "while", "whereas", "натомість", and "тогда как", "тоді як" (a bare "тогда" is "then":
    /// "если ставка вырастет, тогда цены упадут" is one claim).
    private func opensContrast(at index: Int, end: Int) -> Bool {
        let key = tokens[index].lowerKey
        if Self.contrastWords.contains(key) { return true }
        return Self.contrastOpeners.contains(key) && index + 1 < end && QuoteWork.asWords.contains(tokens[index + 1].lowerKey)
    }
    private static let contrastWords = HashedKeySet(["while", "whereas", "натомість"])
    private static let contrastOpeners = HashedKeySet(["тогда", "тоді"])

    /// Participles of speaking that open how the words reached an outlet ("speaking to Al Jazeera").
    private static let speakingParticiples = HashedKeySet(["speaking", "talking", "writing"])


    /// Verbs of asking: a clause after them is a question, not a claim.
    static let askingLemmas = HashedKeySet(["ask", "спросить", "поинтересоваться", "запитати", "спитати", "поцікавитися"])

    /// Conjunctions that join two verbs of one subject ("kept … and said"), two clauses ("…and
    /// that…") or two quotations of one verb ('"gutted" but would "come back stronger"').
    static let coordinators = HashedKeySet(["and", "but", "и", "но", "а", "і", "та", "але"])

    /// Prepositions before a day, month or place ("on Tuesday", "in London").
    private static let timeAndPlacePrepositions = HashedKeySet(["on", "in", "at", "from", "during", "after", "before", "since"])

    /// Auxiliaries and adverbs between a subject and its verb ("has said", "also told").
    private static let verbCompanions = HashedKeySet(["has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does",
                                                      "also", "again", "previously", "repeatedly", "once", "later", "earlier"])

    /// Words for people in general, which open a description of a group as a determiner would.
    private static let peopleNouns = HashedKeySet(["people", "люди"])

    /// Numbers and quantities that open a described group ("two people familiar with…").
    private static let quantifiers = HashedKeySet(["two", "three", "four", "five", "six", "several", "some", "many", "both",
                                                  "два", "две", "три", "несколько", "двое", "трое", "дві", "кілька", "двоє", "троє"])

    /// Pronouns and question words that no description of a speaker is made of.
    private static let pronounsAndQuestionWords = HashedKeySet(["you", "i", "others", "whatever", "what", "who", "whoever", "which", "how", "so", "if"])

    /// A word that ties or introduces rather than describes: an article, pronoun, preposition or conjunction.
    func isFunctionWord(_ token: Int) -> Bool {
        let key = tokens[token].lowerKey
        return Self.subjectOpeners.contains(key) || Self.circumstanceOpeners.contains(key) || QuoteWork.prepositions.contains(key)
            || QuoteWork.conjunctions.contains(key) || Self.pronounsAndQuestionWords.contains(key)
    }

    /// "…, union leaders said.": one to three lower-case words between the comma and a verb
    /// that ends the sentence are who said it, with no determiner before them.
    private func bareDescription(_ start: Int, cue: Int, end: Int) -> Attribution? {
        let words = start..<cue
        // Content words only: "…, whatever the spreadsheets say." names no one. A group counted
        // out may run longer, with function words ("…, two people briefed on the talks said.").
        let counted = words.count >= 2 && Self.quantifiers.contains(tokens[start].lowerKey)
        guard (1...(counted ? 8 : 3)).contains(words.count),
              words.allSatisfy({ tokens[$0].isUncapitalizedWord && (counted || !isFunctionWord($0)) }),
              let match = lexicon.cues.match(tokens, at: cue, end: end) else { return nil }
        let cueLength = match.length
        // The verb ends the sentence, or only whom it was told follows ("told Reuters").
        let addressee = match.value.tellsSomeone ? mentionStarting[cue + cueLength].map { mentions[$0] } : nil
        guard cue + cueLength == end || (addressee.map { $0.kind == .agency && $0.tokens.upperBound == end } ?? false) else { return nil }
        var attribution = Attribution(speaker: plainSpeaker(words))
        attribution.cue = range(cue..<(cue + cueLength))
        return attribution
    }

    /// A few words for news outlets not named ("state media", "Russian news agencies", "местные
    /// СМИ"), with no person or role among them.
    private func describesMedia(_ range: Range<Int>) -> Bool {
        range.count <= 6 && range.contains { Self.mediaNouns.contains(tokens[$0].lowerKey) }
            && !range.contains { mentionStarting[$0].map { mentions[$0].kind == .person || mentions[$0].kind == .role } ?? false }
    }
    private static let mediaNouns = HashedKeySet(["media", "agencies", "outlets", "newspapers", "сми", "змі"])

    private func namesAgency(_ range: Range<Int>) -> Bool {
        range.contains { mentionStarting[$0].map { mentions[$0].kind == .agency } ?? false }
    }
}

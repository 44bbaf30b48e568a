import Foundation

/// A speaker found for a quote: as reported, with the language they speak when known, and
/// the document entity when the speaker is one (a bare role such as "residents" is not).
struct ResolvedSpeaker {
    var speaker: Quote.Speaker
    var language: String?
    var entity: Int?
}

/// Who said a quote and how we know: found around one quote, or inherited from the quote it continues.
struct Attribution {
    var speaker: Quote.Speaker?
    var speakerLanguage: String?
    var speakerEntity: Int?
    var cue: TextRange?
    var sources = [Quote.Source]()
    var evidence = [TextRange]()
    var translatedFrom: String?

    /// This attribution completed from the one of the quote it continues: the speaker, the
    /// translation evidence when it has none, and the sources as inferred.
    func inheriting(_ donor: Attribution) -> Attribution {
        var result = self
        result.speaker = donor.speaker
        result.speakerLanguage = donor.speakerLanguage
        result.speakerEntity = donor.speakerEntity
        result.cue = cue ?? donor.cue
        if evidence.isEmpty {
            result.evidence = donor.evidence
            result.translatedFrom = donor.translatedFrom
        }
        for source in donor.sources where !result.sources.contains(where: { $0.name == source.name && $0.relation == source.relation }) {
            result.sources.append(Quote.Source(name: source.name, relation: source.relation, explicit: false, mention: source.mention))
        }
        return result
    }

    init(speaker: Quote.Speaker? = nil) { self.speaker = speaker }

    mutating func assign(_ resolved: ResolvedSpeaker) {
        speaker = resolved.speaker
        speakerLanguage = resolved.language
        speakerEntity = resolved.entity
    }
}

extension QuoteWork {
    /// Articles and short prepositions allowed between a speech cue and the mention it names.
    static let skippedBeforeMention = HashedKeySet(["the", "a", "an", "в", "у", "на"])
    static let articles = HashedKeySet(["the", "a", "an"])
    static let indefiniteArticles = HashedKeySet(["a", "an", "one", "another"])
    /// What words are said or written in, after "в"/"у"/"in" ("говорится в публикации", "…, in
    /// remarks broadcast by…"); Russian and Ukrainian in the prepositional case.
    static let documentNouns = HashedKeySet(["публикации", "сообщении", "заявлении", "посте", "тексте", "обращении", "письме", "ответе",
                                             "публікації", "повідомленні", "заяві", "дописі", "зверненні", "листі", "відповіді",
                                             "remarks", "comments", "interview", "statement", "speech", "address", "briefing",
                                             "post", "video", "letter", "televised", "broadcast"])
    /// Short prepositions that open a place or circumstance, not a description of the speaker.
    static let prepositions = HashedKeySet(["в", "во", "на", "по", "из", "у", "для", "о", "об", "с", "со", "к", "от", "за", "при", "через", "після", "під", "до", "з", "із"])
    /// Conjunctions, and the prepositions `prepositions` and `circumstanceOpeners` leave out.
    static let conjunctions = HashedKeySet(["and", "or", "but", "than", "that", "of", "for", "и", "или", "но", "а", "как", "что", "чем",
                                            "і", "й", "та", "або", "але", "як", "що", "від", "про"])
    /// Conjunctions that join two of a kind: names in a list ("«Каретная» и «Южная»").
    static let listJoiners = HashedKeySet(["and", "or", "и", "или", "і", "й", "та", "або"])
    /// Subordinating conjunctions: after a quoted word they open a clause, so the word modified
    /// no noun ('was "unavoidable" if…', «неизбежным», если…).
    static let subordinators = HashedKeySet(["if", "unless", "because", "when", "while", "although", "though", "since", "until", "once",
                                             "если", "когда", "пока", "потому", "хотя", "чтобы", "поскольку",
                                             "якщо", "коли", "бо", "хоча", "щоб", "оскільки", "поки"])
    /// Determiners and possessives, which open a noun phrase: a word before one modifies no
    /// noun ('"accelerating" its production', «ускоряет» свое производство).
    static let nounPhraseOpeners = HashedKeySet(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
                                                 "его", "её", "ее", "их", "свой", "свою", "своё", "свое", "свои", "своих", "этот", "эту", "это", "эти",
                                                 "його", "її", "їх", "свій", "своє", "свої", "цей", "цю", "це", "ці"])
    private struct Candidate {
        var span: QuoteSpan
        /// Position in `paragraphTokens`.
        var paragraph: Int
        var kind: Quote.Kind
        var attribution: Attribution?
        /// Quotes in one group (a quote over several paragraphs, dialogue pieces) share attribution.
        var group: Int
        var quoteOnlyParagraph: Bool
    }

    mutating func run() -> [Quote] {
        let foundSpans = paragraphTokens.map { paragraph in
            var spans = QuoteMarks.spans(in: tokens, paragraph.tokens)
            // Pieces after a hyphen are dialogue when the author's words between them say who
            // spoke; else the hyphens open the items of a list ("- рост ВВП на 3%, - инфляция").
            if QuoteMarks.isSpacedHyphen(tokens, at: paragraph.tokens.lowerBound), case .dialogue? = spans.first?.shape, !hasVerbOfSaying(outside: spans, in: paragraph.tokens) {
                spans = QuoteMarks.spans(in: tokens, paragraph.tokens, hyphenDialogue: false)
            }
            // A transcript turn is speech only when a person is named before its colon, and not
            // in a headline ("Захарова: Москва не получала…" sums up). Otherwise the paragraph's
            // quotation marks, if any, are its quotes ("Update: officials said "…"").
            guard let turn = spans.first, case .namedTurn = turn.shape,
                  turnSpeaker(turn) == nil && !isInterviewerTurn(turn) || isInHeadline(turn.tokens.lowerBound) else { return spans }
            return QuoteMarks.spans(in: tokens, paragraph.tokens, namedTurns: false)
        }
        let paragraphSpans = withUnmarkedTurns(foundSpans)
        for spans in paragraphSpans {
            for span in spans { for token in span.tokens { quoted[token] = true } }
        }
        // A name quoted inside a sentence does not end the stretch of words around a quote where
        // its speaker and cue are looked for ("told the BBC's "Today" programme that the scheme
        // "works…"").
        let boundingSpans = paragraphSpans.map { spans in spans.filter { !isEmbeddedName($0) } }
        var candidates = [Candidate]()
        var group = 0
        var openFromPrevious = false
        for (paragraph, spans) in paragraphSpans.enumerated() {
            let bounds = paragraphTokens[paragraph].tokens
            let quoteOnly = !spans.isEmpty && !bounds.contains { tokens[$0].isWord && !quoted[$0] }
            for (position, span) in spans.enumerated() {
                // A closing mark with nothing open counts only when the previous paragraph left one open.
                if span.continuesPrevious && !openFromPrevious { continue }
                let continues = position == 0 && openFromPrevious
                let dialogueGoesOn = position > 0 && span.shape == .dialogue
                if !continues && !dialogueGoesOn { group += 1 }
                guard let kind = classify(span, in: boundingSpans[paragraph], bounds: bounds) else { continue }
                candidates.append(Candidate(span: span, paragraph: paragraph, kind: kind, attribution: nil, group: group, quoteOnlyParagraph: quoteOnly))
            }
            openFromPrevious = false
            if let last = spans.last, !last.closed {
                // Fine when the next paragraph reopens the quote or closes it; otherwise a warning.
                let next = paragraph + 1 < paragraphTokens.count ? paragraphSpans[paragraph + 1].first : nil
                let nextStart = paragraph + 1 < paragraphTokens.count ? paragraphTokens[paragraph + 1].tokens.lowerBound : -1
                openFromPrevious = next.map { $0.continuesPrevious || $0.openMark == nextStart } ?? false
                if !openFromPrevious {
                    warnings.append(DocumentWarning(code: "unclosed-quote", range: range(last.tokens),
                                                    message: "a quotation mark opened here is not closed; the quote ends at the paragraph end"))
                }
            }
        }
        for index in candidates.indices {
            let candidate = candidates[index]
            candidates[index].attribution = attribute(candidate.span, kind: candidate.kind, in: boundingSpans[candidate.paragraph])
        }
        // A fragment quoted in a headline is speech when the article quotes those words too; else
        // it is the headline writer's word ("Manager praises "fearless" youngsters").
        let headline = candidates.map { isInHeadline($0.span.tokens.lowerBound) }
        // Its speaker is the body quote's when the headline names none of its own; so is a whole
        // quotation's that the body quotes again ("Тренер «Сибири»: «…»" over the coach's words).
        if headline.contains(true) {
            let bodyIndices = candidates.indices.filter { !headline[$0] }
            let body = bodyIndices.map { lowerCaseBytes(candidates[$0].span.tokens) }
            var kept = [Int]()
            for index in candidates.indices {
                guard headline[index] else { kept.append(index); continue }
                let partial = candidates[index].kind == .partial
                let words = lowerCaseBytes(candidates[index].span.tokens)
                guard let match = body.firstIndex(where: { Self.occurs(words, in: $0) }) else {
                    // (Or reports them without marks, in a sentence with a speech cue: "Kremlin says
                    // deal "not on the agenda"" above "…is not on the agenda, Peskov told reporters".)
                    if !partial || reportedInBody(words) { kept.append(index) }
                    continue
                }
                // (Also when the headline names the body whose spokesperson the body quotes:
                // 'Kremlin says … "not on the agenda"' over '"…not on the agenda…," Kremlin
                // spokesman Oleg Markov told reporters' are Markov's words.)
                if let donor = candidates[bodyIndices[match]].attribution, let giver = donor.speakerEntity,
                   headlineMayTake(giver, over: candidates[index].attribution?.speakerEntity) {
                    candidates[index].attribution = (candidates[index].attribution ?? Attribution()).inheriting(donor)
                }
                kept.append(index)
            }
            candidates = kept.map { candidates[$0] }
        }
        // Inherited: within a group, from the quote before in the same paragraph (a quote split
        // by its attribution), or from the previous paragraph's quote when a paragraph is only a quote.
        for index in candidates.indices where candidates[index].attribution?.speaker == nil {
            if case .turn(question: true) = candidates[index].span.shape { continue }
            let current = candidates[index]
            var donor = candidates.indices.first { $0 != index && candidates[$0].group == current.group && candidates[$0].attribution?.speaker != nil }
            if donor == nil, index > 0 {
                let previous = candidates[index - 1].paragraph
                if previous == current.paragraph || (current.quoteOnlyParagraph && previous == current.paragraph - 1) { donor = index - 1 }
            }
            // A sentence before the quotation that opens with someone's name says who speaks:
            // after another quotation of the paragraph, someone other than its speaker ('"…," he
            // says. Mrs Kowalski laughs at that. "Rob exaggerates."'), or before the paragraph's
            // first quotation ('Asked if she would stand again, Ms Patel smiled. "Ask me next year."').
            let beatFrom: Int? = if let donor {
                candidates[donor].group != current.group && candidates[donor].paragraph == current.paragraph ? candidates[donor].span.tokens.upperBound : nil
            } else {
                current.quoteOnlyParagraph ? nil : paragraphTokens[current.paragraph].tokens.lowerBound
            }
            if let beatFrom, let beat = personOpeningSentence(between: beatFrom, and: current.span.tokens.lowerBound),
               donor.map({ beat.entity != candidates[$0].attribution?.speakerEntity }) ?? true {
                var attribution = current.attribution ?? Attribution()
                attribution.assign(beat)
                candidates[index].attribution = attribution
            } else if let donor, let inherited = candidates[donor].attribution, inherited.speaker != nil, !pronounContradicts(current, donor: inherited) {
                candidates[index].attribution = (current.attribution ?? Attribution()).inheriting(inherited)
            } else if current.quoteOnlyParagraph, !current.span.continuesPrevious, current.paragraph > 0,
                      !candidates.contains(where: { $0.paragraph == current.paragraph - 1 }),
                      let subject = paragraphSubject(current.paragraph - 1) {
                // A paragraph that is only a quote, after one that names someone and quotes no one
                // ("Goalkeeper Lukas Hradecky announced his retirement on Friday." then his
                // words): the person that paragraph opens with.
                var attribution = current.attribution ?? Attribution()
                attribution.assign(subject)
                candidates[index].attribution = attribution
            }
        }
        quotedSpeech = [Bool](repeating: false, count: tokens.count)
        for candidate in candidates { for token in candidate.span.tokens { quotedSpeech[token] = true } }
        var claims = reportedClaims()
        // "Его слова приводит «Интерфакс».": a sentence that says who carried the words of the
        // sentence before names that source for its quotes and claims.
        for (sentence, carried) in carriedWords() {
            func naming(_ attribution: Attribution) -> Attribution {
                var attribution = attribution
                attribution.sources.removeAll { source in carried.contains { $0.name == source.name } }
                attribution.sources += carried
                return attribution
            }
            for index in candidates.indices where tokenSentence[candidates[index].span.tokens.upperBound - 1] == sentence - 1 {
                candidates[index].attribution = naming(candidates[index].attribution ?? Attribution())
            }
            for index in claims.indices where tokenSentence[claims[index].clause.upperBound - 1] == sentence - 1 {
                claims[index].attribution = naming(claims[index].attribution)
            }
        }
        attributeHeadlineFragments(&candidates, claims: claims)
        // What the document says about the language a speaker spoke ("X spoke in Russian",
        // "according to translated remarks" on one of X's quotes) holds for X's other quotes.
        let isInterview = candidates.contains { if case .turn = $0.span.shape { true } else { false } }
        var speakerBySentence = [Int: Int]()
        for candidate in candidates {
            if let entity = candidate.attribution?.speakerEntity { speakerBySentence[tokenSentence[candidate.span.tokens.upperBound - 1]] = entity }
        }
        let spoken = spokenLanguages(quoteAttributions: candidates.compactMap(\.attribution), isInterview: isInterview,
                                     quoteSpeakerBySentence: speakerBySentence)
        for index in candidates.indices where candidates[index].attribution?.evidence.isEmpty ?? true {
            let isQuestion = candidates[index].span.shape == .turn(question: true)
            let said = isQuestion ? spoken.questions : candidates[index].attribution?.speakerEntity.flatMap { spoken.byEntity[$0] }
            guard let said else { continue }
            var attribution = candidates[index].attribution ?? Attribution()
            attribution.evidence = said.evidence
            attribution.translatedFrom = said.from
            for translator in said.translators where !attribution.sources.contains(where: { $0.name == translator.name }) {
                attribution.sources.append(translator)
            }
            candidates[index].attribution = attribution
        }
        // Each sentence's sources once: a paragraph may hold many quotes.
        sentenceSources = []
        sentenceSources.reserveCapacity(sentenceTokens.count)
        for bounds in sentenceTokens { sentenceSources.append(sources(in: bounds, excluding: 0..<0, explicit: false)) }
        // (Loops, not `map`: the closures copied the whole work state for every quote.)
        var quotes = [Quote]()
        quotes.reserveCapacity(candidates.count + claims.count)
        for candidate in candidates {
            quotes.append(quote(tokens: candidate.span.tokens, kind: candidate.kind, attribution: candidate.attribution ?? Attribution()))
        }
        for claim in claims { quotes.append(quote(tokens: claim.clause, kind: .indirect, attribution: claim.attribution)) }
        translateBesideOriginals(&quotes, paragraphs: candidates.map(\.paragraph))
        // Sorted by index: a Quote is large, and sorting them in place moved each many times.
        let order = quotes.indices.sorted { quotes[$0].range.start < quotes[$1].range.start
            || (quotes[$0].range.start == quotes[$1].range.start && quotes[$0].range.end > quotes[$1].range.end) }
        return order.map { quotes[$0] }
    }

    /// The person whose name opens the last sentence wholly between two quotations, as its
    /// subject ("Mrs Kowalski laughs at that.").
    private func personOpeningSentence(between end: Int, and start: Int) -> ResolvedSpeaker? {
        guard end < start else { return nil }
        let opening = sentence(of: start).lowerBound
        guard opening > end else { return nil }
        let last = sentence(of: opening - 1)
        guard last.lowerBound >= end else { return nil }
        // (Past a question put to them: "Asked if she would stand again, Ms Patel smiled.")
        var subjectStart = last.lowerBound
        if Self.questionIntroducers.contains(tokens[subjectStart].lowerKey), let comma = last.first(where: { tokens[$0].isMark(",") }) { subjectStart = comma + 1 }
        let first = firstMention(atOrAfter: subjectStart)
        guard first < mentions.count, mentions[first].kind == .person, mentions[first].tokens.lowerBound == subjectStart,
              mentions[first].tokens.upperBound < last.upperBound, tokens[mentions[first].tokens.upperBound].isUncapitalizedWord,
              !NameForms.isPossessive(string((mentions[first].tokens.upperBound - 1)..<mentions[first].tokens.upperBound)) else { return nil }
        return resolve(mentions[first], cueGender: nil).flatMap { $0.entity == nil ? nil : $0 }
    }

    /// The person a paragraph opens with, as its sentence's subject: the first mention of its
    /// first sentence, when that is a person (not after a preposition: "In Paris, Macron…" is
    /// about Macron all the same, but "After talks with Macron, the minister…" is not).
    private func paragraphSubject(_ paragraph: Int) -> ResolvedSpeaker? {
        let bounds = paragraphTokens[paragraph].tokens
        guard !bounds.isEmpty else { return nil }
        let firstSentence = sentence(of: bounds.lowerBound)
        var first = firstMention(atOrAfter: firstSentence.lowerBound)
        // ("Он добавил, что…" then a paragraph of his words: the pronoun's person; but in "Его
        // напарник Виктор соглашается:" the possessive says whose partner speaks.)
        if first < mentions.count, firstSentence.contains(mentions[first].tokens.lowerBound), mentions[first].kind == .pronoun,
           mentions[first].tokens.lowerBound == (firstSentence.lowerBound..<firstSentence.upperBound).first(where: { tokens[$0].isWord }) {
            if Self.subjectPronouns.contains(tokens[mentions[first].tokens.lowerBound].lowerKey) { return resolve(mentions[first], cueGender: nil) }
            first += 1
        }
        guard first < mentions.count, firstSentence.contains(mentions[first].tokens.lowerBound), mentions[first].kind == .person || mentions[first].kind == .role,
              (firstSentence.lowerBound..<mentions[first].tokens.lowerBound).allSatisfy({ tokens[$0].isWord && !QuoteWork.prepositions.contains(tokens[$0].lowerKey)
                  && !Self.circumstanceOpeners.contains(tokens[$0].lowerKey) }) else { return nil }
        return resolve(mentions[first], cueGender: nil).flatMap { $0.entity == nil ? nil : $0 }
    }

    // MARK: Sources named after the quote

    /// Whether the outlet named at `start` is that of a journalist who asked a question: "на
    /// вопрос корреспондента «…»", "на запитання журналіста «…»", "asked by a reporter from…".
    private func askedBy(_ start: Int, from sentenceStart: Int) -> Bool {
        var position = start - 1
        if position >= sentenceStart, tokens[position].isQuotationMark { position -= 1 }
        guard position - 1 >= sentenceStart, Self.journalistWordForms.contains(tokens[position].lowerKey) else { return false }
        return Self.questionNouns.contains(tokens[position - 1].lowerKey)
    }
    private static let questionNouns = HashedKeySet(["вопрос", "вопросы", "запитання", "питання"])

    /// Words before a language that translation phrases put there ("translated from Russian").
    private static let languagePrepositions = HashedKeySet(["from", "into", "in"])
    /// Prepositions that open a source phrase whose name is in the genitive ("по данным X", "за даними X").
    private static let genitivePrepositions = HashedKeySet(["по", "за"])
    /// Possessives and nouns that open "Его слова приводит X", "Her remarks were carried by X".
    static let possessivePronouns = HashedKeySet(["его", "ее", "её", "их", "його", "її", "їхні", "his", "her", "their"])
    static let wordsNouns = HashedKeySet(["слова", "слов", "цитату", "заявление", "заяву", "цитата", "words", "remarks", "comments", "comment"])

    /// Sentences that only say which agency carried the words of the sentence before, in the
    /// same paragraph or ending the one before, with those agencies as explicit sources
    /// ("Его слова приводит агентство «Интерфакс».", "His remarks were carried by TASS.",
    /// "Слова Тихоновой приводит портал «…»").
    private func carriedWords() -> [(sentence: Int, sources: [Quote.Source])] {
        var result = [(sentence: Int, sources: [Quote.Source])]()
        for (index, sentence) in sentences.enumerated() where index > 0 && sentence.kind == .text && sentences[index - 1].kind == .text {
            let bounds = sentenceTokens[index]
            guard bounds.count >= 4, bounds.count <= 12, !bounds.contains(where: { quotedSpeech[$0] }) else { continue }
            let first = bounds.lowerBound
            // ("Слова Тихоновой приводит портал «…»": whose words, by name.)
            let possessed = Self.possessivePronouns.contains(tokens[first].lowerKey) && Self.wordsNouns.contains(tokens[first + 1].lowerKey)
            let named = Self.wordsNouns.contains(tokens[first].lowerKey) && mentionStarting[first + 1].map { mentions[$0].kind == .person } ?? false
            guard possessed || named else { continue }
            let found = sources(in: bounds, excluding: 0..<0, explicit: true)
            if !found.isEmpty { result.append((index, found)) }
        }
        return result
    }

    /// A headline fragment the body reports without marks ("…is not on the agenda for now,
    /// Kremlin spokesman Dmitry Peskov told reporters") is the words of that claim's person
    /// when the headline names only the body he speaks for, or no one. (A method of its own:
    /// in `run` the code grew past what the compiler inlined, and its closures copied the
    /// whole work state for every quote.)
    private func attributeHeadlineFragments(_ candidates: inout [Candidate], claims: [(clause: Range<Int>, attribution: Attribution)]) {
        for index in candidates.indices where candidates[index].kind == .partial && isInHeadline(candidates[index].span.tokens.lowerBound) {
            let own = candidates[index].attribution?.speakerEntity
            guard own.map({ entities[$0].kind == .organisation }) ?? true else { continue }
            let words = lowerCaseBytes(candidates[index].span.tokens)
            guard let claim = claims.first(where: { claim in
                guard let giver = claim.attribution.speakerEntity, entities[giver].kind == .person, headlineMayTake(giver, over: own) else { return false }
                return Self.occurs(words, in: lowerCaseBytes(claim.clause))
            }) else { continue }
            candidates[index].attribution = (candidates[index].attribution ?? Attribution()).inheriting(claim.attribution)
        }
    }

    /// Whether a headline fragment whose own speaker is `own` takes the speaker `giver` of the
    /// body's words that hold it: when the headline names no one, or only the body a person
    /// speaks for ('Kremlin says … "not on the agenda"' over the spokesman's words).
    /// (Or a person the headline does not name, only a role of whom was resolved to: the body's
    /// own quotation says better whose the words are.)
    private func headlineMayTake(_ giver: Int, over own: Int?) -> Bool {
        guard let own else { return true }
        guard entities[giver].kind == .person, own != giver else { return false }
        return entities[own].kind == .organisation
            || !mentions.contains { $0.kind == .person && $0.entity == own && isInHeadline($0.tokens.lowerBound) }
    }

    // MARK: The language a speaker spoke

    struct SpokenLanguage {
        var evidence: [TextRange]
        var from: String?
        /// The translator, when the sentence names one for the quote before it.
        var translators: [Quote.Source] = []
    }

    struct SpokenLanguages {
        var byEntity: [Int: SpokenLanguage] = [:]
        /// An interview's questions, when the text says what language it was held in.
        var questions: SpokenLanguage?
    }

    /// Translation evidence per speaking entity: from the quotes that carry it, and from
    /// sentences that say how someone spoke ("Pavel Latushko spoke in Russian at a hearing"). In
    /// a sentence that names no one, it is about the interview, when the text is one, or else
    /// about the quote of the sentence before in its paragraph ("The comments were translated
    /// from Russian by Reuters."; `quoteSpeakerBySentence`: the speaker of a quote ending in
    /// each sentence).
    private func spokenLanguages(quoteAttributions: [Attribution], isInterview: Bool, quoteSpeakerBySentence: [Int: Int]) -> SpokenLanguages {
        var result = SpokenLanguages()
        for attribution in quoteAttributions where !attribution.evidence.isEmpty {
            guard let entity = attribution.speakerEntity, result.byEntity[entity] == nil else { continue }
            result.byEntity[entity] = SpokenLanguage(evidence: attribution.evidence, from: attribution.translatedFrom)
        }
        let interviewee = isInterview ? interviewee()?.entity : nil
        for (index, sentence) in sentences.enumerated() where sentence.kind == .text {
            // A sentence with a quote gave its evidence to that quote's attribution. (A name in
            // quotation marks is no quote: "Его слова в переводе приводит «Интерфакс».")
            let bounds = sentenceTokens[index]
            guard !bounds.contains(where: { quotedSpeech[$0] }) else { continue }
            var found = Attribution()
            collectEvidence(in: bounds, excluding: 0..<0, into: &found)
            guard !found.evidence.isEmpty else { continue }
            let said = SpokenLanguage(evidence: found.evidence, from: found.translatedFrom)
            // Whom the sentence says it of: the nearest person before the phrase ("President Putin's
            // spokesman Dmitry Peskov spoke in Russian", "the businessman spoke in English"), else
            // the first after it ("Speaking in Ukrainian, Minister Koval said").
            let people = mentions[firstMention(atOrAfter: bounds.lowerBound)..<firstMention(atOrAfter: bounds.upperBound)]
                .filter { $0.kind == .person || $0.kind == .pronoun || $0.kind == .role }
            let phraseStart = found.evidence[0].start
            // A person or pronoun before a role: "Peskov told reporters, according to translated
            // remarks" is about Peskov, not the reporters.
            let before = people.filter { tokens[$0.tokens.lowerBound].range.start < phraseStart }
            let named = before.last { $0.kind != .role } ?? before.last ?? people.first
            // In an interview, a sentence that names no one, or names the interviewee, is about the
            // whole conversation: it is held in one language, questions and answers alike.
            var entity = named.map { resolve($0, cueGender: nil)?.entity } ?? interviewee
            var about = said
            if named == nil, entity == nil, index > 0, sentences[index - 1].paragraph == sentence.paragraph,
               let previous = quoteSpeakerBySentence[index - 1] {
                entity = previous
                about.translators = found.sources  // collectEvidence files only translators
            }
            guard let entity else { continue }
            if result.byEntity[entity] == nil { result.byEntity[entity] = about }
            // (Only when it names the language: "through an interpreter" says the answers were
            // interpreted, while the questions were asked in the language printed.)
            if entity == interviewee, result.questions == nil, said.from != nil { result.questions = said }
        }
        return result
    }

    /// The subject of the paragraph before the one `start` opens, when that paragraph ends in a
    /// colon: "Его напарник Виктор Петров соглашается:" then "— Раньше было…" is his answer, not
    /// the interviewee's.
    private func speakerIntroduced(before start: Int) -> ResolvedSpeaker? {
        let paragraph = sentences[tokenSentence[start]].paragraph
        guard paragraph > 0, paragraphTokens[paragraph].tokens.lowerBound == start || paragraphTokens[paragraph].tokens.lowerBound == start - 1,
              let last = paragraphTokens[paragraph - 1].tokens.last, tokens[last].isMark(":") else { return nil }
        return paragraphSubject(paragraph - 1)
    }

    /// The person an interview's answers are attributed to, when the text has question and
    /// answer turns: the first named outside quotations, in document order (entities are filed
    /// in the order the mention passes find them, and "Пане Тарасе" inside a question may be
    /// filed first).
    private func interviewee() -> ResolvedSpeaker? {
        guard let mention = mentions.first(where: { $0.kind == .person && $0.entity != nil && !isQuoted($0) }),
              let entity = mention.entity, entities[entity].kind == .person else { return nil }
        return speaker(entity: entity, mention: mention)
    }

    // MARK: Kinds

    /// direct, partial, or nil for quotation marks that hold no speech (names, titles, scare quotes).
    private func classify(_ span: QuoteSpan, in spans: [QuoteSpan], bounds: Range<Int>) -> Quote.Kind? {
        // Turns (named ones are kept by run() only when a person speaks) and dialogue are speech.
        guard case .marked = span.shape else { return .direct }
        // Agency and company names are a few tokens long; longer spans skip building the string.
        if span.tokens.count <= 8, lexicon.agencyAliases.contains(lowerCaseKey(span.tokens)) { return nil }
        // An outlet the dictionary lacks, found as one ("Как отмечает «Парламентская газета»").
        if let found = mentionStarting[span.tokens.lowerBound], mentions[found].kind == .agency,
           mentions[found].tokens.upperBound == span.tokens.upperBound { return nil }
        // After "the novel", "компания"…, a name ("роман «Степові вітри»"); but after a verb of
        // calling, "назвав роман «найчеснішою книжкою…»" quotes what it was called.
        // (A name opens with a capital: "…, что компания «временно приостановила» новые
        // контракты" quotes what the company did, as the subject of a reported clause.)
        let wordCount = span.tokens.count { tokens[$0].isWord }
        let opensLowerCase = span.tokens.first(where: { tokens[$0].isWord }).map { !tokens[$0].isCapitalized } ?? false
        // A nickname given ("dubbed him the "king of crypto"", "прозвали его «королем»") is a
        // name, past the object and article between.
        if let open = span.openMark {
            var before = open
            while before > max(bounds.lowerBound, open - 2),
                  Self.articles.contains(tokens[before - 1].lowerKey) || Self.objectPronouns[tokens[before - 1].lowerKey] != nil || Self.englishObjectPronouns.contains(tokens[before - 1].lowerKey) { before -= 1 }
            if before < open, before > bounds.lowerBound, Self.nicknameVerbs.contains(tokens[before - 1].lowerKey) { return nil }
            // 'It read: "Safe staffing saves lives."': what a sign or placard reads is no one's
            // speech (someone who reads aloud is named: "she read:").
            var reading = open
            if reading > bounds.lowerBound, tokens[reading - 1].isMark(":") { reading -= 1 }
            if reading > bounds.lowerBound, Self.readingVerbs.contains(tokens[reading - 1].lowerKey),
               !(reading - 1 > bounds.lowerBound && mentionStarting[reading - 2].map { [.person, .role].contains(mentions[$0].kind) } ?? false),
               !(reading - 1 > bounds.lowerBound && lexicon.pronouns.match(tokens, at: reading - 2) != nil) { return nil }
        }
        if let open = span.openMark, lexicon.namingWords.endsBefore(open, in: tokens, from: bounds.lowerBound),
           !(opensLowerCase && (calledBefore(open, from: bounds.lowerBound)
             || (wordCount >= 2 && open >= 2 && QuoteWork.complementizers.contains(tokens[open - 2].lowerKey))
             // ('said that the project "no longer meets our criteria"': an article between.)
             || (wordCount >= 2 && open >= 3 && Self.articles.contains(tokens[open - 2].lowerKey)
                 && QuoteWork.complementizers.contains(tokens[open - 3].lowerKey)))) { return nil }
        // The same name set off by commas: 'the new novel, "Salt and Ashes", would appear'.
        if let open = span.openMark, open - 1 > bounds.lowerBound, tokens[open - 1].isMark(","),
           lexicon.namingWords.endsBefore(open - 1, in: tokens, from: bounds.lowerBound), looksLikeName(span), let close = span.closeMark,
           tokens[close - 1].isMark(",") || (close + 1 < bounds.upperBound && tokens[close + 1].isMark(",")) { return nil }
        let (before, after) = regions(of: span, in: spans)
        let hasWordsBefore = before.contains { tokens[$0].isWord }
        let last = before.last.map { tokens[$0].scalar } ?? 0  // 0 for words and numbers
        // ('Peskov: Kremlin has "no plans"…': a headline's name and colon say who speaks, as a verb would.)
        // ('members were "angry" and "ready"', 'as "painful but fair" and the alternative as
        // "bankruptcy…"', 'was "gutted" but would "come back stronger"': a quotation joined by
        // "and" or "but" to one before it in the sentence shares that one's verb of saying.)
        let sentenceStart = sentence(of: before.upperBound < tokens.count ? before.upperBound : before.lowerBound).lowerBound
        let hasCue = hasSpeechCue(before) || hasSpeechCue(after) || opensWithNameAndColon(before)
            || (before.lowerBound > sentenceStart && tokens[before.lowerBound - 1].isQuotationMark
                && before.contains(where: { Self.coordinators.contains(tokens[$0].lowerKey) }) && hasSpeechCue(sentenceStart..<before.lowerBound))
        // (A hyphen between spaces stands for a dash in text typed without one: "MOSCOW
        // (Reuters) - "…," she said.")
        // (Here a hyphen may touch the mark it opens: "…сутки. -«Продукты…»".)
        let dashBefore = !before.isEmpty && (QuoteMarks.isDash(tokens, at: before.upperBound - 1)
            || (tokens[before.upperBound - 1].isMark("-") && tokens[before.upperBound - 1].spaceBefore))
        let standalone = !hasWordsBefore || last == 0x3A || (last == 0x2C && hasSpeechCue(before)) || dashBefore  // : , —
        // "наголосила, що обвинувачений може переховуватися, «оскільки має родичів у Росії»": a
        // quotation in lower case after a comma inside a reported clause goes on with the clause.
        // (Also in a clause after "по словам": "За його словами, мешканці…, «якщо не буде…»".)
        // (And after a verb of saying set off as an aside inside a sentence: 'Putin, who, he
        // said, "did not object."'.)
        if last == 0x2C, let first = span.tokens.first(where: { tokens[$0].isWord }), tokens[first].isUncapitalizedWord,
           before.contains(where: { QuoteWork.complementizers.contains(tokens[$0].lowerKey) }) || wordsAfterPhraseCue(before) >= 2
            || isAsideCue(endingAt: before.upperBound - 1, from: before.lowerBound) { return .partial }
        // "— «Каретная» и «Южная» —": a name-shaped quotation joined by "and" to another that
        // opens with a capital is one of a list of names (stations, clubs, films).
        if looksLikeName(span), let close = span.closeMark, close + 3 < bounds.upperBound,
           Self.listJoiners.contains(tokens[close + 1].lowerKey), tokens[close + 2].isQuotationMark, tokens[close + 3].isCapitalizedWord { return nil }
        if standalone {
            // A short name in capitals with no one saying it: a title ("The Long Winter").
            if !hasCue && !span.continuesPrevious && span.closed && wordCount <= 3 && span.tokens.allSatisfy({ !tokens[$0].isUncapitalizedWord }) && hasWordsBefore { return nil }
            // A short name that opens its sentence as the subject ('"The Wall" retires',
            // «Укрзалізниця» запускає): speech ends on a punctuation mark or is followed by one.
            if !hasWordsBefore && span.closed && wordCount <= 4 && runsOn(span, bounds: bounds) { return nil }
            // ('"Bread Before Sirens", directed by Olena Marchuk, follows…': a title set off by
            // a comma, with no verb of saying in the rest of its sentence.)
            if !hasWordsBefore, !hasCue, span.closed, wordCount <= 5, isTitleCase(span, from: span.tokens.lowerBound),
               let close = span.closeMark, close + 2 < bounds.upperBound, tokens[close + 1].isMark(","), tokens[close + 2].isUncapitalizedWord,
               lexicon.pronouns.match(tokens, at: close + 2) == nil { return nil }
            return .direct
        }
        // Inside a sentence, a short span opening with a capital is a name («Ротора», «Матч ТВ»,
        // "The Long Winter", "the Needle"): quoted fragments of speech there start in lower case,
        // and a short reply comes right after its verb ("answered «Пока нет»"), unless every
        // word of it is capitalised as titles are ('wrote "The Long Road Home"').
        if let open = span.openMark, looksLikeName(span) {
            return isReply(span, open: open, from: before.lowerBound) ? .direct : nil
        }
        // A short phrase that opens a reported clause as its subject is a name or term ("обещает,
        // что «цифровой рубль» станет…"): quoted fragments of speech are what is said, not whom of.
        if span.closed, wordCount <= 3, let open = span.openMark, open > bounds.lowerBound, QuoteWork.complementizers.contains(tokens[open - 1].lowerKey),
           runsOn(span, bounds: bounds), let close = span.closeMark, !endsPhrase(tokens[close + 1].lowerKey) { return nil }
        // A term after "of" ("another round of "savings"") is named, not quoted from anyone;
        // unless a verb of accusing governs it ('accused Western countries of "hypocrisy"', 'accused
        // the government of closing polling stations and of "buying" votes').
        // (Nor one right after a verb of saying and "of": 'warned of "serious consequences"'.)
        if span.closed, wordCount <= 2, let open = span.openMark, open > 0, tokens[open - 1].lowerKey == Self.of,
           !(open >= 2 && lexicon.cues.match(tokens, at: open - 2, end: open - 1)?.value.kind == .verb),
           !(max(bounds.lowerBound, open - 12)..<(open - 1)).contains(where: { lexicon.cues.match(tokens, at: $0, end: open)?.value.lemmaKey == Self.accuse }) { return nil }
        // "деньги на «благотворительные проекты», которые так и не были реализованы": a noun
        // phrase that a preposition governs and a relative pronoun agreeing with it takes up is
        // the thing talked about, a term or label. (A word alone may be what someone called it:
        // "назвал решение «ошибкой», которая…".)
        if span.closed, (2...3).contains(wordCount), opensLowerCase, let open = span.openMark, open > bounds.lowerBound,
           Self.prepositions.contains(tokens[open - 1].lowerKey), let close = span.closeMark, close + 2 < bounds.upperBound,
           tokens[close + 1].isMark(","), Self.cyrillicRelativePronouns.contains(tokens[close + 2].lowerKey) { return nil }
        // The name of a charge ('convicted of spreading "false information"', «осужден за
        // распространение «фейков»») is the law's wording, not anyone's speech; unless a verb of
        // saying comes between ('was arrested after saying "…"').
        // (Nor when a verb of calling governs it: "назвал обвинения «преувеличенными»".)
        if span.closed, wordCount <= 3, opensLowerCase, let open = span.openMark,
           let legal = (max(bounds.lowerBound, open - 6)..<open).last(where: { Self.chargeWords.contains(tokens[$0].lowerKey) }),
           !(legal + 1..<open).contains(where: { lexicon.cues.match(tokens, at: $0, end: open) != nil }),
           !callingVerbBefore(open, from: bounds.lowerBound) { return nil }
        // One quoted word that modifies the noun after it is the writer's scare quote («громких»
        // имен, "slow" shops); right after a verb of saying it is what someone called something
        // («назвал «неоправданными» опасения»), and before a preposition or conjunction it ends
        // the quoted phrase ("'constructive' as unions…"), as it does before a determiner
        // ('was "accelerating" its production').
        // ("Эксперты называют программу «подарком» застройщикам": what it is called, past its object.)
        if span.closed, wordCount == 1, span.tokens.count == 1, let open = span.openMark, let close = span.closeMark,
           close + 1 < bounds.upperBound, tokens[close + 1].isUncapitalizedWord, tokens[close + 1].spaceBefore,
           !endsPhrase(tokens[close + 1].lowerKey), !Self.nounPhraseOpeners.contains(tokens[close + 1].lowerKey),
           !cueEnds(at: open, from: before.lowerBound), !callingVerbBefore(open, from: before.lowerBound),
           // ('говорить про «реалістичні» терміни': after a verb of saying and "about", what was said.)
           !(open - 1 > before.lowerBound && Self.aboutWords.contains(tokens[open - 1].lowerKey) && cueEnds(at: open - 1, from: before.lowerBound)),
           !quotedWordIsVerb(span.tokens.lowerBound, open: open) { return nil }
        return hasCue ? .partial : nil
    }

    /// Whether the one quoted word at `word` (its mark at `open`) is a verb, said as the speaker
    /// said it, rather than an adjective the writer set off before a noun: after a modal ('would
    /// "never" supply'; not after "was": 'was "good" news' is the writer's), in -ing after a
    /// preposition or an auxiliary ('accused the government of "buying" votes', 'was "hiding"
    /// losses'), or in the Russian or Ukrainian past tense («проспали» аварию).
    private func quotedWordIsVerb(_ word: Int, open: Int) -> Bool {
        if open > 0, Self.modalVerbs.contains(tokens[open - 1].lowerKey) { return true }
        if open > 0, Self.beforeVerbInIng.contains(tokens[open - 1].lowerKey), endsInIng(word) { return true }
        return tokens[word].firstScript(in: utf8) == ScriptClass.cyrillic && NameForms.endsWithAny(string(word..<(word + 1)), Self.pastTenseEndings)
    }

    /// Whether the word at `index` ends in "ing" (read from the bytes: no string is made).
    func endsInIng(_ index: Int) -> Bool {
        let range = tokens[index].range
        return range.end - range.start > 3 && utf8[range.end - 3] == UInt8(ascii: "i") && utf8[range.end - 2] == UInt8(ascii: "n")
            && utf8[range.end - 1] == UInt8(ascii: "g")
    }

    static let modalVerbs = HashedKeySet(modalVerbWords)
    static let modalVerbWords = ["would", "will", "could", "can", "should", "may", "might", "must", "won't", "wouldn't", "couldn't", "cannot", "can't"]

    /// Words opening what a headline's speaker spoke about or after, besides the prepositions.
    private static let headlineTopicWords = HashedKeySet(["после", "перед", "про", "about", "on", "after", "over"])

    /// A headline opening with a person's name and a colon before `region` ends (not "СМИ:",
    /// "Колонка:").
    /// (Or with a role and the body it heads: "Глава МАГАТЭ: …".)
    private func opensWithNameAndColon(_ region: Range<Int>) -> Bool {
        guard !region.isEmpty, isInHeadline(region.lowerBound), let found = mentionStarting[region.lowerBound],
              mentions[found].kind == .person || mentions[found].kind == .role else { return false }
        var colon = mentions[found].tokens.upperBound
        if mentions[found].kind == .role, colon < region.upperBound, let body = mentionStarting[colon],
           mentions[body].kind == .organisation || mentions[body].kind == .agency { colon = mentions[body].tokens.upperBound }
        // ("Тренер «Сибири»: «…»": a quoted name of what the role is of, one to three words.)
        else if mentions[found].kind == .role, colon + 2 < region.upperBound, tokens[colon].isQuotationMark,
                let close = (colon + 2..<min(region.upperBound, colon + 5)).first(where: { tokens[$0].isQuotationMark }),
                (colon + 1..<close).allSatisfy({ tokens[$0].isWord }) { colon = close + 1 }
        // "Песков о переговорах: «…»", "Мартемьянов после поражения: «…»": what or when about,
        // a short phrase opening with a preposition and holding no verb of saying.
        if colon < region.upperBound, QuoteWork.prepositions.contains(tokens[colon].lowerKey) || Self.headlineTopicWords.contains(tokens[colon].lowerKey),
           let end = (colon + 1..<min(region.upperBound, colon + 7)).first(where: { tokens[$0].isMark(":") }),
           (colon + 1..<end).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].isQuotationMark)
               && lexicon.cues.match(tokens, at: $0, end: end)?.value.kind != .verb }) { colon = end }
        return colon < region.upperBound && tokens[colon].isMark(":")
    }

    /// A short quoted name inside a sentence: closed, up to four words opening with a capital,
    /// after words of its sentence and not right after a verb of saying (the name rule of
    /// `classify`, without the stretches it needs).
    private func isEmbeddedName(_ span: QuoteSpan) -> Bool {
        guard case .marked = span.shape, let open = span.openMark, looksLikeName(span) else { return false }
        let sentenceStart = sentence(of: open).lowerBound
        guard (sentenceStart..<open).contains(where: { tokens[$0].isWord }) else { return false }
        let last = tokens[open - 1]
        return !(last.isMark(":") || last.isMark(",") || QuoteMarks.isDash(tokens, at: open - 1)) && !isReply(span, open: open, from: sentenceStart)
    }

    /// Closed, up to four words, and opening with a capital («Ротора», "The Long Winter") or
    /// with an article before capitalised words ("the Needle"): shaped like a name.
    private func looksLikeName(_ span: QuoteSpan) -> Bool {
        let wordCount = span.tokens.count { tokens[$0].isWord }
        guard span.closed, wordCount <= 4, let first = span.tokens.first(where: { tokens[$0].isWord }) else { return false }
        return tokens[first].isCapitalized || (wordCount >= 2 && Self.articles.contains(tokens[first].lowerKey) && isTitleCase(span, from: first + 1))
    }

    /// A name-shaped span right after a verb of saying is a short reply ("answered «Пока нет»"),
    /// unless it is capitalised word by word as titles are ('wrote "The Long Road Home"').
    private func isReply(_ span: QuoteSpan, open: Int, from start: Int) -> Bool {
        guard cueEnds(at: open, from: start), let first = span.tokens.first(where: { tokens[$0].isWord }) else { return false }
        // "цитирует «Интерфакс» слова…": an agency's name is who quotes, not a reply.
        if let found = mentionStarting[first], mentions[found].kind == .agency { return false }
        // "рассказала «Уралинформбюро», как…": a name the words were told to, before the clause
        // of what was told.
        if let close = span.closeMark, close + 2 < tokens.count, tokens[close + 1].isMark(","),
           Self.clauseOpeners.contains(tokens[close + 2].lowerKey) { return false }
        return span.tokens.count { tokens[$0].isWord } < 2 || !isTitleCase(span, from: first)
    }

    /// Whether the sentence runs straight on after the closing mark: the quote ends on a word,
    /// and a lower-case word that is no speech cue follows after a space, with no punctuation
    /// between. Quoted speech ends on a punctuation mark or takes one after it ('"We won,"
    /// he said', «Нет», — ответил он); a quoted name goes on like any noun.
    private func runsOn(_ span: QuoteSpan, bounds: Range<Int>) -> Bool {
        guard let close = span.closeMark, close > span.tokens.lowerBound, close + 1 < bounds.upperBound,
              tokens[close - 1].isWord || tokens[close - 1].kind == .number else { return false }
        let next = close + 1
        guard tokens[next].isUncapitalizedWord && tokens[next].spaceBefore else { return false }
        // A verb of saying right after it may have a reply before it ('"Never" said Smith'),
        // but not in Russian or Ukrainian, whose quotations a comma and a dash set off from
        // their verb: «Енергоміст» попередив… is the company's name.
        return lexicon.cues.match(tokens, at: next) == nil || tokens[next].firstScript(in: utf8) == ScriptClass.cyrillic
    }

    /// Whether the span's words from `start` on are capitalised as English titles and names are:
    /// every word but short function words ("of", "the", "in"...).
    private func isTitleCase(_ span: QuoteSpan, from start: Int) -> Bool {
        (start..<span.tokens.upperBound).allSatisfy { index in
            !tokens[index].isWord || tokens[index].isCapitalized || Self.titleFunctionWords.contains(tokens[index].lowerKey)
        } && (start..<span.tokens.upperBound).contains { tokens[$0].isCapitalizedWord }
    }

    /// Words English titles leave in lower case. Not `NameForms.functionWords`: that list holds
    /// pronouns and question words ("he", "what"), which a title capitalises.
    private static let titleFunctionWords = HashedKeySet(["of", "the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "from", "with", "by"])

    /// A verb of calling ("называют", "call") among the three words before `open`: its object
    /// may stand between ("называют программу «подарком»").
    private func callingVerbBefore(_ open: Int, from start: Int) -> Bool {
        (max(start, open - 3)..<open).contains { index in
            lexicon.cues.match(tokens, at: index, end: open).map { Self.callingLemmas.contains($0.value.lemmaKey) } ?? false
        }
    }
    private static let callingLemmas = HashedKeySet(["call", "называть", "назвать", "називати", "назвати"])
    /// English object pronouns between a verb and what it calls something ("dubbed him the …").
    private static let englishObjectPronouns = HashedKeySet(["him", "her", "it", "them"])
    /// Verbs that give a nickname: what follows them in quotation marks is a name.
    private static let nicknameVerbs = HashedKeySet(["dubbed", "nicknamed", "прозвали", "прозвал", "прозвала", "прозвав"])

    /// Whether a naming word right before `open` directly follows a verb of saying ("назвав
    /// роман «…»", "called the company "…""; not "so-called", whose "called" is its own), or
    /// is itself the verb of someone named by a pronoun ('what he called "people from abroad"').
    private func calledBefore(_ open: Int, from start: Int) -> Bool {
        (1...2).contains { length in
            let naming = open - length
            guard naming > start, lexicon.namingWords.match(tokens, at: naming, end: open)?.length == length else { return false }
            if lexicon.pronouns.match(tokens, at: naming - 1, end: naming) != nil { return true }
            let afterArticle = Self.articles.contains(tokens[naming - 1].lowerKey) ? naming - 1 : naming
            return cueEnds(at: afterArticle, from: start)
        }
    }

    /// A preposition or conjunction: after a quoted word it ends the quoted phrase.
    private func endsPhrase(_ key: UInt64) -> Bool {
        Self.conjunctions.contains(key) || Self.subordinators.contains(key) || Self.prepositions.contains(key) || Self.circumstanceOpeners.contains(key)
    }

    /// Whether a speech cue ends right before `index`.
    private func cueEnds(at index: Int, from start: Int) -> Bool { verb(endingAt: index, from: start) != nil }

    /// The speech verb that ends right before `index`, or nil.
    private func verb(endingAt index: Int, from start: Int) -> SpeechCue? {
        lexicon.cues.match(endingAt: index, in: tokens, from: max(start, index - 3)) { $0.kind == .verb }?.value
    }

    private func hasSpeechCue(_ region: Range<Int>) -> Bool {
        region.contains { index in
            guard let cue = lexicon.cues.match(tokens, at: index) else { return false }
            // "according to translated remarks" is no cue of speech; "заявив англійською мовою" is.
            return cue.value.kind == .verb || !isTranslationPhrase(after: index + cue.length)
        }
    }

    private func isTranslationPhrase(after index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let start = Self.articles.contains(tokens[index].lowerKey) ? index + 1 : index
        guard start < tokens.count else { return false }
        if let cue = lexicon.translationCues.match(tokens, at: start), cue.value.source != .sourceBefore { return true }
        // "according to a Reuters translation": the agency, then the phrase that needs it.
        guard let agency = mentionStarting[start], mentions[agency].kind == .agency else { return false }
        return lexicon.translationCues.match(tokens, at: mentions[agency].tokens.upperBound)?.value.source == .sourceBefore
    }

    /// Tokens before a quote in its sentence (after any earlier quote) and after it up to the next quote.
    private func regions(of span: QuoteSpan, in spans: [QuoteSpan]) -> (before: Range<Int>, after: Range<Int>) {
        let open = span.openMark ?? span.tokens.lowerBound
        let close = span.closeMark ?? (span.tokens.upperBound - 1)
        let firstSentence = sentence(of: open)
        let lastSentence = sentence(of: min(close, tokens.count - 1))
        // Loops rather than filter and map: this runs for every quote, and those allocate.
        var previousEnd = 0
        var nextStart = Int.max
        for other in spans {
            let otherClose = other.closeMark ?? other.tokens.upperBound
            if otherClose < open { previousEnd = max(previousEnd, otherClose + 1) }
            let otherOpen = other.openMark ?? other.tokens.lowerBound
            if otherOpen > close { nextStart = min(nextStart, otherOpen) }
        }
        let before = max(firstSentence.lowerBound, previousEnd)..<open
        let afterStart = span.closeMark.map { $0 + 1 } ?? span.tokens.upperBound
        if afterStart == lastSentence.upperBound, let continued = attributionAfterQuestion(span, sentenceEnd: afterStart) {
            return (before, continued.lowerBound..<min(continued.upperBound, nextStart))
        }
        let after = afterStart < lastSentence.upperBound ? afterStart..<min(lastSentence.upperBound, nextStart) : afterStart..<afterStart
        // "…, если будет «соответствующая политическая воля» Сеула. Об этом сообщил Песков.": with
        // no verb of saying in its own sentence, a quotation takes its attribution from the
        // "Об этом" sentence after it.
        // (The anaphor first: it is a few key comparisons, and looking for a verb in both regions
        // is what classify() does again after this.)
        if firstSentence == lastSentence, let attributing = anaphoricSentence(after: lastSentence), attributing.upperBound <= nextStart,
           !hasSpeechCue(before), !hasSpeechCue(after) {
            return (before, afterStart..<attributing.upperBound)
        }
        return (before, after)
    }

    /// '"Why now?" Lavrov asked.': sentence rules split a quote ending in "?" or "!" from a
    /// capitalised name after it. The next sentence, in the same paragraph, is the quote's
    /// attribution when a speech verb comes within its first three words and no quotation
    /// mark stands in it.
    private func attributionAfterQuestion(_ span: QuoteSpan, sentenceEnd: Int) -> Range<Int>? {
        guard let close = span.closeMark, close > span.tokens.lowerBound, tokens[close - 1].isMark("?") || tokens[close - 1].isMark("!"),
              sentenceEnd < tokens.count, !tokens[sentenceEnd].isQuotationMark,
              sentences[tokenSentence[sentenceEnd]].paragraph == sentences[tokenSentence[close]].paragraph else { return nil }
        let next = sentence(of: sentenceEnd)
        guard next.lowerBound == sentenceEnd, !next.contains(where: { tokens[$0].isQuotationMark }),
              (next.lowerBound..<min(next.upperBound, next.lowerBound + 3)).contains(where: { lexicon.cues.match(tokens, at: $0, end: next.upperBound)?.value.kind == .verb }) else { return nil }
        return next
    }

    // MARK: Attribution

    private func attribute(_ span: QuoteSpan, kind: Quote.Kind, in spans: [QuoteSpan]) -> Attribution? {
        if case .namedTurn = span.shape, let mention = turnSpeaker(span), let resolved = resolve(mention, cueGender: nil) {
            var attribution = Attribution()
            attribution.assign(resolved)
            return attribution
        }
        if isInterviewerTurn(span) { return nil }
        if case .turn(let question) = span.shape {
            guard !question, let speaker = speakerIntroduced(before: span.tokens.lowerBound) ?? interviewee() else { return nil }
            var attribution = Attribution()
            attribution.assign(speaker)
            return attribution
        }
        // Quotation marks and dialogue dashes alike: the words before and after in the sentence.
        let (before, after) = regions(of: span, in: spans)
        // Headline style: "Силуанов: «…»", "Зампред ЦБ: «…»" (a role, perhaps with its organisation).
        // (Also after a possessive: "Ukraine's energy minister: "…"".)
        // (And with where they spoke before the colon: "Глава МЗС Польщі в Києві: «…»"; or what
        // about, "Песков о переговорах: «…»", as `opensWithNameAndColon` reads it.)
        if let colon = before.last, tokens[colon].isMark(":"), let first = before.first,
           case let named = colon - first >= 4 && isInHeadline(first) && Self.locativePrepositions.contains(tokens[colon - 2].lowerKey)
                && tokens[colon - 1].isCapitalizedWord ? colon - 2 : colon,
           let found = mentionStarting[first].flatMap({ mentions[$0].tokens.upperBound == named || (mentions[$0].kind == .role && named - first <= 4)
                || opensWithNameAndColon(before) ? $0 : nil })
            ?? headlineRole(endingAt: colon, from: first) {
            let mention = mentions[found]
            var attribution = attribution(regions: after, quote: span.tokens) ?? Attribution()
            if let resolved = resolve(mention, cueGender: nil) { attribution.assign(resolved) }
            return attribution
        }
        let startsSentence = before.allSatisfy { !tokens[$0].isWord }
        // The same the other way round: "«Люди устали от обещаний»: мэр Твери о дорогах",
        // '"We will not retreat": Sandu on …'.
        // ('"I still enjoy the fight": a veteran grandmaster on…': past an article and the
        // words describing the role.)
        if startsSentence, isInHeadline(span.tokens.lowerBound), let colon = after.first, tokens[colon].isMark(":"), colon + 1 < after.upperBound,
           let found = (colon + 1..<min(after.upperBound, colon + 4)).prefix(while: { $0 == colon + 1 || tokens[$0 - 1].isUncapitalizedWord })
               .first(where: { mentionStarting[$0] != nil }).flatMap({ mentionStarting[$0] }),
           mentions[found].kind == .person || mentions[found].kind == .role,
           mentions[found].tokens.lowerBound == colon + 1 || Self.indefiniteArticles.contains(tokens[colon + 1].lowerKey) || Self.articles.contains(tokens[colon + 1].lowerKey),
           // (A role introduced with "a" is the person the story then names first, when no
           // other role is theirs.)
           let resolved = (mentions[found].tokens.lowerBound > colon + 1 && Self.indefiniteArticles.contains(tokens[colon + 1].lowerKey)
                           ? interviewee().flatMap { $0.speaker.role == nil || $0.speaker.role == mentions[found].role ? $0 : nil } : nil)
               ?? resolve(mentions[found], cueGender: nil) {
            var attribution = Attribution()
            attribution.assign(resolved)
            return attribution
        }
        // "'I still play every day': an interview with a former champion": the interviewee's words.
        if startsSentence, isInHeadline(span.tokens.lowerBound), let colon = after.first, tokens[colon].isMark(":"),
           (colon + 1..<min(after.upperBound, colon + 4)).contains(where: { Self.interviewWords.contains(tokens[$0].lowerKey) }),
           let resolved = interviewee() {
            var attribution = Attribution()
            attribution.assign(resolved)
            return attribution
        }
        let afterFirst = startsSentence || kind == .direct && after.contains { tokens[$0].isWord }
        var found = attribution(regions: afterFirst ? after : before, afterFirst ? before : after, quote: span.tokens)
        // 'French minister Julien Marchand was blunt: "…"': with no verb of saying, the subject
        // opening the sentence, a few words of manner before the colon, speaks.
        if kind == .direct, found?.speaker == nil, let subject = colonIntroSubject(before), let resolved = resolve(subject, cueGender: nil) {
            found = found ?? Attribution()
            found?.assign(resolved)
        }
        return found
    }

    /// The subject of a short clause ending in the colon that ends `before`: a person, role or
    /// pronoun within the sentence's first four tokens, then at most five words, none of them
    /// a verb of saying or a name; nil otherwise.
    private func colonIntroSubject(_ before: Range<Int>) -> Mention? {
        guard let colon = before.last, tokens[colon].isMark(":"), colon > before.lowerBound,
              sentence(of: colon).lowerBound == before.lowerBound,
              let subject = subject(before: colon, from: before.lowerBound),
              subject.kind == .person || subject.kind == .role || subject.kind == .pronoun,
              subject.tokens.lowerBound - before.lowerBound < 4, colon - subject.tokens.upperBound <= 5 else { return nil }
        for index in subject.tokens.upperBound..<colon {
            guard tokens[index].isUncapitalizedWord, mentionStarting[index] == nil,
                  lexicon.cues.match(tokens, at: index, end: colon) == nil else { return nil }
        }
        return subject
    }

    /// The comma that opens a circumstance set off by commas right before the verb at `verb`
    /// ("Putin, in remarks translated by the Kremlin, said"; with `relativeToo`, a relative
    /// clause as well: "A patient, who asked not to be named, said"), or nil.
    func asideOpening(before verb: Int, from start: Int, relativeToo: Bool = false) -> Int? {
        guard verb - 1 > start, tokens[verb - 1].isMark(","),
              let opening = (start..<(verb - 1)).last(where: { tokens[$0].isMark(",") }), opening > start, opening + 2 < verb else { return nil }
        let key = tokens[opening + 1].lowerKey
        return Self.asideOpeners.contains(key) || (relativeToo && Self.relativePronouns.contains(key)) ? opening : nil
    }

    /// Whether the words before the comma at `comma` are a verb of saying set off as an aside
    /// after words of the sentence and their comma (", he said,", ", по его словам,").
    private func isAsideCue(endingAt comma: Int, from start: Int) -> Bool {
        guard let opening = (start..<comma).last(where: { tokens[$0].isMark(",") }), opening > start, comma - opening <= 4,
              (start..<opening).contains(where: { tokens[$0].isWord }) else { return false }
        return (opening + 1..<comma).contains { lexicon.cues.match(tokens, at: $0, end: comma) != nil }
    }

    /// How many words follow the last "по словам"-like cue (one followed by its speaker, or
    /// naming it by a pronoun) in `region` and its speaker, before the region's last mark; 0
    /// without one.
    private func wordsAfterPhraseCue(_ region: Range<Int>) -> Int {
        for index in region.reversed() where !quoted[index] {
            guard let cue = lexicon.cues.match(tokens, at: index, end: region.upperBound), cue.value.kind != .verb else { continue }
            var position = index + cue.length
            // (The speaker after the cue, up to its comma: "По словам министра Петрова, …".)
            if cue.value.kind == .sourceBefore {
                while position < region.upperBound, !tokens[position].isMark(",") { position += 1 }
            }
            return (position..<region.upperBound).filter { tokens[$0].isWord }.count
        }
        return 0
    }

    /// The last body or role named outside quotations before `position`, in its paragraph and,
    /// with `previousParagraph`, the one before it; with `afterLocative`, only one named after
    /// a locative preposition ("в пресс-службе", "в министерстве").
    private func bodyNamed(before position: Int, afterLocative: Bool, previousParagraph: Bool) -> Mention? {
        let paragraph = sentences[tokenSentence[position]].paragraph
        for mention in mentions[..<firstMention(atOrAfter: position)].reversed() {
            let named = sentences[tokenSentence[mention.tokens.lowerBound]].paragraph
            guard named == paragraph || (previousParagraph && named == paragraph - 1) else { return nil }
            guard mention.kind == .role || mention.kind == .organisation, !isQuoted(mention) else { continue }
            if !afterLocative || (mention.tokens.lowerBound > 0 && Self.locativePrepositions.contains(tokens[mention.tokens.lowerBound - 1].lowerKey)) {
                return mention
            }
        }
        return nil
    }

    /// A role that ends at a headline's colon after a possessive ("Ukraine's energy minister:"),
    /// starting within three tokens of the headline's first.
    private func headlineRole(endingAt colon: Int, from first: Int) -> Int? {
        guard isInHeadline(first), colon - first <= 6 else { return nil }
        let found = firstMention(atOrAfter: first)
        guard found < mentions.count, mentions[found].kind == .role, mentions[found].tokens.upperBound == colon,
              mentions[found].tokens.lowerBound - first <= 3,
              (first..<mentions[found].tokens.lowerBound).contains(where: { NameForms.isPossessive(string($0..<($0 + 1))) }) else { return nil }
        return found
    }

    /// Finds a speech cue and its speaker in the first region that has one; sources and
    /// translation evidence from every region's sentences. (Two regions as two arguments, not
    /// an array: this runs for every quote and candidate claim, and the array allocated.)
    func attribution(regions first: Range<Int>, _ second: Range<Int> = 0..<0, quote: Range<Int>) -> Attribution? {
        var result = Attribution()
        var found = false
        for pass in 0..<2 where !found {
            // ("MOSCOW (Reuters) - Zorin said: …": the dateline is no part of who spoke.)
            let region = pass == 0 ? withoutDateline(first) : second
            guard !region.isEmpty else { continue }
            // The cues of the region, nearest the quote first when the region ends where a quote
            // inside the sentence begins ("The Kremlin has denied…, and spokesman Dmitry Peskov
            // called the allegations "absurd"": Peskov's word, not the Kremlin's).
            // (Collected only then: this runs for every quote and claim.)
            let quoteInside = !quote.isEmpty && region.upperBound <= quote.lowerBound && quote.lowerBound - region.upperBound <= 1
                && region.lowerBound < quote.lowerBound && tokenSentence[region.lowerBound] == tokenSentence[quote.lowerBound]
            var laterCues = [(range: Range<Int>, cue: SpeechCue)]()
            var index = region.lowerBound
            while index < region.upperBound && !found {
                guard !quote.contains(index), let cue = lexicon.cues.match(tokens, at: index, end: region.upperBound) else { index += 1; continue }
                let cueRange = index..<(index + cue.length)
                index += cue.length
                // ("the blogger, who writes under the name…, wrote": a relative clause's verb
                // is not the one the quote is attributed by.)
                // (Not "who asked not to be named": the verb after it is whom the text keeps
                // anonymous, and asking is read as such below.)
                if cue.value.kind == .verb, !Self.askingLemmas.contains(cue.value.lemmaKey),
                   cueRange.lowerBound > region.lowerBound, Self.relativePronouns.contains(tokens[cueRange.lowerBound - 1].lowerKey),
                   (cueRange.upperBound..<region.upperBound).contains(where: { lexicon.cues.match(tokens, at: $0, end: region.upperBound)?.value.kind == .verb }) { continue }
                if quoteInside {
                    laterCues.append((cueRange, cue.value))
                } else if let resolved = resolvedSpeaker(for: cue.value, at: cueRange, region: region) {
                    result.assign(resolved)
                    result.cue = range(cueRange)
                    found = true
                }
            }
            for (cueRange, cue) in laterCues.reversed() where !found {
                guard let resolved = resolvedSpeaker(for: cue, at: cueRange, region: region) else { continue }
                result.assign(resolved)
                result.cue = range(cueRange)
                found = true
            }
        }
        // The sentences the regions touch, in text order, each once.
        func sentences(of region: Range<Int>) -> ClosedRange<Int>? {
            region.isEmpty ? nil : tokenSentence[region.lowerBound]...tokenSentence[region.upperBound - 1]
        }
        var earlier = sentences(of: first)
        var later = sentences(of: second)
        if let one = earlier, let other = later, other.lowerBound < one.lowerBound { swap(&earlier, &later) }
        func collect(_ sentenceIndices: ClosedRange<Int>) {
            // A sentence of another kind (a caption) between two of the region's has no tokens.
            for sentenceIndex in sentenceIndices where !sentenceTokens[sentenceIndex].isEmpty {
                collectEvidence(in: sentenceTokens[sentenceIndex], excluding: quote, into: &result)
                result.sources += sources(in: sentenceTokens[sentenceIndex], excluding: quote, explicit: true)
            }
        }
        if let earlier { collect(earlier) }
        if let later {
            let start = earlier.map { max(later.lowerBound, $0.upperBound + 1) } ?? later.lowerBound
            if start <= later.upperBound { collect(start...later.upperBound) }
        }
        return found || !result.evidence.isEmpty || !result.sources.isEmpty ? result : nil
    }

    /// `speaker(for:at:region:)`, unless the cue is a translation phrase's ("в переводе").
    private func resolvedSpeaker(for cue: SpeechCue, at cueRange: Range<Int>, region: Range<Int>) -> ResolvedSpeaker? {
        if cue.kind != .verb && isTranslationPhrase(after: cueRange.upperBound) { return nil }
        return speaker(for: cue, at: cueRange, region: region)
    }

    private func speaker(for cue: SpeechCue, at cueRange: Range<Int>, region: Range<Int>) -> ResolvedSpeaker? {
        switch cue.kind {
        case .pronounBefore:
            // "По его словам": the pronoun's person, or a role no name was given for.
            return resolve(Mention(kind: .pronoun, tokens: cueRange, gender: cue.gender), cueGender: nil)
        case .sourceBefore:
            // "Слова Пескова приводит ТАСС: «…»": whose words, named before the verb.
            if MentionFinder.wordsQuotedLemmas.contains(cue.lemmaKey),
               let words = (max(region.lowerBound, cueRange.lowerBound - 4)..<cueRange.lowerBound).last(where: { tokens[$0].lowerKey == MentionFinder.wordsKey }),
               let found = mentionStarting[words + 1], mentions[found].kind != .agency, mentions[found].tokens.upperBound <= cueRange.lowerBound {
                return resolve(mentions[found], cueGender: nil)
            }
            guard let mention = mention(near: cueRange.upperBound, within: 5, region: region, skippingLowercase: true), mention.kind != .agency else {
                // "…," according to a statement from the company. The outlet that carried the
                // words is no part of whose they were ("приводит слова чиновника РИА Новости").
                var words = withoutTrailingMarks(cueRange.upperBound..<region.upperBound)
                if let outlet = words.first(where: { mentionStarting[$0].map { mentions[$0].kind == .agency } ?? false }) {
                    words = withoutTrailingMarks(words.lowerBound..<outlet)
                    // "according to a report in the Financial Times": words that lead to the outlet
                    // describe its report, not a speaker.
                    if words.upperBound > words.lowerBound, Self.outletLeadIns.contains(tokens[words.upperBound - 1].lowerKey) { return nil }
                    // "Как сообщает портал «Город48»", "По информации издания «…»": the word for
                    // the outlet is no speaker.
                    if words.upperBound > words.lowerBound, let naming = lexicon.namingWords.match(tokens, at: words.lowerBound),
                       naming.value == .outlet || naming.value == .agency, words.lowerBound + naming.length == words.upperBound { return nil }
                }
                return describedAfter(words.lowerBound, end: words.upperBound).map { ResolvedSpeaker(speaker: $0) }
            }
            // "According to her spokesman": the role, whose possessor is someone else.
            if mention.kind == .pronoun, Self.possessiveDeterminers.contains(tokens[mention.tokens.lowerBound].lowerKey),
               let role = mentionStarting[mention.tokens.upperBound], mentions[role].kind == .role {
                return resolve(mentions[role], cueGender: nil)
            }
            return resolve(mention, cueGender: nil)
        case .verb:
            // "Interfax quoted Smith as saying": the one quoted, named after the verb.
            if cue.lemmaKey == Self.quoteLemma, let object = quotedAsSaying(after: cueRange.upperBound, region: region) { return object }
            // ("The party claimed victory, while its main rival said the vote was "stolen"": the
            // subject is after the contrast.)
            let region = subjectStart(region.lowerBound, cue: cueRange.lowerBound)..<region.upperBound
            let wordsBefore = region.lowerBound < cueRange.lowerBound && (region.lowerBound..<cueRange.lowerBound).contains { tokens[$0].isWord && !quoted[$0] }
            // "Novak told journalists at the forum, adding that "…"": a verb continuing the
            // sentence after a comma has the subject of the verb of saying before it.
            if wordsBefore, let earlier = verbContinued(by: cueRange, region: region) {
                return speaker(for: earlier.cue, at: earlier.range,
                               region: min(region.lowerBound, sentence(of: earlier.range.lowerBound).lowerBound)..<(cueRange.lowerBound - 1))
            }
            // "One of them said…", "Another cautioned…": one of the group named before.
            if wordsBefore, let group = memberOfGroup(region.lowerBound..<cueRange.lowerBound) { return group }
            // '"…," Smirnov, the head of the district, said': a name no dictionary knows, set off
            // by an apposition, before any role the apposition holds.
            if wordsBefore, let name = nameBeforeApposition(region.lowerBound, cueRange.lowerBound) {
                return ResolvedSpeaker(speaker: plainSpeaker(name))
            }
            if wordsBefore, let subject = subject(before: cueRange.lowerBound, from: region.lowerBound), let resolved = resolve(subject, cueGender: cue.gender) {
                return resolved
            }
            // "…," the 48-year-old told reporters: the person named before. (Also before a
            // relative clause set off by commas: "The 38-year-old, who joined in 2019, said".)
            let ageEnd = asideOpening(before: cueRange.lowerBound, from: region.lowerBound, relativeToo: true) ?? cueRange.lowerBound
            if wordsBefore, isAgeDescription(endingAt: ageEnd, from: region.lowerBound),
               let entity = resolveReference(gender: cue.gender, role: nil, before: ageEnd) {
                return speaker(entity: entity, mention: Mention(kind: .role, tokens: (ageEnd - 5)..<ageEnd, entity: entity))
            }
            // "…," the regional governor's office said: a speaker described, not named.
            if wordsBefore, let described = describedSpeaker(region.lowerBound, cueRange.lowerBound)?.speaker {
                return ResolvedSpeaker(speaker: described)
            }
            // 'Prices will rise, the ministry said: "…"': described after the comma that closes
            // the words before.
            if wordsBefore, let comma = (region.lowerBound..<cueRange.lowerBound).last(where: { tokens[$0].isMark(",") }), comma + 1 < cueRange.lowerBound,
               let described = describedSpeaker(comma + 1, cueRange.lowerBound)?.speaker {
                return ResolvedSpeaker(speaker: described)
            }
            // "— цитирует ее ТАСС": the one quoted, by an object pronoun right after the verb.
            // (Not a possessive before a noun after a verb that takes no one as its object: "—
            // добавляет ее сосед Виктор".)
            let possessiveAfterVerb = !Self.quotingLemmas.contains(cue.lemmaKey) && cueRange.upperBound + 1 < region.upperBound
                && tokens[cueRange.upperBound + 1].isUncapitalizedWord
            if !wordsBefore, !possessiveAfterVerb, cueRange.upperBound < region.upperBound, let gender = Self.objectPronouns[tokens[cueRange.upperBound].lowerKey],
               let quoted = resolve(Mention(kind: .pronoun, tokens: cueRange.upperBound..<(cueRange.upperBound + 1), gender: gender), cueGender: nil) {
                return quoted
            }
            // "«…», — отметили там": "there" is the body the words were said in, named before in
            // the paragraph after "в" ("В пресс-службе аэропорта ТАСС сообщили…").
            if !wordsBefore, cue.gender == .plural, cueRange.upperBound < tokens.count, Self.thereWords.contains(tokens[cueRange.upperBound].lowerKey),
               let body = bodyNamed(before: cueRange.lowerBound, afterLocative: true, previousParagraph: false), let resolved = resolve(body, cueGender: nil) {
                return resolved
            }
            // Inverted order, perhaps with a description or a circumstance first: "— рассказала
            // соседка Анна Иванова", "заявил в беседе с «Известиями» замминистра Олег Брагин".
            // (Not after "told": what follows it is whom the words were told, "told analysts".)
            // ("— сказал один из экспертов": one of a group, below, not the group.)
            let oneOfAGroup = cueRange.upperBound + 1 < region.upperBound && Self.oneOf.contains(tokens[cueRange.upperBound].lowerKey)
                && Self.fromWords.contains(tokens[cueRange.upperBound + 1].lowerKey)
            if !cue.tellsSomeone, let mention = mention(near: cueRange.upperBound, within: 8, region: region, skippingLowercase: true), mention.kind != .agency,
               !(oneOfAGroup && mention.kind == .role && mention.tokens.lowerBound == cueRange.upperBound + 2) {
                // An organisation inside a description: "— заявила член комитета Госдумы Мария Орлова".
                if mention.kind == .organisation, let named = personNamed(after: mention) { return named }
                // "— добавляет ее сосед Виктор", '"…," added her neighbour Viktor Sokol': the
                // possessive says whose neighbour speaks; the one named or described after it does.
                if mention.kind == .pronoun, Self.possessiveDeterminers.contains(tokens[mention.tokens.lowerBound].lowerKey) {
                    guard let owned = self.mention(near: mention.tokens.upperBound, within: 4, region: region, skippingLowercase: true),
                          owned.kind == .person || owned.kind == .role else { return nil }
                    // ("сообщила их представитель, юрист Алина Гарипова": the name in apposition.)
                    if owned.kind == .role, owned.tokens.upperBound + 1 < region.upperBound, tokens[owned.tokens.upperBound].isMark(","),
                       let named = (owned.tokens.upperBound + 1..<min(region.upperBound, owned.tokens.upperBound + 5)).lazy
                           .compactMap({ self.mentionStarting[$0].map { self.mentions[$0] } }).first(where: { $0.kind == .person }),
                       let resolved = resolve(named, cueGender: cue.gender) { return resolved }
                    return resolve(owned, cueGender: cue.gender)
                }
                return resolve(mention, cueGender: cue.gender)
            }
            let next = cueRange.upperBound
            // (Past the outlet told: "— сказала «Уралинформбюро» одна из покупательниц".)
            let outletStart = next < region.upperBound && tokens[next].isQuotationMark ? next + 1 : next
            let afterOutlet = outletStart < region.upperBound ? mentionStarting[outletStart].flatMap { mentions[$0].kind == .agency ? mentions[$0].tokens.upperBound : nil } : nil
            let describedStart = afterOutlet.map { $0 < region.upperBound && tokens[$0].isQuotationMark ? $0 + 1 : $0 } ?? next
            // '"…," said a trader in London', 'said one banker who attended': someone new,
            // described after the verb.
            // (Right after the quotation: "…, promising a battery that…" describes no speaker.)
            if !wordsBefore, !cue.tellsSomeone, followsQuotation(cueRange.lowerBound),
               let described = indefiniteDescription(at: describedStart, end: region.upperBound) ?? oneOfGroup(after: next, end: region.upperBound) {
                // "одна из покупательниц, Елена Маркова": the name after the description.
                if described.upperBound + 1 < region.upperBound, tokens[described.upperBound].isMark(","),
                   let named = mentionStarting[described.upperBound + 1], mentions[named].kind == .person,
                   let resolved = resolve(mentions[named], cueGender: cue.gender) {
                    return resolved
                }
                // ("один из журналистов": a journalist, when the word is a role's plural.)
                if described.count >= 3, let role = roleOfPluralGenitive(described.lowerBound + 2) {
                    let text = string(described)
                    return ResolvedSpeaker(speaker: Quote.Speaker(name: text, latin: role, mention: range(described), role: role))
                }
                return ResolvedSpeaker(speaker: plainSpeaker(described))
            }
            // '"…," said Olsen.', '"…," said Iga Nowak, who…': capitalised words no dictionary
            // knows, right after the verb of a quotation, that end the clause are a name (in
            // Latin letters: a capital after a Russian verb is as often a body in the genitive).
            if !wordsBefore, !cue.tellsSomeone, followsQuotation(cueRange.lowerBound), let name = unknownNameAfterVerb(at: next, end: region.upperBound) {
                return ResolvedSpeaker(speaker: plainSpeaker(name))
            }
            // "— говорится в публикации.": the text of someone named before; not when it says
            // whose ("в сообщении администрации", "в заявлении «Спартака»").
            if !wordsBefore, cue.gender == .neuter, next + 1 < region.upperBound, Self.prepositions.contains(tokens[next].lowerKey),
               Self.documentNouns.contains(tokens[next + 1].lowerKey), next + 2 >= region.upperBound || !(tokens[next + 2].isWord || tokens[next + 2].isQuotationMark) {
                if let entity = resolveReference(gender: nil, role: nil, before: cueRange.lowerBound) {
                    return speaker(entity: entity, mention: Mention(kind: .role, tokens: (next + 1)..<(next + 2), entity: entity))
                }
                // With no person named before, the body or role the paragraph before names last
                // ("…, сообщает «Интерфакс» со ссылкой на пресс-службу аэропорта").
                if let body = bodyNamed(before: cueRange.lowerBound, afterLocative: false, previousParagraph: true), let resolved = resolve(body, cueGender: nil) { return resolved }
            }
            // A description alone ("— пояснил чиновник", "— сказал футболист") is someone named
            // before: the nearest person of the verb's gender, or of the noun's when the verb has
            // none ("— усміхається жінка").
            // ("— спросил корреспондент": the journalist who asked, not the official named before.)
            if !wordsBefore, next < region.upperBound, Self.correspondentWords.contains(tokens[next].lowerKey) {
                let word = next..<(next + 1)
                return ResolvedSpeaker(speaker: Quote.Speaker(name: string(word), latin: "correspondent", mention: range(word), role: "correspondent"))
            }
            let described = next < region.upperBound ? Self.genderedPersonNouns[tokens[next].lowerKey] : nil
            let gender = cue.gender == .masculine || cue.gender == .feminine ? cue.gender : described
            // (Not one a relative clause then describes, who is someone new: "— каже чоловік,
            // який вигулює собаку…".)
            let describedAnew = next + 2 < region.upperBound && tokens[next + 1].isMark(",") && Self.relativePronouns.contains(tokens[next + 2].lowerKey)
            if !wordsBefore, let gender, next < region.upperBound, tokens[next].isUncapitalizedWord, !describedAnew,
               !Self.prepositions.contains(tokens[next].lowerKey), let entity = resolveReference(gender: gender, role: nil, before: cueRange.lowerBound) {
                return speaker(entity: entity, mention: Mention(kind: .role, tokens: next..<(next + 1), entity: entity, gender: gender))
            }
            // With no one of that gender named before, or someone new: the noun itself, as a role
            // ("— каже чоловік.": man).
            if !wordsBefore, next < region.upperBound, let english = Self.personNounsInEnglish[tokens[next].lowerKey] {
                let word = next..<(next + 1)
                return ResolvedSpeaker(speaker: Quote.Speaker(name: string(word), latin: english, mention: range(word), role: english))
            }
            // "Хлопець розповів, що…": a gendered noun for a person opening the sentence, right
            // before the verb, is someone named before.
            if wordsBefore, cueRange.lowerBound - 1 == region.lowerBound, let gender = Self.genderedPersonNouns[tokens[region.lowerBound].lowerKey],
               let entity = resolveReference(gender: gender, role: nil, before: region.lowerBound) {
                return speaker(entity: entity, mention: Mention(kind: .role, tokens: region.lowerBound..<cueRange.lowerBound, entity: entity, gender: gender))
            }
            return nil
        }
    }

    /// A capitalised Latin word no dictionary knows opening the words before a verb and set off
    /// from it by an apposition between commas ("Smirnov, the head of the district, said"), or nil.
    private func nameBeforeApposition(_ start: Int, _ cue: Int) -> Range<Int>? {
        var start = start
        while start < cue, tokens[start].kind == .mark { start += 1 }
        guard start + 3 < cue, tokens[start].isCapitalizedWord, tokens[start + 1].isMark(","), tokens[cue - 1].isMark(","),
              tokens[start].firstScript(in: utf8) == ScriptClass.latin, mentionStarting[start] == nil, !quoted[start], !isFunctionWord(start),
              lexicon.pronouns.match(tokens, at: start) == nil else { return nil }
        // (An age may come first: "Ivanov, 54, a farmer from…, said".)
        let apposition = tokens[start + 2].kind == .number && tokens[start + 3].isMark(",") ? start + 4 : start + 2
        guard apposition < cue - 1, !(apposition..<(cue - 1)).contains(where: { tokens[$0].isMark(",") }) else { return nil }
        return start..<(start + 1)
    }

    /// The verb of saying before the comma that a continuing form at `cueRange` ("adding",
    /// "saying", "добавив") follows, in `region`, or nil.
    /// (So does any verb of saying right after "and": '…said the plan was "an insult", and
    /// warned of "serious consequences"'.)
    private func verbContinued(by cueRange: Range<Int>, region: Range<Int>) -> (cue: SpeechCue, range: Range<Int>)? {
        let comma = cueRange.lowerBound - 1
        guard comma > region.lowerBound else { return nil }
        let joinedByAnd = Self.andWords.contains(tokens[comma].lowerKey)
        guard joinedByAnd || (tokens[comma].isMark(",") && continuingCue(at: cueRange.lowerBound, end: region.upperBound) != nil) else { return nil }
        // (After "and", back to the sentence's start: the region may begin after a quotation
        // that the first verb's words hold.)
        let start = joinedByAnd ? min(region.lowerBound, sentence(of: comma).lowerBound) : region.lowerBound
        for index in stride(from: comma - 1, through: start, by: -1) where !quoted[index] {
            if let cue = lexicon.cues.match(tokens, at: index, end: comma), cue.value.kind == .verb, index + cue.length <= comma {
                return (cue.value, index..<(index + cue.length))
            }
        }
        return nil
    }

    /// The speaker "quoted" names as its object before "as saying" ("quoted Smith as saying",
    /// "quoted the minister as saying", "quoted him as saying"), or nil.
    private func quotedAsSaying(after start: Int, region: Range<Int>) -> ResolvedSpeaker? {
        let position = start < region.upperBound && Self.articles.contains(tokens[start].lowerKey) ? start + 1 : start
        guard position < region.upperBound else { return nil }
        guard let found = mentionStarting[position] else {
            // A name no dictionary knows: capitalised words right before "as".
            var end = position
            while end < min(region.upperBound, position + 3), tokens[end].isCapitalizedWord, !quoted[end] { end += 1 }
            // (Or lower-case words describing a body after an article: "quoted the foreign ministry
            // as saying".)
            if end == position, position > start {
                while end < min(region.upperBound, position + 3), tokens[end].isUncapitalizedWord, !quoted[end], tokens[end].lowerKey != Self.asKey { end += 1 }
            }
            guard end > position, end < region.upperBound, tokens[end].lowerKey == Self.asKey else { return nil }
            return ResolvedSpeaker(speaker: plainSpeaker(position..<end))
        }
        guard mentions[found].kind != .agency else { return nil }
        let after = mentions[found].tokens.upperBound
        guard (after..<min(region.upperBound, after + 3)).contains(where: { tokens[$0].lowerKey == Self.asKey }) else { return nil }
        return resolve(mentions[found], cueGender: nil)
    }
    private static let quoteLemma = FNV1a.hash("quote")

    /// "One of them", "one of the three", "another" opening the words before a verb: the group
    /// that speaks as itself named last before them ("three EU diplomats said"), in this
    /// paragraph or the one before.
    private func memberOfGroup(_ words: Range<Int>) -> ResolvedSpeaker? {
        // ("One of its members, who asked not to be named, said": the words before the aside.)
        let words = words.lowerBound..<(asideOpening(before: words.upperBound, from: words.lowerBound, relativeToo: true) ?? words.upperBound)
        var start = words.lowerBound
        while start < words.upperBound, !tokens[start].isWord { start += 1 }
        // ("The other said…": the second of two.)
        if start + 1 < words.upperBound, tokens[start].lowerKey == Self.theKey, tokens[start + 1].lowerKey == Self.otherKey { start += 1 }
        guard start < words.upperBound, Self.groupMembers.contains(tokens[start].lowerKey) else { return nil }
        let rest = (start + 1)..<words.upperBound
        let one = tokens[start].lowerKey == Self.oneKey
        // ("Every council leader I have interviewed… "…," one said": "one" alone, of those
        // that a quantifier before their role made many.)
        let alone = one && rest.allSatisfy({ !tokens[$0].isWord })
        guard one ? alone || (rest.count >= 2 && tokens[rest.lowerBound].lowerKey == Self.of && rest.count <= 4) : rest.allSatisfy({ !tokens[$0].isWord }) else { return nil }
        // "one of the diplomats": the group it names, whether or not it spoke before.
        if one, !alone, let named = ((rest.lowerBound + 1)..<rest.upperBound).first(where: { mentionStarting[$0] != nil }).flatMap({ mentionStarting[$0] }),
           mentions[named].kind == .role, mentions[named].tokens.upperBound == rest.upperBound {
            return bareRole(mentions[named])
        }
        let paragraph = sentences[tokenSentence[start]].paragraph
        for index in stride(from: firstMention(atOrAfter: start) - 1, through: 0, by: -1) {
            let mention = mentions[index]
            guard sentences[tokenSentence[mention.tokens.lowerBound]].paragraph + 1 >= paragraph else { break }
            guard mention.kind == .role, let role = mention.role, !isQuoted(mention) else { continue }
            // ("one of them" too, "them" being those.)
            let quantified = mention.tokens.lowerBound > 0 && Self.groupQuantifiers.contains(tokens[mention.tokens.lowerBound - 1].lowerKey)
            let ofThem = rest.count == 2 && tokens[rest.upperBound - 1].lowerKey == Self.themKey
            guard lexicon.rolesSpeakingAsThemselves.contains(role) || ((alone || ofThem) && quantified) else { continue }
            return bareRole(mention)
        }
        // "one of its members", with no group named before: a group no dictionary lists,
        // described by its plural noun.
        let noun = rest.upperBound - 1
        if one, noun > rest.lowerBound + 1, tokens[noun].isUncapitalizedWord, mentionStarting[noun] == nil,
           Self.groupDeterminers.contains(tokens[noun - 1].lowerKey), utf8[tokens[noun].range.end - 1] == UInt8(ascii: "s") {
            return ResolvedSpeaker(speaker: plainSpeaker(noun..<(noun + 1)))
        }
        return nil
    }
    private static let groupMembers = HashedKeySet(["one", "another", "other"])
    private static let themKey = FNV1a.hash("them")
    /// Words before a role that make it many ("every council leader", "all the mayors").
    private static let groupQuantifiers = HashedKeySet(["every", "each", "all", "many", "several", "most", "some"])
    /// Determiners between "one of" and a group's plural noun ("one of its members").
    private static let groupDeterminers = HashedKeySet(["the", "its", "their", "his", "her", "our"])
    private static let otherKey = FNV1a.hash("other")
    static let theKey = FNV1a.hash("the")
    /// Verbs whose object is the one quoted ("цитирует ее агентство").
    private static let quotingLemmas = HashedKeySet(["цитировать", "цитувати", "процитировать", "процитувати", "quote"])
    /// Russian and Ukrainian pronouns for whom a verb of quoting quotes ("цитирует ее ТАСС").
    private static let objectPronouns = HashedKeyTable<Gender>([
        ("его", .masculine), ("ее", .feminine), ("её", .feminine), ("их", .plural), ("його", .masculine), ("її", .feminine), ("їх", .plural)])

    /// "a trader", "one senior banker": an indefinite article and up to three lower-case
    /// words (not function words), ending the clause or before a preposition or "who"; the
    /// words without the determiner.
    private func indefiniteDescription(at start: Int, end: Int) -> Range<Int>? {
        // "— спросил один из предпринимателей": one of a group no one named before, all of it.
        if start + 2 < end, Self.oneOf.contains(tokens[start].lowerKey), Self.fromWords.contains(tokens[start + 1].lowerKey),
           tokens[start + 2].isUncapitalizedWord, mentionStarting[start + 2].map({ mentions[$0].kind == .role }) ?? true {
            var last = start + 3
            while last < min(end, start + 5), tokens[last].isUncapitalizedWord, !isFunctionWord(last) { last += 1 }
            return start..<last
        }
        guard start + 1 < end, Self.indefiniteArticles.contains(tokens[start].lowerKey) else { return nil }
        var last = start + 1
        while last < min(end, start + 4), tokens[last].isUncapitalizedWord, !isFunctionWord(last), !Self.relativeWords.contains(tokens[last].lowerKey) { last += 1 }
        guard last > start + 1 else { return nil }
        let closes = last == end || !tokens[last].isWord || isFunctionWord(last) || Self.relativeWords.contains(tokens[last].lowerKey)
        return closes ? (start + 1)..<last : nil
    }
    /// "— цитирует издание одного из источников", "— приводит РБК слова одного из участников":
    /// one of a group, after the outlet that quotes it and a word or two, up to a mark.
    private func oneOfGroup(after start: Int, end: Int) -> Range<Int>? {
        var position = start
        while position < min(end, start + 4), tokens[position].isWord {
            if Self.oneOf.contains(tokens[position].lowerKey) { return indefiniteDescription(at: position, end: end) }
            position += 1
        }
        return nil
    }

    /// One to three capitalised Latin words from `start` that no dictionary files and that end
    /// the clause (a mark, the region's end, or a lower-case word after them), or nil.
    private func unknownNameAfterVerb(at start: Int, end: Int) -> Range<Int>? {
        var stop = start
        while stop < min(end, start + 3), tokens[stop].isCapitalizedWord, !quoted[stop], mentionStarting[stop] == nil,
              !isFunctionWord(stop), !NameForms.calendarWords.contains(tokens[stop].lowerKey) { stop += 1 }
        guard stop > start, tokens[start].firstScript(in: utf8) == ScriptClass.latin,
              stop == end || tokens[stop].kind == .mark || tokens[stop].isUncapitalizedWord else { return nil }
        return start..<stop
    }

    /// Words in an interview's lead that say the text below is its questions and answers.
    private static let interviewLeadWords = HashedKeySet(interviewWordList + ["answers", "questions", "беседе", "ответы", "вопросы", "розмові",
                                                                              "відповіді", "запитання"])

    /// An interview printed without "Q:"/"A:" or dashes: after a lead that says it is one
    /// ("His answers have been translated"), each paragraph that is a single question, with no
    /// quotation marks or verb of saying, is a question turn, and the plain paragraphs after it
    /// are answer turns, up to a paragraph with quotation marks or a verb of saying (the
    /// author's words again). Two questions with answers at least; otherwise the spans as found.
    private func withUnmarkedTurns(_ paragraphSpans: [[QuoteSpan]]) -> [[QuoteSpan]] {
        guard !paragraphSpans.contains(where: { $0.contains { if case .turn = $0.shape { true } else { false } } }) else { return paragraphSpans }
        func isPlain(_ paragraph: Int) -> Bool {
            let bounds = paragraphTokens[paragraph].tokens
            return paragraphSpans[paragraph].isEmpty && !bounds.isEmpty && !isInHeadline(bounds.lowerBound)
                && !hasVerbOfSaying(outside: [], in: bounds) && !bounds.contains { tokens[$0].isQuotationMark }
        }
        func isQuestion(_ paragraph: Int) -> Bool {
            let bounds = paragraphTokens[paragraph].tokens
            // (The cheap tests first: this looks at every paragraph of every document.)
            return !bounds.isEmpty && tokens[bounds.upperBound - 1].isMark("?") && bounds.count <= 40
                && tokenSentence[bounds.lowerBound] == tokenSentence[bounds.upperBound - 1] && isPlain(paragraph)
        }
        guard let first = paragraphTokens.indices.first(where: isQuestion), first > 0,
              (max(0, first - 3)..<first).contains(where: { lead in
                  !isInHeadline(paragraphTokens[lead].tokens.lowerBound)
                      && paragraphTokens[lead].tokens.contains { Self.interviewLeadWords.contains(tokens[$0].lowerKey) }
              }) else { return paragraphSpans }
        var result = paragraphSpans
        var questions = 0
        var addressed = 0
        var paragraph = first
        while paragraph < paragraphTokens.count, isQuestion(paragraph), paragraph + 1 < paragraphTokens.count,
              isPlain(paragraph + 1), !isQuestion(paragraph + 1) {
            result[paragraph] = [QuoteSpan(tokens: paragraphTokens[paragraph].tokens, shape: .turn(question: true))]
            questions += 1
            if paragraphTokens[paragraph].tokens.contains(where: { Self.secondPersonWords.contains(tokens[$0].lowerKey) }) { addressed += 1 }
            paragraph += 1
            while paragraph < paragraphTokens.count, isPlain(paragraph), !isQuestion(paragraph) {
                result[paragraph] = [QuoteSpan(tokens: paragraphTokens[paragraph].tokens, shape: .turn(question: false))]
                paragraph += 1
            }
        }
        // (An interviewer asks someone: questions put to "you", not an explainer's own.)
        return questions >= 2 && addressed >= 2 ? result : paragraphSpans
    }

    /// "you", "вы", "ви"… in every case: whom an interviewer's question is put to.
    private static let secondPersonWords = HashedKeySet(["you", "your", "yours", "yourself", "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши",
                                                         "вашей", "вашего", "ты", "тебя", "тебе", "твой", "твоя", "ви", "ваші", "ти", "твій"])

    /// Whether a verb of saying stands in `range` outside the quotations `spans`.
    /// Whether a verb of saying starts in `range`, ends inside it, and lies in none of `spans`.
    /// (A loop: as a closure calling this struct's methods, each call copied all of it.)
    func hasVerbOfSaying(outside spans: [QuoteSpan] = [], in range: Range<Int>) -> Bool {
        for index in range where lexicon.cues.match(tokens, at: index, end: range.upperBound)?.value.kind == .verb {
            if !spans.contains(where: { $0.tokens.contains(index) }) { return true }
        }
        return false
    }

    /// Whether a closing quotation mark stands right before `index`, or before the comma or
    /// dash there ('"…," said', '«…», — сказал'), or the dash of dialogue.
    private func followsQuotation(_ index: Int) -> Bool {
        // ("— Когда? — спросил один из…": the dash that opens the author's words in dialogue.)
        if index > 0, QuoteMarks.isAuthorDash(tokens, at: index - 1) { return true }
        var before = index - 1
        while before >= 0, before >= index - 3, tokens[before].isMark(",") || QuoteMarks.standsForDash(tokens, at: before) { before -= 1 }
        return before >= 0 && tokens[before].isQuotationMark
    }
    /// The role whose singular a Russian or Ukrainian genitive plural is a form of
    /// ("журналистов": journalist, "водіїв": driver), found by replacing its ending.
    private func roleOfPluralGenitive(_ index: Int) -> String? {
        let word = string(index..<(index + 1)).lowercased()
        for ending in Self.genitivePluralEndings where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = word.dropLast(ending.count)
            for singular in Self.singularEndings {
                if let role = lexicon.roles.singleTokenValue(forKey: FNV1a.hash(stem + singular)) { return role }
            }
        }
        return nil
    }
    private static let genitivePluralEndings = ["ов", "ев", "ей", "ів", "їв"]
    private static let singularEndings = ["", "ь", "й", "ій", "ий"]
    static let oneOf = HashedKeySet(["один", "одна", "одно", "одного", "одну", "одной", "одніє", "однієї"])
    static let fromWords = HashedKeySet(["из", "з", "із"])
    private static let relativeWords = HashedKeySet(["who", "whose", "which", "that"])
    private static let oneKey = FNV1a.hash("one")

    /// The first mention starting within `within` tokens of `index` (skipping articles); with
    /// `skippingLowercase`, also past other words, quoted names and agencies ("в беседе с
    /// «Известиями»", "в своём Telegram-канале"), up to a clause mark.
    private func mention(near index: Int, within: Int, region: Range<Int>, skippingLowercase: Bool = false) -> Mention? {
        var position = index
        // An outlet skipped, and its quotation marks, count as one word: "Как пишет «РБК» со
        // ссылкой на источники" reaches as far as "Как пишет РБК со ссылкой на источники".
        var limit = index + within + 1
        while position < min(region.upperBound, limit) {
            if let found = mentionStarting[position] {
                guard skippingLowercase, mentions[found].kind == .agency else { return mentions[found] }
                limit += mentions[found].tokens.count - 1
                position = mentions[found].tokens.upperBound
                continue
            }
            let token = tokens[position]
            if skippingLowercase, token.isQuotationMark { limit += 1 }
            // An initial's full stop ("А.Лебедев") is no clause mark.
            let initialStop = token.isMark(".") && position > index && tokens[position - 1].isCapitalized
                && QuoteTokenizer.isSingleLetter(tokens[position - 1], in: utf8)
            // An age before the name ("— каже 72-річна Ніна Петренко") is skipped like a word.
            let skippable = Self.skippedBeforeMention.contains(token.lowerKey)
                || (skippingLowercase ? token.isWord || token.kind == .number || token.isQuotationMark || token.isMark("-") || initialStop : !token.isWord)
            guard skippable else { return nil }
            position += 1
        }
        return nil
    }

    /// The speaker of a verb: the person or organisation named nearest before it in the
    /// clause, else a role, else a pronoun.
    private func subject(before index: Int, from start: Int) -> Mention? {
        // The named subject nearest the verb, person or organisation ("the central bank ... said"
        // is not the analyst named earlier); else a role, else a pronoun. (One backward pass,
        // no filtered copy: this runs for every cue.)
        var role: Mention?
        var pronoun: Mention?
        // A body after "в" or "in" is where the subject is, when a role comes before it
        // ("Собеседник РИА Новости в МИД России уточнил", "a source in the ministry said"); with
        // no role it speaks itself ("В Минфине заявили").
        var locative: Mention?
        // "Putin, in remarks translated by the Kremlin, said": a circumstance set off by commas
        // right before the verb holds no subject.
        let aside = asideOpening(before: index, from: start).map { $0..<index } ?? index..<index
        // Nor does a pronoun in a relative clause there ("One deckhand, who asked not to be named
        // because he feared…, said"); a name there may be the one the role goes by ("the blogger,
        // who writes under the name Severny Veter, wrote").
        let relative = asideOpening(before: index, from: start, relativeToo: true).map { $0..<index } ?? index..<index
        // "Asked by reporters whether…, he said": who put the question, in the phrase opening
        // the sentence up to its last comma, is not the subject.
        var start = start
        if Self.questionIntroducers.contains(tokens[start].lowerKey), let comma = (start..<index).last(where: { tokens[$0].isMark(",") }) { start = comma + 1 }
        // ("In an email to staff seen by this newspaper, she called…": nor is anyone in a phrase
        // of circumstance opening the sentence, up to its comma.)
        else if tokens[start].isCapitalizedWord, Self.openingPrepositions.contains(tokens[start].lowerKey),
                let comma = (start..<index).first(where: { tokens[$0].isMark(",") }) { start = comma + 1 }
        for mention in mentions[firstMention(atOrAfter: start)..<firstMention(atOrAfter: index)].reversed()
        where mention.tokens.upperBound <= index && !isQuoted(mention) && !aside.contains(mention.tokens.lowerBound) {
            // "Когда Центробанк объявил о запуске…, глава регулятора обещала": a name in a clause
            // opened by a subordinator and closed by a comma is not the subject of a role's verb
            // after it (an apposition is: "Marcus Hale, a broker at Lockton, told").
            if let role, mention.kind == .person || mention.kind == .organisation, Self.subordinators.contains(tokens[start].lowerKey),
               (mention.tokens.upperBound..<role.tokens.lowerBound).contains(where: { tokens[$0].isMark(",") }) { return role }
            switch mention.kind {
            case .person:
                // "Vladimir Putin's spokesman said": a possessor before the noun is not the subject;
                // the role after it is, if any.
                let next = mention.tokens.upperBound
                if next < index, tokens[next].isUncapitalizedWord, NameForms.isPossessive(string((next - 1)..<next)) { return role }
                return mention
            case .organisation:
                // "A Gazprom executive, who asked not to be named, told…": the organisation
                // describes the role right after it, which is the subject.
                if let role, role.tokens.lowerBound == mention.tokens.upperBound { return role }
                var opening = mention.tokens.lowerBound
                // "The leader of Northfield council said": the role whose organisation it is.
                if let holder = roleOf(organisationAt: opening, from: start) { return holder }
                // "глава регулятора обещала": a role right before a body in the genitive is its
                // holder, who speaks (Cyrillic: English puts "of" between).
                if opening > start, tokens[opening].firstScript(in: utf8) == ScriptClass.cyrillic,
                   let holder = mentions[firstMention(atOrAfter: max(start, opening - 4))..<firstMention(atOrAfter: opening)]
                       .last(where: { $0.kind == .role && $0.tokens.upperBound == opening }) { return holder }
                if opening > start, Self.articles.contains(tokens[opening - 1].lowerKey) { opening -= 1 }
                guard opening > start, Self.locativePrepositions.contains(tokens[opening - 1].lowerKey) else { return mention }
                if locative == nil { locative = mention }
            case .role:
                // ("The workers' union said": whose union it is, not the subject.)
                if mention.tokens.upperBound < index, tokens.isPluralPossessive(at: mention.tokens.upperBound, in: utf8) { continue }
                if locative != nil { return mention }
                if role == nil { role = roleOf(organisationAt: mention.tokens.lowerBound, from: start) ?? mention }
            case .pronoun:
                if relative.contains(mention.tokens.lowerBound) { continue }
                // ("Her predecessor… called": a possessive before its noun is not the subject.)
                let next = mention.tokens.upperBound
                let possessive = Self.possessiveDeterminers.contains(tokens[mention.tokens.lowerBound].lowerKey) && next < index && tokens[next].isUncapitalizedWord
                if pronoun == nil && !possessive { pronoun = mention }
            case .agency: break
            }
        }
        return locative ?? role ?? pronoun
    }

    /// The last group that speaks as itself ("жители", "analysts") named before `position` in its
    /// paragraph or the one before, outside quotations; nil when a person or body comes after it.
    private func groupNamed(before position: Int) -> Mention? {
        let paragraph = sentences[tokenSentence[position]].paragraph
        for mention in mentions[..<firstMention(atOrAfter: position)].reversed() {
            guard sentences[tokenSentence[mention.tokens.lowerBound]].paragraph + 1 >= paragraph else { return nil }
            if isQuoted(mention) { continue }
            if mention.kind == .role, let role = mention.role, lexicon.rolesSpeakingAsThemselves.contains(role) { return mention }
            if mention.kind == .person || mention.kind == .organisation { return nil }
        }
        return nil
    }

    /// The role right before "of" or "for" (and an article) that the organisation or body word
    /// starting at `opening` follows: "the leader of Northfield council", "a spokesperson for the ministry".
    private func roleOf(organisationAt opening: Int, from start: Int) -> Mention? {
        var position = opening
        // Past the capitals of a place before a body that is a role word ("of Northfield council").
        while position > start + 1, position > opening - 3, tokens[position - 1].isCapitalizedWord, mentionStarting[position - 1] == nil { position -= 1 }
        // Past a few lower-case words describing the body after its article ("a spokesman for
        // the national rail operator").
        if let described = descriptionAfterArticle(before: position, from: start + 1, words: 3) { position = described }
        if position > start, Self.articles.contains(tokens[position - 1].lowerKey) { position -= 1 }
        guard position - 1 > start, Self.roleLinks.contains(tokens[position - 1].lowerKey) else { return nil }
        let end = position - 1
        return mentions[firstMention(atOrAfter: max(start, end - 4))..<firstMention(atOrAfter: end)]
            .last { $0.kind == .role && $0.tokens.upperBound == end }
    }

    func resolve(_ mention: Mention, cueGender: Gender?) -> ResolvedSpeaker? {
        switch mention.kind {
        case .person, .organisation:
            guard let entity = mention.entity else { return nil }
            return speaker(entity: entity, mention: mention)
        case .pronoun:
            if let unnamed = unnamedPerson(before: mention.tokens.lowerBound, gender: mention.gender ?? cueGender) { return unnamed }
            // "Жители с этим не согласны. В соцсетях они пишут…": "they" is the group named last
            // in this paragraph or the one before, when it is a group that speaks as itself.
            if (mention.gender ?? cueGender) == .plural, let group = groupNamed(before: mention.tokens.lowerBound) { return bareRole(group) }
            guard let entity = resolveReference(gender: mention.gender ?? cueGender, role: nil, before: mention.tokens.lowerBound) else { return nil }
            return speaker(entity: entity, mention: mention)
        case .role:
            // A role right before a name belongs to that name; past a possessor in the genitive,
            // a surname alone that a name follows or one of the other gender ("— заявил адвокат
            // Попова Андрей Ефимов", "— заявила адвокат Воронова Ирина Лебедева").
            if var next = mentionStarting[mention.tokens.upperBound], mentions[next].kind == .person, var entity = mentions[next].entity {
                let otherGender = cueGender.map { wanted in (wanted == .masculine || wanted == .feminine) && entities[entity].gender.map { $0 != wanted } ?? false } ?? false
                if otherGender || mentions[next].tokens.count == 1,
                   let after = mentionStarting[mentions[next].tokens.upperBound], mentions[after].kind == .person, let other = mentions[after].entity {
                    next = after
                    entity = other
                }
                return speaker(entity: entity, mention: mentions[next])
            }
            // A role, what it is of, then the name: "— говорит директор компании «Восток-Фиш» Марина Ким".
            if let named = personNamed(after: mention) { return named }
            // The name in commas after it: "quoted a deputy minister, Gulnara Temirbek, as saying"
            // (also past what the role is of: "the head of the International Monetary Fund,
            // Kristalina Georgieva,").
            var comma = mention.tokens.upperBound
            if comma + 2 < tokens.count, Self.roleLinks.contains(tokens[comma].lowerKey) {
                let nameStart = Self.articles.contains(tokens[comma + 1].lowerKey) ? comma + 2 : comma + 1
                let nameEnd = capitalisedNameEnd(from: nameStart, before: min(tokens.count - 1, nameStart + 6))
                if nameEnd > nameStart, tokens[nameEnd].isMark(",") { comma = nameEnd }
            }
            // (Or ending the sentence: 'said one of the organisers, Maria Silva.')
            if comma + 1 < tokens.count, tokens[comma].isMark(","), let next = mentionStarting[comma + 1], mentions[next].kind == .person,
               let entity = mentions[next].entity {
                let after = mentions[next].tokens.upperBound
                let sentenceEnd = sentence(of: comma).upperBound
                if after >= sentenceEnd || tokens[after].isMark(",") || (after..<sentenceEnd).allSatisfy({ tokens[$0].kind == .mark }) {
                    return speaker(entity: entity, mention: mentions[next])
                }
            }
            // "Baltnet's largest shareholder, the pension fund Nordkapital, told…": a name no
            // dictionary knows after an article and words describing it, in commas after the role.
            let afterRole = mention.tokens.upperBound
            if afterRole + 3 < tokens.count, tokens[afterRole].isMark(","), Self.articles.contains(tokens[afterRole + 1].lowerKey) {
                var nameStart = afterRole + 2
                while nameStart < min(tokens.count, afterRole + 5), tokens[nameStart].isUncapitalizedWord { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < min(tokens.count, nameStart + 3), tokens[nameEnd].isCapitalizedWord, mentionStarting[nameEnd] == nil { nameEnd += 1 }
                if nameStart > afterRole + 2, nameEnd > nameStart, nameEnd < tokens.count, tokens[nameEnd].isMark(","),
                   tokens[nameStart].firstScript(in: utf8) == ScriptClass.latin {
                    return ResolvedSpeaker(speaker: plainSpeaker(nameStart..<nameEnd))
                }
            }
            // "— пояснил собеседник издания": the outlet's interlocutor is whoever told the outlet
            // named last ("рассказал РБК представитель ассоциации").
            if let told = interlocutorOfOutlet(mention) { return told }
            // A group ("analysts", "жители") or an unnamed source ("источник в правительстве")
            // speaks as itself, not as someone named before; so does "a spokesperson for Tesla",
            // someone new, speaking for an organisation when one is named.
            // ("…, a deputy foreign minister said" in the lead, then "Deputy Foreign Minister Oksana
            // Marchenko told reporters" in the paragraph after it: the story names who it was.)
            let group = mention.role.map(lexicon.rolesSpeakingAsThemselves.contains) ?? false
            // (Or a few paragraphs on: "…after a judge said…" in the lead, "District Judge Amira
            // Shah told him…" two paragraphs later.)
            if !group, let role = mention.role, hasIndefiniteArticle(mention), !asksAnonymity(after: mention),
               let named = resolveReference(gender: cueGender, role: role, before: mention.tokens.lowerBound, sameRoleOnly: true)
                   .flatMap({ entities[$0].role == role ? $0 : nil }) ?? personLaterHolding(role, after: mention),
               entities[named].role == role, !mentions[..<firstMention(atOrAfter: mention.tokens.lowerBound)].contains(where: { $0.entity == named }) {
                return speaker(entity: named, mention: mention)
            }
            if group || hasIndefiniteArticle(mention) || asksAnonymity(after: mention) {
                return organisation(after: mention.tokens.upperBound) ?? bareRole(mention)
            }
            // "Глава Минэкономразвития Максим Решетов… глава РСПП": the role of another body
            // named right after it is someone new.
            if ofAnotherBody(mention) { return bareRole(mention) }
            // "Belgium… Its finance minister told…": a role after a possessive is someone other
            // than its possessor, the person named with that role before or someone new.
            // (So is one after a name's possessive, perhaps with a word between: "Vladimir Putin's
            // spokesman", "New Zealand's trade minister".)
            let lower = mention.tokens.lowerBound
            let possessor = lower > 1 && tokens[lower - 1].isUncapitalizedWord ? lower - 2 : lower - 1
            let possessed = (lower > 0 && Self.possessiveDeterminers.contains(tokens[lower - 1].lowerKey))
                || (possessor >= 0 && tokens[possessor].isCapitalizedWord && NameForms.isPossessive(string(possessor..<(possessor + 1))))
            // A journalist ("— спросил корреспондент") is the one named as a journalist, if any,
            // not the official the story is about.
            let journalist = mention.role.map(Self.journalistRoles.contains) ?? false
            // "Представитель «АвтоВАЗа»": the role of a body named in quotation marks right after
            // it is the one named with that role before, or someone new.
            let after = mention.tokens.upperBound
            // (Not an outlet told: "— сказал эксперт «Ведомостям»".)
            let ofQuotedBody = after + 1 < tokens.count && tokens[after].isQuotationMark && tokens[after + 1].isCapitalizedWord
                && mentionStarting[after + 1].map { mentions[$0].kind != .agency } ?? true
            if let introduced = introducedWithModifier(mention) { return speaker(entity: introduced, mention: mention) }
            // "A Russian figure skater banned… The skater, 19, told…": a role introduced before
            // with an indefinite article and no name is that unnamed person, not someone else
            // named in between (her lawyer).
            // (Looked for only after "the", which such a later mention takes.)
            let definite = (max(0, mention.tokens.lowerBound - 3)..<mention.tokens.lowerBound).contains { tokens[$0].lowerKey == Self.theKey }
            let introducedUnnamed = definite && mention.role.map { role in
                mentions[..<firstMention(atOrAfter: mention.tokens.lowerBound)].contains { $0.kind == .role && $0.role == role && hasIndefiniteArticle($0) }
            } ?? false
            if let entity = resolveReference(gender: cueGender, role: mention.role, before: mention.tokens.lowerBound,
                                             sameRoleOnly: possessed || journalist || ofQuotedBody || introducedUnnamed) {
                return speaker(entity: entity, mention: mention)
            }
            return bareRole(mention)
        case .agency:
            return nil
        }
    }

    /// The first person given `role` in the lead paragraph holding `mention` or the three after
    /// it, when `mention` stands in the story's lead (its first paragraph past the headline).
    private func personLaterHolding(_ role: String, after mention: Mention) -> Int? {
        let paragraph = sentences[tokenSentence[mention.tokens.lowerBound]].paragraph
        guard let lead = paragraphTokens.firstIndex(where: { !isInHeadline($0.tokens.lowerBound) }), lead == paragraph else { return nil }
        let last = min(paragraphTokens.count - 1, paragraph + 3)
        return mentions[firstMention(atOrAfter: mention.tokens.upperBound)...].prefix(while: { $0.tokens.lowerBound < paragraphTokens[last].tokens.upperBound })
            .first(where: { $0.kind == .person && !isQuoted($0) && $0.entity.map { entities[$0].role == role } ?? false })?.entity
    }

    private static let journalistRoles: Set<String> = ["journalist", "correspondent", "reporter"]
    /// Roles of someone speaking for another.
    private static let spokesRoles: Set<String> = ["spokesperson"]
    /// Roles of the parties of a case or a treatment, each someone other than the others.
    private static let partyRoles: Set<String> = ["defendant", "lawyer", "prosecutor", "judge", "witness", "doctor", "patient", "victim", "suspect"]
    /// Russian and Ukrainian words for a correspondent, which are no role of `roles.tsv` (as one,
    /// "Как передает корреспондент ТАСС" would name a speaker besides the agency).
    private static let correspondentWords = HashedKeySet(["корреспондент", "корреспондентка", "кореспондент", "кореспондентка"])
    /// Words for a correspondent or a journalist in every case, Russian and Ukrainian: a quoted
    /// name after one is the outlet they work for ("корреспонденту «СарИнформ»", "на вопрос
    /// журналиста «…»").
    static let journalistWordForms = HashedKeySet(
        ["корреспондент", "журналист"].flatMap { stem in ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ка", "ки", "ке", "ку", "кой"].map { stem + $0 } }
        + ["кореспондент", "журналіст"].flatMap { stem in ["", "а", "у", "ові", "ом", "і", "ів", "ам", "ка", "ки", "ці", "ку", "кою"].map { stem + $0 } })

    func isInHeadline(_ token: Int) -> Bool { sentences[tokenSentence[token]].kind == .headline }

    /// Whether a text sentence holds `words` (lower case) and a speech cue.
    private func reportedInBody(_ words: [UInt8]) -> Bool {
        sentences.indices.contains { index in
            guard sentences[index].kind == .text else { return false }
            let bounds = sentenceTokens[index]
            return Self.occurs(words, in: lowerCaseBytes(bounds)) && hasSpeechCue(bounds)
        }
    }

    /// A speaker given only by the words of the text ("regional governor's office", "Paylink"):
    /// no entity, no role.
    func plainSpeaker(_ words: Range<Int>) -> Quote.Speaker {
        let text = string(words)
        return Quote.Speaker(name: text, latin: text, mention: range(words), role: nil)
    }

    /// Articles and prepositions that lead to an outlet's name ("a report in the", "a statement to").
    static let outletLeadIns = HashedKeySet(["the", "a", "an", "in", "by", "to", "of", "from", "on", "в", "у", "на"])

    /// Words for the person an outlet spoke with ("собеседник агентства").
    static let interlocutors = HashedKeySet(["собеседник", "собеседница", "співрозмовник", "співрозмовниця"])

    /// The speaker an interlocutor of an outlet named before stands for: "собеседник издания"
    /// (a word for the outlet after it, not a name: "Собеседник РИА Новости" is someone new) is
    /// who spoke in the sentence that named the outlet last, or nil.
    private func interlocutorOfOutlet(_ mention: Mention) -> ResolvedSpeaker? {
        let start = mention.tokens.lowerBound
        guard Self.interlocutors.contains(tokens[start].lowerKey) else { return nil }
        let outletWord = mention.tokens.count > 1 ? start + 1 : mention.tokens.upperBound
        guard outletWord < tokens.count, let naming = lexicon.namingWords.match(tokens, at: outletWord), naming.value.refersBack,
              let agency = agencyMentionIndices.last(where: { mentions[$0].tokens.upperBound <= start && !mentions[$0].refersBack }) else { return nil }
        let told = sentence(of: mentions[agency].tokens.lowerBound)
        guard !told.contains(start) else { return nil }
        let candidates = mentions[firstMention(atOrAfter: told.lowerBound)..<firstMention(atOrAfter: told.upperBound)]
        guard let speaker = candidates.first(where: { ($0.kind == .person || $0.kind == .role) && !isQuoted($0) }) else { return nil }
        return resolve(speaker, cueGender: nil)
    }

    /// Whether a capitalised name follows the role ("глава РСПП"), and the same role named
    /// before was followed by other names only ("Глава Минэкономразвития").
    private func ofAnotherBody(_ mention: Mention) -> Bool {
        let after = mention.tokens.upperBound
        guard let role = mention.role, after < tokens.count, tokens[after].isCapitalizedWord else { return false }
        var sawOther = false
        // (The token tests first: comparing role Strings for every earlier mention cost more.)
        for earlier in mentions[..<firstMention(atOrAfter: mention.tokens.lowerBound)] where earlier.kind == .role {
            let next = earlier.tokens.upperBound
            guard next < tokens.count, tokens[next].isCapitalizedWord, earlier.role == role else { continue }
            if tokens[next].lowerKey == tokens[after].lowerKey { return false }
            sawOther = true
        }
        return sawOther
    }

    /// A role as the speaker itself ("analysts", "a spokesperson"): no entity behind it.
    private func bareRole(_ mention: Mention) -> ResolvedSpeaker {
        let roleText = string(withItsBody(mention))
        return ResolvedSpeaker(speaker: Quote.Speaker(name: roleText, latin: mention.role ?? roleText, mention: range(mention.tokens), role: mention.role))
    }

    /// Someone brought in without a name, by a description with an indefinite article ("A
    /// crane operator with 22 years at the port … said"), in the paragraph of `position` or the
    /// one before, with no fitting person named after it: "he said" there is that person's, not
    /// the last man named. Only for "he" and "she", which point at one person.
    private func unnamedPerson(before position: Int, gender: Gender?) -> ResolvedSpeaker? {
        guard gender == .masculine || gender == .feminine, position < tokens.count else { return nil }
        let paragraph = sentences[tokenSentence[position]].paragraph
        for index in stride(from: firstMention(atOrAfter: position) - 1, through: 0, by: -1) {
            let mention = mentions[index]
            guard sentences[tokenSentence[mention.tokens.lowerBound]].paragraph + 1 >= paragraph else { return nil }
            guard !isQuoted(mention) else { continue }
            switch mention.kind {
            case .person:
                if let entity = mention.entity, entities[entity].kind == .person, entities[entity].gender.map({ $0 == gender }) ?? true { return nil }
            case .role:
                // (So is one of another body than the same role named before, "глава РСПП", and
                // one that no name was given for: "The minister told Reuters… "…," he said.")
                // ("Anna Berg and her husband… she said": not a role of the other sex.)
                guard (mention.gender ?? mention.role.flatMap { Self.roleGenders[FNV1a.hash($0)] }).map({ $0 == gender }) ?? true else { continue }
                // ("Anna Berg, a nurse, and…": an apposition describes the person before it, who is
                // found by name.)
                var opening = mention.tokens.lowerBound
                // (The article perhaps before a word describing the role: "a grain trader".)
                if let article = (max(0, opening - 3)..<opening).last(where: { Self.articles.contains(tokens[$0].lowerKey) }),
                   (article + 1..<opening).allSatisfy({ tokens[$0].isUncapitalizedWord }) { opening = article }
                // ("who trained as an engineer", "worked as a nurse": what someone is or was, not
                // someone new.)
                if opening > 0, tokens[opening - 1].lowerKey == Self.asKey { continue }
                // (Also after an age: "Hanna Melnyk, 41, a grain trader,".)
                if opening > 1, tokens[opening - 1].isMark(","), let before = mentions[..<index].last, before.kind == .person,
                   before.tokens.upperBound == opening - 1
                    || (opening > 3 && before.tokens.upperBound == opening - 3 && tokens[opening - 2].kind == .number && tokens[opening - 3].isMark(",")) { continue }
                // (Not a group, which speaks as itself: "analysts said… he said" is someone else's.)
                let described = hasIndefiniteArticle(mention) || ofAnotherBody(mention)
                if !described, mention.role.map(lexicon.rolesSpeakingAsThemselves.contains) ?? true { continue }
                // A person named after all ("a spokesman, Ivan Petrov,", "the minister… Petrov") is found by name;
                // a body the role speaks for is the speaker ("A spokeswoman for Rosneft declined… she said").
                guard let resolved = resolve(mention, cueGender: gender), resolved.entity.map({ entities[$0].kind != .person }) ?? true else { return nil }
                return resolved
            default:
                continue
            }
        }
        return nil
    }

    /// A role that `roles.tsv` names with the body it speaks for (a press service) takes the words
    /// after it ("пресс-служба судов столицы", "пресс-служба Смольного"): up to three, to a mark,
    /// a preposition, a verb of saying or a name.
    private func withItsBody(_ mention: Mention) -> Range<Int> {
        guard let role = mention.role, lexicon.rolesNamedWithTheirBody.contains(role) else { return mention.tokens }
        let sentenceEnd = sentence(of: mention.tokens.lowerBound).upperBound
        var end = mention.tokens.upperBound
        while end < min(sentenceEnd, mention.tokens.upperBound + 3), tokens[end].isWord, !quoted[end], mentionStarting[end] == nil,
              !Self.prepositions.contains(tokens[end].lowerKey), !Self.conjunctions.contains(tokens[end].lowerKey),
              !Self.circumstanceOpeners.contains(tokens[end].lowerKey), lexicon.cues.match(tokens, at: end) == nil,
              // ("В пресс-службе минстроя агентству сообщили": whom they told is no part of the body.)
              !Self.addressees.contains(tokens[end].lowerKey), lexicon.namingWords.match(tokens, at: end)?.value.refersBack != true {
            end += 1
        }
        return mention.tokens.lowerBound..<end
    }

    /// Whom words are told to, in the dative, between a body and its verb.
    static let addressees = HashedKeySet(["журналистам", "журналістам", "корреспонденту", "кореспонденту", "репортерам"])

    /// Nouns for a person that say only whether a man or a woman is meant, with the English
    /// word a speaker's role takes when no one they may refer to was named.
    private static let personNouns: [(noun: String, gender: Gender, english: String)] = [
        ("мужчина", .masculine, "man"), ("чоловік", .masculine, "man"), ("парень", .masculine, "young man"),
        ("хлопець", .masculine, "young man"), ("юноша", .masculine, "young man"), ("юнак", .masculine, "young man"),
        ("старик", .masculine, "old man"), ("дідусь", .masculine, "old man"), ("пенсионер", .masculine, "pensioner"),
        ("пенсіонер", .masculine, "pensioner"), ("женщина", .feminine, "woman"), ("жінка", .feminine, "woman"),
        ("девушка", .feminine, "young woman"), ("дівчина", .feminine, "young woman"), ("старушка", .feminine, "old woman"),
        ("бабушка", .feminine, "old woman"), ("бабуся", .feminine, "old woman"), ("пенсионерка", .feminine, "pensioner"),
        ("пенсіонерка", .feminine, "pensioner")]
    static let genderedPersonNouns = HashedKeyTable<Gender>(personNouns.map { ($0.noun, $0.gender) })
    static let personNounsInEnglish = HashedKeyTable<String>(personNouns.map { ($0.noun, $0.english) })

    /// "the French minister" after "…met his French counterpart Eric Lombard": the person named
    /// last with the capitalised word before the role within the four words before the name.
    private func introducedWithModifier(_ mention: Mention) -> Int? {
        let modifier = mention.tokens.lowerBound - 1
        guard modifier > 0, tokens[modifier].isCapitalizedWord, mentionStarting[modifier] == nil, !quoted[modifier],
              Self.articles.contains(tokens[modifier - 1].lowerKey) else { return nil }
        let key = tokens[modifier].lowerKey
        for candidate in mentions[..<firstMention(atOrAfter: modifier)].reversed() where candidate.kind == .person && !isQuoted(candidate) {
            let name = candidate.tokens.lowerBound
            guard (max(0, name - 4)..<name).contains(where: { tokens[$0].lowerKey == key }), let entity = candidate.entity else { continue }
            return entity
        }
        return nil
    }

    /// The sex the English name of a role tells (`roles.tsv`'s role column).
    static let roleGenders = HashedKeyTable<Gender>(
        ["husband", "son", "father", "brother", "grandfather", "uncle", "nephew", "king", "prince", "actor", "businessman", "chairman",
         "congressman", "spokesman", "Dutchman", "Englishman", "Frenchman", "Irishman", "Welshman"].map { ($0, Gender.masculine) }
        + ["wife", "daughter", "mother", "sister", "grandmother", "aunt", "niece", "queen", "princess", "actress", "businesswoman", "chairwoman",
           "congresswoman", "spokeswoman", "Dutchwoman", "Frenchwoman"].map { ($0, Gender.feminine) })

    /// "the 48-year-old" right before `end`.
    private func isAgeDescription(endingAt end: Int, from start: Int) -> Bool {
        guard end - 6 >= start else { return false }
        let words = (end - 6)..<end
        return Self.articles.contains(tokens[words.lowerBound].lowerKey) && tokens[words.lowerBound + 1].kind == .number
            && tokens[words.lowerBound + 2].isMark("-") && Self.yearWords.contains(tokens[words.lowerBound + 3].lowerKey)
            && tokens[words.lowerBound + 4].isMark("-") && tokens[words.lowerBound + 5].lowerKey == Self.old
    }
    static let yearWords = HashedKeySet(["year", "years"])
    static let old = FNV1a.hash("old")

    /// "Медсестра приемного отделения, попросившая не называть ее имени": a role that asks not
    /// to be named, in the words right after it, is someone new (Russian and Ukrainian have no
    /// article to say so).
    private func asksAnonymity(after mention: Mention) -> Bool {
        // The participle opens the clause set off by the first comma after the role.
        let end = min(tokens.count - 1, mention.tokens.upperBound + 6)
        guard let comma = (mention.tokens.upperBound..<max(mention.tokens.upperBound, end)).first(where: { tokens[$0].isMark(",") }) else { return false }
        return Self.anonymityWords.contains(tokens[comma + 1].lowerKey)
    }
    static let anonymityWords = HashedKeySet(["попросивший", "попросившая", "попросившие", "пожелавший", "пожелавшая", "пожелавшие",
                                              "попросив", "попросила", "попросили", "побажав", "побажала", "побажали"])

    /// "a spokesperson", "a senior official", "an unnamed Western diplomat": an indefinite
    /// article before the role, perhaps with a word or two describing it.
    private func hasIndefiniteArticle(_ mention: Mention) -> Bool {
        // The article lies within three tokens of the role whatever comes between; most roles
        // have none there, and the walk below is not needed.
        // (Counted from the start of a body named right before it: "a Bank of England spokeswoman".)
        // (A body's name ends in a capitalised word: only then is it looked for.)
        var anchor = mention.tokens.lowerBound
        if anchor > 0, tokens[anchor - 1].isCapitalizedWord,
           let body = mentions[firstMention(atOrAfter: max(0, anchor - 6))..<firstMention(atOrAfter: anchor)]
            .last(where: { $0.kind == .organisation && $0.tokens.upperBound == anchor }) { anchor = body.tokens.lowerBound }
        else if anchor > 0, tokens[anchor - 1].isCapitalizedWord, !Self.indefiniteArticles.contains(tokens[anchor - 1].lowerKey) {
            // A name no dictionary knows: its capitalised words and their joiners ("a Department
            // of Health spokesperson").
            var start = anchor - 1
            while start > 0, anchor - start < 5, !Self.indefiniteArticles.contains(tokens[start - 1].lowerKey),
                  tokens[start - 1].isCapitalizedWord || (Self.nameConnectors.contains(tokens[start - 1].lowerKey) && start >= 2 && tokens[start - 2].isCapitalizedWord) {
                start -= 1
            }
            anchor = start
        }
        // (Five tokens when a hyphen joins a describing word: "a London-based trader".)
        let reach = anchor >= 2 && tokens[anchor - 2].isMark("-") && !tokens[anchor - 2].spaceBefore ? 5 : 3
        guard (max(0, anchor - reach)..<mention.tokens.lowerBound).contains(where: { Self.indefiniteArticles.contains(tokens[$0].lowerKey) })
        else { return false }
        var position = anchor - 1
        while position >= 0 && position >= anchor - reach {
            if Self.indefiniteArticles.contains(tokens[position].lowerKey) { return true }
            // "a Gazprom executive", "a council spokesman": an organisation or body the role is of, before it.
            if position > 0, let organisation = mentions[firstMention(atOrAfter: max(0, position - 3))..<firstMention(atOrAfter: position + 1)]
                .last(where: { ($0.kind == .organisation || $0.kind == .role) && $0.tokens.upperBound == position + 1 }) {
                position = organisation.tokens.lowerBound - 1
                continue
            }
            // Only words that describe the role between ("A crane operator"), not another noun's
            // article ("a memo to employees").
            let key = tokens[position].lowerKey
            if tokens[position].isMark("-"), !tokens[position].spaceBefore, position + 1 < tokens.count, !tokens[position + 1].spaceBefore {
                position -= 1
                continue
            }
            guard tokens[position].isWord, mentionStarting[position] == nil, !Self.circumstanceOpeners.contains(key),
                  !Self.forOf.contains(key), !Self.prepositions.contains(key) else { return false }
            position -= 1
        }
        return false
    }

    /// Whether the quote's own verb of saying has for its subject a pronoun of the other gender
    /// than the donor quote's speaker ('"…," she said. "…," he said.'): the quote is not theirs.
    /// (The pronoun around its cue, or right after its closing mark and comma when no cue was
    /// found, the pronoun having resolved to no one.)
    private func pronounContradicts(_ candidate: Candidate, donor: Attribution) -> Bool {
        guard let entity = donor.speakerEntity, let speakerGender = entities[entity].gender,
              speakerGender == .masculine || speakerGender == .feminine else { return false }
        var positions = [Int]()
        if let cue = candidate.attribution?.cue {
            positions = [tokens.partitionPoint { $0.range.start >= cue.start } - 1, tokens.partitionPoint { $0.range.start >= cue.end }]
        } else if let close = candidate.span.closeMark {
            positions = [close + 1, close + 2, close + 3]
        }
        for position in positions {
            guard let found = mentionStarting[position], mentions[found].kind == .pronoun, let gender = mentions[found].gender,
                  position + 1 < tokens.count, lexicon.cues.match(tokens, at: position + 1)?.value.kind == .verb
                    || (position > 0 && verb(endingAt: position, from: 0) != nil) else { continue }
            if (gender == .masculine || gender == .feminine) && gender != speakerGender { return true }
        }
        return false
    }

    /// Whether a transcript turn is the interviewing outlet's question: its label is one word,
    /// the last of an outlet's name given before ("She spoke to the Brackley Gazette." …
    /// "Gazette: What changed…?"). Like a "Q:" turn, it is speech with no speaker named.
    private func isInterviewerTurn(_ span: QuoteSpan) -> Bool {
        guard case .namedTurn(let first) = span.shape, span.tokens.lowerBound - 1 == first + 1, tokens[first].isCapitalizedWord else { return false }
        return agencyMentionIndices.contains { mentions[$0].tokens.upperBound <= first && tokens[mentions[$0].tokens.upperBound - 1].key == tokens[first].key }
    }

    /// The person named right before a transcript turn's colon ("Ruth Kessler:", or "Kessler:"
    /// when only the surname is a mention).
    private func turnSpeaker(_ span: QuoteSpan) -> Mention? {
        guard case .namedTurn(let first) = span.shape else { return nil }
        let colon = span.tokens.lowerBound - 1
        let last = mentions[firstMention(atOrAfter: first)..<firstMention(atOrAfter: colon)].last
        // ("Reporter: Will Finland…?": a role alone before the colon is a turn's speaker too.)
        return last.flatMap { $0.tokens.upperBound == colon && ($0.kind == .person || ($0.kind == .role && $0.tokens.lowerBound == first)) ? $0 : nil }
    }

    /// The person named within a few tokens after a role (or an organisation in a description),
    /// before any comma, sentence end or speech verb.
    private func personNamed(after mention: Mention) -> ResolvedSpeaker? {
        let end = min(sentence(of: mention.tokens.lowerBound).upperBound, mention.tokens.upperBound + 7)
        var position = mention.tokens.upperBound
        while position < end {
            if let found = mentionStarting[position], mentions[found].kind == .person, let entity = mentions[found].entity {
                return speaker(entity: entity, mention: mentions[found])
            }
            let token = tokens[position]
            if token.isMark(",") || token.isMark(".") || token.isMark(":") || lexicon.cues.match(tokens, at: position) != nil { return nil }
            position += 1
        }
        return nil
    }

    /// The organisation after "for" / "of" ("a spokesperson for the Bank of England"): a known
    /// one, or the capitalised words of its name.
    private func organisation(after index: Int) -> ResolvedSpeaker? {
        guard index < tokens.count, Self.forOf.contains(tokens[index].lowerKey) else { return nil }
        var position = index + 1
        if position < tokens.count, Self.articles.contains(tokens[position].lowerKey) { position += 1 }
        if let found = mentionStarting[position], mentions[found].kind == .organisation || mentions[found].kind == .agency, let entity = mentions[found].entity {
            return speaker(entity: entity, mention: mentions[found])
        }
        let sentenceEnd = sentence(of: index).upperBound
        let end = capitalisedNameEnd(from: position, before: sentenceEnd)
        guard end > position else { return nil }
        return ResolvedSpeaker(speaker: plainSpeaker(position..<end))
    }
    static let forOf = HashedKeySet(["for", "of"])
    /// Prepositions before the body a document was sent to ("a filing with the SEC", "a letter to the court").
    static let recipientPrepositions = HashedKeySet(["with", "to"])
    /// Words for an interview, after a headline's quotation and colon.
    static let interviewWords = HashedKeySet(interviewWordList)
    private static let interviewWordList = ["interview", "conversation", "интервью", "беседа", "інтерв'ю", "інтерв’ю", "розмова"]
    /// Words between a role and the organisation it is of: "the leader of", "a spokesperson for", "analysts at".
    static let roleLinks = HashedKeySet(["for", "of", "at"])
    static let accuse = FNV1a.hash("accuse")
    /// Possessive determiners before a role: "its finance minister", "her lawyer" (the
    /// personal ones, and "its").
    /// (Russian and Ukrainian too: "по словам ее пресс-секретаря", "її речник".)
    static let possessiveDeterminers = HashedKeySet(personalPossessiveWords + ["its", "его", "ее", "её", "их", "його", "її", "їх", "їхній", "їхня"])
    /// Possessives that only a person's relation takes ("Her neighbour, Dev Patel,"), not a firm's.
    static let personalPossessiveWords = ["her", "his", "their", "my", "our", "your"]
    static let from = FNV1a.hash("from")
    static let by = FNV1a.hash("by")
    static let of = FNV1a.hash("of")
    /// "который", "який" in their forms: they agree with a noun, so what they follow is one.
    static let cyrillicRelativePronouns = HashedKeySet(cyrillicRelativePronounWords)
    static let cyrillicRelativePronounWords = ["который", "которая", "которое", "которые", "которого", "которой", "которую", "которым", "которых", "которому",
                                               "котрий", "котра", "котре", "котрі", "котрого", "котрої", "котру",
                                               "який", "яка", "яке", "які", "якого", "якої", "яку", "яким", "яких"]
    /// Words of a conviction or charge, before the quoted name of the offence.
    static let chargeWords = HashedKeySet(["convicted", "charged", "jailed", "sentenced", "prosecuted", "indicted", "fined", "charges", "charge",
                                           "осужден", "осуждена", "осуждены", "осудили", "приговорил", "приговорила", "приговорили",
                                           "приговорен", "приговорена", "статье", "статьи", "статья", "обвинению", "обвинение", "обвинения",
                                           "оштрафован", "оштрафована", "оштрафовали",
                                           "засуджено", "засуджений", "засуджена", "засудили", "статтею", "статті", "стаття", "обвинувачення",
                                           "оштрафували"])
    static let `in` = FNV1a.hash("in")
    /// Lower-case words inside an organisation's name ("Bank of England", "Ministry of Defence").

    /// A person named earlier: one with the same role, else the subject of the nearest sentence
    /// that names a person of a fitting gender; a role in a headline may also point forward.
    private func resolveReference(gender: Gender?, role: String?, before position: Int, sameRoleOnly: Bool = false) -> Int? {
        // The parties of a case are different people: "the defendant" is not the lawyer.
        // (Asked once here: `fits` runs for every mention searched.)
        let partyRole = role.map(Self.partyRoles.contains) ?? false
        let spokesRole = role.map(Self.spokesRoles.contains) ?? false
        // (Worked out only when a person with an office is weighed: this runs for every role resolved.)
        var askedOffice: String??
        func fits(_ entity: Int) -> Bool {
            guard entities[entity].kind == .person else { return false }
            if partyRole, let other = entities[entity].role, other != role, Self.partyRoles.contains(other) { return false }
            // A spokesperson speaks for someone else: not a person the text gave another role
            // ("Речник МАГАТЕ… додав" after its director general was quoted).
            if spokesRole, let other = entities[entity].role, other != role { return false }
            // One office is not another: "the governor" is not "park director Pavel Rogov" (other
            // roles, "the official", "the footballer", may be anyone named with a role).
            if let office = entityOffices[entity] {
                if askedOffice == nil { askedOffice = role.flatMap(Self.office(of:)) }
                if let asked = askedOffice!, office != asked { return false }
            }
            guard let wanted = gender, wanted != .plural, wanted != .neuter, let actual = entities[entity].gender else { return gender != .plural }
            return wanted == actual
        }
        // Forward only from a headline: in the body a role refers back.
        let inHeadline = position < tokens.count && isInHeadline(position)
        // 'Asked whether Malone was ready, she laughed': whom the question is about is not who
        // answers it, so the search back ends where the question begins.
        let askedAbout = position < tokens.count ? questionPutBefore(position) : 0..<0
        // Names inside quotations are what speakers talk about, not who speaks:
        // "«Маск не раз переносил сроки», — сказал эксперт" is not Musk's.
        func isCandidate(_ mention: Mention) -> Bool { mention.kind == .person && !isQuoted(mention) && mention.entity.map(fits) ?? false }
        let end = firstMention(atOrAfter: askedAbout.isEmpty ? position : askedAbout.lowerBound)
        if let role {
            // (Searched in place, not filtered into an array: this runs for every role resolved.)
            func holdsRole(_ mention: Mention) -> Bool { isCandidate(mention) && entities[mention.entity!].role == role }
            if let found = mentions[..<end].last(where: holdsRole) ?? (inHeadline ? mentions.first(where: holdsRole) : nil) { return found.entity }
        }
        // (With `sameRoleOnly`, no one named before but one of that role: the role may still
        // point forward from the lead, below.)
        // (A role looks back to someone named with no role only in the same paragraph or the one before.)
        let roleParagraph = position < tokens.count ? sentences[tokenSentence[position]].paragraph : Int.max
        func isNearCandidate(_ mention: Mention) -> Bool {
            isCandidate(mention) && (role == nil || entities[mention.entity!].role != nil
                || sentences[tokenSentence[mention.tokens.lowerBound]].paragraph + 1 >= roleParagraph)
        }
        guard let nearest = sameRoleOnly ? nil : mentions[..<end].lastIndex(where: isNearCandidate) else {
            guard let role else { return nil }
            if inHeadline { return mentions.first(where: isCandidate)?.entity }
            // "China's chief climate negotiator said…" opening the story, then '"…," Liu Zhenmin
            // told reporters': a role in the lead paragraph, with no one named before, is the
            // first person named in full in the paragraph after it, when that person has no
            // other role.
            guard let lead = paragraphTokens.firstIndex(where: { !isInHeadline($0.tokens.lowerBound) }),
                  paragraphTokens[lead].tokens.contains(position), lead + 1 < paragraphTokens.count else { return nil }
            let next = paragraphTokens[lead + 1].tokens
            let named = mentions[end...].first { next.contains($0.tokens.lowerBound) && isCandidate($0) && $0.tokens.count >= 2 }
            // ("The head of Dublin's main airport…" then "Airport chief executive Maeve Donnelly":
            // "head" is whoever leads, whatever their title.)
            return named.flatMap { entities[$0.entity!].role.map { $0 == role || (role == Self.headRole && Self.leadingRoles.contains($0)) } ?? true ? $0.entity : nil }
        }
        // The first fitting person of that sentence: its subject, more often than not; but not
        // one in the possessive ("President Orlov's envoy Sokolov").
        let sentenceRange = sentence(of: mentions[nearest].tokens.lowerBound)
        var first = nearest
        for index in stride(from: nearest - 1, through: 0, by: -1) {
            guard sentenceRange.contains(mentions[index].tokens.lowerBound) else { break }
            if isCandidate(mentions[index]) && !isPossessive(mentions[index]) { first = index }
        }
        // When that sentence's subject is itself a pronoun of the same gender ("He added that he
        // had discussed it with Donald Trump."), the person talked about is not the one meant:
        // the pronoun's own referent is.
        if role == nil, let opening = mentionStarting[sentenceRange.lowerBound], mentions[opening].kind == .pronoun,
           Self.subjectPronouns.contains(tokens[mentions[opening].tokens.lowerBound].lowerKey),
           opening < first, mentions[opening].gender == gender, let earlier = resolveReference(gender: gender, role: nil, before: sentenceRange.lowerBound) {
            return earlier
        }
        return mentions[first].entity
    }

    /// The question opening the sentence of `position` and ending at a comma before it ("Asked
    /// whether Malone was ready, she…"); empty when the sentence opens otherwise.
    private func questionPutBefore(_ position: Int) -> Range<Int> {
        let sentence = sentence(of: position)
        guard Self.questionParticiples.contains(tokens[sentence.lowerBound].lowerKey),
              let comma = (sentence.lowerBound..<position).first(where: { tokens[$0].isMark(",") }) else { return 0..<0 }
        return sentence.lowerBound..<comma
    }

    /// Pronouns that are a sentence's subject ("Her rival, Fiona Grant, …" opens with a possessive).
    static let subjectPronouns = HashedKeySet(["he", "she", "он", "она", "він", "вона"])

    /// Whether the mention lies inside a quotation (or a turn or dialogue piece).
    /// Whether a mention stands inside quotation marks, as what a speaker talks about. An
    /// organisation whose name alone fills the marks ("компания «Северсталь»") is named, not quoted.
    private func isQuoted(_ mention: Mention) -> Bool {
        let (start, end) = (mention.tokens.lowerBound, mention.tokens.upperBound)
        guard quoted[start] else { return false }
        return !(mention.kind == .organisation && start > 0 && end < tokens.count && tokens[start - 1].isQuotationMark && tokens[end].isQuotationMark)
    }

    private func isPossessive(_ mention: Mention) -> Bool {
        NameForms.isPossessive(string((mention.tokens.upperBound - 1)..<mention.tokens.upperBound))
    }

    private func speaker(entity: Int, mention: Mention) -> ResolvedSpeaker {
        let speaker = Quote.Speaker(name: entities[entity].name, latin: entities[entity].latin, mention: range(mention.tokens), role: entities[entity].role)
        return ResolvedSpeaker(speaker: speaker, language: entities[entity].language, entity: entity)
    }

    // MARK: Sources and translation

    func collectEvidence(in sentenceRange: Range<Int>, excluding quote: Range<Int>, into result: inout Attribution) {
        var index = sentenceRange.lowerBound
        while index < sentenceRange.upperBound {
            guard !quote.contains(index), !quoted[index], let cue = lexicon.translationCues.match(tokens, at: index, end: sentenceRange.upperBound) else { index += 1; continue }
            var evidence = index..<(index + cue.length)
            switch cue.value.source {
            case .evidence:
                // "Shares in Korean memory maker…": a language's name before a noun is an adjective,
                // not what someone spoke; "said in Korean that…", "in Korean, through…" are.
                let next = index + cue.length
                if cue.value.from != nil, tokens[index].lowerKey == Self.in, next < sentenceRange.upperBound, tokens[next].isUncapitalizedWord,
                   !Self.conjunctions.contains(tokens[next].lowerKey), !Self.circumstanceOpeners.contains(tokens[next].lowerKey) {
                    index += cue.length
                    continue
                }
            case .sourceAfter:
                if let source = translator(after: index + cue.length, in: sentenceRange) { result.sources.append(source) }
            case .sourceBefore:
                // "a Reuters translation" is evidence; "the translation of the novel" is not.
                guard let agency = agencyMention(endingAt: index, from: sentenceRange.lowerBound), let entity = mentions[agency].entity else {
                    index += cue.length
                    continue
                }
                evidence = mentions[agency].tokens.lowerBound..<evidence.upperBound
                result.sources.append(Quote.Source(name: entities[entity].name, relation: .translatedBy, explicit: true, mention: range(mentions[agency].tokens)))
            }
            result.evidence.append(range(evidence))
            result.translatedFrom = result.translatedFrom ?? cue.value.from
            index += cue.length
        }
    }

    /// The agency after "translated by": a known one, "the agency" (the last one named), or a capitalised name.
    private func translator(after index: Int, in sentenceRange: Range<Int>) -> Quote.Source? {
        var position = index
        // "translated from Georgian by the Civil.ge news site": the translator follows "by"; with
        // no "by" after the language, none is named.
        if index > 0, tokens[index - 1].lowerKey == Self.from {
            guard index + 1 < sentenceRange.upperBound, tokens[index + 1].lowerKey == Self.by else { return nil }
            position = index + 2
        }
        if mentionStarting[position] == nil {
            while position < sentenceRange.upperBound && (Self.articles.contains(tokens[position].lowerKey) || tokens[position].kind == .mark) { position += 1 }
        }
        // "в переводе на русский язык агентство ТАСС": the agency after a few lower-case words
        // (or a nationality: "by Belarusian state news agency BelTA").
        if mentionStarting[position] == nil,
           let later = (position..<min(sentenceRange.upperBound, position + 5)).first(where: { mentionStarting[$0].map { mentions[$0].kind == .agency } ?? false }),
           (position..<later).allSatisfy({ tokens[$0].isUncapitalizedWord || lexicon.isNationality(tokens, at: $0) }) {
            position = later
        }
        guard position < sentenceRange.upperBound else { return nil }
        if let found = mentionStarting[position], mentions[found].kind == .agency, let entity = mentions[found].entity {
            return Quote.Source(name: entities[entity].name, relation: .translatedBy, explicit: true, mention: range(mentions[found].tokens))
        }
        // "translated by the agency": a word for an agency or outlet means the one named last.
        if lexicon.namingWords.match(tokens, at: position, end: sentenceRange.upperBound)?.value.refersBack == true,
           let last = mentions[..<firstMention(atOrAfter: index)].last(where: { $0.kind == .agency }), let entity = last.entity {
            return Quote.Source(name: entities[entity].name, relation: .translatedBy, explicit: true, mention: range(position..<(position + 1)))
        }
        // (Not the words of a quotation: "(перевод: "We will not retreat")".)
        var end = position
        while end < sentenceRange.upperBound && tokens[end].isCapitalizedWord && !quoted[end] { end += 1 }
        guard end > position else { return nil }
        return Quote.Source(name: string(position..<end), relation: .translatedBy, explicit: true, mention: range(position..<end))
    }

    /// The index of the first mention starting at or after `token` (mentions are sorted).
    func firstMention(atOrAfter token: Int) -> Int {
        mentions.partitionPoint { $0.tokens.lowerBound >= token }
    }

    /// The agency mention that ends right before token `end`, or before a possessive apostrophe
    /// there ("Reuters' translation"), not starting before `start`. ("AP's" is one token, which
    /// no agency matches.)
    private func agencyMention(endingAt end: Int, from start: Int) -> Int? {
        let apostrophe = end > start && (tokens[end - 1].isMark("'") || tokens[end - 1].isMark("\u{2019}"))
        let nameEnd = apostrophe ? end - 1 : end
        return agencyMentions(in: start..<nameEnd).last { mentions[$0].tokens.upperBound == nameEnd }
    }

    /// Indices of the agency mentions starting inside `sentenceRange`: a slice of the document's
    /// list, which is in text order, found by binary search (this is asked for every quote, and
    /// a filtered copy cost an allocation each time).
    private func agencyMentions(in sentenceRange: Range<Int>) -> ArraySlice<Int> {
        let first = agencyMentionIndices.partitionPoint { mentions[$0].tokens.lowerBound >= sentenceRange.lowerBound }
        let end = agencyMentionIndices.partitionPoint { mentions[$0].tokens.lowerBound >= sentenceRange.upperBound }
        return agencyMentionIndices[first..<end]
    }

    /// "в своем материале": the outlet's own text, so the outlet is the verb's subject.
    static let reflexivePossessives = HashedKeySet(["своем", "своём", "своей", "своих", "своему", "своим", "своїй", "своєму", "своїх", "своїм"])

    /// Whether a person, role or organisation is named right after `start`; after an
    /// `impersonal` verb ("уточнили") also a body it happened in ("в пресс-службе").
    private func speakerFollows(_ start: Int, in sentenceRange: Range<Int>, impersonal: Bool) -> Bool {
        // Past the quotation mark that closes the outlet's name.
        let start = start < sentenceRange.upperBound && tokens[start].isQuotationMark ? start + 1 : start
        // ("Как уточнили «Ведомостям» в пресс-службе", "Как пояснили ТАСС в Ассоциации
        // производителей…": where the unnamed speakers are, a body's word or its name.)
        if impersonal, start + 1 < sentenceRange.upperBound, Self.locativePrepositions.contains(tokens[start].lowerKey),
           tokens[start + 1].isWord, !Self.reflexivePossessives.contains(tokens[start + 1].lowerKey) { return true }
        // Right after the name, past a word or two describing the speaker ("высокопоставленный
        // источник"), not past a preposition ("со ссылкой на источник": whom the outlet cites).
        var position = start
        while position < min(sentenceRange.upperBound, start + 3) {
            if let found = mentionStarting[position] { return mentions[found].kind != .agency && mentions[found].kind != .pronoun }
            guard tokens[position].isUncapitalizedWord, !Self.prepositions.contains(tokens[position].lowerKey) else { return false }
            position += 1
        }
        return false
    }

    /// Where an agency's name starts once an opening quotation mark and a word for what it is
    /// ("видання", "the newspaper") right before it are counted in, with a capitalised word
    /// after an article describing it ("quoted by the Dutch newspaper NRC").
    private func outletNameStart(_ start: Int, from limit: Int) -> Int {
        var position = start
        if position > limit, tokens[position - 1].isQuotationMark { position -= 1 }
        guard let naming = lexicon.namingWords.match(endingAt: position, in: tokens, from: max(limit, position - 2))?.start else { return position }
        if naming - 2 >= limit, tokens[naming - 1].isCapitalizedWord, Self.articles.contains(tokens[naming - 2].lowerKey) { return naming - 1 }
        // (Or lower-case ones: "quoted by the state news agency AZERTAC as saying".)
        return descriptionAfterArticle(before: naming, from: limit, words: 2) ?? naming
    }

    /// Where the lower-case words describing the name or body word at `position` start, when
    /// an article opens them and there are at most `words` of them after `limit` ("the state
    /// news agency": state; "the national rail operator": national); nil otherwise.
    func descriptionAfterArticle(before position: Int, from limit: Int, words: Int) -> Int? {
        var first = position
        while first - 1 > limit, position - first < words, tokens[first - 1].isUncapitalizedWord,
              !Self.articles.contains(tokens[first - 1].lowerKey), mentionStarting[first - 1] == nil { first -= 1 }
        return first < position && Self.articles.contains(tokens[first - 1].lowerKey) ? first : nil
    }

    /// Agencies named in a sentence, with how the quote relates to each.
    func sources(in sentenceRange: Range<Int>, excluding quote: Range<Int>, explicit: Bool) -> [Quote.Source] {
        var result = [Quote.Source]()
        for mentionIndex in agencyMentions(in: sentenceRange) {
            let mention = mentions[mentionIndex]
            guard !quote.contains(mention.tokens.lowerBound), let entity = mention.entity else { continue }
            // "(AP)", "/ТАСС/": a dateline's publisher, not a source of this sentence.
            if mention.tokens.lowerBound > 0, (tokens[mention.tokens.lowerBound - 1].isMark("(") || tokens[mention.tokens.lowerBound - 1].isMark("/")) { continue }
            if dashAfterCapitalAgency(mention.tokens) != nil { continue }
            // "МОСКВА, 5 декабря — РИА Новости.", "Київ. 5 грудня. Укрінформ.": the publisher's
            // dateline, closed by a full stop.
            if mention.tokens == publisherDateline { continue }
            // "На запитання журналіста «Суспільного» … відповів": the outlet whose journalist
            // asked, at a briefing more often than not, is not said to have reported the answer.
            if askedBy(mention.tokens.lowerBound, from: sentenceRange.lowerBound) { continue }
            // "По словам главы Росстата Сергея Галкина": a body a role right before it is of (a
            // statistics agency, say) is where the speaker works, not a source of the words.
            if mentionIndex > 0, mentions[mentionIndex - 1].kind == .role, mentions[mentionIndex - 1].tokens.upperBound == mention.tokens.lowerBound,
               !(mentions[mentionIndex - 1].role.map(Self.journalistRoles.contains) ?? false),
               mentionStarting[mention.tokens.upperBound].map({ mentions[$0].kind == .person }) ?? false { continue }
            let before = max(sentenceRange.lowerBound, mention.tokens.lowerBound - 6)..<mention.tokens.lowerBound
            // "Як пише видання «Дзеркало тижня»", "как пишет газета «…»": the word for what the
            // outlet is and its quotation mark belong to the name, not to the reach of "как".
            let nameStart = outletNameStart(mention.tokens.lowerBound, from: sentenceRange.lowerBound)
            // "(здесь и далее — перевод ТАСС)", "in a translation by AP": the translator, which
            // the translation cue adds under that relation alone.
            if translatorCueEnds(at: nameStart, from: sentenceRange.lowerBound) { continue }
            // After the agency, past a word for what it is ("Interfax news agency cited").
            let afterName = mention.tokens.upperBound + (lexicon.namingWords.match(tokens, at: mention.tokens.upperBound, end: sentenceRange.upperBound)?.length ?? 0)
            // (One word more past a possessive, whose noun comes first: "The BBC's Russian service quoted".)
            let reach = afterName == mention.tokens.upperBound && afterName < sentenceRange.upperBound && tokens[afterName].isWord
                && NameForms.isPossessive(string((afterName - 1)..<afterName)) ? 3 : 2
            let after = afterName..<max(afterName, min(sentenceRange.upperBound, afterName + reach))
            // The relation words in reach, as bits of their entries; the first entry wins.
            var bits: UInt64 = 0
            // Words of a phrase that is evidence of translation alone ("according to translated
            // remarks carried by the RIA news agency") say nothing of who translated.
            var evidenceEnd = before.lowerBound
            // A relation word governs the name only within its clause: "блогера, обвиняемого в
            // распространении информации, передает «Интерфакс»" is no "по информации".
            let clauseStart = before.last(where: { tokens[$0].isMark(",") }).map { $0 + 1 } ?? before.lowerBound
            for position in max(sentenceRange.lowerBound, before.lowerBound - 4)..<before.upperBound {
                if position >= evidenceEnd,
                   let cue = lexicon.translationCues.match(tokens, at: position, end: mention.tokens.lowerBound), cue.value.source == .evidence {
                    evidenceEnd = position + cue.length
                }
                if position < max(evidenceEnd, clauseStart) { continue }
                bits |= lexicon.relationBitsBefore[tokens[position].lowerKey] ?? 0
                if position >= nameStart - 3 { bits |= lexicon.relationBitsNearBefore[tokens[position].lowerKey] ?? 0 }
            }
            for position in after { bits |= lexicon.relationBitsAfter[tokens[position].lowerKey] ?? 0 }
            // "Interfax and TASS quoted Lavrov as saying": agencies joined by "and" share the
            // relation words after the last of them.
            if bits == 0, afterName + 1 < sentenceRange.upperBound, Self.listJoiners.contains(tokens[afterName].lowerKey),
               let next = mentionStarting[afterName + 1], mentions[next].kind == .agency {
                let nextEnd = mentions[next].tokens.upperBound
                for position in nextEnd..<min(sentenceRange.upperBound, nextEnd + 2) { bits |= lexicon.relationBitsAfter[tokens[position].lowerKey] ?? 0 }
            }
            var relation = bits != 0 ? lexicon.sourceRelations[bits.trailingZeroBitCount]
                : hasAccordingToBefore(mention.tokens.lowerBound, from: sentenceRange.lowerBound) ? .accordingTo : .reportedBy
            // "Как уточнили «Ведомостям» в пресс-службе, …": an outlet between the verb and who
            // spoke is whom they told, not whose account the clause is ("Как пишут «Ведомости», …").
            if relation == .accordingTo, let verb = verb(endingAt: nameStart, from: sentenceRange.lowerBound),
               speakerFollows(mention.tokens.upperBound, in: sentenceRange, impersonal: verb.gender == .plural) { relation = .reportedBy }
            // "Как сообщил министр РИА Новости, …": who spoke, between the verb and the outlet, told it.
            if relation == .accordingTo, let speaker = mentions[firstMention(atOrAfter: max(sentenceRange.lowerBound, nameStart - 6))..<firstMention(atOrAfter: nameStart)]
                .last(where: { ($0.kind == .person || $0.kind == .role) && $0.tokens.upperBound == nameStart }),
               verb(endingAt: speaker.tokens.lowerBound, from: sentenceRange.lowerBound) != nil { relation = .reportedBy }
            // "He also told the RBC newspaper", "Он также сообщил РБК": the outlet is whom he
            // told, and "also" is of his telling, not of a second outlet's report.
            if relation == .alsoReportedBy, !(mention.tokens.upperBound < sentenceRange.upperBound && lexicon.relationBitsAfter[tokens[mention.tokens.upperBound].lowerKey] != nil) {
                let word = nameStart > sentenceRange.lowerBound && Self.articles.contains(tokens[nameStart - 1].lowerKey) ? nameStart - 1 : nameStart
                if verb(endingAt: word, from: sentenceRange.lowerBound) != nil { relation = .reportedBy }
            }
            // The translator is found with the translation cue ("a translation by AP").
            if relation == .translatedBy { continue }
            let source = Quote.Source(name: entities[entity].name, relation: relation, explicit: explicit && !mention.refersBack, mention: range(mention.tokens))
            if !result.contains(where: { $0.name == source.name && $0.relation == source.relation }) { result.append(source) }
        }
        // "according to app tracker App Annie", "по данным компании X": a firm the dictionary does not know.
        var index = sentenceRange.lowerBound
        while index < sentenceRange.upperBound {
            // The source-cue bit first: most words open no such cue, and many open a speech verb.
            guard tokens[index].phraseStarts & QuoteLexicon.sourceCueBit != 0, !quote.contains(index),
                  let cue = lexicon.cues.match(tokens, at: index, end: sentenceRange.upperBound), cue.value.kind == .sourceBefore else {
                index += 1
                continue
            }
            let cueStart = index
            index += cue.length
            // "по словам Петрова": whose words, a person, not a firm's data.
            if MentionFinder.wordsOfAPerson.contains(cue.value.lemmaKey) { continue }
            var position = index
            // (Up to a mention: "by the Associated Press" is a known agency from its article on.
            // Six words reach "according to data from the analytics firm Kpler".)
            while position < min(sentenceRange.upperBound, index + 6) && tokens[position].isUncapitalizedWord && mentionStarting[position] == nil { position += 1 }
            // "за даними «Укренерго»": the name in quotation marks, which must close after it.
            let marked = position < sentenceRange.upperBound && tokens[position].isQuotationMark
            if marked { position += 1 }
            // A body the dictionary knows ("по данным Центробанка") is the claim's speaker, not a source.
            guard position < sentenceRange.upperBound, mentionStarting[position] == nil, !isTranslationPhrase(after: index) else { continue }
            var end = position
            if marked {
                // To the closing mark, in whatever case («Нової пошти»).
                guard tokens[position].isCapitalizedWord else { continue }
                while end < min(sentenceRange.upperBound, position + 5), tokens.continuesQuotedName(at: end, from: position) { end += 1 }
                guard end < sentenceRange.upperBound, tokens[end].isQuotationMark else { continue }
            } else {
                // Capitals, and a lower-case joining word between two ("Kyiv School of Economics").
                end = capitalisedNameEnd(from: position, before: sentenceRange.upperBound)
                // "по информации регионального ГУ МЧС": capitals running into a body the dictionary
                // knows name a part of it, which speaks; it is no source.
                if (position..<end).contains(where: { mentionStarting[$0].map { mentions[$0].kind == .organisation } ?? false }) { continue }
            }
            // "according to minutes released in March", "a report published on Monday in Chisinau":
            // a date or a place after a preposition of time or place is no source's name.
            if !marked, NameForms.calendarWords.contains(tokens[position].lowerKey)
                || (position > index && Self.circumstancePrepositions.contains(tokens[position - 1].lowerKey)) { continue }
            // "за словами речника Повітряних сил Юрія Ігната": capitals after a role and before a
            // person are what the role is of; the person is the speaker, not a source.
            if (index..<position).contains(where: { mentionStarting[$0].map { mentions[$0].kind == .role } ?? false }) { continue }
            // "according to a filing with the Securities and Exchange Commission": the body a
            // document went to is not whose account it is.
            let beforeName = position > index && Self.articles.contains(tokens[position - 1].lowerKey) ? position - 2 : position - 1
            if !marked, beforeName >= index, Self.recipientPrepositions.contains(tokens[beforeName].lowerKey) { continue }
            // "according to the Dutch newspaper NRC": capitals before a word for an outlet describe
            // the outlet named after it.
            if lexicon.namingWords.match(tokens, at: end, end: sentenceRange.upperBound)?.value == .outlet { continue }
            // "за даними КП «Дніпровський метрополітен»": a word for a body before its quoted name
            // (the body, which speaks) is no source.
            if !marked, end < sentenceRange.upperBound, tokens[end].isQuotationMark,
               let naming = lexicon.namingWords.match(tokens, at: position, end: end), naming.value == .body, position + naming.length == end { continue }
            // "an interview with Kharkiv's deputy mayor": a possessive names whose, not who; so
            // does a name joined to a lower-case word ("a Moscow-based channel").
            let compound = end + 1 < sentenceRange.upperBound && tokens[end].isMark("-") && tokens[end + 1].isUncapitalizedWord
                // ("an interview with Russian television": a nationality before a common noun.)
                || (end == position + 1 && end < sentenceRange.upperBound && tokens[end].isUncapitalizedWord && lexicon.isNationality(tokens, at: position))
                // ("according to remarks translated from Russian": a language, not a firm.)
                || (end == position + 1 && position > index && Self.languagePrepositions.contains(tokens[position - 1].lowerKey) && lexicon.isNationality(tokens, at: position))
                // ("за даними Одеської обласної прокуратури": an adjective in the genitive opening a
                // body's description, not a firm's name.)
                || (!marked && end == position + 1 && end < sentenceRange.upperBound && tokens[end].isUncapitalizedWord
                    && tokens[position].firstScript(in: utf8) == ScriptClass.cyrillic
                    && NameForms.endsWithAny(string(position..<end), Self.adjectiveGenitiveEndings))
            // ("according to the Kremlin's English transcript": whose transcript, not a firm.)
            if end > position, !compound, !(position..<end).contains(where: { NameForms.isPossessive(string($0..<($0 + 1))) }) {
                var written = string(position..<end)
                // "за даними Держпродспоживслужби", "по данным «Бумаги»": one word in the genitive
                // that "по" or "за" governs is named in the nominative.
                if end == position + 1, Self.genitivePrepositions.contains(tokens[cueStart].lowerKey) {
                    written = NameForms.nominativeOfGenitiveName(written, language: documentLanguage)
                } else if Self.genitivePrepositions.contains(tokens[cueStart].lowerKey), let nominative = NameForms.nominativeOfGenitiveOutletName(written, isWord: {
                    extractor.wordForms?.lists($0, language: documentLanguage) ?? false }) {
                    // (So are an adjective and a noun: "по информации «Тверской недели»".)
                    written = nominative
                }
                let name = ScriptClass.containsCyrillic(written) ? extractor.outletLatin(written, language: documentLanguage) : written
                result.append(Quote.Source(name: name, relation: .accordingTo, explicit: explicit, mention: range(position..<end)))
            }
        }
        return result
    }

    /// Whether a translation cue that names its translator after it ("перевод", "a translation
    /// by") ends right before `index`, past articles and marks.
    /// (Also past a few words describing the agency: "by Belarusian state news agency BelTA".)
    private func translatorCueEnds(at index: Int, from start: Int) -> Bool {
        var end = index
        for described in 0...4 {
            while end > start, tokens[end - 1].kind == .mark || Self.articles.contains(tokens[end - 1].lowerKey) { end -= 1 }
            if lexicon.translationCues.match(endingAt: end, in: tokens, from: start, where: { $0.source == .sourceAfter }) != nil { return true }
            guard described < 4, end > start, tokens[end - 1].isUncapitalizedWord || lexicon.isNationality(tokens, at: end - 1) else { return false }
            end -= 1
        }
        return false
    }

    /// Genitive endings of Russian and Ukrainian adjectives ("Одеської обласної", "Московского городского").
    static let adjectiveGenitiveEndings = ["ой", "ого", "ей", "его", "ых", "их", "ої", "ього"]
    static let reporterParticiples = HashedKeySet(["seen", "obtained", "reviewed", "viewed"])
    static let locativePrepositions = HashedKeySet(["в", "во", "у", "in", "at"])
    /// Prepositions and participles that open a circumstance set off by commas before a verb.
    /// The generic role of whoever leads a body, and the titles that may hold it.
    static let headRole = "head"
    /// The office a role names, by its word for the office ("finance minister": minister;
    /// "premier" is a minister too), or nil for roles that are no single office.
    static func office(of role: String) -> String? {
        guard let word = role.split(separator: " ").last(where: { officeWords.contains(String($0)) }) else { return nil }
        return word == "premier" ? "minister" : String(word)
    }
    private static let officeWords: Set<String> = ["governor", "mayor", "minister", "premier", "president", "director", "judge", "prosecutor",
                                                   "chancellor", "ambassador", "rector"]
    static let leadingRoles: Set<String> = ["chief executive", "director", "director general", "president", "chairman", "chair", "governor",
                                            "mayor", "rector", "chief", "commander"]
    /// "And" joining two verbs of one subject.
    static let andWords = HashedKeySet(["and", "и", "і", "та", "й"])
    /// "About" after a verb of saying ("говорить про", "говорит о", "spoke about").
    static let aboutWords = HashedKeySet(["про", "о", "об", "about"])
    /// Russian and Ukrainian past-tense verb endings (проспали, забыла, проспав).
    static let pastTenseEndings = ["ли", "ла", "ло", "лся", "лась", "лись", "лось"]
    /// Words before a quoted verb in -ing that make it a verb, not an adjective ("of", "was").
    static let beforeVerbInIng = HashedKeySet(["of", "for", "by", "was", "were", "is", "are", "been", "be", "am"])
    static let asideOpeners = HashedKeySet(["in", "at", "on", "during", "after", "speaking", "writing", "as", "briefing", "addressing",
                                            "talking", "responding", "commenting", "answering", "appearing", "known", "also", "better", "a", "an"])
    /// "There", after an impersonal verb: "— отметили там".
    static let thereWords = HashedKeySet(["там", "тут", "здесь"])
    /// Lower-case words inside an organisation's name, between two capitalised ones (not "on":
    /// "The rail Union on Tuesday said" is a circumstance after the name).
    static let nameConnectors = HashedKeySet(["of", "for", "and", "de", "la"])

    /// The end of the capitalised words from `start`, before `limit`, with a lower-case joining
    /// word between two of them ("Kyiv School of Economics", "Bank of England").
    func capitalisedNameEnd(from start: Int, before limit: Int) -> Int {
        var end = start
        while end < limit, tokens[end].isCapitalizedWord
                || (end > start && end + 1 < limit && Self.nameConnectors.contains(tokens[end].key) && tokens[end + 1].isCapitalizedWord) { end += 1 }
        return end
    }

    /// What a sign, placard or banner does with its words.
    private static let readingVerbs = HashedKeySet(["read", "reads", "reading"])
    /// Prepositions that open a phrase of circumstance at the start of a sentence ("In an email
    /// to staff, she…", "At the meeting, Putin…").
    private static let openingPrepositions = HashedKeySet(["in", "on", "at", "after", "before", "during", "from", "with", "within", "since",
                                                           "under", "through", "outside", "over"])
    /// Prepositions of time and place, after which capitals name when or where, not whose
    /// account ("from" is left out: "figures from Rosstat" name a source).
    private static let circumstancePrepositions = HashedKeySet(["in", "on", "at", "during", "since", "until", "after", "before"])

    /// "according to a transcript published by the state news agency TASS": an according-to
    /// word further back than the usual six tokens still governs the agency when no comma,
    /// colon or quotation mark comes between (at most twelve tokens back).
    private func hasAccordingToBefore(_ position: Int, from start: Int) -> Bool {
        let accordingTo = lexicon.relationBits(of: .accordingTo)
        var index = position - 1
        while index >= max(start, position - 12) {
            let token = tokens[index]
            // "according to a filing seen by Reuters": the agency saw the filing and reported it.
            if token.isMark(",") || token.isMark(":") || token.isQuotationMark || Self.reporterParticiples.contains(token.lowerKey) { return false }
            if (lexicon.relationBitsBefore[token.lowerKey] ?? 0) & accordingTo != 0 { return true }
            index -= 1
        }
        return false
    }

    // MARK: Quotes

    func quote(tokens quoteTokens: Range<Int>, kind: Quote.Kind, attribution: Attribution) -> Quote {
        let quoteRange = range(quoteTokens)
        let quoteSentences = tokenSentence[quoteTokens.lowerBound]...tokenSentence[quoteTokens.upperBound - 1]
        let language = language(of: quoteRange, sentences: quoteSentences)
        var sources = attribution.sources
        // Agencies named elsewhere in the paragraph: inferred.
        let paragraph = sentences[quoteSentences.lowerBound].paragraph
        var first = quoteSentences.lowerBound
        while first > 0 && sentences[first - 1].paragraph == paragraph { first -= 1 }
        var last = quoteSentences.upperBound
        while last + 1 < sentences.count && sentences[last + 1].paragraph == paragraph { last += 1 }
        for sentenceIndex in first...last {
            for source in sentenceSources[sentenceIndex] where !sources.contains(where: { $0.name == source.name }) {
                sources.append(source)
            }
        }
        if let publisher, !sources.contains(where: { $0.name == publisher && $0.relation == .publisher }) {
            sources.append(Quote.Source(name: publisher, relation: .publisher, explicit: false, mention: nil))
        }
        var translation = Quote.Translation(status: .unknown, from: nil, evidence: [])
        if !attribution.evidence.isEmpty {
            if let from = attribution.translatedFrom, from == language {
                translation = Quote.Translation(status: .original, from: nil, evidence: [])
            } else {
                let from = attribution.translatedFrom ?? attribution.speakerLanguage.flatMap { $0 == language ? nil : $0 }
                translation = Quote.Translation(status: .translated, from: from, evidence: attribution.evidence)
            }
        } else if let spoken = attribution.speakerLanguage, spoken == language {
            translation.status = .original
        } else if let documentLanguage = languages?.document.language, Self.inOtherScripts(language, documentLanguage) {
            // A quote in another script than the story's ("«Мы этого не допустим», — сказал
            // Песков" in English news) is printed as it was spoken: no story translates into a
            // third language. (Not merely another language of the same script: a short Russian
            // quote may be read as Bulgarian.)
            translation.status = .original
        }
        return Quote(range: quoteRange, kind: kind, language: language, speaker: attribution.speaker, cue: attribution.cue,
                     sources: sources, translation: translation)
    }

    /// '"Водопостачання відновимо до ранку," wrote Klitschko — "We will restore the water supply
    /// by morning."': a quote of the same speaker in the story's language, in the paragraph of one
    /// in another script, is its translation printed beside it, with the original as evidence.
    /// (Only beside it: elsewhere the story may quote an English source. `paragraphs`: those of
    /// the direct and partial quotes, which come first in `quotes`.)
    private func translateBesideOriginals(_ quotes: inout [Quote], paragraphs: [Int]) {
        guard let documentLanguage = languages?.document.language else { return }
        var spoken = [Int: (speaker: String, language: String, evidence: TextRange)]()
        for (index, paragraph) in paragraphs.enumerated() where quotes[index].translation.status == .original {
            guard let speaker = quotes[index].speaker, Self.inOtherScripts(quotes[index].language, documentLanguage) else { continue }
            spoken[paragraph] = (speaker.latin, quotes[index].language, quotes[index].range)
        }
        guard !spoken.isEmpty else { return }
        for (index, paragraph) in paragraphs.enumerated() where quotes[index].translation.status == .unknown {
            guard let speaker = quotes[index].speaker, let original = spoken[paragraph], original.speaker == speaker.latin,
                  !Self.inOtherScripts(quotes[index].language, documentLanguage) else { continue }
            quotes[index].translation = Quote.Translation(status: .translated, from: original.language, evidence: [original.evidence])
        }
    }

    /// Whether one language is written in Cyrillic and the other in Latin letters.
    static func inOtherScripts(_ one: String, _ other: String) -> Bool {
        guard let first = script(ofLanguage: one), let second = script(ofLanguage: other) else { return false }
        return first != second
    }
    /// The script of a language code the Language stage gives (`Settings.cyrillicLanguages`,
    /// `latinLanguages`), looked up by hashed key (asked for every quote; a search of the lists
    /// compared strings); nil for und.
    static func script(ofLanguage code: String) -> UInt8? { languageScripts[FNV1a.hash(code)] }
    private static let languageScripts = HashedKeyTable<UInt8>(
        LanguageIdentifier.Settings.cyrillicLanguages.map { ($0, ScriptClass.cyrillic) } + LanguageIdentifier.Settings.latinLanguages.map { ($0, ScriptClass.latin) })

    /// The language of most of a quote's letters, from the Language stage's spans of its sentences.
    func language(of quoteRange: TextRange, sentences quoteSentences: ClosedRange<Int>) -> String {
        guard let languages else { return "und" }
        func overlap(_ span: LanguageSpan) -> Int { min(span.range.end, quoteRange.end) - max(span.range.start, quoteRange.start) }
        func letters(in language: String) -> Int {
            quoteSentences.reduce(0) { total, index in
                languages.spans[index].reduce(total) { $1.language == language ? $0 + max(0, overlap($1)) : $0 }
            }
        }
        // Each language's letters summed when it is first met: a quote has one or two, and a
        // table of them allocated for every quote. Ties go to the first tag in alphabetical order.
        var best: (language: String, letters: Int)?
        for index in quoteSentences {
            for span in languages.spans[index] where span.language != "und" && overlap(span) > 0 {
                guard best?.language != span.language else { continue }
                let total = letters(in: span.language)
                if let leader = best, leader.letters > total || (leader.letters == total && leader.language < span.language) { continue }
                best = (span.language, total)
            }
        }
        return best?.language ?? documentLanguage
    }
}

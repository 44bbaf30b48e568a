import Foundation

/// Who said a quote and how we know: found around one quote, or inherited from the quote it continues.
struct Attribution {
    var speaker: Quote.Speaker?
    var speakerLanguage: String?
    var cue: TextRange?
    var sources = [Quote.Source]()
    var evidence = [TextRange]()
    var translatedFrom: String?
}

extension QuoteWork {
    private struct Candidate {
        var span: QuoteSpan
        var paragraph: Int
        var kind: Quote.Kind
        var attribution: Attribution?
        /// Quotes in one group (a quote over several paragraphs, dialogue pieces) share attribution.
        var group: Int
        var quoteOnlyParagraph: Bool
    }

    mutating func run() -> [Quote] {
        var candidates = [Candidate]()
        var group = 0
        var previousUnclosed = false
        for (paragraph, bounds) in paragraphTokens {
            let spans = QuoteMarks.spans(in: tokens, bounds)
            let quotedCount = spans.reduce(0) { $0 + $1.tokens.count + 2 }
            let wordsOutside = bounds.filter { index in tokens[index].isWord && !spans.contains { $0.tokens.contains(index) } }.count
            var startsGroupHere = true
            for (position, span) in spans.enumerated() {
                if span.continuesPrevious && !previousUnclosed { continue }
                let continues = position == 0 && previousUnclosed && (span.continuesPrevious || span.tokens.lowerBound <= bounds.lowerBound + 1)
                if !(continues || (startsGroupHere == false && isDialogue(span))) { group += 1 }
                startsGroupHere = false
                guard let kind = classify(span, in: spans, bounds: bounds) else { continue }
                candidates.append(Candidate(span: span, paragraph: paragraph, kind: kind, attribution: nil, group: group,
                                            quoteOnlyParagraph: wordsOutside == 0 && quotedCount > 0))
            }
            if let last = spans.last, !last.closed {
                // Left open: fine when the next paragraph reopens or closes it, otherwise a warning.
                let next = paragraphTokens.first { $0.paragraph > paragraph }
                let reopened = next.map { QuoteMarks.spans(in: tokens, $0.tokens).first.map { $0.continuesPrevious || $0.tokens.lowerBound <= $0.tokens.lowerBound } ?? false } ?? false
                let nextStartsWithMark = next.map { tokens[$0.tokens.lowerBound].kind == .mark } ?? false
                previousUnclosed = true
                if !(reopened && nextStartsWithMark) && !(next.map { QuoteMarks.spans(in: tokens, $0.tokens).first?.continuesPrevious ?? false } ?? false) {
                    warnings.append(DocumentWarning(code: "unclosed-quote", range: range(last.tokens),
                                                    message: "a quotation mark opened here is not closed; the quote ends at the paragraph end"))
                }
            } else {
                previousUnclosed = false
            }
            for span in spans { quoted.insert(integersIn: span.tokens) }
        }
        // Attribution found around each quote.
        for index in candidates.indices {
            candidates[index].attribution = attribute(candidates[index].span, kind: candidates[index].kind, paragraph: candidates[index].paragraph)
        }
        // Inherited: within a group, from the quote before in the same paragraph (a quote split
        // by its attribution), or from the previous paragraph's quote when a paragraph is only a quote.
        for index in candidates.indices where candidates[index].attribution?.speaker == nil {
            if case .turn(question: true) = candidates[index].span.shape { continue }
            let sameGroup = candidates.indices.filter { $0 != index && candidates[$0].group == candidates[index].group && candidates[$0].attribution?.speaker != nil }
            var donor = sameGroup.first
            if donor == nil, index > 0 {
                let previous = index - 1
                let sameParagraph = candidates[previous].paragraph == candidates[index].paragraph
                let previousParagraph = paragraphTokens.firstIndex { $0.paragraph == candidates[index].paragraph }.map { $0 > 0 && paragraphTokens[$0 - 1].paragraph == candidates[previous].paragraph } ?? false
                if sameParagraph || (candidates[index].quoteOnlyParagraph && previousParagraph) { donor = previous }
            }
            if let donor, let inherited = candidates[donor].attribution, inherited.speaker != nil {
                var attribution = candidates[index].attribution ?? Attribution()
                attribution.speaker = inherited.speaker
                attribution.speakerLanguage = inherited.speakerLanguage
                attribution.cue = attribution.cue ?? inherited.cue
                if attribution.evidence.isEmpty {
                    attribution.evidence = inherited.evidence
                    attribution.translatedFrom = inherited.translatedFrom
                }
                for source in inherited.sources where !attribution.sources.contains(where: { $0.name == source.name && $0.relation == source.relation }) {
                    attribution.sources.append(Quote.Source(name: source.name, relation: source.relation, explicit: false, mention: source.mention))
                }
                candidates[index].attribution = attribution
            }
        }
        var quotes = candidates.map { candidate in
            quote(range: range(candidate.span.tokens), kind: candidate.kind, attribution: candidate.attribution ?? Attribution(), paragraph: candidate.paragraph)
        }
        quotes += reportedSpeech()
        quotes.sort { $0.range.start < $1.range.start || ($0.range.start == $1.range.start && $0.range.end > $1.range.end) }
        return quotes
    }

    private func isDialogue(_ span: QuoteSpan) -> Bool {
        if case .dialogue = span.shape { return true }
        return false
    }

    // MARK: Kinds

    /// direct, partial, or nil for quotation marks that hold no speech (names, titles, scare quotes).
    private func classify(_ span: QuoteSpan, in spans: [QuoteSpan], bounds: Range<Int>) -> Quote.Kind? {
        guard case .marked = span.shape else { return .direct }
        let content = string(span.tokens)
        if lexicon.agencyAliases.contains(content.lowercased()) { return nil }
        if let open = span.openMark, open > bounds.lowerBound {
            let previous = tokens[open - 1]
            if previous.isWord && lexicon.namingWords.contains(previous.lower) { return nil }
        }
        let (before, after) = regions(of: span, in: spans)
        let beforeWords = before.filter { tokens[$0].isWord }
        let last = before.last.map { tokens[$0].text }
        let hasCue = hasSpeechCue(before) || hasSpeechCue(after)
        let standalone = beforeWords.isEmpty || last == ":" || (last == "," && hasSpeechCue(before)) || last.map { ["—", "–"].contains($0) } ?? false
        if standalone {
            // A short name in capitals with no one saying it: a title ("The Long Winter").
            let words = span.tokens.filter { tokens[$0].isWord }
            if !hasCue && !span.continuesPrevious && span.closed && words.count <= 3 && words.allSatisfy({ tokens[$0].isCapitalized }) && beforeWords.count > 0 { return nil }
            return .direct
        }
        return hasCue ? .partial : nil
    }

    private func hasSpeechCue(_ region: [Int]) -> Bool {
        region.contains { index in
            guard let cue = lexicon.cues.match(tokens, at: index) else { return false }
            return !isTranslationPhrase(after: index + cue.length)
        }
    }

    private func isTranslationPhrase(after index: Int) -> Bool {
        index < tokens.count && lexicon.translationCues.match(tokens, at: index) != nil
            || (index + 1 < tokens.count && lexicon.translationCues.match(tokens, at: index + 1) != nil && ["a", "the"].contains(tokens[index].lower))
    }

    /// Tokens before a quote in its sentence (after any earlier quote) and after it up to the next quote.
    private func regions(of span: QuoteSpan, in spans: [QuoteSpan]) -> (before: [Int], after: [Int]) {
        let open = span.openMark ?? span.tokens.lowerBound
        let close = span.closeMark ?? (span.tokens.upperBound - 1)
        let firstSentence = sentence(of: open)
        let lastSentence = sentence(of: min(close, tokens.count - 1))
        let previousEnd = spans.filter { ($0.closeMark ?? $0.tokens.upperBound) < open }.map { ($0.closeMark ?? $0.tokens.upperBound) + 1 }.max() ?? 0
        let nextStart = spans.filter { ($0.openMark ?? $0.tokens.lowerBound) > close }.map { $0.openMark ?? $0.tokens.lowerBound }.min() ?? Int.max
        let before = Array(max(firstSentence.lowerBound, previousEnd)..<open)
        let afterStart = span.closeMark.map { $0 + 1 } ?? span.tokens.upperBound
        let after = afterStart < lastSentence.upperBound ? Array(afterStart..<min(lastSentence.upperBound, nextStart)) : []
        return (before, after)
    }

    // MARK: Attribution

    private func attribute(_ span: QuoteSpan, kind: Quote.Kind, paragraph: Int) -> Attribution? {
        switch span.shape {
        case .turn(let question):
            guard !question, let interviewee = entities.firstIndex(where: { $0.kind == .person }),
                  let mention = mentions.first(where: { $0.entity == interviewee }) else { return nil }
            var attribution = Attribution()
            attribution.speaker = speaker(entity: interviewee, mention: mention)
            attribution.speakerLanguage = entities[interviewee].language
            return attribution
        case .dialogue:
            // The author's words follow the piece up to the next dash piece, or precede it.
            let sentenceEnd = paragraphTokens.first { $0.paragraph == paragraph }?.tokens.upperBound ?? tokens.count
            var after = [Int]()
            var index = span.tokens.upperBound
            while index < sentenceEnd {
                if index > span.tokens.upperBound && QuoteMarks.isDash(tokens[index]) && tokens[index - 1].text == "." { break }
                after.append(index)
                index += 1
            }
            return attribution(regions: [after], quote: span.tokens)
        case .marked:
            let (before, after) = regions(of: span, in: QuoteMarks.spans(in: tokens, paragraphTokens.first { $0.paragraph == paragraph }!.tokens))
            let startsSentence = before.allSatisfy { !tokens[$0].isWord }
            // Headline style: "Силуанов: «…»".
            if let colon = before.last, tokens[colon].text == ":", let mention = mentions.first(where: { $0.tokens.upperBound == colon && $0.tokens.lowerBound == before.first }) {
                var attribution = attribution(regions: [after], quote: span.tokens) ?? Attribution()
                if let resolved = resolve(mention, cueGender: nil) {
                    attribution.speaker = resolved.0
                    attribution.speakerLanguage = resolved.1
                }
                return attribution
            }
            return attribution(regions: startsSentence || kind == .direct && after.contains(where: { tokens[$0].isWord }) ? [after, before] : [before, after], quote: span.tokens)
        }
    }

    /// Finds a speech cue and its speaker in the first region that has one; sources and
    /// translation evidence from every region's sentences.
    func attribution(regions: [[Int]], quote: Range<Int>) -> Attribution? {
        var result = Attribution()
        var found = false
        for region in regions where !found && !region.isEmpty {
            var index = region.first!
            let end = region.last! + 1
            while index < end && !found {
                guard !quote.contains(index), let cue = lexicon.cues.match(tokens, at: index, end: end) else { index += 1; continue }
                let cueRange = index..<(index + cue.length)
                if cue.value.kind != .verb && isTranslationPhrase(after: cueRange.upperBound) { index += cue.length; continue }
                if let (speaker, language) = speaker(for: cue.value, at: cueRange, region: region.first!..<end) {
                    result.speaker = speaker
                    result.speakerLanguage = language
                    result.cue = range(cueRange)
                    found = true
                }
                index += cue.length
            }
        }
        let context = Set(regions.flatMap { $0 }.map(sentence(of:)))
        for sentenceRange in context.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            collectEvidence(in: sentenceRange, excluding: quote, into: &result)
            result.sources += sources(in: sentenceRange, excluding: quote, explicit: true)
        }
        return found || !result.evidence.isEmpty || !result.sources.isEmpty ? result : nil
    }

    private func speaker(for cue: SpeechCue, at cueRange: Range<Int>, region: Range<Int>) -> (Quote.Speaker, String?)? {
        switch cue.kind {
        case .pronounBefore:
            guard let entity = resolveReference(gender: cue.gender, role: nil, before: cueRange.lowerBound) else { return nil }
            let mention = Mention(kind: .pronoun, tokens: cueRange, entity: entity, gender: cue.gender)
            return (speaker(entity: entity, mention: mention), entities[entity].language)
        case .sourceBefore:
            guard let mention = mention(near: cueRange.upperBound, within: 5, region: region, skippingLowercase: true), mention.kind != .agency else { return nil }
            return resolve(mention, cueGender: nil)
        case .verb:
            let wordsBefore = region.lowerBound < cueRange.lowerBound && (region.lowerBound..<cueRange.lowerBound).contains { tokens[$0].isWord && !quoted.contains($0) }
            if wordsBefore, let subject = subject(before: cueRange.lowerBound, from: region.lowerBound), let resolved = resolve(subject, cueGender: cue.gender) {
                return resolved
            }
            // Inverted order, perhaps with a description first: "— рассказала соседка Анна Иванова".
            if let mention = mention(near: cueRange.upperBound, within: 3, region: region, skippingLowercase: true), mention.kind != .agency {
                return resolve(mention, cueGender: cue.gender)
            }
            return nil
        }
    }

    /// The first mention starting within `within` tokens of `index` (skipping articles).
    private func mention(near index: Int, within: Int, region: Range<Int>, skippingLowercase: Bool = false) -> Mention? {
        var position = index
        while position < min(region.upperBound, index + within + 1) {
            if let found = mentionStarting[position] { return mentions[found] }
            let skippable = ["the", "a", "an", "в", "у", "на"].contains(tokens[position].lower) || !tokens[position].isWord
                || (skippingLowercase && !tokens[position].isCapitalized)
            guard skippable else { return nil }
            position += 1
        }
        return nil
    }

    /// The speaker of a verb: the last person named before it in the clause, else an
    /// organisation, a role, or a pronoun.
    private func subject(before index: Int, from start: Int) -> Mention? {
        let candidates = mentions.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= index && !quoted.contains($0.tokens.lowerBound) }
        for kind in [Mention.Kind.person, .organisation, .role, .pronoun] {
            if let found = candidates.last(where: { $0.kind == kind }) { return found }
        }
        return nil
    }

    func resolve(_ mention: Mention, cueGender: Gender?) -> (Quote.Speaker, String?)? {
        switch mention.kind {
        case .person, .organisation:
            guard let entity = mention.entity else { return nil }
            // A role followed by a name is that person's.
            return (speaker(entity: entity, mention: mention), entities[entity].language)
        case .pronoun:
            guard let entity = resolveReference(gender: mention.gender ?? cueGender, role: nil, before: mention.tokens.lowerBound) else { return nil }
            return (speaker(entity: entity, mention: mention), entities[entity].language)
        case .role:
            // A role right before a name belongs to that name.
            if let next = mentionStarting[mention.tokens.upperBound], mentions[next].kind == .person, let entity = mentions[next].entity {
                return (speaker(entity: entity, mention: mentions[next]), entities[entity].language)
            }
            if let entity = resolveReference(gender: cueGender, role: mention.role, before: mention.tokens.lowerBound) {
                return (speaker(entity: entity, mention: mention), entities[entity].language)
            }
            let roleText = string(mention.tokens)
            return (Quote.Speaker(name: roleText, latin: mention.role ?? roleText, mention: range(mention.tokens), role: mention.role), nil)
        case .agency:
            return nil
        }
    }

    /// A person named earlier: one with the same role, else the subject of the nearest sentence
    /// that names a person of a fitting gender; a role may also point forward (a headline).
    private func resolveReference(gender: Gender?, role: String?, before position: Int) -> Int? {
        func fits(_ entity: Int) -> Bool {
            guard entities[entity].kind == .person else { return false }
            guard let wanted = gender, wanted != .plural, wanted != .neuter, let actual = entities[entity].gender else { return gender != .plural }
            return wanted == actual
        }
        if let role {
            let sameRole = mentions.filter { $0.kind == .person && $0.entity.map { entities[$0].role == role && fits($0) } ?? false }
            if let found = sameRole.last(where: { $0.tokens.lowerBound < position }) ?? sameRole.first { return found.entity }
        }
        let earlier = mentions.filter { $0.kind == .person && $0.tokens.lowerBound < position && $0.entity.map(fits) ?? false }
        guard let nearest = earlier.last else {
            return role == nil ? nil : mentions.first { $0.kind == .person && $0.entity.map(fits) ?? false }?.entity
        }
        let sentenceRange = sentence(of: nearest.tokens.lowerBound)
        return earlier.first { sentenceRange.contains($0.tokens.lowerBound) }?.entity
    }

    private func speaker(entity: Int, mention: Mention) -> Quote.Speaker {
        Quote.Speaker(name: entities[entity].name, latin: entities[entity].latin, mention: range(mention.tokens), role: entities[entity].role)
    }

    // MARK: Sources and translation

    private func collectEvidence(in sentenceRange: Range<Int>, excluding quote: Range<Int>, into result: inout Attribution) {
        var index = sentenceRange.lowerBound
        while index < sentenceRange.upperBound {
            guard !quote.contains(index), !quoted.contains(index), let cue = lexicon.translationCues.match(tokens, at: index, end: sentenceRange.upperBound) else { index += 1; continue }
            result.evidence.append(range(index..<(index + cue.length)))
            result.translatedFrom = result.translatedFrom ?? cue.value.from
            if cue.value.sourceFollows, let source = translator(after: index + cue.length, in: sentenceRange) {
                result.sources.append(source)
            }
            index += cue.length
        }
    }

    /// The agency after "translated by": a known one, "the agency" (the last one named), or a capitalised name.
    private func translator(after index: Int, in sentenceRange: Range<Int>) -> Quote.Source? {
        var position = index
        if mentionStarting[position] == nil {
            while position < sentenceRange.upperBound && (["the", "a", "an"].contains(tokens[position].lower) || tokens[position].kind == .mark) { position += 1 }
        }
        guard position < sentenceRange.upperBound else { return nil }
        if let found = mentionStarting[position], mentions[found].kind == .agency, let entity = mentions[found].entity {
            return Quote.Source(name: entities[entity].name, relation: .translatedBy, explicit: true, mention: range(mentions[found].tokens))
        }
        if ["agency", "агентства", "агентству", "агентство", "агентством", "агенції"].contains(tokens[position].lower),
           let last = mentions.last(where: { $0.kind == .agency && $0.tokens.lowerBound < index }), let entity = last.entity {
            return Quote.Source(name: entities[entity].name, relation: .translatedBy, explicit: true, mention: range(position..<(position + 1)))
        }
        var end = position
        while end < sentenceRange.upperBound && tokens[end].isWord && tokens[end].isCapitalized { end += 1 }
        guard end > position else { return nil }
        return Quote.Source(name: string(position..<end), relation: .translatedBy, explicit: true, mention: range(position..<end))
    }

    /// Indices of the agency mentions starting inside `sentenceRange` (mentions are sorted).
    private func agencyMentions(in sentenceRange: Range<Int>) -> [Int] {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].tokens.lowerBound < sentenceRange.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result = [Int]()
        while low < mentions.count && mentions[low].tokens.lowerBound < sentenceRange.upperBound {
            if mentions[low].kind == .agency { result.append(low) }
            low += 1
        }
        return result
    }

    private func words(before index: Int, in sentenceRange: Range<Int>) -> [String] {
        (max(sentenceRange.lowerBound, index - 6)..<index).map { tokens[$0].lower }
    }

    /// Agencies named in a sentence, with how the quote relates to each.
    func sources(in sentenceRange: Range<Int>, excluding quote: Range<Int>, explicit: Bool) -> [Quote.Source] {
        var result = [Quote.Source]()
        for mentionIndex in agencyMentions(in: sentenceRange) {
            let mention = mentions[mentionIndex]
            guard !quote.contains(mention.tokens.lowerBound) else { continue }
            guard let entity = mention.entity else { continue }
            // "(AP)", "/ТАСС/": a dateline's publisher, not a source of this sentence.
            if mention.tokens.lowerBound > 0, ["(", "/"].contains(tokens[mention.tokens.lowerBound - 1].text) { continue }
            // Already named as the translator.
            if words(before: mention.tokens.lowerBound, in: sentenceRange).contains(where: { ["translation", "translated", "переводе", "перекладі"].contains($0) }) { continue }
            let window = Set(max(sentenceRange.lowerBound, mention.tokens.lowerBound - 6)..<mention.tokens.lowerBound).map { tokens[$0].lower }
            let afterWindow = Set(mention.tokens.upperBound..<min(sentenceRange.upperBound, mention.tokens.upperBound + 2)).map { tokens[$0].lower }
            let words = Set(window)
            var relation = Quote.Relation.reportedBy
            if words.contains("also") || words.contains("также") || words.contains("також") {
                relation = .alsoReportedBy
            } else if words.contains("citing") || words.contains("ссылкой") || words.contains("посиланням") || afterWindow.contains("quoted") || afterWindow.contains("цитирует") {
                relation = .cited
            } else if words.contains("according") || words.contains("данным") || words.contains("даними") || words.contains("как") || words.contains("як") {
                relation = .accordingTo
            }
            let source = Quote.Source(name: entities[entity].name, relation: relation, explicit: explicit, mention: range(mention.tokens))
            if !result.contains(where: { $0.name == source.name && $0.relation == source.relation }) { result.append(source) }
        }
        // "according to app tracker App Annie": an outlet or firm the dictionary does not know.
        var index = sentenceRange.lowerBound
        while index + 1 < sentenceRange.upperBound {
            defer { index += 1 }
            guard tokens[index].lower == "according", tokens[index + 1].lower == "to", !quote.contains(index) else { continue }
            var position = index + 2
            while position < sentenceRange.upperBound && tokens[position].isWord && !tokens[position].isCapitalized && position < index + 6 { position += 1 }
            guard position < sentenceRange.upperBound, mentionStarting[position] == nil, !isTranslationPhrase(after: index + 2) else { continue }
            var end = position
            while end < sentenceRange.upperBound && tokens[end].isWord && tokens[end].isCapitalized { end += 1 }
            if end > position {
                result.append(Quote.Source(name: string(position..<end), relation: .accordingTo, explicit: explicit, mention: range(position..<end)))
            }
        }
        return result
    }

    // MARK: Quotes

    func quote(range quoteRange: TextRange, kind: Quote.Kind, attribution: Attribution, paragraph: Int) -> Quote {
        let language = language(of: quoteRange)
        var sources = attribution.sources
        // Agencies named elsewhere in the paragraph: inferred.
        if let paragraphRange = paragraphTokens.first(where: { $0.paragraph == paragraph })?.tokens {
            let sentenceStarts = Set(paragraphRange.map { tokenSentence[$0] })
            for sentenceIndex in sentenceStarts.sorted() {
                for source in self.sources(in: sentenceTokens[sentenceIndex], excluding: 0..<0, explicit: false)
                where !sources.contains(where: { $0.name == source.name }) {
                    sources.append(source)
                }
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
        }
        return Quote(range: quoteRange, kind: kind, language: language, speaker: attribution.speaker, cue: attribution.cue,
                     sources: sources, translation: translation)
    }

    /// The language of most of a quote's letters, from the Language stage's spans.
    func language(of quoteRange: TextRange) -> String {
        guard let languages else { return "und" }
        var weights = [String: Int]()
        for (index, sentence) in sentences.enumerated() where sentence.range.end > quoteRange.start && sentence.range.start < quoteRange.end {
            for span in languages.spans[index] where span.language != "und" {
                let overlap = min(span.range.end, quoteRange.end) - max(span.range.start, quoteRange.start)
                if overlap > 0 { weights[span.language, default: 0] += overlap }
            }
        }
        return weights.max { $0.value < $1.value }?.key ?? documentLanguage
    }
}

/// Reported speech and attributed claims without quotation marks: "Peskov said that…",
/// "По словам Захаровой, …", "…, according to app tracker App Annie.".
extension QuoteWork {
    private static let complementizers = HashedKeySet(["that", "что", "що"])
    /// English verbs that take a clause without "that" ("Nikitin said the city had…").
    private static let sayingLemmas: Set<String> = ["say", "add"]
    /// "X said in / on …" is not reported speech without "that".
    private static let placePrepositions = HashedKeySet(["in", "on"])
    private static let the = FNV1a.hash("the")

    func reportedSpeech() -> [Quote] {
        var result = [Quote]()
        for (index, sentence) in sentences.enumerated() where sentence.kind == .text {
            let bounds = sentenceTokens[index]
            guard bounds.count > 3 else { continue }
            // Not the attribution sentence of a direct quote, and not a quote itself.
            guard let found = claim(in: bounds), !isMostlyQuoted(found.clause),
                  found.attribution.speaker != nil || !found.attribution.sources.isEmpty || found.impersonal else { continue }
            result.append(quote(tokens: found.clause, kind: .indirect, attribution: found.attribution))
        }
        return result
    }

    private func isMostlyQuoted(_ clause: Range<Int>) -> Bool {
        let words = clause.filter { tokens[$0].isWord }
        guard !words.isEmpty else { return true }
        let inside = words.filter { quoted[$0] }.count
        return inside * 2 > words.count
    }

    private func claim(in bounds: Range<Int>) -> (clause: Range<Int>, attribution: Attribution, impersonal: Bool)? {
        var end = bounds.upperBound
        while end > bounds.lowerBound && tokens[end - 1].kind == .mark && !tokens[end - 1].isQuotationMark { end -= 1 }
        // "По словам X, …", "According to X, …".
        if let cue = lexicon.cues.match(tokens, at: bounds.lowerBound), cue.value.kind != .verb,
           let comma = (bounds.lowerBound + cue.length..<end).first(where: { tokens[$0].isMark(",") }), comma + 1 < end {
            let attribution = attribution(regions: [bounds.lowerBound..<comma], quote: (comma + 1)..<end)
            return ((comma + 1)..<end, attribution ?? Attribution(), attribution?.speaker == nil)
        }
        var index = bounds.lowerBound
        while index < end {
            guard !quoted[index], let cue = lexicon.cues.match(tokens, at: index, end: end), cue.value.kind == .verb else { index += 1; continue }
            let afterCue = index + cue.length
            // "X said (on Monday) that …", "X заявил, что …".
            if let that = (afterCue..<min(end, afterCue + 7)).first(where: { Self.complementizers.contains(tokens[$0].lowerKey) && !quoted[$0] }),
               !(afterCue..<that).contains(where: { (tokens[$0].isQuotationMark && !namesAgency(afterCue..<that)) || tokens[$0].isMark(":") }), that + 1 < end,
               let attribution = attribution(regions: [bounds.lowerBound..<that], quote: (that + 1)..<end) ?? (cue.value.gender == .plural ? Attribution() : nil),
               attribution.speaker != nil || !attribution.sources.isEmpty || cue.value.gender == .plural {
                return ((that + 1)..<end, attribution, attribution.speaker == nil)
            }
            // "X said the city had…" (English, without "that").
            if Self.sayingLemmas.contains(cue.value.lemma), afterCue < end, tokens[afterCue].isWord, !tokens[afterCue].isCapitalized,
               !Self.placePrepositions.contains(tokens[afterCue].lowerKey), index > bounds.lowerBound, tokens[index - 1].isWord,
               let attribution = attribution(regions: [bounds.lowerBound..<afterCue], quote: afterCue..<end), attribution.speaker != nil {
                return (afterCue..<end, attribution, false)
            }
            // "…, X said." / "…, сообщил X." / "…, according to X.": the claim is before the last comma.
            if let comma = (bounds.lowerBound..<index).last(where: { tokens[$0].isMark(",") }), end - comma <= 14, comma > bounds.lowerBound + 2,
               !(comma..<index).contains(where: { tokens[$0].isQuotationMark }),
               let attribution = attribution(regions: [(comma + 1)..<end], quote: bounds.lowerBound..<comma) ?? describedSpeaker(comma + 1, index) ?? (cue.value.gender == .plural ? Attribution() : nil) {
                return (bounds.lowerBound..<comma, attribution, true)
            }
            index = afterCue
        }
        // "…, according to app tracker App Annie.", "…, по данным компании."
        if let according = ((bounds.lowerBound + 3)..<max(end, bounds.lowerBound + 3)).first(where: { tokens[$0 - 1].isMark(",") && lexicon.cues.match(tokens, at: $0)?.value.kind == .sourceBefore }),
           let attribution = attribution(regions: [according..<end], quote: bounds.lowerBound..<(according - 1)),
           !attribution.sources.isEmpty || attribution.speaker != nil {
            return (bounds.lowerBound..<(according - 1), attribution, false)
        }
        return nil
    }

    /// "…, the regional aviation authority said": a speaker described, not named.
    private func describedSpeaker(_ start: Int, _ cue: Int) -> Attribution? {
        guard start < cue, tokens[start].lowerKey == Self.the, (start..<cue).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }), cue - start >= 2 else { return nil }
        var attribution = Attribution()
        let described = string((start + 1)..<cue)
        attribution.speaker = Quote.Speaker(name: described, latin: described, mention: range((start + 1)..<cue), role: nil)
        attribution.cue = range(cue..<(cue + 1))
        return attribution
    }

    private func namesAgency(_ range: Range<Int>) -> Bool {
        range.contains { mentionStarting[$0].map { mentions[$0].kind == .agency } ?? false }
    }
}

/// A stretch of quoted words found in one paragraph, before attribution.
struct QuoteSpan: Sendable {
    enum Shape: Sendable, Equatable {
        /// Between quotation marks.
        case marked
        /// A piece of dash dialogue ("— Нет, — ответил он. — Но…").
        case dialogue
        /// An interview turn: a dash or "Q:"/"A:" paragraph with no author's words.
        case turn(question: Bool)
        /// A transcript turn: the speaker's name, a colon, their words ("Sam Price: Why…");
        /// `speaker` is the name's first token.
        case namedTurn(speaker: Int)
    }

    /// Token indices of the quoted words (without the marks).
    var tokens: Range<Int>
    var shape: Shape
    /// The closing mark was found (false: the quote runs to the paragraph end).
    var closed: Bool = true
    /// No opening mark in this paragraph: the quote continues one left open in the previous one.
    var continuesPrevious: Bool = false
    /// Token index of the opening mark, if any.
    var openMark: Int?
    var closeMark: Int?
}

/// Finds quotations in a paragraph's tokens: pairs of quotation marks with nesting
/// («…„…“…»), straight quotes told apart from apostrophes by their neighbours, dash dialogue
/// and interview turns.
enum QuoteMarks {
    private enum Mark: Equatable { case guillemet, low9, curlyDouble, straightDouble, curlySingle, straightSingle }

    /// The paragraph's quotations. With `namedTurns` false, "Word: …" is not read as a turn
    /// (for attribution, when no person is named before the colon).
    /// With `hyphenDialogue` false, a paragraph opening with a hyphen is not read as dialogue
    /// (for attribution, when no verb of saying stands between its pieces).
    static func spans(in tokens: [QuoteToken], _ bounds: Range<Int>, namedTurns: Bool = true, hyphenDialogue: Bool = true) -> [QuoteSpan] {
        guard !bounds.isEmpty else { return [] }
        if let turn = turn(in: tokens, bounds) ?? (namedTurns ? namedTurn(in: tokens, bounds) : nil) { return [turn] }
        if isDash(tokens, at: bounds.lowerBound) { return dialogue(in: tokens, bounds) }
        // Dialogue typed with hyphens ("- Нет, - ответил министр."): only with the author's
        // words after one, since a hyphen also opens the items of a list.
        if hyphenDialogue, bounds.count >= 3, isSpacedHyphen(tokens, at: bounds.lowerBound),
           ((bounds.lowerBound + 1)..<(bounds.upperBound - 1)).contains(where: { isAuthorDash(tokens, at: $0) && tokens[$0 + 1].isUncapitalizedWord }) {
            return dialogue(in: tokens, bounds)
        }
        return marked(in: tokens, bounds)
    }

    /// An em dash, en dash or horizontal bar.
    static func isDash(_ tokens: [QuoteToken], at index: Int) -> Bool {
        let scalar = tokens[index].scalar  // 0 for words and numbers
        return scalar == 0x2014 || scalar == 0x2013 || scalar == 0x2015
    }

    private static let questionWords = HashedKeySet(["q", "вопрос", "питання", "в"])
    private static let answerWords = HashedKeySet(["a", "ответ", "відповідь", "о"])

    /// "Q: …", "A: …", "Вопрос: …", "Відповідь: …".
    private static func turn(in tokens: [QuoteToken], _ bounds: Range<Int>) -> QuoteSpan? {
        let first = bounds.lowerBound
        guard bounds.count > 2, tokens[first + 1].isMark(":") else { return nil }
        let question: Bool
        if questionWords.contains(tokens[first].lowerKey) {
            question = true
        } else if answerWords.contains(tokens[first].lowerKey) {
            question = false
        } else {
            return nil
        }
        return QuoteSpan(tokens: (first + 2)..<bounds.upperBound, shape: .turn(question: question))
    }

    /// "Sam Price: Why the sea?": up to four capitalised words, a colon, then several words that
    /// do not open with a quotation mark ("Силуанов: «…»" is a headline quote, and its marks
    /// are the quote's). Whether the words before the colon name a person is for attribution.
    private static func namedTurn(in tokens: [QuoteToken], _ bounds: Range<Int>) -> QuoteSpan? {
        let first = bounds.lowerBound
        guard let colon = (first + 1..<min(bounds.upperBound, first + 5)).first(where: { tokens[$0].isMark(":") }),
              (first..<colon).allSatisfy({ tokens[$0].isCapitalizedWord }),
              bounds.upperBound - colon > 3, !tokens[colon + 1].isQuotationMark else { return nil }
        return QuoteSpan(tokens: (colon + 1)..<bounds.upperBound, shape: .namedTurn(speaker: first))
    }

    /// A hyphen standing for a dash, in text typed without one: a token of its own, a space
    /// after it ("- Нет, - ответил он").
    static func isSpacedHyphen(_ tokens: [QuoteToken], at index: Int) -> Bool {
        tokens[index].isMark("-") && (index + 1 >= tokens.count || tokens[index + 1].spaceBefore)
    }

    /// A dash or a hyphen, spaced or not: what ends a dateline ("(Reuters)- …" too).
    static func isDashOrHyphen(_ tokens: [QuoteToken], at index: Int) -> Bool {
        isDash(tokens, at: index) || tokens[index].isMark("-")
    }

    /// A dash, or a hyphen between spaces standing for one ("- Нет, - ответил он"); not one
    /// touching a word ("the word- "pavement"", "летом. -Более того": typing slips).
    static func standsForDash(_ tokens: [QuoteToken], at index: Int) -> Bool {
        isDash(tokens, at: index) || (isSpacedHyphen(tokens, at: index) && tokens[index].spaceBefore)
    }

    /// A dash between spaces right after punctuation: where the author's words start or end
    /// in dash dialogue (", — сказал он. — "), a spaced hyphen too.
    static func isAuthorDash(_ tokens: [QuoteToken], at index: Int) -> Bool {
        guard index > 0, standsForDash(tokens, at: index), tokens[index].spaceBefore else { return false }
        let previous = tokens[index - 1].scalar  // 0 for words and numbers
        return previous != 0 && ",.!?…:".unicodeScalars.contains { $0.value == previous }
    }

    /// Dash dialogue: the pieces between dashes alternate quote, author's words, quote...
    /// The dashes around the author's words act as the pieces' marks.
    private static func dialogue(in tokens: [QuoteToken], _ bounds: Range<Int>) -> [QuoteSpan] {
        let separators = ((bounds.lowerBound + 1)..<bounds.upperBound).filter { isAuthorDash(tokens, at: $0) }
        guard !separators.isEmpty else {
            let start = bounds.lowerBound + 1
            return start < bounds.upperBound ? [QuoteSpan(tokens: start..<bounds.upperBound, shape: .turn(question: tokens[bounds.upperBound - 1].isMark("?")))] : []
        }
        let edges = [bounds.lowerBound] + separators + [bounds.upperBound]
        var result = [QuoteSpan]()
        for piece in stride(from: 0, to: edges.count - 1, by: 2) where edges[piece] + 1 < edges[piece + 1] {
            let close = edges[piece + 1] < bounds.upperBound ? edges[piece + 1] : nil
            result.append(QuoteSpan(tokens: (edges[piece] + 1)..<edges[piece + 1], shape: .dialogue, openMark: edges[piece], closeMark: close))
        }
        return result
    }

    /// «Мы слышали, — сказал Песков. — Но письма не было»: the author's words inside the marks
    /// (after ", —" and starting in lower case) split the quote in two; the dashes act as marks.
    /// Appends the span, or its two parts, to `result` (no array of its own: this runs for every quote).
    private static func appendInterrupted(_ span: QuoteSpan, in tokens: [QuoteToken], to result: inout [QuoteSpan]) {
        let cut = span.tokens.dropFirst().first { index in
            isAuthorDash(tokens, at: index) && !tokens[index - 1].isMark(".") && !tokens[index - 1].isMark(":")
                && index + 1 < span.tokens.upperBound && tokens[index + 1].isUncapitalizedWord
        }
        guard let cut,
              let resume = (cut + 1..<span.tokens.upperBound).first(where: { isDash(tokens, at: $0) && tokens[$0 - 1].isMark(".") }),
              resume + 1 < span.tokens.upperBound else {
            result.append(span)
            return
        }
        result.append(QuoteSpan(tokens: span.tokens.lowerBound..<cut, shape: .marked, openMark: span.openMark, closeMark: cut))
        result.append(QuoteSpan(tokens: (resume + 1)..<span.tokens.upperBound, shape: .marked, closed: span.closed, openMark: resume, closeMark: span.closeMark))
    }

    private static func marked(in tokens: [QuoteToken], _ bounds: Range<Int>) -> [QuoteSpan] {
        var stack = [(mark: Mark, token: Int)]()
        var result = [QuoteSpan]()
        func close(at depth: Int, token: Int) {
            let open = stack[depth].token
            stack.removeSubrange(depth...)
            if depth == 0 && open + 1 < token {
                appendInterrupted(QuoteSpan(tokens: (open + 1)..<token, shape: .marked, openMark: open, closeMark: token), in: tokens, to: &result)
            }
        }
        // Two marks at most, not an array: an array literal here allocated for every mark.
        func depth(of mark: Mark, or other: Mark? = nil) -> Int? { stack.lastIndex { $0.mark == mark || $0.mark == other } }
        func strayClose(_ index: Int) {
            // A closing mark with nothing open: the quote began in an earlier paragraph.
            if stack.isEmpty && result.isEmpty && index > bounds.lowerBound {
                result.append(QuoteSpan(tokens: bounds.lowerBound..<index, shape: .marked, continuesPrevious: true, closeMark: index))
            }
        }
        for index in bounds where tokens[index].kind == .mark {
            let token = tokens[index]
            let nextAttached = index + 1 < bounds.upperBound && !tokens[index + 1].spaceBefore
            let previousAttached = index > bounds.lowerBound && !token.spaceBefore
            let nextIsWord = nextAttached && tokens[index + 1].kind != .mark
            let previousIsWord = previousAttached && tokens[index - 1].kind != .mark
            switch token.scalar {
            case 0xAB: stack.append((.guillemet, index))
            case 0xBB:
                if let depth = depth(of: .guillemet) { close(at: depth, token: index) } else { strayClose(index) }
            case 0x201E: stack.append((.low9, index))
            case 0x201C:
                if let depth = depth(of: .low9), depth == stack.count - 1 { close(at: depth, token: index) } else { stack.append((.curlyDouble, index)) }
            case 0x201D:
                if let depth = depth(of: .curlyDouble, or: .low9) { close(at: depth, token: index) } else { strayClose(index) }
            case 0x22:
                if let depth = depth(of: .straightDouble) {
                    close(at: depth, token: index)
                } else if nextAttached || !previousAttached {
                    stack.append((.straightDouble, index))
                } else {
                    strayClose(index)
                }
            case 0x2018:
                if nextAttached { stack.append((.curlySingle, index)) }
            case 0x2019:
                if let depth = depth(of: .curlySingle), !nextIsWord, !isApostropheBeforeLaterClose(index, in: tokens, bounds) { close(at: depth, token: index) }
            case 0x27:
                if let depth = depth(of: .straightSingle), previousAttached, !nextIsWord, !isApostropheBeforeLaterClose(index, in: tokens, bounds) {
                    close(at: depth, token: index)
                } else if nextIsWord && !previousIsWord {
                    stack.append((.straightSingle, index))
                }
            default: break
            }
        }
        // A quote left open runs to the paragraph's end (single quotes left open were most
        // likely apostrophes, so they are dropped).
        if let open = stack.first(where: { $0.mark != .straightSingle && $0.mark != .curlySingle }), open.token + 1 < bounds.upperBound {
            // ("«Мы восстановим все, — сказал мэр. — Каждую школу…" going on in the next paragraph:
            // the author's words still split it.)
            appendInterrupted(QuoteSpan(tokens: (open.token + 1)..<bounds.upperBound, shape: .marked, closed: false, openMark: open.token), in: tokens, to: &result)
        }
        return result
    }

    /// Whether a single closing mark after a word, before a word in lower case ("the players'
    /// decision"), is an apostrophe: when a single mark of the same kind after a comma or stop
    /// closes the quotation later in the paragraph ('It's the players' decision,').
    private static func isApostropheBeforeLaterClose(_ index: Int, in tokens: [QuoteToken], _ bounds: Range<Int>) -> Bool {
        guard index > bounds.lowerBound, index + 1 < bounds.upperBound, tokens[index - 1].isWord, tokens[index + 1].isUncapitalizedWord
        else { return false }
        let scalar = tokens[index].scalar
        return (index + 2..<bounds.upperBound).contains { later in
            tokens[later].scalar == scalar && !tokens[later].spaceBefore && ",.?!".unicodeScalars.contains { tokens[later - 1].isMark($0) }
        }
    }
}

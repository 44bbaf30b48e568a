import Foundation
import QuoteTrailDictionaries

/// Labels sentences that are page furniture rather than article text: boilerplate (share and
/// subscribe lines, related-article lists, comment forms, from `boilerplate.tsv`), photo
/// credits ("Name | Agency", "Photo: ..."), the caption next to a credit, and wire datelines
/// ("МОСКВА, 7 марта. /ТАСС/.").
public struct FurnitureRules: Sendable {
    /// Lower-cased phrase (no trailing colon) -> true when it heads a block that runs to the end.
    private let phrases: [String: Bool]
    /// Lower-cased first words of block headings that go on with a word or two ("Related
    /// coverage", "Related news"): a short line opening with one heads a block that runs to the end.
    private let headingOpeners: [String]

    /// A heading is at most this many words.
    static let longestHeading = 4

    /// Longer lines (in UTF-8 bytes) are never furniture: credits, datelines and headings are short.
    static let longestLine = 240

    public init(phrases: [String: Bool], headingOpeners: [String] = []) {
        self.phrases = phrases
        self.headingOpeners = headingOpeners
    }

    public static func bundled() throws -> FurnitureRules {
        try FurnitureRules(table: TSVTable.load(DictionaryResources.url(named: "boilerplate.tsv")))
    }

    /// The rules of a table with boilerplate.tsv's columns (language, phrase, scope).
    init(table: TSVTable) throws {
        var phrases = [String: Bool]()
        var headingOpeners = [String]()
        for row in table.rows {
            switch row["scope"] {
            case "opens": headingOpeners.append(Self.key(row["phrase"]))
            case "rest", "line": phrases[Self.key(row["phrase"])] = row["scope"] == "rest"
            default: throw DataFileError(file: "boilerplate.tsv", message: "line \(row.lineNumber): scope must be rest, line or opens, not \"\(row["scope"])\"")
            }
        }
        self.init(phrases: phrases, headingOpeners: headingOpeners)
    }

    /// Whether the text at `start` opens with a quotation mark or a dialogue dash (read from
    /// the bytes: no string is made for it).
    static func opensWithQuotation(_ utf8: [UInt8], at start: Int) -> Bool {
        guard start < utf8.count else { return false }
        let first = UTF8Scalars.decode(utf8, at: start).0
        return Punctuation.isQuotationMark(first) || first == 0x2014 || first == 0x2013
    }

    /// Whether a closing quotation mark followed by a comma lies in `range` ("«…», —", '"…," she
    /// said'), as quoted speech has and a picture's caption seldom does.
    static func holdsQuotationClosedByComma(_ utf8: [UInt8], in range: TextRange) -> Bool {
        var position = range.start
        while position < range.end {
            let (scalar, length) = UTF8Scalars.decode(utf8, at: position)
            if Punctuation.isQuotationMark(scalar), position + length < range.end, utf8[position + length] == UInt8(ascii: ",") { return true }
            // ('…," she said': the comma inside the marks.)
            if scalar == 0x2C, position + 1 < range.end, Punctuation.isQuotationMark(UTF8Scalars.decode(utf8, at: position + 1).0) { return true }
            position += length
        }
        return false
    }

    static func key(_ text: String) -> String {
        var text = Punctuation.trimmingBlanks(text[...]).lowercased()
        while text.hasSuffix(":") { text.removeLast() }
        return text
    }

    /// Relabels `sentences` in place (headline sentences keep their label).
    func label(_ sentences: inout [Segment], in utf8: [UInt8]) {
        func text(_ range: TextRange) -> String { String(decoding: utf8[range.start..<range.end], as: UTF8.self) }
        var restIsBoilerplate = false
        var creditParagraphs = Set<Int>()
        for index in sentences.indices {
            if restIsBoilerplate {
                sentences[index].kind = .boilerplate
                continue
            }
            // Furniture lines are short; running text is not looked at (no String per sentence).
            let range = sentences[index].range
            guard sentences[index].kind == .text, range.end - range.start <= Self.longestLine else { continue }
            // A heading with its links on the same line ("Read more: "…" | "…"", "Читайте
            // также: «…»") is one line of furniture, whatever it ends with.
            if let colon = Self.headingColon(utf8, range), headsBlock(Self.key(text(TextRange(start: range.start, end: colon)))) != nil {
                sentences[index].kind = .boilerplate
                continue
            }
            guard Self.mayBeFurniture(utf8, range) else { continue }
            let line = text(sentences[index].range)
            if let isBlockHead = headsBlock(Self.key(line)) {
                sentences[index].kind = .boilerplate
                restIsBoilerplate = isBlockHead
            } else if Self.isCredit(line) {
                sentences[index].kind = .credit
                creditParagraphs.insert(sentences[index].paragraph)
            } else if Self.isDateline(line) {
                sentences[index].kind = .dateline
            }
        }
        // A caption sits next to its credit: the paragraph just before it, or the line after
        // the credit in the same paragraph.
        for index in sentences.indices where sentences[index].kind == .credit {
            let paragraph = sentences[index].paragraph
            if index + 1 < sentences.count, sentences[index + 1].paragraph == paragraph, sentences[index + 1].kind == .text {
                sentences[index + 1].kind = .caption
            }
            // "Photo: The High Street on a Saturday morning | Council handout" holds its own caption.
            if Self.describesItsPicture(text(sentences[index].range)) { continue }
            var before = index - 1
            while before >= 0 && sentences[before].paragraph == paragraph { before -= 1 }
            guard before >= 0, sentences[before].kind == .text, !creditParagraphs.contains(sentences[before].paragraph) else { continue }
            let captionParagraph = sentences[before].paragraph
            let captionSentences = sentences.indices.filter { sentences[$0].paragraph == captionParagraph }
            // A caption is one short paragraph of one or two sentences, and does not open with
            // quoted speech (an article's last quote before a closing "Фото: …" credit).
            // (Nor does it hold a quotation closed by a comma, as attributed speech is: "«…», —
            // зазначила вона".)
            guard captionSentences.count <= 2, let first = captionSentences.first,
                  !Self.opensWithQuotation(utf8, at: sentences[first].range.start),
                  !captionSentences.contains(where: { Self.holdsQuotationClosedByComma(utf8, in: sentences[$0].range) }) else { continue }
            for caption in captionSentences where sentences[caption].kind == .text { sentences[caption].kind = .caption }
        }
    }

    /// Whether a line (its `key`) is boilerplate: nil when not, true when it heads a block that
    /// runs to the end (a phrase of scope rest, or a few words opening with one of scope opens:
    /// "Related coverage"), false for a line alone.
    func headsBlock(_ key: String) -> Bool? {
        if let isBlockHead = phrases[key] { return isBlockHead }
        // (Bytes, not Characters: this runs for every short line and every "Heading:" opening.)
        let bytes = key.utf8
        guard !headingOpeners.isEmpty, bytes.count(where: { $0 == 0x20 }) < Self.longestHeading else { return nil }
        let opens = headingOpeners.contains { opener in
            let length = opener.utf8.count
            return bytes.starts(with: opener.utf8) && (bytes.count == length || bytes[bytes.index(bytes.startIndex, offsetBy: length)] == 0x20)
        }
        return opens ? true : nil
    }

    /// A sentence of running text ends with a full stop, a question or exclamation mark or a
    /// closing quote; furniture lines do not, except datelines ("/ТАСС/.", "(AP).").
    static func mayBeFurniture(_ utf8: [UInt8], _ range: TextRange) -> Bool {
        guard range.end - range.start >= 2 else { return true }
        let last = utf8[range.end - 1]
        let beforeLast = utf8[range.end - 2]
        switch last {
        case UInt8(ascii: "."): return beforeLast == UInt8(ascii: "/") || beforeLast == UInt8(ascii: ")")
        case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: ";"): return false
        case 0xBB, 0x9D: return false   // the last bytes of » and ”
        default: return true
        }
    }

    /// Where the colon after a line's first few words is, when text follows it: a heading that
    /// runs on into its items ("Related: …"). Headings are short, so only the first 40 bytes are searched.
    static func headingColon(_ utf8: [UInt8], _ range: TextRange) -> Int? {
        let limit = min(range.end - 1, range.start + 40)
        guard range.start < limit, let colon = (range.start..<limit).first(where: { utf8[$0] == UInt8(ascii: ":") }) else { return nil }
        return colon > range.start ? colon : nil
    }

    /// "Mikhail Ivanov | Example Images", "Photo: ...", "Фото: ...".
    /// Labels that open a line about a picture ("Photo: …"), and how the other credits open, in
    /// lower case.
    private static let pictureLabels = ["photo:", "фото:", "image:", "photograph:"]
    private static let creditPrefixes = pictureLabels + ["photo by", "фото ", "фото —", "credit:", "ілюстративне фото", "фото з"]

    static func isCredit(_ line: String) -> Bool {
        guard line.count <= 120 else { return false }
        let lower = line.lowercased()
        for prefix in Self.creditPrefixes where lower.hasPrefix(prefix) { return true }
        let parts = line.split(separator: "|")
        return parts.count == 2 && parts.allSatisfy { Punctuation.trimmingBlanks($0).count >= 2 } && !line.contains("\"") && !line.hasSuffix(".")
    }

    /// Whether a credit says what its picture shows: after "Photo:" (or the like), four words
    /// or more before the source ("Photo: Shoppers on the High Street | Council handout"), not
    /// a name alone ("Photo by Anna Lee", "Фото: Reuters").
    static func describesItsPicture(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard let prefix = pictureLabels.first(where: { lower.hasPrefix($0) }) else { return false }
        let description = line.dropFirst(prefix.count).split(separator: "|").first ?? ""
        return description.split(whereSeparator: { $0 == " " }).count >= 4
    }

    /// A line that is only a dateline: an upper-case place, a comma, a date, and an agency
    /// between slashes or parentheses ("МОСКВА, 7 марта. /ТАСС/.").
    static func isDateline(_ line: String) -> Bool {
        guard line.count <= 80, let place = line.split(separator: ",").first, place.count >= 3 else { return false }
        let letters = place.filter(\.isLetter)
        guard letters.count >= 3, letters.allSatisfy(\.isUppercase) else { return false }
        let trimmed = Punctuation.trimmingBlanks(line[...])
        return trimmed.hasSuffix("/.") || trimmed.hasSuffix("/") || trimmed.hasSuffix(").")
    }
}

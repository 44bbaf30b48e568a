import ArgumentParser
import Foundation
import QuoteTrail

struct LangidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Identify the language of each input line, with the spans where it switches.",
        discussion: """
            Reads lines from files or standard input and prints one JSON object per line:
            {"language": "ru", "confidence": 0.97, "spans": [{"start": 0, "end": 12, "language": "en", "confidence": 0.9}]}
            Offsets are code points of the line, end-exclusive.
            """)

    @Argument(help: "Files to read line by line, or - for standard input.")
    var inputs: [String] = ["-"]

    @OptionGroup var languages: LanguageOptions

    @Flag(help: "Add each word's evidence per language (n-grams, word frequency, lexicon, posterior) to the record.")
    var explain = false

    func run() throws {
        let identifier = try LanguageIdentifier(settings: languages.settings())
        let output = OutputWriter()
        var tally = OutcomeTally()
        var cache = WordScoreCache()
        for input in inputs {
            let source: InputSource = input == "-" ? .standardInput : .file(path: input)
            let decoded: [UInt8]
            do {
                decoded = try CharsetDecoder().decode(try RecordReader.readAll(source), source: source.name).utf8
            } catch {
                // Not text, or unreadable: one error record for the input, nothing guessed.
                tally.record(error)
                output.write(json: ErrorRecord(error).json, pretty: false)
                continue
            }
            tally.recordSuccess()
            for range in Lines.ranges(in: decoded) {
                let line = TextRange(start: range.lowerBound, end: range.upperBound)
                let (guess, spans) = identifier.identify(line, in: decoded, cache: &cache)
                var cursor = CodePointCursor(decoded, origin: line.start)
                // Written field by field, without a JSONValue tree per line: at hundreds of
                // thousands of lines a second the tree's allocations were a fifth of the time.
                output.writeRecord { record in
                    record.append(contentsOf: #"{"language":"#.utf8)
                    JSONValue.string(guess.language).append(to: &record)
                    record.append(contentsOf: #","confidence":"#.utf8)
                    JSONValue.double(ReportBuilder.rounded(guess.confidence)).append(to: &record)
                    record.append(contentsOf: #","spans":["#.utf8)
                    for (index, span) in spans.enumerated() {
                        record.append(contentsOf: (index == 0 ? #"{"start":"# : #",{"start":"#).utf8)
                        JSONValue.int(cursor.codePoints(to: span.range.start)).append(to: &record)
                        record.append(contentsOf: #","end":"#.utf8)
                        JSONValue.int(cursor.codePoints(to: span.range.end)).append(to: &record)
                        record.append(contentsOf: #","language":"#.utf8)
                        JSONValue.string(span.language).append(to: &record)
                        record.append(contentsOf: #","confidence":"#.utf8)
                        JSONValue.double(ReportBuilder.rounded(span.confidence)).append(to: &record)
                        record.append(UInt8(ascii: "}"))
                    }
                    record.append(UInt8(ascii: "]"))
                    if explain { appendExplanation(of: line, in: decoded, identifier: identifier, to: &record) }
                    record.append(UInt8(ascii: "}"))
                }
            }
        }
        output.flush()
        throw tally.exitCode
    }

    private func appendExplanation(of line: TextRange, in decoded: [UInt8], identifier: LanguageIdentifier, to record: inout [UInt8]) {
        var cursor = CodePointCursor(decoded, origin: line.start)
        let words: [JSONValue] = identifier.explain(line, in: decoded).map { word in
            .object([
                ("start", .int(cursor.codePoints(to: word.range.start))),
                ("end", .int(cursor.codePoints(to: word.range.end))),
                ("text", .string(String(decoding: decoded[word.range.start..<word.range.end], as: UTF8.self))),
                ("languages", .array(word.evidence.map { evidence in
                    .object([
                        ("language", .string(evidence.language)),
                        ("posterior", .double(ReportBuilder.rounded(Double(exp(evidence.posterior))))),
                        ("ngrams", .double(ReportBuilder.rounded(Double(evidence.ngrams)))),
                        ("frequency", .double(ReportBuilder.rounded(Double(evidence.frequency)))),
                        ("listed", .bool(evidence.listed)),
                    ])
                })),
            ])
        }
        record.append(contentsOf: #","words":"#.utf8)
        JSONValue.array(words).append(to: &record)
    }
}

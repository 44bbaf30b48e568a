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
                output.write(json: .object([
                    ("language", .string(guess.language)),
                    ("confidence", .double(ReportBuilder.rounded(guess.confidence))),
                    ("spans", .array(spans.map { span in
                        .object([
                            ("start", .int(cursor.codePoints(to: span.range.start))), ("end", .int(cursor.codePoints(to: span.range.end))),
                            ("language", .string(span.language)), ("confidence", .double(ReportBuilder.rounded(span.confidence))),
                        ])
                    })),
                ]), pretty: false)
            }
        }
        output.flush()
        throw tally.exitCode
    }
}

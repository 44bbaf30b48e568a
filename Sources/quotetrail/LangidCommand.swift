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

    @Flag(help: "Print to standard error how long reading, identifying and writing took, model loading excluded (for benchmarks).")
    var timing = false

    func run() throws {
        let identifier = try LanguageIdentifier(settings: languages.settings())
        let output = OutputWriter()
        var tally = OutcomeTally()
        var cache = WordScoreCache()
        let clock = ContinuousClock()
        let started = clock.now
        var lineCount = 0
        // Read once: the parsed flag's getter is slow enough to show in a profile when asked per line.
        let explain = self.explain
        for input in inputs {
            let source: InputSource = input == "-" ? .standardInput : .file(path: input)
            let decoded: [UInt8]
            do {
                decoded = try CharsetDecoder().decode(try RecordReader.readAll(source), source: source.name).utf8
            } catch {
                // Not text, or unreadable: one error record for the input, nothing guessed.
                tally.record(error)
                output.write(pretty: false) { ErrorRecord(error).write(to: &$0) }
                continue
            }
            tally.recordSuccess()
            for range in Lines.ranges(in: decoded) {
                lineCount += 1
                let line = TextRange(start: range.lowerBound, end: range.upperBound)
                let (guess, spans) = identifier.identify(line, in: decoded, cache: &cache)
                var cursor = CodePointCursor(decoded, origin: line.start)
                output.write(pretty: false) { writer in
                    writer.object { writer in
                        writer.key("language"); writer.string(guess.language)
                        writer.key("confidence"); writer.double(ReportBuilder.rounded(guess.confidence))
                        writer.key("spans")
                        writer.array(spans) { writer, span in
                            writer.object { writer in
                                writer.key("start"); writer.int(cursor.codePoints(to: span.range.start))
                                writer.key("end"); writer.int(cursor.codePoints(to: span.range.end))
                                writer.key("language"); writer.string(span.language)
                                writer.key("confidence"); writer.double(ReportBuilder.rounded(span.confidence))
                            }
                        }
                        if explain {
                            writer.key("words")
                            writeExplanation(of: line, in: decoded, identifier: identifier, to: &writer)
                        }
                    }
                }
            }
        }
        output.flush()
        if timing {
            let elapsed = started.duration(to: clock.now).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
            FileHandle.standardError.write(Data("langid: \(lineCount) lines in \(seconds) s\n".utf8))
        }
        throw tally.exitCode
    }

    private func writeExplanation(of line: TextRange, in decoded: [UInt8], identifier: LanguageIdentifier, to writer: inout JSONWriter) {
        var cursor = CodePointCursor(decoded, origin: line.start)
        writer.array(identifier.explain(line, in: decoded)) { writer, word in
            writer.object { writer in
                writer.key("start"); writer.int(cursor.codePoints(to: word.range.start))
                writer.key("end"); writer.int(cursor.codePoints(to: word.range.end))
                writer.key("text"); writer.string(utf8: decoded[word.range.start..<word.range.end])
                writer.key("languages")
                writer.array(word.evidence) { writer, evidence in
                    writer.object { writer in
                        writer.key("language"); writer.string(evidence.language)
                        writer.key("posterior"); writer.double(ReportBuilder.rounded(Double(exp(evidence.posterior))))
                        writer.key("ngrams"); writer.double(ReportBuilder.rounded(Double(evidence.ngrams)))
                        writer.key("frequency"); writer.double(ReportBuilder.rounded(Double(evidence.frequency)))
                        writer.key("listed"); writer.bool(evidence.listed)
                    }
                }
            }
        }
    }
}

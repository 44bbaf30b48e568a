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

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a scoring setting (name=value), for tuning.", visibility: .hidden))
    var overrides: [String] = []

    func run() throws {
        var settings = LanguageIdentifier.Settings()
        for override in overrides {
            let parts = override.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Float(parts[1]), settings.set(parts[0], to: value) else {
                throw ValidationError("cannot apply setting '\(override)'")
            }
        }
        let identifier = try LanguageIdentifier(settings: settings)
        let output = OutputWriter()
        var failed = false
        var cache = WordScoreCache()
        for input in inputs {
            let bytes: [UInt8]
            do {
                bytes = try RecordReader.readAll(input == "-" ? .standardInput : .file(path: input))
            } catch {
                FileHandle.standardError.write(Data("quotetrail: \(error.description)\n".utf8))
                failed = true
                continue
            }
            let decoded = (try? CharsetDecoder().decode(bytes, source: input))?.utf8 ?? bytes
            var lineStart = 0
            while lineStart < decoded.count {
                var lineEnd = decoded[lineStart...].firstIndex(of: 0x0A) ?? decoded.count
                let next = lineEnd + 1
                if lineEnd > lineStart && decoded[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = DecodedText(validUTF8: Array(decoded[lineStart..<lineEnd]))
                let (guess, spans) = identifier.identify(line.fullRange, in: line.utf8, cache: &cache)
                output.write(json: .object([
                    ("language", .string(guess.language)),
                    ("confidence", .double(Self.rounded(guess.confidence))),
                    ("spans", .array(spans.map { span in
                        let range = line.codePointRange(span.range)
                        return .object([
                            ("start", .int(range.lowerBound)), ("end", .int(range.upperBound)),
                            ("language", .string(span.language)), ("confidence", .double(Self.rounded(span.confidence))),
                        ])
                    })),
                ]), pretty: false)
                lineStart = next
            }
        }
        if failed { throw ExitCode(66) }
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

import ArgumentParser
import QuoteTrail

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Show the Normalize stage: normalized text, what changed, mixed-script words.",
        discussion: """
            Prints one JSON object per document with the normalized text, every change mapped
            back to the decoded text (code point offsets), words that mix scripts with their
            confusable skeletons, and warnings. --plain prints only the normalized text.
            """)

    enum Form: String, ExpressibleByArgument, CaseIterable {
        case nfc, key, latin
    }

    @OptionGroup var input: InputOptions

    @Option(help: "nfc, key (NFKC_Casefold without ignorables: the matching key) or latin (Russian-Latin/BGN; Latin-ASCII).")
    var form: Form = .key

    @Flag(help: "Print only the normalized text.")
    var plain = false

    func run() throws {
        let pipeline = try input.makePipeline()
        let transliterator = form == .latin ? try Transliterator("Russian-Latin/BGN; Latin-ASCII") : nil
        let output = OutputWriter()
        throw try input.eachDocument(pipeline, output: output) { document in
            guard let layer = document.layer(NormalizationLayer.self) else { return }
            let text = document.text
            let normalized: String
            var changes = [JSONValue]()
            if let transliterator {
                normalized = try transliterator.transliterate(text.string)
            } else {
                // The normalize command's pipeline computes every layer in full.
                guard let chosen = form == .nfc ? layer.nfc : layer.matchingKey else { return }
                normalized = chosen.string
                for edit in chosen.map.edits {
                    let source = TextRange(start: edit.sourceStart, end: edit.sourceStart + edit.sourceLength)
                    let target = TextRange(start: edit.targetStart, end: edit.targetStart + edit.targetLength)
                    let span = text.codePointRange(source)
                    changes.append(.object([
                        ("start", .int(span.lowerBound)), ("end", .int(span.upperBound)),
                        ("text", .string(text.string(source))), ("normalized", .string(chosen.string(target))),
                    ]))
                }
            }
            if plain {
                output.write(line: normalized)
                return
            }
            let report = ReportBuilder.report(for: document)
            let mixed = layer.mixedScriptWords.map { word in
                let span = text.codePointRange(word.range)
                return JSONValue.object([
                    ("start", .int(span.lowerBound)), ("end", .int(span.upperBound)),
                    ("text", .string(text.string(word.range))), ("skeleton", .string(word.skeleton)),
                ])
            }
            output.write(json: .object([
                ("document", .string(document.id)), ("form", .string(form.rawValue)), ("text", .string(normalized)),
                ("changes", .array(changes)), ("mixed_script", .array(mixed)), ("warnings", .array(report.warnings.map(\.json))),
            ]), pretty: false)
        }
    }
}

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
            var edits = [(source: TextRange, replacement: String)]()
            if let transliterator {
                normalized = try transliterator.transliterate(text.string)
            } else {
                // The normalize command's pipeline computes every layer in full.
                guard let chosen = form == .nfc ? layer.nfc : layer.matchingKey else { return }
                normalized = chosen.string
                edits = chosen.map.edits.map { edit in
                    (TextRange(start: edit.sourceStart, end: edit.sourceStart + edit.sourceLength),
                     chosen.string(TextRange(start: edit.targetStart, end: edit.targetStart + edit.targetLength)))
                }
            }
            if plain {
                output.write(line: normalized)
                return
            }
            let warnings = ReportBuilder.report(for: document).warnings
            output.write(pretty: false) { writer in
                writer.object { writer in
                    writer.key("document"); writer.string(document.id)
                    writer.key("form"); writer.string(form.rawValue)
                    writer.key("text"); writer.string(normalized)
                    writer.key("changes")
                    writer.array(edits) { writer, edit in
                        writer.object { writer in
                            TextSlice(edit.source, of: text).writeMembers(to: &writer)
                            writer.key("normalized"); writer.string(edit.replacement)
                        }
                    }
                    writer.key("mixed_script")
                    writer.array(layer.mixedScriptWords) { writer, word in
                        writer.object { writer in
                            TextSlice(word.range, of: text).writeMembers(to: &writer)
                            writer.key("skeleton"); writer.string(word.skeleton)
                        }
                    }
                    writer.key("warnings"); writer.array(warnings) { writer, warning in warning.write(to: &writer) }
                }
            }
        }
    }
}

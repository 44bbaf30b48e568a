import ArgumentParser
import QuoteTrail

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse documents and print one annotated JSON report per document.",
        discussion: """
            One input file prints one pretty JSON report. Several inputs, a directory, a JSON
            Lines dump or --format jsonl print JSON Lines: one report (or error record) per
            document, in input order. Offsets are Unicode code points, end-exclusive.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @OptionGroup var input: InputOptions

    @OptionGroup var languages: LanguageOptions

    @Option(help: "json (pretty, one document) or jsonl (one line per document). Default: by input.")
    var format: OutputFormat?

    func run() throws {
        // Only what reports use (no word tokens, no whole-document matching key).
        let pipeline = try input.makePipeline(languageSettings: languages.settings(), detail: .report)
        let output = OutputWriter()
        let pretty = (format ?? (input.isSingleDocument ? .json : .jsonl)) == .json
        throw input.eachDocument(pipeline, output: output, pretty: pretty) { document in
            output.write(pretty: pretty) { ReportBuilder.report(for: document).write(to: &$0) }
        }
    }
}

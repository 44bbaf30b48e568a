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

    @Option(help: "json (pretty, one document) or jsonl (one line per document). Default: by input.")
    var format: OutputFormat?

    func run() throws {
        let pipeline = try input.makePipeline()
        let output = OutputWriter()
        let pretty = (format ?? (input.isSingleDocument ? .json : .jsonl)) == .json
        var tally = OutcomeTally()
        input.forEachRecord { record in
            switch record.flatMap(pipeline.analyze) {
            case .success(let document):
                tally.recordSuccess()
                output.write(json: ReportBuilder.report(for: document).json, pretty: pretty)
            case .failure(let error):
                tally.record(error)
                let id = (try? record.get().metadata.id) ?? Self.fallbackID(error.source)
                output.write(json: ErrorRecord(error, fallbackID: id).json, pretty: pretty)
            }
        }
        throw tally.exitCode
    }

    /// The id an unreadable input would have had: the file name without its extension,
    /// keeping a dump record's `:line`.
    static func fallbackID(_ source: String) -> String {
        var name = source.split(separator: "/").last.map(String.init) ?? source
        var line = ""
        if let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isNumber) {
            line = String(name[colon...])
            name = String(name[..<colon])
        }
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return stem + line
    }
}

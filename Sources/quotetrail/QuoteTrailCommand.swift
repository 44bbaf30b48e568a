import ArgumentParser

@main
struct QuoteTrailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotetrail",
        abstract: "Who said this, in which language, where was it first published, and is the translation faithful?",
        discussion: """
            Exit codes: 0 success, 1 some documents failed (each still gets an error record),
            64 usage, 65 bad input data, 66 missing input, 74 I/O error.
            """,
        subcommands: [Analyze.self, LangidCommand.self, NormalizeCommand.self, SegmentCommand.self],
        defaultSubcommand: nil
    )
}

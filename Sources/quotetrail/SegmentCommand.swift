import ArgumentParser
import QuoteTrail

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Show the Segment stage: paragraphs, sentences or tokens, one JSON line each.",
        discussion: "Offsets are Unicode code points into the decoded text, end-exclusive.")

    enum Level: String, ExpressibleByArgument, CaseIterable { case paragraphs, sentences, tokens }

    @OptionGroup var input: InputOptions

    @Option(help: "paragraphs, sentences or tokens.")
    var level: Level = .sentences

    func run() throws {
        let pipeline = try input.makePipeline()
        let output = OutputWriter()
        throw input.eachDocument(pipeline, output: output) { document in
            guard let layer = document.layer(SegmentationLayer.self) else { return }
            let units: [(TextRange, String)] = switch level {
            case .paragraphs: layer.paragraphs.map { ($0.range, $0.kind.rawValue) }
            case .sentences: layer.sentences.map { ($0.range, $0.kind.rawValue) }
            case .tokens: layer.tokens.map { ($0.range, "\($0.kind)") }
            }
            for (range, kind) in units {
                let span = document.text.codePointRange(range)
                output.write(pretty: false) { writer in
                    writer.object { writer in
                        writer.key("document"); writer.string(document.id)
                        writer.key("start"); writer.int(span.lowerBound)
                        writer.key("end"); writer.int(span.upperBound)
                        writer.key("kind"); writer.string(kind)
                        writer.key("text"); writer.string(utf8: document.text.bytes(range))
                    }
                }
            }
        }
    }
}

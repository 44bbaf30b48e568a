// Throughput on a generated bilingual corpus, one thread, release build:
//   swift run -c release quotetrail-bench [megabytes]
// Two passes, each the best of three: decode + normalize + segment alone (the Foundation
// issue's figure), then every analyze stage with each stage timed. The passes are kept apart
// because the later stages churn the allocator and caches, which slows the early ones by ~5%
// when they share a loop.
import Foundation
import QuoteTrail

//   swift run -c release quotetrail-bench [megabytes] --write PATH
// writes the corpus as a JSON Lines dump instead, to time `quotetrail analyze` end to end.
//   swift run -c release quotetrail-bench [megabytes] --documents DIR
// uses the .txt files under DIR (e.g. Tests/Gold/quotes), repeated in turn up to the size,
// instead of generated text: written news sentences cost more per byte than the generator's.
//   swift run -c release quotetrail-bench --lines FILE [--languages en,ru,uk,be,bg]
// times language identification of each line of FILE alone (what `quotetrail langid` does
// without reading and printing), best of five passes, each with an empty word cache.
if let flag = CommandLine.arguments.firstIndex(of: "--lines"), flag + 1 < CommandLine.arguments.count {
    let text = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[flag + 1]))
    let bytes = [UInt8](text)
    let lines = Lines.ranges(in: bytes).map { TextRange(start: $0.lowerBound, end: $0.upperBound) }
    var settings = LanguageIdentifier.Settings()
    if let flag = CommandLine.arguments.firstIndex(of: "--languages"), flag + 1 < CommandLine.arguments.count {
        settings.languages = Set(CommandLine.arguments[flag + 1].split(separator: ",").map(String.init))
    }
    let identifier = try LanguageIdentifier(settings: settings)
    var fastest = Double.infinity
    for _ in 0..<5 {
        var cache = WordScoreCache()
        let start = DispatchTime.now().uptimeNanoseconds
        var labelled = 0
        for line in lines where identifier.identify(line, in: bytes, cache: &cache).guess.language != "und" { labelled += 1 }
        fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        precondition(labelled > 0)
    }
    print(String(format: "langid: %d lines in %.1f ms, %.0f lines/s (best of 5, one thread)", lines.count, fastest * 1000, Double(lines.count) / fastest))
    exit(0)
}
let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 8
let corpus: [[UInt8]]
if let flag = CommandLine.arguments.firstIndex(of: "--documents"), flag + 1 < CommandLine.arguments.count {
    corpus = try BilingualCorpus.repeating(filesUnder: URL(fileURLWithPath: CommandLine.arguments[flag + 1]), bytes: Int(megabytes * 1_000_000))
} else {
    corpus = BilingualCorpus.generate(bytes: Int(megabytes * 1_000_000), seed: 42)
}
if let flag = CommandLine.arguments.firstIndex(of: "--write"), flag + 1 < CommandLine.arguments.count {
    var dump = [UInt8]()
    for (index, bytes) in corpus.enumerated() {
        JSONWriter.write(into: &dump, pretty: false) { writer in
            writer.object { writer in
                writer.key("id"); writer.string("doc\(index)")
                writer.key("text"); writer.string(utf8: bytes[...])
            }
        }
        dump.append(0x0A)
    }
    try Data(dump).write(to: URL(fileURLWithPath: CommandLine.arguments[flag + 1]))
    print("wrote \(corpus.count) documents, \(dump.count) bytes of JSON Lines")
    exit(0)
}
let totalBytes = corpus.reduce(0) { $0 + $1.count }
let megabytesTotal = Double(totalBytes) / 1e6
let pipeline = try Pipeline()

struct Run {
    /// decode, normalize, segment, language, quotes, report (built and written as JSON Lines)
    var seconds = [Double](repeating: 0, count: 6)
    var reportBytes = 0
    var sentences = 0
    var tokens = 0
    var quotes = 0
}

func runOnce(allStages: Bool) -> Run {
    var run = Run()
    // One per run, as `quotetrail analyze` keeps one for all its documents.
    var wordScores = WordScoreCache()
    var output = [UInt8]()
    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    for (index, bytes) in corpus.enumerated() {
        let record = InputRecord(metadata: DocumentMetadata(id: "doc\(index)", source: "bench"), content: .bytes(bytes), format: .text)
        // The stages Pipeline.analyze runs, timed one by one.
        var marks = [now()]
        guard var document = try? pipeline.ingestor.document(from: record) else { fatalError("document \(index) failed to decode") }
        marks.append(now())
        // The analyze pass computes what reports use, as `quotetrail analyze` does.
        let detail: PipelineDetail = allStages ? .report : .full
        try! pipeline.normalizer.process(&document, matchingKey: detail.matchingKey)
        marks.append(now())
        try! pipeline.segmenter.process(&document, wordTokens: detail.wordTokens)
        marks.append(now())
        if allStages {
            pipeline.languageIdentifier.process(&document, cache: &wordScores)
            marks.append(now())
            pipeline.quoteExtractor.process(&document)
            marks.append(now())
            run.quotes += document.layer(QuoteLayer.self)?.quotes.count ?? 0
            // What `quotetrail analyze` does with each document, less the write(2).
            output.removeAll(keepingCapacity: true)
            JSONWriter.write(into: &output, pretty: false) { ReportBuilder.report(for: document).write(to: &$0) }
            run.reportBytes += output.count
            marks.append(now())
        }
        for stage in 0..<(marks.count - 1) { run.seconds[stage] += Double(marks[stage + 1] - marks[stage]) / 1e9 }
        let layer = document.layer(SegmentationLayer.self)!
        run.sentences += layer.sentences.count
        run.tokens += layer.tokens.count
    }
    return run
}

func best(allStages: Bool) -> Run {
    _ = runOnce(allStages: allStages)  // warm-up: ICU data pages, dictionaries, allocator
    return (0..<3).map { _ in runOnce(allStages: allStages) }.min { $0.seconds.reduce(0, +) < $1.seconds.reduce(0, +) }!
}

func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s", megabytesTotal / seconds) }

print("corpus: \(corpus.count) documents, \(String(format: "%.1f", megabytesTotal)) MB (UTF-8, Russian and English)")
let foundation = best(allStages: false)
let early = foundation.seconds[0..<3].reduce(0, +)
print("stages: decode \(String(format: "%.3f", foundation.seconds[0])) s, normalize \(String(format: "%.3f", foundation.seconds[1])) s, segment \(String(format: "%.3f", foundation.seconds[2])) s")
print("decode+normalize+segment: \(rate(early)) (best of 3, one thread), \(foundation.sentences) sentences, \(foundation.tokens) tokens")
let analyze = best(allStages: true)
print("analyze stages (no matching key, no word tokens): decode \(String(format: "%.3f", analyze.seconds[0])) s, normalize \(String(format: "%.3f", analyze.seconds[1])) s, segment \(String(format: "%.3f", analyze.seconds[2])) s")
print("language stage: \(String(format: "%.3f", analyze.seconds[3])) s, \(rate(analyze.seconds[3])) on its own")
print("quotes stage: \(String(format: "%.3f", analyze.seconds[4])) s, \(rate(analyze.seconds[4])) on its own, \(analyze.quotes) quotes")
print("report stage: \(String(format: "%.3f", analyze.seconds[5])) s, \(rate(analyze.seconds[5])) on its own, \(analyze.reportBytes) bytes of JSON")
print("analyze stages: \(rate(analyze.seconds[0..<5].reduce(0, +))); with the reports: \(rate(analyze.seconds.reduce(0, +))) (best of 3, one thread)")

// Throughput of decode + normalize + segment, and of every analyze stage, on a generated bilingual corpus.
//
// Run with a release build:  swift run -c release quotetrail-bench [megabytes]
// Single-threaded on purpose: the figure is per core.
import Foundation
import QuoteTrail

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 8
let corpus = BilingualCorpus.generate(bytes: Int(megabytes * 1_000_000), seed: 42)
let totalBytes = corpus.reduce(0) { $0 + $1.count }

let pipeline = try Pipeline()

var stageSeconds = [0.0, 0.0, 0.0, 0.0, 0.0]
var quoteCount = 0

@MainActor func runOnce() -> (seconds: Double, sentences: Int, tokens: Int) {
    var sentences = 0
    var tokens = 0
    stageSeconds = [0, 0, 0, 0, 0]
    quoteCount = 0
    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    let start = now()
    for (index, bytes) in corpus.enumerated() {
        let record = InputRecord(metadata: DocumentMetadata(id: "doc\(index)", source: "bench"), content: .bytes(bytes), format: .text)
        // The same stages Pipeline.analyze runs, timed one by one.
        let t0 = now()
        guard var document = try? pipeline.ingestor.document(from: record) else { fatalError("document \(index) failed to decode") }
        let t1 = now()
        try! pipeline.normalizer.process(&document)
        let t2 = now()
        try! pipeline.segmenter.process(&document)
        let t3 = now()
        pipeline.languageIdentifier.process(&document)
        let t4 = now()
        pipeline.quoteExtractor.process(&document)
        let t5 = now()
        stageSeconds[4] += Double(t5 - t4) / 1e9
        quoteCount += document.layer(QuoteLayer.self)?.quotes.count ?? 0
        stageSeconds[3] += Double(t4 - t3) / 1e9
        stageSeconds[0] += Double(t1 - t0) / 1e9
        stageSeconds[1] += Double(t2 - t1) / 1e9
        stageSeconds[2] += Double(t3 - t2) / 1e9
        let layer = document.layer(SegmentationLayer.self)!
        sentences += layer.sentences.count
        tokens += layer.tokens.count
    }
    // The bar of this benchmark is decode + normalize + segment; language is reported apart.
    let seconds = Double(now() - start) / 1e9 - stageSeconds[3] - stageSeconds[4]
    return (seconds, sentences, tokens)
}

print("corpus: \(corpus.count) documents, \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB (UTF-8, Russian and English)")
_ = runOnce()  // warm-up: ICU data pages, dictionary loading, allocator
var best = Double.infinity
var last = (seconds: 0.0, sentences: 0, tokens: 0)
for _ in 0..<3 {
    last = runOnce()
    best = min(best, last.seconds)
}
let rate = Double(totalBytes) / 1e6 / best
print("stages (last run): decode \(String(format: "%.3f", stageSeconds[0])) s, normalize \(String(format: "%.3f", stageSeconds[1])) s, segment \(String(format: "%.3f", stageSeconds[2])) s")
print("language stage: \(String(format: "%.3f", stageSeconds[3])) s, \(String(format: "%.1f", Double(totalBytes) / 1e6 / stageSeconds[3])) MB/s on its own")
print("quotes stage: \(String(format: "%.3f", stageSeconds[4])) s, \(String(format: "%.1f", Double(totalBytes) / 1e6 / stageSeconds[4])) MB/s on its own, \(quoteCount) quotes")
let allStages = stageSeconds.reduce(0, +)
print("analyze, all stages (last run): \(String(format: "%.1f", Double(totalBytes) / 1e6 / allStages)) MB/s (one thread)")
print("decode+normalize+segment: \(String(format: "%.1f", rate)) MB/s (best of 3, one thread), \(last.sentences) sentences, \(last.tokens) tokens")

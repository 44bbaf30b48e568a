import Foundation
import QuoteTrailDictionaries

/// Which languages a word form belongs to: one Bloom filter per language over every known
/// form (hunspell, wordfreq), from `language-lexicon.bloom` (scripts/build_language_model.py
/// documents the layout). About 1% of unknown words test positive by chance.
public final class LanguageLexicon: Sendable {
    struct Filter: Sendable {
        var language: String
        var bitCount: UInt64
        var probes: Int
        var words: [UInt64]
    }

    private let filters: [Filter]
    public var languages: [String] { filters.map(\.language) }

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)
        var filters = [Filter]()
        try data.withUnsafeBytes { raw in
            guard raw.count >= 12, String(decoding: raw[0..<8], as: UTF8.self) == "QTBLOOM1" else {
                throw FormatError(description: "\(url.path): not a QuoteTrail lexicon")
            }
            let count = Int(raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
            var offset = 12
            for _ in 0..<count {
                guard offset + 32 <= raw.count else { throw FormatError(description: "\(url.path): truncated header") }
                let name = String(decoding: raw[offset..<offset + 16].prefix { $0 != 0 }, as: UTF8.self)
                let bits = raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self).littleEndian
                let probes = Int(raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt32.self).littleEndian)
                offset += 32
                let byteCount = Int(bits / 8)
                guard bits % 64 == 0, offset + byteCount <= raw.count else { throw FormatError(description: "\(url.path): truncated filter for \(name)") }
                let words = (0..<(byteCount / 8)).map { raw.loadUnaligned(fromByteOffset: offset + $0 * 8, as: UInt64.self).littleEndian }
                filters.append(Filter(language: name, bitCount: bits, probes: probes, words: words))
                offset += byteCount
            }
        }
        self.filters = filters
    }

    public static func bundled() throws -> LanguageLexicon {
        try LanguageLexicon(contentsOf: DictionaryResources.url(named: "language-lexicon.bloom"))
    }

    /// Adds `weight` to `scores[language]` for each candidate language (model positions) whose
    /// lexicon holds the lower-case word; `filterIndex` maps model positions to filters.
    func addMembership(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], filterIndex: [Int?], weight: Float, to scores: inout [Float]) {
        let first = LanguageModel.hash(word)
        var mixer = SplitMix64(seed: first)
        let second = mixer.next() | 1
        for language in candidates {
            guard let index = filterIndex[language] else { continue }
            if contains(first, second, in: filters[index]) { scores[language] += weight }
        }
    }

    @inline(__always)
    private func contains(_ first: UInt64, _ second: UInt64, in filter: Filter) -> Bool {
        filter.words.withUnsafeBufferPointer { words in
            for probe in 0..<filter.probes {
                let position = (first &+ UInt64(probe) &* second) % filter.bitCount
                if words[Int(position >> 6)] & (1 << (position & 63)) == 0 { return false }
            }
            return true
        }
    }

    /// Positions of the model's languages in this lexicon.
    func indices(for languages: [String]) -> [Int?] {
        languages.map { language in filters.firstIndex { $0.language == language } }
    }
}

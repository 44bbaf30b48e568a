import Foundation
import QuoteTrailCPU
import QuoteTrailDictionaries

/// Which languages a word form belongs to: one Bloom filter per language over every known
/// form (hunspell, wordfreq), from `language-lexicon.bloom` (scripts/build_language_model.py
/// documents the layout). About 1% of unknown words test positive by chance. The filters
/// are blocked (all of a word's bits in one 64-byte block), so a test costs one cache miss.
public final class LanguageLexicon: Sendable {
    // Memory the lexicon owns (`pages`) and only reads after loading, so sharing it across
    // threads is safe.
    struct Filter: @unchecked Sendable {
        var language: String
        /// 512-bit blocks, eight words each.
        var blockCount: UInt64
        var probes: Int
        /// The filter's bits, copied from the file into huge pages.
        var words: UnsafeRawBufferPointer
    }

    private let filters: [Filter]
    /// Keeps the filters' memory.
    private let pages: [HugePages]

    public init(contentsOf url: URL) throws {
        var reader = try BinaryReader(contentsOf: url, magic: "QTBLOOM2")
        var filters = [Filter]()
        var pages = [HugePages]()
        for _ in 0..<(try reader.u32()) {
            let name = try reader.name()
            let bits = try reader.u64()
            let probes = try reader.u32()
            _ = try reader.u32()  // entry count, for people reading the file
            guard bits > 0, bits % 512 == 0, probes * 9 <= 64 else { throw reader.failure("bad filter size for \(name)") }
            pages.append(HugePages(copying: try reader.view(Int(bits / 8))))
            filters.append(Filter(language: name, blockCount: bits / 512, probes: probes, words: UnsafeRawBufferPointer(pages.last!.bytes)))
        }
        self.filters = filters
        self.pages = pages
    }

    public static func bundled() throws -> LanguageLexicon {
        try LanguageLexicon(contentsOf: DictionaryResources.url(named: "language-lexicon.bloom"))
    }

    /// Adds `weight` to `scores[language]` for each candidate language (model positions) whose
    /// lexicon holds the lower-case word; `filterIndex` maps model positions to filters.
    func addMembership(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], filterIndex: [Int?], weight: Float, to scores: inout [Float]) {
        let (first, second) = Self.hashes(of: word)
        for language in candidates {
            guard let index = filterIndex[language] else { continue }
            if contains(first, second, in: filters[index]) { scores[language] += weight }
        }
    }

    /// Starts loading the word's block in each candidate's filter (one miss per language, in
    /// filters megabytes apart), so that the misses overlap with each other and with the
    /// n-gram lookups that come before `addMembership`.
    func prefetchMembership(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], filterIndex: [Int?]) {
        let first = FNV1a.hash(word)
        for language in candidates {
            guard let index = filterIndex[language] else { continue }
            qt_prefetch(filters[index].words.baseAddress! + blockOffset(first, in: filters[index]))
        }
    }

    /// Where the 64-byte block holding a word's bits starts, from the word's first hash.
    @inline(__always)
    private func blockOffset(_ first: UInt64, in filter: Filter) -> Int { Int(first % filter.blockCount) * 64 }

    @inline(__always)
    private func contains(_ first: UInt64, _ second: UInt64, in filter: Filter) -> Bool {
        let block = blockOffset(first, in: filter)
        var bits = second
        for _ in 0..<filter.probes {
            let bit = Int(bits & 511)
            let word = filter.words.loadUnaligned(fromByteOffset: block + (bit >> 6) * 8, as: UInt64.self).littleEndian
            if word & (1 << UInt64(bit & 63)) == 0 { return false }
            bits >>= 9
        }
        return true
    }

    /// Whether the lexicon of `language` lists the lower-case form `word` (about 1% of words
    /// it lacks are listed by chance).
    public func lists(_ word: String, language: String) -> Bool {
        guard let filter = filters.first(where: { $0.language == language }) else { return false }
        var word = word
        return word.withUTF8 { bytes in
            let (first, second) = Self.hashes(of: bytes)
            return contains(first, second, in: filter)
        }
    }

    /// A word's two hashes, as scripts/build_language_model.py sets its bits: the first picks
    /// the block, the second the bits in it.
    @inline(__always)
    private static func hashes(of word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let first = FNV1a.hash(word)
        var mixer = SplitMix64(seed: first)
        return (first, mixer.next())
    }

    /// Positions of the model's languages in this lexicon.
    func indices(for languages: [String]) -> [Int?] {
        languages.map { language in filters.firstIndex { $0.language == language } }
    }
}

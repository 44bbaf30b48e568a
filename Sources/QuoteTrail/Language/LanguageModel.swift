import Foundation
import QuoteTrailDictionaries

/// Character n-gram (orders 1 to 5) and frequent-word statistics per language, from
/// `language-model.bin` (built by scripts/build_language_model.py from wordfreq and hunspell,
/// which documents the layout). Entries are keyed by FNV-1a 64 of the UTF-8 text; loading
/// builds an open-addressing table over them, so a lookup allocates nothing.
public final class LanguageModel: Sendable {
    public let languages: [String]
    /// Each n-gram's value per language: minus the log probability in 1/8-nat steps (255:
    /// unseen), as the file stores it; bytes rather than Floats so that more of the table
    /// stays in the cache.
    private let ngrams: NgramTable
    /// Frequent words: each key's row of `wordValues` (one value per language).
    private let wordRows: HashedKeyIndex
    private let wordValues: [Float]
    /// floors[language * 6 + order]: log probability of an unseen n-gram.
    private let floors: [Float]

    static let unseen: Float = -.infinity

    public init(contentsOf url: URL) throws {
        var reader = try BinaryReader(contentsOf: url, magic: "QTLANG02")
        let count = try reader.u32()
        var languages = [String]()
        for _ in 0..<count { languages.append(try reader.name()) }
        let floors = try reader.array(count * 6, of: Float.self)
        guard count <= NgramTable.maximumLanguages else {
            throw reader.failure("\(count) languages; at most \(NgramTable.maximumLanguages) are supported")
        }
        let ngramCount = try reader.u32()
        // Read where they lie in the mapped file: copies of them were only filed and dropped.
        let ngramKeys = try reader.view(ngramCount * MemoryLayout<UInt64>.size)
        let ngramValues = try reader.view(ngramCount * count)
        var ngrams = NgramTable(capacity: ngramCount)
        for row in 0..<ngramCount {
            let key = UInt64(littleEndian: ngramKeys.loadUnaligned(fromByteOffset: row * 8, as: UInt64.self))
            ngrams.insert(key, values: UnsafeRawBufferPointer(rebasing: ngramValues[(row * count)..<(row * count + count)]))
        }
        self.ngrams = ngrams
        let wordCount = try reader.u32()
        wordRows = try Self.index(of: reader.array(wordCount, of: UInt64.self))
        wordValues = try reader.array(wordCount * count, of: Float.self)
        self.languages = languages
        self.floors = floors
    }

    /// The same model with only the n-grams seen in at least one of `languages` (positions)
    /// filed: the others would score the floor for each of those languages anyway, and a
    /// smaller index keeps more of itself in the cache.
    public func restricted(to languages: [Int]) -> LanguageModel {
        let isKept = { (values: UnsafeRawBufferPointer) in languages.contains { values[$0] != NgramTable.unseen } }
        var keptCount = 0
        ngrams.forEach { _, values in if isKept(values) { keptCount += 1 } }
        var table = NgramTable(capacity: keptCount)
        let width = self.languages.count
        ngrams.forEach { key, values in
            if isKept(values) { table.insert(key, values: UnsafeRawBufferPointer(rebasing: values[..<width])) }
        }
        return LanguageModel(languages: self.languages, ngrams: table, wordRows: wordRows, wordValues: wordValues, floors: floors)
    }

    private init(languages: [String], ngrams: NgramTable, wordRows: HashedKeyIndex, wordValues: [Float], floors: [Float]) {
        self.languages = languages
        self.ngrams = ngrams
        self.wordRows = wordRows
        self.wordValues = wordValues
        self.floors = floors
    }

    /// Row i belongs to `keys[i]`.
    private static func index(of keys: [UInt64]) -> HashedKeyIndex {
        var index = HashedKeyIndex(capacity: keys.count)
        for (row, key) in keys.enumerated() { index.insert(key, position: row) }
        return index
    }

    public static func bundled() throws -> LanguageModel {
        try LanguageModel(contentsOf: DictionaryResources.url(named: "language-model.bin"))
    }

    public func index(of language: String) -> Int? { languages.firstIndex(of: language) }

    /// How many n-grams are filed.
    var ngramCount: Int { ngrams.count }

    /// Adds, for each language, the log probabilities of the word's n-grams (orders 1 to 5 over
    /// the lower-case word padded with spaces) to `scores`.
    ///
    /// The table is many megabytes, so nearly every lookup misses the cache. The n-grams are
    /// hashed first and their slots all requested before any is read, so that the misses
    /// overlap rather than come one after another.
    func addNgramScores(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], to scores: inout [Float]) {
        // At most 5 n-grams start at each character of " word ".
        let capacity = (word.count + 2) * 5
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 2) { padded in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: word.count + 3) { starts in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity + word.count + 2) { hashes in
                    // " word " and the byte offsets of its characters (and of its end).
                    padded[0] = 0x20
                    padded[word.count + 1] = 0x20
                    var characters = 0
                    starts[0] = 0
                    for (offset, byte) in word.enumerated() {
                        padded[offset + 1] = byte
                        if byte & 0xC0 != 0x80 { characters += 1; starts[characters] = offset + 1 }
                    }
                    starts[characters + 1] = word.count + 1
                    starts[characters + 2] = word.count + 2
                    characters += 2
                    // Pass 1, order by order: each n-gram's key, and a request for its slot. The
                    // n-gram of order k starting at a character is hashed on from the one of
                    // order k - 1 (`running`), so each byte is hashed once per order.
                    let keys = UnsafeMutableBufferPointer(rebasing: hashes[0..<capacity])
                    let running = UnsafeMutableBufferPointer(rebasing: hashes[capacity...])
                    for first in 0..<characters { running[first] = FNV1a.empty }
                    var ends = SIMD8<Int>()  // ends[order]: where that order's keys end; ends[0] = 0
                    var count = 0
                    for order in 1...5 {
                        for first in 0..<max(0, characters - order + 1) {
                            var hash = running[first]
                            for byte in padded[starts[first + order - 1]..<starts[first + order]] {
                                hash = FNV1a.appending(byte, to: hash)
                            }
                            running[first] = hash
                            if order == 1 && padded[starts[first]] == 0x20 { continue }
                            keys[count] = Self.storedKey(hash: hash)
                            ngrams.prefetch(keys[count])
                            count += 1
                        }
                        ends[order] = count
                    }
                    // Pass 2, order by order: the sums of the values seen, and how many n-grams
                    // each language has not seen (to be scored at its floor), for all languages
                    // at once: a slot's 16 value bytes read as 8 lanes of two languages each
                    // (even languages in the low bytes), summed without conversion to Float.
                    ngrams.withLookup { values in
                        for order in 1...5 {
                            // At most 257 values of 255 or less fit a UInt16 lane.
                            for chunk in stride(from: ends[order - 1], to: ends[order], by: 256) {
                                var seenEven = SIMD8<UInt16>(), seenOdd = SIMD8<UInt16>()
                                var unseenEven = SIMD8<UInt16>(), unseenOdd = SIMD8<UInt16>()
                                var missing: UInt16 = 0
                                for index in chunk..<min(chunk + 256, ends[order]) {
                                    guard let found = values(keys[index]) else { missing += 1; continue }
                                    let pairs = found.loadUnaligned(as: SIMD8<UInt16>.self)
                                    let even = pairs & 0xFF, odd = pairs &>> 8
                                    // 1 in the lanes holding 255 (unseen), else 0; lane
                                    // arithmetic, since a mask select runs lane by lane.
                                    let evenUnseen = (even &+ 1) &>> 8, oddUnseen = (odd &+ 1) &>> 8
                                    seenEven &+= even &- evenUnseen &* 255
                                    seenOdd &+= odd &- oddUnseen &* 255
                                    unseenEven &+= evenUnseen
                                    unseenOdd &+= oddUnseen
                                }
                                for language in candidates {
                                    let lanes = language & 1 == 0 ? (seenEven, unseenEven) : (seenOdd, unseenOdd)
                                    let seen = Float(lanes.0[language >> 1]), unseen = Float(lanes.1[language >> 1] + missing)
                                    scores[language] += seen * -0.125 + unseen * floors[language * 6 + order]
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Starts loading where `wordFrequencies(of:)` will look, so the miss overlaps other work.
    func prefetchWordFrequencies(of word: UnsafeBufferPointer<UInt8>) {
        wordRows.prefetch(Self.storedKey(word))
    }

    /// The key an n-gram or word is filed under: its FNV-1a hash, 1 for a hash of 0 (which
    /// marks empty slots), as the build script files them.
    @inline(__always)
    private static func storedKey(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 { storedKey(hash: FNV1a.hash(text)) }

    @inline(__always)
    private static func storedKey(hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The word's log frequency in each language (`unseen` where it is not listed), or nil.
    func wordFrequencies(of word: UnsafeBufferPointer<UInt8>) -> ArraySlice<Float>? {
        let key = Self.storedKey(word)
        let row = wordRows.position(of: key)
        guard row >= 0 else { return nil }
        let width = languages.count
        return wordValues[(row * width)..<(row * width + width)]
    }
}

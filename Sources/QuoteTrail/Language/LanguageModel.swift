import Foundation
import QuoteTrailDictionaries

/// Character n-gram (orders 1 to 5) and frequent-word statistics per language, from
/// `language-model.bin` (built by scripts/build_language_model.py from wordfreq and hunspell,
/// which documents the layout). Entries are keyed by FNV-1a 64 of the UTF-8 text; loading
/// builds an open-addressing table over them, so a lookup allocates nothing.
public final class LanguageModel: Sendable {
    public let languages: [String]
    /// N-gram keys: each one's row of `ngramValues`.
    private let ngramRows: HashedKeyIndex
    /// Row r, language l at `r * languages.count + l`: minus the log probability in 1/8-nat
    /// steps (255: unseen), as the file stores it; bytes rather than Floats so that more of
    /// the table stays in the cache.
    private let ngramValues: [UInt8]
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
        let ngramCount = try reader.u32()
        ngramRows = try Self.index(of: reader.array(ngramCount, of: UInt64.self))
        ngramValues = try reader.array(ngramCount * count, of: UInt8.self)
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
        var kept = [(UInt64, Int)]()
        ngramValues.withUnsafeBufferPointer { values in
            ngramRows.forEach { key, row in
                if languages.contains(where: { values[row * self.languages.count + $0] != 255 }) { kept.append((key, row)) }
            }
        }
        var index = HashedKeyIndex(capacity: kept.count)
        for (key, row) in kept { index.insert(key, position: row) }
        return LanguageModel(languages: self.languages, ngramRows: index, ngramValues: ngramValues, wordRows: wordRows,
                             wordValues: wordValues, floors: floors)
    }

    private init(languages: [String], ngramRows: HashedKeyIndex, ngramValues: [UInt8], wordRows: HashedKeyIndex, wordValues: [Float], floors: [Float]) {
        self.languages = languages
        self.ngramRows = ngramRows
        self.ngramValues = ngramValues
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
    var ngramCount: Int { ngramRows.count }

    /// Adds, for each language, the log probabilities of the word's n-grams (orders 1 to 5 over
    /// the lower-case word padded with spaces) to `scores`.
    ///
    /// The table is several megabytes, so nearly every lookup misses the cache. The n-grams are
    /// hashed first and looked up in one pass of independent loads, which the processor
    /// overlaps, rather than one miss after another.
    func addNgramScores(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], to scores: inout [Float]) {
        let width = languages.count
        // At most 5 n-grams start at each character of " word ".
        let capacity = (word.count + 2) * 5
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 2) { padded in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: word.count + 3) { starts in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { rows in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { orders in
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
                        let bytes = UnsafeBufferPointer(padded)
                        // Pass 1: each n-gram's key and order.
                        var count = 0
                        for order in 1...5 where order <= characters {
                            for first in 0...(characters - order) {
                                let from = starts[first]
                                if order == 1 && bytes[from] == 0x20 { continue }
                                let key = FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[from..<starts[first + order]]))
                                rows[count] = Int(truncatingIfNeeded: key == 0 ? 1 : key)
                                orders[count] = order
                                count += 1
                            }
                        }
                        // Pass 2: the lookups, each row (-1: unseen) in place of its key.
                        for index in 0..<count { rows[index] = ngramRows.position(of: UInt64(truncatingIfNeeded: rows[index])) }
                        // Pass 3: the values, or each language's floor for an unseen n-gram.
                        ngramValues.withUnsafeBufferPointer { values in
                            floors.withUnsafeBufferPointer { floors in
                                scores.withUnsafeMutableBufferPointer { scores in
                                    for index in 0..<count {
                                        let base = rows[index] * width
                                        for language in candidates {
                                            let value = rows[index] < 0 ? 255 : values[base + language]
                                            scores[language] += value == 255 ? floors[language * 6 + orders[index]] : Float(value) * -0.125
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The word's log frequency in each language (`unseen` where it is not listed), or nil.
    func wordFrequencies(of word: UnsafeBufferPointer<UInt8>) -> ArraySlice<Float>? {
        var key = FNV1a.hash(word)
        if key == 0 { key = 1 }
        let row = wordRows.position(of: key)
        guard row >= 0 else { return nil }
        let width = languages.count
        return wordValues[(row * width)..<(row * width + width)]
    }
}

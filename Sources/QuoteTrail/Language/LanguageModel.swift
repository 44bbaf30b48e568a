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
        let ngramValues = try reader.view(ngramCount * count).assumingMemoryBound(to: UInt8.self)
        var ngrams = NgramTable(capacity: ngramCount)
        for row in 0..<ngramCount {
            let key = UInt64(littleEndian: ngramKeys.loadUnaligned(fromByteOffset: row * 8, as: UInt64.self))
            ngrams.insert(key, values: UnsafeBufferPointer(rebasing: ngramValues[(row * count)..<(row * count + count)]))
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
        var kept = [(key: UInt64, values: [UInt8])]()
        ngrams.forEach { key, values in
            if languages.contains(where: { values[$0] != NgramTable.unseen }) { kept.append((key, Array(values.prefix(self.languages.count)))) }
        }
        var table = NgramTable(capacity: kept.count)
        for (key, values) in kept { values.withUnsafeBufferPointer { table.insert(key, values: $0) } }
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
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { keys in
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
                        // Pass 1: each n-gram's key and order, and a request for its slot.
                        var count = 0
                        for order in 1...5 where order <= characters {
                            for first in 0...(characters - order) {
                                let from = starts[first]
                                if order == 1 && bytes[from] == 0x20 { continue }
                                keys[count] = Self.storedKey(UnsafeBufferPointer(rebasing: bytes[from..<starts[first + order]]))
                                orders[count] = order
                                ngrams.prefetch(keys[count])
                                count += 1
                            }
                        }
                        // Pass 2: the values, or each language's floor for an unseen n-gram.
                        ngrams.withLookup { values in
                            floors.withUnsafeBufferPointer { floors in
                                scores.withUnsafeMutableBufferPointer { scores in
                                    for index in 0..<count {
                                        let found = values(keys[index])
                                        for language in candidates {
                                            let value = found?.load(fromByteOffset: language, as: UInt8.self) ?? NgramTable.unseen
                                            scores[language] += value == NgramTable.unseen
                                                ? floors[language * 6 + orders[index]] : Float(value) * -0.125
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

    /// Starts loading where `wordFrequencies(of:)` will look, so the miss overlaps other work.
    func prefetchWordFrequencies(of word: UnsafeBufferPointer<UInt8>) {
        wordRows.prefetch(Self.storedKey(word))
    }

    /// The key an n-gram or word is filed under: its FNV-1a hash, 1 for a hash of 0 (which
    /// marks empty slots), as the build script files them.
    @inline(__always)
    private static func storedKey(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let key = FNV1a.hash(text)
        return key == 0 ? 1 : key
    }

    /// The word's log frequency in each language (`unseen` where it is not listed), or nil.
    func wordFrequencies(of word: UnsafeBufferPointer<UInt8>) -> ArraySlice<Float>? {
        let key = Self.storedKey(word)
        let row = wordRows.position(of: key)
        guard row >= 0 else { return nil }
        let width = languages.count
        return wordValues[(row * width)..<(row * width + width)]
    }
}

import Foundation
import QuoteTrailDictionaries

/// Character n-gram (orders 1 to 5) and frequent-word statistics per language, from
/// `language-model.bin` (built by scripts/build_language_model.py from wordfreq and hunspell,
/// which documents the layout). Entries are keyed by FNV-1a 64 of the UTF-8 text; loading
/// builds an open-addressing table over them, so a lookup allocates nothing.
public final class LanguageModel: Sendable {
    /// A hash table of rows of per-language values.
    struct Table: Sendable {
        /// Top 40 bits of the key and a 24-bit row in one word, so a probe reads 8 bytes.
        var slots: [UInt64]
        var values: [Float]
        /// The same values in 1/8-nat steps (255: unseen), four times smaller for the cache.
        var quantized: [UInt8]

        static let rowBits: UInt64 = 24

        /// Row i of `values` belongs to `keys[i]`; the table is sized at most half full so that
        /// lookups of unseen n-grams (the common case) stop early.
        init(keys: [UInt64], values: [Float]) {
            var size = 1
            while size < keys.count * 2 { size *= 2 }
            var slots = [UInt64](repeating: 0, count: size)
            for (row, key) in keys.enumerated() {
                var slot = Int(truncatingIfNeeded: key) & (size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = (key >> Self.rowBits) << Self.rowBits | UInt64(row)
            }
            self.slots = slots
            self.values = values
            quantized = values.map { $0 == LanguageModel.unseen ? 255 : UInt8(min(254, max(0, (-$0 * 8).rounded()))) }
        }

        @inline(__always)
        func row(for key: UInt64) -> Int? {
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                let tag = key >> Self.rowBits
                var slot = Int(truncatingIfNeeded: key) & mask
                while true {
                    let found = slots[slot]
                    if found == 0 { return nil }
                    if found >> Self.rowBits == tag { return Int(found & ((1 << Self.rowBits) - 1)) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    public let languages: [String]
    private let ngrams: Table
    private let words: Table
    /// floors[language * 6 + order]: log probability of an unseen n-gram.
    private let floors: [Float]

    static let unseen: Float = -.infinity

    public init(contentsOf url: URL) throws {
        var reader = try BinaryReader(contentsOf: url, magic: "QTLANG01")
        let count = try reader.u32()
        var languages = [String]()
        for _ in 0..<count { languages.append(try reader.name()) }
        let floors = try reader.array(count * 6, of: Float.self)
        var tables = [Table]()
        for _ in 0..<2 {
            let rows = try reader.u32()
            guard rows < 1 << Int(Table.rowBits) else { throw reader.failure("table of \(rows) rows is too large") }
            tables.append(Table(keys: try reader.array(rows, of: UInt64.self), values: try reader.array(rows * count, of: Float.self)))
        }
        self.languages = languages
        self.floors = floors
        ngrams = tables[0]
        words = tables[1]
    }

    public static func bundled() throws -> LanguageModel {
        try LanguageModel(contentsOf: DictionaryResources.url(named: "language-model.bin"))
    }

    public func index(of language: String) -> Int? { languages.firstIndex(of: language) }

    /// Adds, for each language, the log probabilities of the word's n-grams (orders 1 to 5 over
    /// the lower-case word padded with spaces) to `scores`.
    ///
    /// The table is several megabytes, so nearly every lookup misses the cache. The n-grams are
    /// hashed first and their slots read in one pass of independent loads, which the processor
    /// overlaps, rather than one miss after another.
    func addNgramScores(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], to scores: inout [Float]) {
        let width = languages.count
        // At most 5 n-grams start at each character of " word ".
        let capacity = (word.count + 2) * 5
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 2) { padded in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: word.count + 3) { starts in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity * 2) { scratch in
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
                    // Pass 1: keys, and the order of each in the low 3 bits of `found`.
                    let keys = UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity])
                    let found = UnsafeMutableBufferPointer(rebasing: scratch[capacity..<(capacity * 2)])
                    var count = 0
                    for order in 1...5 where order <= characters {
                        for first in 0...(characters - order) {
                            let from = starts[first]
                            if order == 1 && bytes[from] == 0x20 { continue }
                            let key = FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[from..<starts[first + order]]))
                            keys[count] = key == 0 ? 1 : key
                            found[count] = UInt64(order)
                            count += 1
                        }
                    }
                    // Pass 2: the rows (independent lookups), kept above the order.
                    for index in 0..<count {
                        found[index] |= UInt64(bitPattern: Int64(ngrams.row(for: keys[index]) ?? -1)) << 3
                    }
                    // Pass 3: the values.
                    ngrams.quantized.withUnsafeBufferPointer { values in
                        floors.withUnsafeBufferPointer { floors in
                            scores.withUnsafeMutableBufferPointer { scores in
                                for index in 0..<count {
                                    let order = Int(found[index] & 7)
                                    let row = Int(Int64(bitPattern: found[index]) >> 3)
                                    guard row >= 0 else {
                                        for language in candidates { scores[language] += floors[language * 6 + order] }
                                        continue
                                    }
                                    let base = row * width
                                    for language in candidates {
                                        let value = values[base + language]
                                        scores[language] += value == 255 ? floors[language * 6 + order] : Float(value) * -0.125
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
        guard let row = words.row(for: key) else { return nil }
        let width = languages.count
        return words.values[(row * width)..<(row * width + width)]
    }
}

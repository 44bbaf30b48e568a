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

    /// N-gram rows split by script group (see `scriptGroups`): each slot holds the key and
    /// the group's values quantized to one byte each, so a lookup touches one cache line.
    /// The Table layout took two misses per n-gram: the slot, then the row of values.
    struct GroupedTable: Sendable {
        /// Slot i is `slots[2i]` (the key mixed with its group, 0: empty) and `slots[2i + 1]`
        /// (byte j: the value of the group's j-th language in 1/8-nat steps, 255: unseen).
        let storage: PinnedWords
        var slots: UnsafeMutableBufferPointer<UInt64> { storage.buffer }
        var shift: UInt64
        static let absent = UInt64.max

        static func groupKey(_ key: UInt64, group: Int) -> UInt64 {
            let mixed = key ^ (UInt64(group) &* 0xD6E8_FEB8_6659_FD93)
            return mixed == 0 ? 1 : mixed
        }

        @inline(__always)
        func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

        init(keys: [UInt64], values: [Float], languageCount: Int, groups: [[Int]]) {
            var entries = [(UInt64, UInt64)]()
            for (row, key) in keys.enumerated() {
                for (group, members) in groups.enumerated() {
                    var packed = UInt64.max
                    for (position, language) in members.enumerated() {
                        let value = values[row * languageCount + language]
                        guard value != LanguageModel.unseen else { continue }
                        let byte = UInt64(min(254, max(0, (-value * 8).rounded())))
                        packed &= ~(0xFF << (8 * UInt64(position)))
                        packed |= byte << (8 * UInt64(position))
                    }
                    if packed != Self.absent { entries.append((Self.groupKey(key, group: group), packed)) }
                }
            }
            // At most two thirds full: lookups of unseen n-grams (the common case) still stop
            // within a cache line or two, and the table stays small enough for the cache.
            var bits: UInt64 = 4
            while 1 << bits < entries.count * 3 / 2 { bits += 1 }
            shift = 64 - bits
            storage = PinnedWords(count: 2 << bits)
            let slots = storage.buffer
            let mask = (1 << Int(bits)) - 1
            for (key, packed) in entries {
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
                slots[2 * slot] = key
                slots[2 * slot + 1] = packed
            }
        }

        /// The packed values filed under `key` (already mixed with its group), or `absent`.
        @inline(__always)
        func values(for key: UInt64) -> UInt64 {
            let slots = storage.buffer
            let mask = slots.count / 2 - 1
            var slot = home(key)
            while true {
                let found = slots[2 * slot]
                if found == key { return slots[2 * slot + 1] }
                if found == 0 { return Self.absent }
                slot = (slot + 1) & mask
            }
        }
    }

    public let languages: [String]
    private let ngrams: GroupedTable
    /// Languages of one script, at most 8, so a group's values fit in a UInt64.
    private let scriptGroups: [[Int]]
    /// For each language, its group and its position (byte) in the group.
    private let groupOf: [Int]
    private let positionInGroup: [Int]
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
        let ngramRows = try reader.u32()
        let ngramKeys = try reader.array(ngramRows, of: UInt64.self)
        let ngramValues = try reader.array(ngramRows * count, of: Float.self)
        var tables = [Table]()
        let rows = try reader.u32()
        guard rows < 1 << Int(Table.rowBits) else { throw reader.failure("table of \(rows) rows is too large") }
        tables.append(Table(keys: try reader.array(rows, of: UInt64.self), values: try reader.array(rows * count, of: Float.self)))
        self.languages = languages
        self.floors = floors
        // Cyrillic languages, Latin ones, then any others eight at a time: a word's candidates
        // are all of one script, so all of one group.
        var groups = [LanguageIdentifier.Settings.cyrillicLanguages, LanguageIdentifier.Settings.latinLanguages]
            .map { codes in codes.compactMap { languages.firstIndex(of: $0) } }
        let grouped = Set(groups.joined())
        let others = languages.indices.filter { !grouped.contains($0) }
        groups += stride(from: 0, to: others.count, by: 8).map { Array(others[$0..<min($0 + 8, others.count)]) }
        groups = groups.filter { !$0.isEmpty }
        precondition(groups.allSatisfy { $0.count <= 8 }, "a script group of more than 8 languages")
        scriptGroups = groups
        var groupOf = [Int](repeating: 0, count: languages.count)
        var positionInGroup = [Int](repeating: 0, count: languages.count)
        for (group, members) in groups.enumerated() {
            for (position, language) in members.enumerated() { groupOf[language] = group; positionInGroup[language] = position }
        }
        self.groupOf = groupOf
        self.positionInGroup = positionInGroup
        ngrams = GroupedTable(keys: ngramKeys, values: ngramValues, languageCount: Int(count), groups: groups)
        words = tables[0]
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
    /// `candidates` must all be of one script (one group).
    func addNgramScores(of word: UnsafeBufferPointer<UInt8>, candidates: [Int], to scores: inout [Float]) {
        guard let first = candidates.first else { return }
        let group = groupOf[first]
        assert(candidates.allSatisfy { groupOf[$0] == group }, "candidates of more than one script")
        // At most 5 n-grams start at each character of " word ".
        let capacity = (word.count + 2) * 5
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 2) { padded in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: word.count + 3) { starts in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity * 3) { scratch in
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
                    // Pass 1: keys, and the order of each in `found`. The n-grams starting at
                    // one character are prefixes of each other, so their hashes are extended
                    // one character at a time; they are filed order by order (order 1 leaves
                    // out the two spaces), the order in which their values are summed.
                    let keys = UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity])
                    let found = UnsafeMutableBufferPointer(rebasing: scratch[capacity..<(capacity * 2)])
                    var firstOfOrder = (0, 0, 0, 0, 0, 0)  // index of each order's first n-gram; [0] unused
                    withUnsafeMutableBytes(of: &firstOfOrder) { raw in
                        let first = raw.bindMemory(to: Int.self)
                        first[1] = 0
                        first[2] = characters - 2
                        for order in 2..<5 { first[order + 1] = first[order] + max(0, characters - order + 1) }
                    }
                    var count = 0
                    for start in 0..<characters {
                        var hash = FNV1a.basis
                        for order in 1...min(5, characters - start) {
                            let end = start + order
                            hash = FNV1a.extend(hash, with: UnsafeBufferPointer(rebasing: bytes[starts[end - 1]..<starts[end]]))
                            let slot: Int
                            switch order {
                            case 1:
                                guard start > 0 && start < characters - 1 else { continue }  // a padding space
                                slot = firstOfOrder.1 + start - 1
                            case 2: slot = firstOfOrder.2 + start
                            case 3: slot = firstOfOrder.3 + start
                            case 4: slot = firstOfOrder.4 + start
                            default: slot = firstOfOrder.5 + start
                            }
                            keys[slot] = hash == 0 ? 1 : hash
                            found[slot] = UInt64(order)
                            count += 1
                        }
                    }
                    // Pass 2: what each key's home slot holds, read without a branch, so that the
                    // processor issues all the cache misses at once; then the lookups, which
                    // mostly end at the home slot (the packed values replace the keys).
                    let homeKeys = UnsafeMutableBufferPointer(rebasing: scratch[(capacity * 2)..<(capacity * 3)])
                    do {
                        let slots = ngrams.slots
                        for index in 0..<count {
                            let key = GroupedTable.groupKey(keys[index], group: group)
                            let home = ngrams.home(key)
                            keys[index] = key
                            found[index] |= UInt64(home) << 3
                            homeKeys[index] = slots[2 * home]
                        }
                        for index in 0..<count {
                            let home = Int(found[index] >> 3)
                            keys[index] = homeKeys[index] == keys[index] ? slots[2 * home + 1]
                                : homeKeys[index] == 0 ? GroupedTable.absent : ngrams.values(for: keys[index])
                        }
                    }
                    // Pass 3: the values.
                    floors.withUnsafeBufferPointer { floors in
                        scores.withUnsafeMutableBufferPointer { scores in
                            for index in 0..<count {
                                let order = Int(found[index] & 7)
                                let packed = keys[index]
                                for language in candidates {
                                    let value = (packed >> UInt64(8 * positionInGroup[language])) & 0xFF
                                    scores[language] += value == 0xFF ? floors[language * 6 + order] : Float(value) * -0.125
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

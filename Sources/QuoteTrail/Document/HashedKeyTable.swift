import QuoteTrailCPU

/// A map from 64-bit hashes (`FNV1a`) to values, for dictionaries that are looked up once or
/// more per token. Swift's Dictionary would hash the key again with SipHash (and a String key
/// would be checked for Unicode normalization on every call); here a probe is one multiply
/// and, usually, one cache line.
///
/// Keys are trusted to be distinct for distinct words: 64-bit FNV-1a collisions among the few
/// thousand phrases of a dictionary are negligible, and the language model files words the same way.
struct HashedKeyTable<Value: Sendable>: Sendable {
    private var index = HashedKeyIndex()
    private(set) var values: [Value] = []

    init() {}

    /// A table of words and their values, each word filed by its hash.
    init(_ pairs: [(String, Value)]) {
        for (word, value) in pairs { self[FNV1a.hash(word)] = value }
    }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    subscript(key: UInt64) -> Value? {
        get {
            let found = index.position(of: key)
            return found < 0 ? nil : values[found]
        }
        set {
            let found = index.position(of: key)
            if found >= 0 {
                // Removal is not needed by any dictionary; a nil keeps the old value.
                if let newValue { values[found] = newValue }
                return
            }
            guard let newValue else { return }
            values.append(newValue)
            index.insert(key, position: values.count - 1)
        }
    }

    func contains(_ key: UInt64) -> Bool { index.position(of: key) >= 0 }

    subscript(string: String) -> Value? {
        get { self[FNV1a.hash(string)] }
        set { self[FNV1a.hash(string)] = newValue }
    }
}

/// The shape of an open-addressing table keyed by 64-bit hashes, shared by `HashedKeyIndex`
/// and the language model's `NgramTable`: a power-of-two number of slots, at most half full,
/// probed linearly from a home slot chosen by Fibonacci hashing (FNV-1a's low bits depend only
/// on the low bits of each byte, so the slot comes from the high bits of a multiple).
/// scripts/build_language_model.py orders the model's rows by the same multiple.
struct FibonacciSlots: Sendable {
    let count: Int
    private let shift: UInt64

    /// Room for `capacity` keys at a load of one half or less.
    init(capacity: Int) {
        var bits: UInt64 = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        self.init(bits: bits)
    }

    private init(bits: UInt64) {
        count = 1 << bits
        shift = 64 - bits
    }

    var mask: Int { count - 1 }

    /// Twice as many slots.
    var doubled: FibonacciSlots { FibonacciSlots(bits: 64 - shift + 1) }

    @inline(__always)
    func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }
}

/// The open-addressing part of `HashedKeyTable`, kept free of the value type so that every
/// table shares one specialised, inlinable probe loop. Used alone where the values live
/// elsewhere (`WordScoreCache` files rows of a flat store).
struct HashedKeyIndex: Sendable {
    /// A key and its position plus one (0: empty slot), side by side so a probe reads one
    /// cache line, not one in a key array and one in a position array.
    struct Slot: Sendable {
        var key: UInt64
        var position: Int32
    }

    private var slots: [Slot]
    private var shape: FibonacciSlots
    private(set) var count = 0

    /// An empty index with room for `capacity` keys before it must grow.
    init(capacity: Int = 8) {
        shape = FibonacciSlots(capacity: capacity)
        slots = [Slot](repeating: Slot(key: 0, position: 0), count: shape.count)
    }

    /// The position filed under `key`, or -1.
    @inline(__always)
    func position(of key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var slot = shape.home(key)
            while true {
                let found = slots[slot]
                if found.position == 0 { return -1 }
                if found.key == key { return Int(found.position) - 1 }
                slot = (slot + 1) & shape.mask
            }
        }
    }

    /// Starts loading the slot where a search for `key` begins (see `NgramTable.prefetch`).
    @inline(__always)
    func prefetch(_ key: UInt64) {
        slots.withUnsafeBufferPointer { qt_prefetch($0.baseAddress! + shape.home(key)) }
    }

    /// Every key with its position, in slot order.
    func forEach(_ body: (UInt64, Int) -> Void) {
        for slot in slots where slot.position != 0 { body(slot.key, Int(slot.position) - 1) }
    }

    /// Forgets every key, keeping the table's size.
    mutating func removeAll() {
        slots.withUnsafeMutableBufferPointer { slots in
            for slot in slots.indices { slots[slot].position = 0 }
        }
        count = 0
    }

    mutating func insert(_ key: UInt64, position: Int) {
        count += 1
        if count * 2 > slots.count { grow() }
        place(Slot(key: key, position: Int32(position + 1)))
    }

    private mutating func place(_ entry: Slot) {
        var slot = shape.home(entry.key)
        while slots[slot].position != 0 { slot = (slot + 1) & shape.mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        shape = shape.doubled
        slots = [Slot](repeating: Slot(key: 0, position: 0), count: shape.count)
        for entry in old where entry.position != 0 { place(entry) }
    }
}

/// A set of 64-bit word hashes.
struct HashedKeySet: Sendable {
    private var table = HashedKeyTable<Bool>()

    init() {}
    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    var isEmpty: Bool { table.isEmpty }
    mutating func insert(_ word: String) { table[FNV1a.hash(word)] = true }
    func contains(_ key: UInt64) -> Bool { table.contains(key) }
    func contains(_ word: String) -> Bool { table.contains(FNV1a.hash(word)) }
}

import QuoteTrailCPU

/// The language model's n-grams: an open-addressing table (`FibonacciSlots`) whose slots hold
/// an n-gram's key and its value for every language side by side.
///
/// Nearly every lookup misses the cache; with keys and values in separate arrays a found
/// n-gram cost two misses, here it costs one.
struct NgramTable: Sendable {
    /// Values for up to this many languages fit in a slot.
    static let maximumLanguages = 16
    /// A stored value meaning "not seen in this language".
    static let unseen: UInt8 = 255

    /// Key 0 marks an empty slot (the model file never uses it). 24 bytes.
    struct Slot: Sendable {
        var key: UInt64
        var values: (UInt64, UInt64)
    }

    private var slots: [Slot]
    private let shape: FibonacciSlots
    private(set) var count = 0

    /// An empty table with room for `capacity` n-grams (it does not grow).
    init(capacity: Int) {
        shape = FibonacciSlots(capacity: capacity)
        slots = [Slot](repeating: Slot(key: 0, values: (0, 0)), count: shape.count)
    }

    /// Files `key` with `values` (one per language, at most `maximumLanguages`; the rest unseen).
    mutating func insert(_ key: UInt64, values: UnsafeBufferPointer<UInt8>) {
        precondition(key != 0 && values.count <= Self.maximumLanguages && (count + 1) * 2 <= slots.count)
        var slot = Slot(key: key, values: (UInt64.max, UInt64.max))
        withUnsafeMutableBytes(of: &slot.values) { $0.copyMemory(from: UnsafeRawBufferPointer(values)) }
        var index = shape.home(key)
        while slots[index].key != 0 { index = (index + 1) & shape.mask }
        slots[index] = slot
        count += 1
    }

    /// Starts loading the slot where a search for `key` begins, so that a word's lookups
    /// overlap their misses.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        slots.withUnsafeBufferPointer { qt_prefetch($0.baseAddress! + shape.home(key)) }
    }

    /// Calls `body` with a function from an n-gram key to its values (one byte per language),
    /// nil when the n-gram is not filed.
    @inline(__always)
    func withLookup<Result>(_ body: ((UInt64) -> UnsafeRawPointer?) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            let base = UnsafeRawPointer(slots.baseAddress!)
            let valuesOffset = MemoryLayout<Slot>.offset(of: \Slot.values)!
            return body { key in
                var index = shape.home(key)
                while true {
                    let found = slots[index].key
                    if found == key { return base + index * MemoryLayout<Slot>.stride + valuesOffset }
                    if found == 0 { return nil }
                    index = (index + 1) & shape.mask
                }
            }
        }
    }

    /// Every n-gram with its values.
    func forEach(_ body: (UInt64, UnsafeRawBufferPointer) -> Void) {
        for var slot in slots where slot.key != 0 {
            withUnsafeBytes(of: &slot.values) { body(slot.key, $0) }
        }
    }
}

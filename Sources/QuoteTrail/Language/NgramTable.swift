import Foundation
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

    /// The slots' memory: anonymous pages, which arrive zeroed (every slot empty), asked for as
    /// huge pages. The model's table is 24 MB; as an Array it was zeroed and then faulted in
    /// 4 KB at a time, a third of `analyze`'s start.
    private let pages: HugePages
    private var slots: UnsafeMutableBufferPointer<Slot> {
        UnsafeMutableBufferPointer(start: pages.bytes.baseAddress!.assumingMemoryBound(to: Slot.self), count: shape.count)
    }
    private let shape: FibonacciSlots
    private(set) var count = 0

    /// An empty table with room for `capacity` n-grams (it does not grow).
    init(capacity: Int) {
        shape = FibonacciSlots(capacity: capacity)
        pages = HugePages(byteCount: shape.count * MemoryLayout<Slot>.stride)
        pages.bytes.bindMemory(to: Slot.self)
    }

    /// Files `key` with `values` (one per language, at most `maximumLanguages`; the rest unseen).
    mutating func insert(_ key: UInt64, values: UnsafeRawBufferPointer) {
        precondition(key != 0 && values.count <= Self.maximumLanguages && (count + 1) * 2 <= slots.count)
        var slot = Slot(key: key, values: (UInt64.max, UInt64.max))
        withUnsafeMutableBytes(of: &slot.values) { $0.copyMemory(from: values) }
        var index = shape.home(key)
        while slots[index].key != 0 { index = (index + 1) & shape.mask }
        slots[index] = slot
        count += 1
    }

    /// Starts loading the slot where a search for `key` begins, so that a word's lookups
    /// overlap their misses.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        qt_prefetch(slots.baseAddress! + shape.home(key))
    }

    /// Calls `body` with a function from an n-gram key to its values (one byte per language),
    /// nil when the n-gram is not filed.
    @inline(__always)
    func withLookup<Result>(_ body: ((UInt64) -> UnsafeRawPointer?) -> Result) -> Result {
        let slots = UnsafeBufferPointer(self.slots)
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

    /// Every n-gram with its values.
    func forEach(_ body: (UInt64, UnsafeRawBufferPointer) -> Void) {
        for var slot in slots where slot.key != 0 {
            withUnsafeBytes(of: &slot.values) { body(slot.key, $0) }
        }
    }
}

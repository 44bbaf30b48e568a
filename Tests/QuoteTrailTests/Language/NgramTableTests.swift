import Testing
@testable import QuoteTrail

@Suite struct NgramTableTests {
    /// Keys that share a home slot must each find their own values; absent keys find nothing,
    /// even when their probe runs through a cluster.
    @Test func findsEachKeysValuesThroughCollisions() {
        var table = NgramTable(capacity: 300)
        // Keys that differ only in their high bits keep few distinct bits through the
        // Fibonacci multiply, so many share a home slot and the probes run through clusters.
        let keys = (1...300).map { UInt64($0) << 50 }
        for (index, key) in keys.enumerated() {
            let values = (0..<15).map { UInt8((index + $0) % 255) }
            values.withUnsafeBytes { table.insert(key, values: $0) }
        }
        #expect(table.count == 300)
        table.withLookup { lookup in
            for (index, key) in keys.enumerated() {
                guard let found = lookup(key) else { Issue.record("key \(index) lost"); continue }
                #expect((0..<15).allSatisfy { found.load(fromByteOffset: $0, as: UInt8.self) == UInt8((index + $0) % 255) })
                // Lanes past the model's languages read as unseen.
                #expect(found.load(fromByteOffset: 15, as: UInt8.self) == NgramTable.unseen)
            }
            #expect(lookup(12345) == nil && lookup(UInt64(301) << 50) == nil)
        }
        var seen = Set<UInt64>()
        table.forEach { key, _ in seen.insert(key) }
        #expect(seen == Set(keys))
    }
}

import Testing
@testable import QuoteTrail

@Suite struct PartitionPointTests {
    /// The first index where the predicate holds, for every split of a sorted array, the empty
    /// array and slices (whose indices do not start at zero).
    @Test func findsTheFirstIndexThatHolds() {
        let values = [1, 3, 3, 5, 8, 13]
        for threshold in 0...14 {
            #expect(values.partitionPoint { $0 >= threshold } == (values.firstIndex { $0 >= threshold } ?? values.count), "\(threshold)")
        }
        #expect([Int]().partitionPoint { $0 > 0 } == 0)
        let slice = values[2...]
        #expect(slice.partitionPoint { $0 >= 6 } == 4)
        #expect(slice.partitionPoint { $0 >= 100 } == slice.endIndex)
    }
}

/// Word-at-a-time tests over UTF-8 buffers, for the hot loops that look for rare bytes.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` equals `byte`.
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// Whether any byte of `word` is below `limit` (limit at most 128).
    @inline(__always)
    static func containsLess(_ word: UInt64, than limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// 0x80 in each byte of `word` that is zero and 0 in the others: exact per byte, unlike
    /// `contains`, whose borrows may mark the bytes above a zero byte.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = ~highBits
        return ~(((word & low7) &+ low7) | word | low7)
    }

    /// The first position from `start` whose 8-byte block is not `boring`: whole blocks the
    /// test calls boring are skipped, the rest is left to the caller's byte loop.
    @inline(__always)
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, while boring: (UInt64) -> Bool) -> Int {
        var position = start
        guard let base = bytes.baseAddress else { return position }
        while position + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            if !boring(word) { break }
            position += 8
        }
        return position
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// A large, fixed-size array of 64-bit words for tables probed at random (n-gram slots,
/// Bloom filters). On Linux it is mapped with transparent huge pages requested: a lookup in
/// a table of many megabytes otherwise misses the TLB as well as the cache.
final class PinnedWords: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<UInt64>
    private let mappedBytes: Int

    /// `count` words, all zero.
    init(count: Int) {
        let bytes = max(8, count * 8)
        #if os(Linux)
        let hugePage = 2 << 20
        let rounded = (bytes + hugePage - 1) / hugePage * hugePage
        if let base = mmap(nil, rounded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), base != MAP_FAILED {
            _ = madvise(base, rounded, MADV_HUGEPAGE)  // advice only: plain pages if refused
            mappedBytes = rounded
            buffer = UnsafeMutableBufferPointer(start: base.assumingMemoryBound(to: UInt64.self), count: count)
            return
        }
        #endif
        mappedBytes = 0
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: 0)
    }

    convenience init(_ words: [UInt64]) {
        self.init(count: words.count)
        _ = buffer.initialize(from: words)
    }

    deinit {
        #if os(Linux)
        if mappedBytes > 0 {
            munmap(buffer.baseAddress, mappedBytes)
            return
        }
        #endif
        buffer.deallocate()
    }
}

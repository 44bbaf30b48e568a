import Foundation

/// Zeroed anonymous memory asked for as huge pages, for tables that lookups hit at random.
/// With 4 KB pages a lookup in a table of many megabytes misses the TLB as well as the cache:
/// the lexicon's filters, read where they lie in their mapped file, cost a tenth of `langid`'s
/// time more than the same bytes copied here.
final class HugePages: @unchecked Sendable {  // written only while its owner is built
    let bytes: UnsafeMutableRawBufferPointer

    init(byteCount: Int) {
        guard let base = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), base != MAP_FAILED else {
            fatalError("cannot allocate \(byteCount) bytes for a dictionary: \(String(cString: strerror(errno)))")
        }
        #if os(Linux)
        _ = madvise(base, byteCount, MADV_HUGEPAGE)  // advice only: 4 KB pages still work
        #endif
        bytes = UnsafeMutableRawBufferPointer(start: base, count: byteCount)
    }

    /// A copy of `source`.
    convenience init(copying source: UnsafeRawBufferPointer) {
        self.init(byteCount: max(source.count, 1))
        if let from = source.baseAddress { bytes.baseAddress!.copyMemory(from: from, byteCount: source.count) }
    }

    deinit { munmap(bytes.baseAddress, bytes.count) }
}

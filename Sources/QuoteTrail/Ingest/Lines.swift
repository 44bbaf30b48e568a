import Foundation

/// Line boundaries of a byte buffer: lines end at LF, and a CR right before it is not part of
/// the line. Used wherever input is read line by line (JSON Lines dumps, `langid`).
public enum Lines {
    /// The byte range of each line, terminators excluded; no empty line after a final LF.
    public static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var result = [Range<Int>]()
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                // memchr scans a word at a time; a generic firstIndex(of:) went byte by byte.
                let newline = memchr(base + start, 0x0A, buffer.count - start)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                result.append(start..<end)
                start = newline + 1
            }
        }
        return result
    }
}

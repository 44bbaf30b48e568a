/// Line boundaries of a byte buffer: lines end at LF, and a CR right before it is not part of
/// the line. Used wherever input is read line by line (JSON Lines dumps, `langid`).
public enum Lines {
    /// The byte range of each line, terminators excluded; no empty line after a final LF.
    public static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var result = [Range<Int>]()
        var start = 0
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = newline
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            result.append(start..<end)
            start = newline + 1
        }
        return result
    }
}

/// Repairs the classic Russian mojibake: UTF-8 bytes that were decoded as windows-1251 and
/// saved again, so "Песков" reads "РџРµСЃРєРѕРІ".
///
/// Each maximal run of non-ASCII characters is encoded back to windows-1251; when those bytes
/// are well-formed multi-byte UTF-8, the run is replaced by what they spell. Genuine Russian
/// text almost never passes that test (its letters are not UTF-8 continuation bytes), and
/// nothing is repaired unless at least one run spells Cyrillic letters.
struct MojibakeRepair: Sendable {
    /// windows-1251 byte for each character of its upper half, taken from ICU's own table.
    private let encoding: [Unicode.Scalar: UInt8]

    static let shared = MojibakeRepair()

    init() {
        var table = [Unicode.Scalar: UInt8]()
        for byte in UInt8(0x80)...UInt8(0xFF) {
            guard let decoded = try? Charsets.decode([byte], charset: "windows-1251"),
                  let scalar = String(decoding: decoded.utf8, as: UTF8.self).unicodeScalars.first,
                  scalar != "\u{FFFD}" else { continue }
            table[scalar] = byte
        }
        // 0x98 has no character in windows-1251; tools that pass it through leave U+0098.
        table["\u{98}"] = 0x98
        encoding = table
    }

    struct Result {
        var utf8: [UInt8]
        var repairedRuns: Int
        /// Byte range of the first repaired run in the repaired text.
        var firstRepair: TextRange?
    }

    func repair(_ utf8: [UInt8]) -> Result? {
        guard containsMojibakeSignature(utf8) else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(utf8.count)
        var runs = 0
        var spelledCyrillic = false
        var firstRepair: TextRange?
        var position = 0
        while position < utf8.count {
            if utf8[position] < 0x80 {
                output.append(utf8[position])
                position += 1
                continue
            }
            var runEnd = position
            while runEnd < utf8.count && utf8[runEnd] >= 0x80 { runEnd += 1 }
            let run = utf8[position..<runEnd]
            if let fixed = reencode(run) {
                let start = output.count
                output.append(contentsOf: fixed)
                runs += 1
                if firstRepair == nil { firstRepair = TextRange(start: start, end: output.count) }
                if String(decoding: fixed, as: UTF8.self).unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                    spelledCyrillic = true
                }
            } else {
                output.append(contentsOf: run)
            }
            position = runEnd
        }
        guard runs > 0, spelledCyrillic else { return nil }
        return Result(utf8: output, repairedRuns: runs, firstRepair: firstRepair)
    }

    /// Cheap gate: "Р" or "С" (the windows-1251 readings of the lead bytes D0 and D1) followed
    /// by a non-ASCII character that is not a Russian letter, as in "Рџ" or "С‚". In Russian
    /// text these capitals are followed by lower-case letters, spaces or punctuation.
    private func containsMojibakeSignature(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { bytes in
            guard bytes.count >= 4 else { return false }
            var index = 0
            let last = bytes.count - 4
            while index <= last {
                // "Р" is D0 A0 and "С" is D0 A1; test the rarer second byte first.
                if bytes[index + 1] & 0xFE == 0xA0 && bytes[index] == 0xD0 {
                    let lead = bytes[index + 2]
                    let next = bytes[index + 3]
                    let russianLetter = (lead == 0xD0 && next >= 0x90 && next <= 0xBF) || (lead == 0xD1 && next >= 0x80 && next <= 0x8F)
                    if lead >= 0x80 && !russianLetter { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The run's windows-1251 bytes when they form well-formed UTF-8 with a multi-byte character.
    private func reencode(_ run: ArraySlice<UInt8>) -> [UInt8]? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(run.count)
        var previous: Unicode.Scalar?
        for scalar in String(decoding: run, as: UTF8.self).unicodeScalars {
            if let byte = encoding[scalar] {
                bytes.append(byte)
            } else if scalar == "\u{FFFD}" && (previous == "Р" || previous == "С") {
                // A lost 0x98 after a lead byte: D0 98 is "И", the only common letter there.
                bytes.append(0x98)
            } else {
                return nil
            }
            previous = scalar
        }
        guard bytes.count >= 2, bytes.contains(where: { $0 >= 0xC2 }), UTF8Repair.isValid(bytes) else { return nil }
        return bytes
    }
}

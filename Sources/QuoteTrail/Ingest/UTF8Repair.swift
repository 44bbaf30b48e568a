/// UTF-8 validation that keeps the input byte offset of every invalid sequence.
enum UTF8Repair {
    /// One maximal invalid subsequence, replaced by U+FFFD.
    struct Replacement: Equatable {
        var inputOffset: Int
        var inputLength: Int
        var outputOffset: Int
    }

    static let replacementBytes: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Returns the bytes unchanged when they are valid UTF-8, otherwise a copy where each
    /// maximal invalid subpart (the Unicode "best practice", as Swift's own decoder does)
    /// became U+FFFD.
    static func repair(_ bytes: [UInt8]) -> (utf8: [UInt8], replacements: [Replacement]) {
        if isValid(bytes) { return (bytes, []) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 16)
        var replacements = [Replacement]()
        bytes.withUnsafeBufferPointer { input in
            var position = 0
            while position < input.count {
                let lead = input[position]
                if lead < 0x80 {
                    output.append(lead)
                    position += 1
                    continue
                }
                let valid = validSequenceLength(input, at: position)
                if valid.isComplete {
                    output.append(contentsOf: input[position..<position + valid.length])
                } else {
                    replacements.append(Replacement(inputOffset: position, inputLength: valid.length, outputOffset: output.count))
                    output.append(contentsOf: replacementBytes)
                }
                position += valid.length
            }
        }
        return (output, replacements)
    }

    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) == nil }
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or nil when all are.
    static func firstInvalidOffset(_ input: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = 0
        while position < input.count {
            // Skip ASCII eight bytes at a time: the common case in news text markup.
            while position + 8 <= input.count {
                let word = UnsafeRawPointer(input.baseAddress! + position).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                position += 8
            }
            guard position < input.count else { break }
            let lead = input[position]
            if lead < 0x80 {
                position += 1
                continue
            }
            // Two-byte sequences (Cyrillic, Latin-1) are the common case: check them inline.
            if lead >= 0xC2 && lead <= 0xDF && position + 1 < input.count && input[position + 1] & 0xC0 == 0x80 {
                position += 2
                continue
            }
            let valid = validSequenceLength(input, at: position)
            if !valid.isComplete { return position }
            position += valid.length
        }
        return nil
    }

    /// The length of the well-formed sequence at `position`, or of its maximal invalid subpart.
    @inline(__always)
    static func validSequenceLength(_ input: UnsafeBufferPointer<UInt8>, at position: Int) -> (length: Int, isComplete: Bool) {
        let lead = input[position]
        let needed: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: needed = 2
        case 0xE0: needed = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: needed = 3
        case 0xED: needed = 3; secondRange = 0x80...0x9F
        case 0xF0: needed = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: needed = 4
        case 0xF4: needed = 4; secondRange = 0x80...0x8F
        default: return (1, false)
        }
        var length = 1
        while length < needed {
            let index = position + length
            guard index < input.count else { return (length, false) }
            let byte = input[index]
            let allowed = length == 1 ? secondRange : 0x80...0xBF
            guard allowed.contains(byte) else { return (length, false) }
            length += 1
        }
        return (needed, true)
    }
}

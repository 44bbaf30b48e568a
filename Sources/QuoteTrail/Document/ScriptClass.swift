/// A coarse script class for each Unicode scalar, as bits so a word's scripts can be OR-ed:
/// enough to tell Latin, Cyrillic and Greek letters apart from other letters, combining marks
/// and everything that separates words. Shared by the stages that scan text byte by byte.
enum ScriptClass {
    static let latin: UInt8 = 1
    static let cyrillic: UInt8 = 2
    static let greek: UInt8 = 4
    static let otherLetter: UInt8 = 8
    static let mark: UInt8 = 16
    static let separator: UInt8 = 0

    /// The class bit of one scalar value. ASCII and the Cyrillic block are tested inline, as
    /// every word-scanning loop asks this once per character.
    @inline(__always)
    static func of(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x80 { return (scalar | 0x20) &- 0x61 < 26 ? latin : separator }
        if scalar &- 0x400 < 0x130 { return cyrillic }  // U+0400...U+052F
        return ofOther(scalar)
    }

    private static func ofOther(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return latin
        case 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return cyrillic
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return greek
        case 0x0300...0x036F, 0x200C, 0x200D, 0xAD: return mark
        case 0x80...0xBF, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE0F, 0xFF00...0xFF0F: return separator
        default:
            guard let value = Unicode.Scalar(scalar) else { return separator }
            return value.properties.isAlphabetic ? otherLetter : separator
        }
    }
}

/// Decoding scalars straight from valid UTF-8 bytes, for hot loops that must not build Strings.
enum UTF8Scalars {
    /// Bytes in the sequence a lead byte starts (1 for a stray continuation byte).
    @inline(__always)
    static func width(lead: UInt8) -> Int {
        switch lead {
        case 0..<0xC0: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }

    /// Decodes the scalar at `position` of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[position])
        switch lead {
        case 0..<0x80:
            return (lead, 1)
        case 0xC0..<0xE0:
            return ((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2)
        case 0xE0..<0xF0:
            return ((lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F), 3)
        default:
            return ((lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
                | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F), 4)
        }
    }

    static func decode(_ bytes: [UInt8], at position: Int) -> (UInt32, Int) {
        bytes.withUnsafeBufferPointer { decode($0, at: position) }
    }

    /// The scalar starting at `position` of valid UTF-8.
    static func scalar(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        Unicode.Scalar(decode(bytes, at: position).0) ?? "\u{FFFD}"
    }
}

/// Character classes that several stages test scalar by scalar.
enum Punctuation {
    /// Whitespace: ASCII spaces and controls, NBSP, the U+2000 spaces, line and paragraph
    /// separators, ideographic space, and the zero-width characters that carry no text.
    static func isBlank(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Whether `range` of valid UTF-8 holds only blanks (see `isBlank(_:)` for scalars).
    static func isBlank(_ range: TextRange, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = range.start
        while position < range.end {
            let byte = bytes[position]
            if byte < 0x80 {
                guard byte <= 0x20 else { return false }
                position += 1
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: position)
            guard isBlank(scalar) else { return false }
            position += length
        }
        return true
    }

    /// `range` without blanks at either end: sentences and paragraphs (Segment), dump titles (Ingest).
    static func trimmingBlanks(_ range: TextRange, in utf8: [UInt8]) -> TextRange {
        utf8.withUnsafeBufferPointer { bytes in
            var start = range.start
            var end = range.end
            while start < end {
                let length = UTF8Scalars.width(lead: bytes[start])
                guard isBlank(TextRange(start: start, end: min(end, start + length)), in: bytes) else { break }
                start += length
            }
            while end > start {
                var lead = end - 1
                while lead > start && UTF8.isContinuation(bytes[lead]) { lead -= 1 }
                guard isBlank(TextRange(start: lead, end: end), in: bytes) else { break }
                end = lead
            }
            return TextRange(start: start, end: end)
        }
    }

    /// `text` without blanks at either end, for Strings (short lines and dictionary phrases;
    /// Foundation's trimming bridges to NSString).
    static func trimmingBlanks(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0.value) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0.value) })!
        return Substring(scalars[first...last])
    }

    /// Unicode's line ends, what `Character.isNewline` says of one scalar, tested by value:
    /// building a Character for each scalar is slow.
    static func isNewline(_ scalar: UInt32) -> Bool {
        (scalar >= 0x0A && scalar <= 0x0D) || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }

    /// The White_Space property (`Character.isWhitespace` for one scalar), by value. Unlike
    /// `isBlank` it leaves out the zero-width characters and the other ASCII controls.
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Quotation marks of English, Russian and Ukrainian text: " ' « » “ ” „ ‘ ’ ‹ ›.
    static func isQuotationMark(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: true
        default: false
        }
    }
}

extension ScriptClass {
    /// Whether a string has a Cyrillic letter (names that decline, transliterate...).
    static func containsCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { of($0.value) == cyrillic }
    }
}

/// The case of a letter in UTF-8, for the scans of Segment and Quotes.
enum LetterCase {
    case upper, lower, none

    /// The case of the letter at `position`: ASCII and Russian letters by their bytes, anything
    /// else through Unicode properties.
    @inline(__always)
    static func at(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> LetterCase {
        let lead = bytes[position]
        if lead < 0x80 {
            if lead >= 0x41 && lead <= 0x5A { return .upper }
            if lead >= 0x61 && lead <= 0x7A { return .lower }
            return .none
        }
        if position + 1 < bytes.count {
            let next = bytes[position + 1]
            // А..Я is D0 90..D0 AF, а..п D0 B0..D0 BF, р..я D1 80..D1 8F.
            if lead == 0xD0 && next >= 0x90 && next <= 0xAF { return .upper }
            if (lead == 0xD0 && next >= 0xB0) || (lead == 0xD1 && next <= 0x8F) { return .lower }
        }
        let properties = UTF8Scalars.scalar(at: position, in: bytes).properties
        return properties.isUppercase ? .upper : properties.isLowercase ? .lower : .none
    }

    /// Lower-case UTF-8 of a word into `result`: ASCII and the Cyrillic letters U+0400...U+042F
    /// by their bytes, anything else through Swift's full case mapping.
    static func lowercase(_ word: UnsafeBufferPointer<UInt8>, into result: inout [UInt8]) {
        result.removeAll(keepingCapacity: true)
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
                continue
            }
            guard byte == 0xD0 || byte == 0xD1, index + 1 < word.count else {
                result.removeAll(keepingCapacity: true)
                result.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
                return
            }
            let next = word[index + 1]
            if byte == 0xD0 && next >= 0x90 && next <= 0x9F {          // А..П -> а..п
                result.append(0xD0); result.append(next + 0x20)
            } else if byte == 0xD0 && next >= 0xA0 && next <= 0xAF {   // Р..Я -> р..я
                result.append(0xD1); result.append(next - 0x20)
            } else if byte == 0xD0 && next >= 0x80 && next <= 0x8F {   // Ѐ..Џ (Ё Є І Ї Ў) -> ѐ..џ
                result.append(0xD1); result.append(next + 0x10)
            } else {
                result.append(byte); result.append(next)
            }
            index += 2
        }
    }
}

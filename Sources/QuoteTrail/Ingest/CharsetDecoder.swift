import Foundation

/// Bytes turned into valid UTF-8, with the charset that explained them.
public struct DecodedInput: Sendable {
    public var utf8: [UInt8]
    /// Lower-case charset name, e.g. `utf-8`, `windows-1251`, `utf-16le`.
    public var charset: String
    public var warnings: [DocumentWarning]
}

/// Detects the charset of raw bytes (BOMs, UTF-8 validity, then ICU's detector) and decodes.
///
/// Invalid UTF-8 becomes U+FFFD with a warning giving the input byte offset; input with NUL
/// bytes or many control bytes is refused as not text. Classic mojibake (UTF-8 Russian read
/// as windows-1251) is repaired afterwards by `MojibakeRepair`.
public struct CharsetDecoder: Sendable {
    /// A charset label the user forced (`--encoding`), already checked with `canonicalCharset`.
    public var forcedCharset: String?

    /// At most this many invalid-sequence warnings are listed one by one; a summary follows.
    static let listedReplacementLimit = 20

    /// Single-byte Cyrillic charsets ICU can detect; chosen between by letter statistics.
    static let cyrillicCharsets = ["windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"]

    /// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
    static let byteOrderMarks: [([UInt8], String)] = [
        ([0xFF, 0xFE, 0, 0], "UTF-32LE"), ([0, 0, 0xFE, 0xFF], "UTF-32BE"),
        ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"),
    ]

    public init(forcedCharset: String? = nil) {
        self.forcedCharset = forcedCharset
    }

    /// ICU's name for a charset label (`cp1251`, `koi8r`...), or nil when unknown.
    public static func canonicalCharset(_ label: String) -> String? {
        Charsets.canonicalName(label)
    }

    public func decode(_ bytes: [UInt8], source: String) throws(IngestError) -> DecodedInput {
        if let forcedCharset {
            return try decode(bytes, as: forcedCharset, source: source)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(Array(bytes.dropFirst(3)), bomLength: 3)
        }
        for (bom, charset) in Self.byteOrderMarks where bytes.starts(with: bom) {
            return try decode(Array(bytes.dropFirst(bom.count)), as: charset, source: source)
        }
        try refuseBinary(bytes, source: source)
        let repaired = UTF8Repair.repair(bytes)
        if repaired.replacements.isEmpty || looksMostlyUTF8(bytes, invalidCount: repaired.replacements.count) {
            return decodeUTF8(bytes, repaired: repaired, bomLength: 0)
        }
        return try decodeLegacy(bytes, source: source)
    }

    // MARK: Steps

    private func decode(_ bytes: [UInt8], as charset: String, source: String) throws(IngestError) -> DecodedInput {
        let name = Self.canonicalCharset(charset) ?? charset
        if name.uppercased() == "UTF-8" {
            let withoutBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            return decodeUTF8(withoutBOM, bomLength: bytes.count - withoutBOM.count)
        }
        let decoded: (utf8: [UInt8], replacements: Int)
        do {
            decoded = try Charsets.decode(bytes, charset: name)
        } catch {
            throw IngestError(.unknownEncoding, source: source, message: "cannot decode as \(charset): \(error)")
        }
        var utf8 = decoded.utf8
        // ICU keeps a UTF-16/32 BOM as U+FEFF at the start; it is not text.
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        var warnings = [DocumentWarning]()
        if decoded.replacements > 0 {
            warnings.append(DocumentWarning(
                code: "unmapped-bytes",
                message: "\(decoded.replacements) byte sequence(s) have no character in \(name); replaced by U+FFFD"))
        }
        if utf8.contains(0) {
            throw IngestError(.notText, source: source, message: "contains NUL characters after decoding as \(name): not a text file")
        }
        return DecodedInput(utf8: utf8, charset: name.lowercased(), warnings: warnings)
    }

    private func decodeUTF8(_ bytes: [UInt8], bomLength: Int) -> DecodedInput {
        decodeUTF8(bytes, repaired: UTF8Repair.repair(bytes), bomLength: bomLength)
    }

    private func decodeUTF8(_ bytes: [UInt8], repaired: (utf8: [UInt8], replacements: [UTF8Repair.Replacement]), bomLength: Int) -> DecodedInput {
        var warnings = [DocumentWarning]()
        for replacement in repaired.replacements.prefix(Self.listedReplacementLimit) {
            let inputOffset = replacement.inputOffset + bomLength
            let bytesShown = bytes[replacement.inputOffset..<replacement.inputOffset + replacement.inputLength]
                .map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            warnings.append(DocumentWarning(
                code: "invalid-utf8",
                range: TextRange(start: replacement.outputOffset, end: replacement.outputOffset + 3),
                inputByteOffset: inputOffset,
                message: "invalid UTF-8 at byte \(inputOffset) (\(bytesShown)) replaced by U+FFFD"))
        }
        if repaired.replacements.count > Self.listedReplacementLimit {
            warnings.append(DocumentWarning(
                code: "invalid-utf8",
                message: "\(repaired.replacements.count - Self.listedReplacementLimit) more invalid UTF-8 sequence(s) replaced by U+FFFD"))
        }
        return DecodedInput(utf8: repaired.utf8, charset: "utf-8", warnings: warnings)
    }

    /// Not text: NUL bytes (outside UTF-16/32, handled before), or many C0 control bytes.
    private func refuseBinary(_ bytes: [UInt8], source: String) throws(IngestError) {
        var controls = 0
        for (offset, byte) in bytes.enumerated() where byte < 0x20 {
            switch byte {
            case 0:
                throw IngestError(.notText, source: source, message: "contains a NUL byte at byte \(offset): not a text file")
            case 0x09...0x0D, 0x1B:
                continue  // tab, line ends, form feed and ESC turn up in real text files
            default:
                controls += 1
            }
        }
        if controls > 8 && controls * 100 > bytes.count {
            throw IngestError(.notText, source: source, message: "\(controls) control bytes in \(bytes.count): not a text file")
        }
    }

    /// Valid multi-byte sequences outnumber invalid ones clearly: damaged UTF-8, not a legacy charset.
    private func looksMostlyUTF8(_ bytes: [UInt8], invalidCount: Int) -> Bool {
        var validMultibyte = 0
        bytes.withUnsafeBufferPointer { input in
            var position = 0
            while position < input.count {
                if input[position] < 0x80 { position += 1; continue }
                let sequence = UTF8Repair.validSequenceLength(input, at: position)
                if sequence.isComplete { validMultibyte += 1 }
                position += sequence.length
            }
        }
        return validMultibyte >= invalidCount * 4
    }

    private func decodeLegacy(_ bytes: [UInt8], source: String) throws(IngestError) -> DecodedInput {
        // ICU's detector often misses the Cyrillic single-byte charsets on short text (or ranks
        // a Western one first), so each is tried and scored on letter statistics first.
        var best: (charset: String, score: Double)?
        for charset in Self.cyrillicCharsets {
            guard let decoded = try? Charsets.decode(bytes, charset: charset) else { continue }
            let score = CyrillicPlausibility.score(decoded.utf8)
            if score > (best?.score ?? CyrillicPlausibility.threshold) { best = (charset, score) }
        }
        if let best {
            return try decode(bytes, as: best.charset, source: source)
        }
        let guesses = (try? Charsets.detect(bytes)) ?? []
        guard let top = guesses.first(where: { !$0.name.uppercased().hasPrefix("UTF") }) else {
            throw IngestError(.notText, source: source, message: "not valid UTF-8 and no charset explains the bytes: not a text file (try --encoding)")
        }
        return try decode(bytes, as: top.name, source: source)
    }
}

/// How much a decoding looks like Russian-family text. In the right single-byte charset,
/// non-ASCII characters are mostly lower-case Cyrillic letters that sit next to other
/// Cyrillic letters. A wrong Cyrillic charset swaps cases or yields box drawing and Serbian
/// letters; Western text read as Cyrillic gives single letters inside Latin words.
enum CyrillicPlausibility {
    /// Scores above this mean the decoding is taken as Cyrillic text.
    static let threshold = 0.5

    /// A value in [-1, 1]: the weighted share of non-ASCII characters that look right.
    static func score(_ utf8: [UInt8]) -> Double {
        var total = 0.0
        var count = 0
        let scalars = Array(String(decoding: utf8, as: UTF8.self).unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar.value >= 0x80 {
            count += 1
            let besideLatin = (index > 0 && isASCIILetter(scalars[index - 1]))
                || (index + 1 < scalars.count && isASCIILetter(scalars[index + 1]))
            if besideLatin {
                total -= 1
                continue
            }
            switch scalar.value {
            case 0x0430...0x044F, 0x0451: total += 1          // а..я, ё
            case 0x0410...0x042F, 0x0401: total += 0.25       // А..Я, Ё
            case 0x0456, 0x0457, 0x0454, 0x0491, 0x045E: total += 0.8  // і ї є ґ ў (uk, be)
            case 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2116, 0x00A0: total += 0.5  // « » – — № nbsp
            default: total -= 1
            }
        }
        return count == 0 ? 0 : total / Double(count)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
}

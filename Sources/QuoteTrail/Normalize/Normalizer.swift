/// What the Normalize stage adds: the NFC text, the matching key text, and the words that
/// mix scripts (with their confusable skeletons), each mapped back to the decoded text.
public struct NormalizationLayer: AnnotationLayer {
    /// NFC of the decoded text: composed characters, nothing else changed.
    public let nfc: NormalizedText
    /// NFKC_Casefold of the decoded text, the key used for matching: compatibility forms
    /// folded, case folded, and default-ignorable characters (zero-width spaces and joiners,
    /// soft hyphens, bidi controls) removed. Quotation marks and dashes keep their identity.
    /// Nil when the pipeline was asked for what reports use only (`PipelineDetail.report`).
    public let matchingKey: NormalizedText?
    /// Words that mix Latin, Cyrillic or Greek letters, such as a Cyrillic "Р" in "Putin".
    public let mixedScriptWords: [MixedScriptWord]
}

public struct MixedScriptWord: Sendable, Equatable {
    /// Where the word is in the decoded text.
    public var range: TextRange
    /// The UTS #39 skeleton: "Рutin" and "Putin" share it.
    public var skeleton: String
}

/// The Normalize stage.
public final class Normalizer: Sendable {
    private let spoofChecker: SpoofChecker

    public init() throws {
        spoofChecker = try SpoofChecker()
    }

    /// `matchingKey: false` skips the whole-document matching key: case folding all of it is
    /// ICU's largest cost in this stage, and no report reads it.
    public func process(_ document: inout Document, matchingKey: Bool = true) throws {
        let text = document.text
        let nfc = try NormalizedText.make(text.utf8, form: .nfc)
        let key = matchingKey ? try NormalizedText.make(text.utf8, form: .nfkcCasefold) : nil
        let scan = ScriptScan.scan(text.utf8)
        var mixed = [MixedScriptWord]()
        for candidate in scan.mixedScriptCandidates {
            let word = text.bytes(candidate)
            let findings = try spoofChecker.check(word)
            guard findings.contains(.mixedScript) || findings.contains(.mixedScriptConfusable) else { continue }
            let skeleton = try spoofChecker.skeleton(text.string(candidate))
            mixed.append(MixedScriptWord(range: candidate, skeleton: skeleton))
            document.warn(DocumentWarning(
                code: "mixed-script", range: candidate,
                message: "\"\(text.string(candidate))\" mixes scripts (\(scan.scriptNames(of: candidate, in: text.utf8))); it reads like \"\(skeleton)\""))
        }
        for control in scan.bidiControls {
            let names = text.string(control).unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            document.warn(DocumentWarning(
                code: "bidi-control", range: control,
                message: "bidirectional control character(s) \(names.joined(separator: " ")) can reorder how the text displays"))
        }
        document.add(NormalizationLayer(nfc: nfc, matchingKey: key, mixedScriptWords: mixed))
    }

    /// The confusable skeleton of any text, for matching names written with look-alike letters.
    public func skeleton(_ text: String) throws -> String {
        try spoofChecker.skeleton(text)
    }
}

/// One pass over UTF-8 bytes finding words that mix scripts and bidi control characters.
enum ScriptScan {
    struct Result {
        var mixedScriptCandidates: [TextRange] = []
        var bidiControls: [TextRange] = []

        func scriptNames(of range: TextRange, in utf8: [UInt8]) -> String {
            var mask: UInt8 = 0
            var position = range.start
            while position < range.end {
                let (scalar, length) = UTF8Scalars.decode(utf8, at: position)
                mask |= ScriptClass.of(scalar)
                position += length
            }
            return [(ScriptClass.latin, "Latin"), (ScriptClass.cyrillic, "Cyrillic"), (ScriptClass.greek, "Greek")]
                .filter { mask & $0.0 != 0 }.map(\.1).joined(separator: " and ")
        }
    }

    static func scan(_ utf8: [UInt8]) -> Result {
        utf8.withUnsafeBufferPointer { bytes in
            var result = Result()
            result.bidiControls = bidiControls(in: bytes)
            // A mix needs a Cyrillic or Greek letter (UTF-8 lead bytes CD...D4); text without
            // one, such as most English, has nothing to find.
            if containsCyrillicOrGreekLead(bytes) {
                result.mixedScriptCandidates = mixedScriptWords(in: bytes)
            }
            return result
        }
    }

    private static func containsCyrillicOrGreekLead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            // Blocks of ASCII cannot hold a lead byte.
            position = ByteScan.skip(bytes, from: position) { $0 & ByteScan.highBits == 0 }
            guard position < bytes.count else { return false }
            if bytes[position] >= 0xCD && bytes[position] <= 0xD4 { return true }
            position += 1
        }
        return false
    }

    /// Runs of bidi controls: U+061C (D8 9C), U+200E/F (E2 80 8E/8F), U+202A...E (E2 80 AA...AE),
    /// U+2066...9 (E2 81 A6...A9).
    private static func bidiControls(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var runs = [TextRange]()
        var position = 0
        while position < bytes.count {
            position = ByteScan.skip(bytes, from: position) { !ByteScan.contains($0, 0xE2) && !ByteScan.contains($0, 0xD8) }
            guard position < bytes.count else { break }
            var length = 0
            if bytes[position] == 0xE2 || bytes[position] == 0xD8, position + 1 < bytes.count {
                let (scalar, width) = UTF8Scalars.decode(bytes, at: position)
                if isBidiControl(scalar) { length = width }
            }
            if length == 0 {
                position += 1
                continue
            }
            if let last = runs.last, last.end == position {
                runs[runs.count - 1].end = position + length
            } else {
                runs.append(TextRange(start: position, end: position + length))
            }
            position += length
        }
        return runs
    }

    private static func mixedScriptWords(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var candidates = [TextRange]()
        var wordStart = -1
        var wordScripts: UInt8 = 0
        func closeWord(at end: Int) {
            if wordStart >= 0, (wordScripts & (ScriptClass.latin | ScriptClass.cyrillic | ScriptClass.greek)).nonzeroBitCount >= 2 {
                candidates.append(TextRange(start: wordStart, end: end))
            }
            wordStart = -1
            wordScripts = 0
        }
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                if ScriptClass.of(UInt32(byte)) == ScriptClass.latin {
                    if wordStart < 0 { wordStart = position }
                    wordScripts |= ScriptClass.latin
                } else if wordStart >= 0 {
                    closeWord(at: position)
                }
                position += 1
                continue
            }
            if byte >= 0xD0 && byte <= 0xD3 {
                // U+0400...U+04FF: Cyrillic letters, the bulk of Russian text.
                if wordStart < 0 { wordStart = position }
                wordScripts |= ScriptClass.cyrillic
                position += 2
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: position)
            let bit = ScriptClass.of(scalar)
            if bit == ScriptClass.separator {
                closeWord(at: position)
            } else {
                if wordStart < 0 { wordStart = position }
                wordScripts |= bit
            }
            position += length
        }
        closeWord(at: bytes.count)
        return candidates
    }

    static func isBidiControl(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

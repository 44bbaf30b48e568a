import Foundation
import QuoteTrailICU

/// An ICU call that failed; `message` is ICU's error name.
public struct ICUError: Error, CustomStringConvertible {
    public let operation: String
    public let message: String
    public var description: String { "ICU \(operation) failed: \(message)" }
}

/// Swift entry points to the ICU shim. Inputs and outputs are UTF-8; offsets are UTF-8 bytes.
enum ICU {
    static var version: String { String(cString: qt_icu_version()) }

    /// Runs a shim call that fills an error buffer, throwing when it reports failure.
    static func call<Result>(_ operation: String, _ body: (UnsafeMutablePointer<CChar>) -> Result?) throws -> Result {
        var buffer = [CChar](repeating: 0, count: Int(QT_ERROR_CAPACITY))
        let result = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        guard let result else {
            throw ICUError(operation: operation, message: string(fromNulTerminated: buffer))
        }
        return result
    }

    static func string(fromNulTerminated chars: [CChar]) -> String {
        let bytes = chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Takes ownership of a malloc'd byte buffer from the shim.
    static func takeBytes(_ pointer: UnsafeMutablePointer<CChar>?, count: Int32) -> [UInt8] {
        guard let pointer else { return [] }
        defer { qt_free(pointer) }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: Int(count)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(count)))
        }
    }

    static func withBytes<Result>(_ bytes: some Collection<UInt8>, _ body: (UnsafePointer<CChar>, Int32) throws -> Result) rethrows -> Result {
        if let result = try bytes.withContiguousStorageIfAvailable({ buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                // A zero-length buffer may have no base address; any valid pointer will do.
                try withUnsafePointer(to: CChar(0)) { empty in
                    try body(chars.baseAddress ?? empty, Int32(chars.count))
                }
            }
        }) {
            return result
        }
        return try withBytes(Array(bytes), body)
    }
}

/// A Unicode normalization form the shim offers.
public enum NormalForm: String, Sendable, CaseIterable {
    case nfc = "NFC"
    case nfkc = "NFKC"
    case nfkcCasefold = "NFKC_Casefold"

    var shimValue: qt_normal_form {
        switch self {
        case .nfc: QT_NORM_NFC
        case .nfkc: QT_NORM_NFKC
        case .nfkcCasefold: QT_NORM_NFKC_CASEFOLD
        }
    }
}

/// One changed stretch reported by ICU's `Edits`, in UTF-8 bytes.
public struct NormalizationEdit: Sendable, Equatable {
    public var sourceStart: Int
    public var sourceLength: Int
    public var targetStart: Int
    public var targetLength: Int
}

extension ICU {
    static func isNormalized(_ bytes: some Collection<UInt8>, form: NormalForm) throws -> Bool {
        try withBytes(bytes) { text, length in
            try call("normalization check") { error -> Bool? in
                let result = qt_is_normalized(form.shimValue, text, length, error)
                return result < 0 ? nil : result == 1
            }
        }
    }

    static func normalize(_ bytes: some Collection<UInt8>, form: NormalForm) throws -> (bytes: [UInt8], edits: [NormalizationEdit]) {
        try withBytes(bytes) { text, length in
            var output: UnsafeMutablePointer<CChar>?
            var outputLength: Int32 = 0
            var edits: UnsafeMutablePointer<qt_edit>?
            var editCount: Int32 = 0
            try call("normalize") { error in
                qt_normalize(form.shimValue, text, length, &output, &outputLength, &edits, &editCount, error) == 0 ? () : nil
            }
            defer { qt_free(edits) }
            let changes = UnsafeBufferPointer(start: edits, count: Int(editCount)).map {
                NormalizationEdit(sourceStart: Int($0.source_start), sourceLength: Int($0.source_length),
                                  targetStart: Int($0.target_start), targetLength: Int($0.target_length))
            }
            return (takeBytes(output, count: outputLength), changes)
        }
    }
}

/// Finds sentence or word boundaries with an ICU break iterator.
///
/// Built once (the ICU rules are compiled here) and shared; the shim
/// clones the iterator per thread, so `boundaries` is safe to call concurrently.
public final class BoundaryFinder: @unchecked Sendable {
    public enum Kind: Sendable { case sentence, word }

    /// What a word segment holds.
    public enum WordStatus: UInt8, Sendable { case none = 0, number = 1, letter = 2 }

    private let handle: OpaquePointer
    public let kind: Kind
    public let locale: String

    public init(kind: Kind, locale: String) throws {
        self.kind = kind
        self.locale = locale
        let shimKind = kind == .sentence ? QT_BREAK_SENTENCE : QT_BREAK_WORD
        handle = try ICU.call("break iterator for \(locale)") { error in qt_breaker_create(shimKind, locale, error) }
    }

    /// Boundaries as UTF-8 offsets (first 0, last the length) and, for words, one status per segment.
    public func boundaries(in bytes: some Collection<UInt8>) throws -> (offsets: [Int32], statuses: [UInt8]) {
        try Self.boundaries(of: [self], in: bytes)[0]
    }

    /// Runs several finders over the same text; ICU's input is prepared once for all of them.
    public static func boundaries(of finders: [BoundaryFinder], in bytes: some Collection<UInt8>) throws -> [(offsets: [Int32], statuses: [UInt8])] {
        try ICU.withBytes(bytes) { text, length in
            var results = [qt_boundaries](repeating: qt_boundaries(), count: finders.count)
            let handles: [OpaquePointer?] = finders.map(\.handle)
            let status = try handles.withUnsafeBufferPointer { handlePointer in
                try results.withUnsafeMutableBufferPointer { resultPointer in
                    try ICU.call("break iteration") { error -> Int32? in
                        let code = qt_breakers_run(handlePointer.baseAddress, Int32(finders.count), text, length, resultPointer.baseAddress, error)
                        return code == 0 ? code : nil
                    }
                }
            }
            _ = status
            return results.map { result in
                defer {
                    qt_free(result.boundaries)
                    qt_free(result.statuses)
                }
                let offsets = Array(UnsafeBufferPointer(start: result.boundaries, count: Int(result.count)))
                let statuses = result.statuses.map { Array(UnsafeBufferPointer(start: $0, count: max(0, Int(result.count) - 1))) } ?? []
                return (offsets, statuses)
            }
        }
    }
}

/// An ICU transform such as `Russian-Latin/BGN; Latin-ASCII`, compiled once.
public final class Transliterator: @unchecked Sendable {
    private let handle: OpaquePointer
    public let transformID: String

    public init(_ transformID: String) throws {
        self.transformID = transformID
        handle = try ICU.call("transliterator \(transformID)") { error in
            qt_transliterator_create(transformID, error)
        }
    }

    /// A transform compiled from ICU transliteration rules; `name` stands for it in errors.
    public init(name: String, rules: String) throws {
        transformID = name
        handle = try ICU.call("transliterator \(name)") { error in
            qt_transliterator_create_from_rules(name, rules, error)
        }
    }

    public func transliterate(_ text: String) throws -> String {
        var text = text
        return try text.withUTF8 { utf8 in
            try ICU.withBytes(utf8) { pointer, length in
                var output: UnsafeMutablePointer<CChar>?
                var outputLength: Int32 = 0
                try ICU.call("transliterate") { error in
                    qt_transliterate(handle, pointer, length, &output, &outputLength, error) == 0 ? () : nil
                }
                return String(decoding: ICU.takeBytes(output, count: outputLength), as: UTF8.self)
            }
        }
    }
}

/// UTS #39 checks: mixed-script words and confusable skeletons (ICU uspoof).
public final class SpoofChecker: @unchecked Sendable {
    public struct Findings: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let mixedScript = Findings(rawValue: Int32(QT_SPOOF_MIXED_SCRIPT))
        public static let mixedScriptConfusable = Findings(rawValue: Int32(QT_SPOOF_MIXED_CONFUSABLE))
        public static let invisible = Findings(rawValue: Int32(QT_SPOOF_INVISIBLE))
    }

    private let handle: OpaquePointer

    public init() throws {
        handle = try ICU.call("spoof checker") { error in qt_spoof_create(error) }
    }

    public func check(_ word: some Collection<UInt8>) throws -> Findings {
        try ICU.withBytes(word) { pointer, length in
            let flags = try ICU.call("spoof check") { error -> Int32? in
                let result = qt_spoof_check(handle, pointer, length, error)
                return result < 0 ? nil : result
            }
            return Findings(rawValue: flags)
        }
    }

    public func skeleton(_ text: String) throws -> String {
        try ICU.withBytes(Array(text.utf8)) { pointer, length in
            var output: UnsafeMutablePointer<CChar>?
            var outputLength: Int32 = 0
            try ICU.call("confusable skeleton") { error in
                qt_spoof_skeleton(handle, pointer, length, &output, &outputLength, error) == 0 ? () : nil
            }
            return String(decoding: ICU.takeBytes(output, count: outputLength), as: UTF8.self)
        }
    }
}

/// Charset detection (ucsdet) and conversion to UTF-8 (ucnv).
enum Charsets {
    struct Guess: Sendable { var name: String; var confidence: Int }

    static func detect(_ bytes: some Collection<UInt8>, limit: Int = 8) throws -> [Guess] {
        try ICU.withBytes(bytes) { pointer, length in
            var matches = [qt_charset_match](repeating: qt_charset_match(), count: limit)
            let count = try matches.withUnsafeMutableBufferPointer { buffer in
                try ICU.call("charset detection") { error -> Int32? in
                    let found = qt_detect_charsets(pointer, length, buffer.baseAddress, Int32(limit), error)
                    return found < 0 ? nil : found
                }
            }
            return matches.prefix(Int(count)).map { match in
                let text = withUnsafeBytes(of: match.name) { ICU.string(fromNulTerminated: Array($0.bindMemory(to: CChar.self))) }
                return Guess(name: text, confidence: Int(match.confidence))
            }
        }
    }

    static func decode(_ bytes: some Collection<UInt8>, charset: String) throws -> (utf8: [UInt8], replacements: Int) {
        try ICU.withBytes(bytes) { pointer, length in
            var output: UnsafeMutablePointer<CChar>?
            var outputLength: Int32 = 0
            var replacements: Int32 = 0
            try ICU.call("decoding \(charset)") { error in
                qt_decode_to_utf8(charset, pointer, length, &output, &outputLength, &replacements, error) == 0 ? () : nil
            }
            return (ICU.takeBytes(output, count: outputLength), Int(replacements))
        }
    }

    /// ICU's name for a charset label, or nil when ICU does not know it.
    static func canonicalName(_ label: String) -> String? {
        var name = [CChar](repeating: 0, count: 32)
        let status = name.withUnsafeMutableBufferPointer { buffer in
            qt_charset_canonical_name(label, buffer.baseAddress, nil)
        }
        return status == 0 ? ICU.string(fromNulTerminated: name) : nil
    }
}

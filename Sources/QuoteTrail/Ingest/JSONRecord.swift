/// The top-level members of one JSON Lines record, parsed straight from its UTF-8 bytes.
///
/// A dump line is one object whose string members the reader needs as UTF-8 anyway; going
/// through JSONSerialization built a dictionary of bridged strings for every line and took
/// about a tenth of `analyze`'s time on a dump. The whole line is still checked against the
/// JSON grammar (RFC 8259), so a cut-off or otherwise broken line is still an error record.
struct JSONRecord {
    enum Value {
        /// Unescaped UTF-8.
        case string([UInt8])
        /// The number as written ("12", "1.5e3"), as UTF-8.
        case number([UInt8])
        /// An object, array, true, false or null: checked, not kept.
        case other
    }

    enum Failure: Error, Equatable {
        /// The line is not JSON; the message says what and where (byte offset in the line).
        case invalid(String)
        /// Valid JSON, but not an object.
        case notAnObject
    }

    let members: [(key: [UInt8], value: Value)]

    /// The first of `names` that is a string member (a number counts, as its text).
    func string(_ names: String...) -> [UInt8]? {
        for name in names {
            // The last of duplicate keys wins, as in most JSON readers.
            guard let member = members.last(where: { $0.key.elementsEqual(name.utf8) }) else { continue }
            switch member.value {
            case .string(let bytes), .number(let bytes): return bytes
            case .other: continue
            }
        }
        return nil
    }

    init(parsing line: ArraySlice<UInt8>) throws(Failure) {
        let result: Result<[(key: [UInt8], value: Value)], Failure> = line.withUnsafeBufferPointer { bytes in
            if let bad = UTF8Repair.firstInvalidOffset(bytes) { return .failure(.invalid("has bytes that are not UTF-8 at byte \(bad + 1)")) }
            var parser = Parser(bytes: bytes)
            do throws(Failure) {
                let members = try parser.document()
                return .success(members)
            } catch {
                return .failure(error)
            }
        }
        members = try result.get()
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// Nesting beyond this is refused rather than risking the stack on a hostile line.
        static let maximumDepth = 512

        func fail(_ what: String) -> Failure {
            .invalid(position < bytes.count ? "is not valid JSON: \(what) at byte \(position + 1)" : "is not valid JSON: it ends early (\(what))")
        }

        mutating func document() throws(Failure) -> [(key: [UInt8], value: Value)] {
            skipSpace()
            guard position < bytes.count else { throw fail("no value") }
            let isObject = bytes[position] == UInt8(ascii: "{")
            var members = [(key: [UInt8], value: Value)]()
            if isObject {
                members = try object(depth: 1, keeping: true)
            } else {
                _ = try value(depth: 1, keeping: false)
            }
            skipSpace()
            guard position == bytes.count else { throw fail("text after the value") }
            guard isObject else { throw .notAnObject }
            return members
        }

        mutating func skipSpace() {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
                position += 1
            }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
            guard position < bytes.count, bytes[position] == byte else { throw fail("expected \(what)") }
            position += 1
        }

        mutating func object(depth: Int, keeping: Bool) throws(Failure) -> [(key: [UInt8], value: Value)] {
            guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth)") }
            position += 1  // {
            var members = [(key: [UInt8], value: Value)]()
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return members
            }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                let key = try string(keeping: keeping)
                skipSpace()
                try expect(UInt8(ascii: ":"), "':'")
                skipSpace()
                let member = try value(depth: depth, keeping: keeping)
                if keeping { members.append((key, member)) }
                skipSpace()
                guard position < bytes.count else { throw fail("unclosed object") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"), "',' or '}'")
                return members
            }
        }

        mutating func array(depth: Int) throws(Failure) {
            guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth)") }
            position += 1  // [
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return }
            while true {
                skipSpace()
                _ = try value(depth: depth, keeping: false)
                skipSpace()
                guard position < bytes.count else { throw fail("unclosed array") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "]"), "',' or ']'")
                return
            }
        }

        /// One value; strings and numbers are kept only for the top-level object's members.
        mutating func value(depth: Int, keeping: Bool) throws(Failure) -> Value {
            guard position < bytes.count else { throw fail("no value") }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                return .string(try string(keeping: keeping))
            case UInt8(ascii: "{"):
                _ = try object(depth: depth + 1, keeping: false)
                return .other
            case UInt8(ascii: "["):
                try array(depth: depth + 1)
                return .other
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = position
                try number()
                return keeping ? .number(Array(bytes[start..<position])) : .other
            default:
                for literal in ["true", "false", "null"] where matches(literal) {
                    position += literal.utf8.count
                    return .other
                }
                throw fail("unexpected character")
            }
        }

        func matches(_ literal: String) -> Bool {
            let utf8 = literal.utf8
            return position + utf8.count <= bytes.count && bytes[position..<(position + utf8.count)].elementsEqual(utf8)
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        mutating func number() throws(Failure) {
            func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard isDigit(position) else { throw fail("expected a digit") }
            if bytes[position] == UInt8(ascii: "0") { position += 1 } else { while isDigit(position) { position += 1 } }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard isDigit(position) else { throw fail("expected a digit") }
                while isDigit(position) { position += 1 }
            }
            if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
                guard isDigit(position) else { throw fail("expected a digit") }
                while isDigit(position) { position += 1 }
            }
        }

        /// A string from its opening quote; the bytes are already known to be UTF-8.
        mutating func string(keeping: Bool) throws(Failure) -> [UInt8] {
            position += 1  // "
            var output = [UInt8]()
            var runStart = position
            while true {
                // Copy plain runs whole: most of a news text has no escapes.
                while position < bytes.count, bytes[position] != 0x22, bytes[position] != 0x5C, bytes[position] >= 0x20 { position += 1 }
                guard position < bytes.count else { throw fail("unclosed string") }
                if keeping { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position])) }
                let byte = bytes[position]
                if byte == 0x22 {
                    position += 1
                    return output
                }
                guard byte == 0x5C else { throw fail("a control character inside a string") }
                position += 1
                guard position < bytes.count else { throw fail("unclosed string") }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hexQuad()
                    if (0xD800...0xDBFF).contains(scalar) && matches("\\u") {
                        let saved = position
                        position += 2
                        let low = try hexQuad()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            position = saved  // not a pair: the high half stands alone
                        }
                    }
                    // A lone surrogate (common in dumps made by JavaScript) has no UTF-8 form.
                    let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    if keeping { UTF8.encode(value) { output.append($0) } }
                default:
                    position -= 1
                    throw fail("an unknown escape")
                }
                runStart = position
            }
        }

        mutating func hexQuad() throws(Failure) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard position < bytes.count else { throw fail("unclosed string") }
                let byte = bytes[position]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw fail("expected four hex digits")
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }
    }
}

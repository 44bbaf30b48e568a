/// A JSON value whose objects keep their key order, so reports read in contract order.
///
/// Serialization writes UTF-8 bytes directly (reports are the bulk of the output on dumps).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// The value as UTF-8 JSON text: compact on one line, or indented by two spaces.
    public func serialized(pretty: Bool = false) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(256)
        write(to: &output, pretty: pretty, depth: 0)
        return output
    }

    /// Appends the value's JSON text to `output`.
    public func append(to output: inout [UInt8], pretty: Bool = false) {
        write(to: &output, pretty: pretty, depth: 0)
    }

    public func serializedString(pretty: Bool = false) -> String {
        String(decoding: serialized(pretty: pretty), as: UTF8.self)
    }

    private func write(to output: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): Self.writeInteger(value, to: &output)
        case .double(let value):
            if let thousandths = Self.thousandths(value) {
                Self.writeThousandths(thousandths, to: &output)
            } else if value.isFinite {
                // Whole numbers print without ".0"; others in Swift's shortest round-trip form.
                let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
                output.append(contentsOf: text.utf8)
            } else {
                output.append(contentsOf: "null".utf8)
            }
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(&output, pretty: pretty, depth: depth + 1)
                value.write(to: &output, pretty: pretty, depth: depth + 1)
            }
            Self.newline(&output, pretty: pretty, depth: depth)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(&output, pretty: pretty, depth: depth + 1)
                Self.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                value.write(to: &output, pretty: pretty, depth: depth + 1)
            }
            Self.newline(&output, pretty: pretty, depth: depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `value` as a whole number of thousandths when that is exact, as for the rounded
    /// confidences and scores reports carry: value == n / 1000 with the division correctly
    /// rounded means no shorter decimal names the same Double (below 1e9 Doubles lie far
    /// closer than 0.001), so printing n's digits gives what String(value) would, without
    /// the general shortest-digits algorithm.
    static func thousandths(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 1e9 else { return nil }
        let scaled = (value * 1000).rounded()
        return scaled / 1000 == value ? Int(scaled) : nil
    }

    static func writeThousandths(_ thousandths: Int, to output: inout [UInt8]) {
        let whole = thousandths / 1000, fraction = abs(thousandths % 1000)
        if thousandths < 0 && whole == 0 { output.append(UInt8(ascii: "-")) }
        writeInteger(whole, to: &output)
        guard fraction != 0 else { return }
        output.append(UInt8(ascii: "."))
        // Three digits, less the trailing zeros.
        var digits = fraction, divisor = 100
        while digits % 10 == 0 { digits /= 10; divisor /= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(digits / divisor % 10))
            divisor /= 10
        }
    }

    static func writeInteger(_ value: Int, to output: inout [UInt8]) {
        guard value != Int.min else { output.append(contentsOf: String(value).utf8); return }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = abs(value), divisor = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    private static func newline(_ output: inout [UInt8], pretty: Bool, depth: Int) {
        guard pretty else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                // Rebased buffers append as one copy; a Slice went through the generic path.
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case 0x0A: output.append(UInt8(ascii: "n"))
                case 0x0D: output.append(UInt8(ascii: "r"))
                case 0x09: output.append(UInt8(ascii: "t"))
                default:
                    output.append(contentsOf: "u00".utf8)
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

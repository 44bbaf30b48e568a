/// Writes JSON text as UTF-8 bytes straight into a buffer, compact on one line or indented
/// by two spaces.
///
/// Every record goes out through it member by member, in the order written: on dumps,
/// building a tree of values first cost more in allocations than the writing itself.
public struct JSONWriter {
    // Inlinable, with its state visible to inlined code, so that the CLI's writers get
    // specialized closures rather than generic calls across the module boundary.
    @usableFromInline var buffer: ByteSink
    public let pretty: Bool
    @usableFromInline var depth = 0
    /// No element written yet in the innermost open container.
    @usableFromInline var containerIsEmpty = true
    /// A member name was just written, so the value that follows takes no separator.
    @usableFromInline var afterKey = false

    @inlinable init(pretty: Bool) {
        buffer = ByteSink()
        self.pretty = pretty
    }

    /// Writes one value, appended to what `output` already holds.
    @inlinable public static func write(into output: inout [UInt8], pretty: Bool, _ body: (inout JSONWriter) -> Void) {
        var writer = JSONWriter(pretty: pretty)
        defer { writer.buffer.deallocate() }
        body(&writer)
        output.append(contentsOf: writer.buffer.bytes)
    }

    @inlinable public static func bytes(pretty: Bool = false, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var output = [UInt8]()
        write(into: &output, pretty: pretty, body)
        return output
    }

    // MARK: Containers

    @inlinable public mutating func object(_ members: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    @inlinable public mutating func array(_ elements: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        elements(&self)
        close(UInt8(ascii: "]"))
    }

    /// An array with one element per item, each written by `element`.
    @inlinable public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONWriter, Items.Element) -> Void) {
        array { writer in
            for item in items { element(&writer, item) }
        }
    }

    /// The name of the next object member; its value follows.
    @inlinable public mutating func key(_ name: StaticString) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        buffer.append(static: name)  // our names need no escaping
        buffer.append(UInt8(ascii: "\""))
        endKey()
    }

    // MARK: Values

    @inlinable public mutating func null() {
        separate()
        buffer.append(static: "null")
    }

    @inlinable public mutating func bool(_ value: Bool) {
        separate()
        buffer.append(static: value ? "true" : "false")
    }

    @inlinable public mutating func int(_ value: Int) {
        separate()
        Self.writeInteger(value, to: &buffer)
    }

    @inlinable public mutating func double(_ value: Double) {
        separate()
        if let thousandths = Self.thousandths(value) {
            Self.writeThousandths(thousandths, to: &buffer)
        } else if value.isFinite {
            // Whole numbers print without ".0"; others in Swift's shortest round-trip form.
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            buffer.append(string: text)
        } else {
            buffer.append(static: "null")
        }
    }

    @inlinable public mutating func string(_ value: String) {
        separate()
        Self.writeString(value, to: &buffer)
    }

    /// A string given as UTF-8 bytes (a slice of decoded text), escaped without making a String.
    @inlinable public mutating func string(utf8 bytes: ArraySlice<UInt8>) {
        separate()
        bytes.withUnsafeBufferPointer { Self.writeString(utf8: $0, to: &buffer) }
    }

    @inlinable public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    @inlinable public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    // MARK: Layout

    @inlinable mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if !containerIsEmpty { buffer.append(UInt8(ascii: ",")) }
        containerIsEmpty = false
        newline()
    }

    @inlinable mutating func endKey() {
        buffer.append(UInt8(ascii: ":"))
        if pretty { buffer.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    @inlinable mutating func open(_ bracket: UInt8) {
        separate()
        buffer.append(bracket)
        depth += 1
        containerIsEmpty = true
    }

    @inlinable mutating func close(_ bracket: UInt8) {
        depth -= 1
        // An empty container stays on one line: "[]".
        if !containerIsEmpty { newline() }
        buffer.append(bracket)
        containerIsEmpty = false
    }

    @inlinable mutating func newline() {
        guard pretty else { return }
        buffer.append(0x0A)
        for _ in 0..<(depth * 2) { buffer.append(UInt8(ascii: " ")) }
    }

    // MARK: Scalars as bytes

    /// `value` as a whole number of thousandths when that is exact, as for the rounded
    /// confidences and scores reports carry: value == n / 1000 with the division correctly
    /// rounded means no shorter decimal names the same Double (below 1e9 Doubles lie far
    /// closer than 0.001), so printing n's digits gives what String(value) would, without
    /// the general shortest-digits algorithm.
    @inlinable static func thousandths(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 1e9 else { return nil }
        let scaled = (value * 1000).rounded()
        return scaled / 1000 == value ? Int(scaled) : nil
    }

    @inlinable static func writeThousandths(_ thousandths: Int, to output: inout ByteSink) {
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

    @inlinable static func writeInteger(_ value: Int, to output: inout ByteSink) {
        guard value != Int.min else { output.append(string: String(value)); return }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = abs(value), divisor = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    @usableFromInline static let hexDigits = Array("0123456789abcdef".utf8)

    @inlinable static func writeString(_ value: String, to output: inout ByteSink) {
        var value = value
        value.withUTF8 { writeString(utf8: $0, to: &output) }
    }

    @usableFromInline static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteSink) {
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // Blocks of eight bytes with nothing to escape (a control byte, '"' or '\\') are
            // skipped whole: most text has none.
            index = ByteScan.skip(bytes, from: index) {
                !ByteScan.containsLess($0, than: 0x20) && !ByteScan.contains($0, UInt8(ascii: "\"")) && !ByteScan.contains($0, UInt8(ascii: "\\"))
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            let escaped = index - 1
            // Rebased buffers append as one copy; a Slice went through the generic path.
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<escaped]))
            runStart = escaped + 1
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
            case 0x0A: output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "t"))
            default:
                output.append(static: "u00")
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        output.append(UInt8(ascii: "\""))
    }
}

/// The bytes a JSONWriter writes: a growable buffer of its own memory, so that each byte costs
/// a capacity test and a store (appending to an Array also checked that its storage was
/// unshared, a tenth of writing a report).
@usableFromInline struct ByteSink {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int

    @inlinable init(capacity: Int = 1024) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    @inlinable var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inlinable func deallocate() { base.deallocate() }

    @inlinable mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    @inlinable mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inlinable mutating func append(static text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    @inlinable mutating func append(string text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Room for `more` bytes past `count`, at least doubling the capacity.
    @usableFromInline mutating func grow(toHold more: Int) {
        let newCapacity = max(capacity * 2, count + more)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

import Foundation
import Testing
@testable import QuoteTrail

@Suite struct CharsetDecoderTests {
    let russian = "Министр финансов заявил журналистам, что бюджет будет исполнен. Подробности он обещал сообщить позже.\n"
    let decoder = CharsetDecoder()

    func encoded(_ text: String, _ charset: String) throws -> [UInt8] {
        // Encoding through ICU would test ICU with itself; these byte tables are fixed facts.
        switch charset {
        case "utf-16le": return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case "utf-16be": return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        default: return try #require(Self.singleByte(text, charset))
        }
    }

    /// Single-byte encodings of Russian letters: windows-1251 puts А..я at C0..FF, KOI8-R in
    /// its own order, ISO-8859-5 at B0..EF.
    static func singleByte(_ text: String, _ charset: String) -> [UInt8]? {
        let koi8Lower = Array("юабцдефгхийклмнопярстужвьызшэщчъ".unicodeScalars)
        var bytes = [UInt8]()
        for scalar in text.unicodeScalars {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)); continue }
            let value = scalar.value
            switch charset {
            case "windows-1251":
                guard (0x410...0x44F).contains(value) else { return nil }
                bytes.append(UInt8(value - 0x410 + 0xC0))
            case "iso-8859-5":
                guard (0x410...0x44F).contains(value) else { return nil }
                bytes.append(UInt8(value - 0x410 + 0xB0))
            case "koi8-r":
                let lower = Unicode.Scalar(scalar.properties.lowercaseMapping)!
                guard let index = koi8Lower.firstIndex(of: lower) else { return nil }
                bytes.append(UInt8((lower == scalar ? 0xC0 : 0xE0) + index))
            default: return nil
            }
        }
        return bytes
    }

    @Test(arguments: ["windows-1251", "koi8-r", "iso-8859-5", "utf-16le", "utf-16be"])
    func detectsCharset(_ charset: String) throws {
        let decoded = try decoder.decode(try encoded(russian, charset), source: "sample.txt")
        #expect(decoded.charset == charset)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == russian)
        #expect(decoded.warnings.isEmpty)
    }

    @Test(arguments: ["windows-1251", "koi8-r", "iso-8859-5"])
    func detectsCharsetOfAShortLine(_ charset: String) throws {
        let decoded = try decoder.decode(try encoded("Всем привет.", charset), source: "short.txt")
        #expect(decoded.charset == charset)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Всем привет.")
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try decoder.decode(Array(russian.utf8), source: "a.txt")
        let marked = try decoder.decode([0xEF, 0xBB, 0xBF] + Array(russian.utf8), source: "b.txt")
        #expect(plain.charset == "utf-8" && marked.charset == "utf-8")
        #expect(plain.utf8 == Array(russian.utf8) && marked.utf8 == Array(russian.utf8))
    }

    @Test func forcedEncodingWins() throws {
        let bytes = try encoded(russian, "windows-1251")
        let forced = CharsetDecoder(forcedCharset: CharsetDecoder.canonicalCharset("cp1251"))
        let decoded = try forced.decode(bytes, source: "x.txt")
        #expect(decoded.charset == "windows-1251")
        #expect(CharsetDecoder.canonicalCharset("no-such-charset") == nil)
    }

    @Test func invalidUTF8BecomesReplacementWithByteOffsets() throws {
        let bytes = Array("Песков: ".utf8) + [0xFF] + Array(" да ".utf8) + [0xE2, 0x80] + Array("!".utf8)
        let decoded = try decoder.decode(bytes, source: "bad.txt")
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        #expect(decoded.charset == "utf-8")
        #expect(text == "Песков: \u{FFFD} да \u{FFFD}!")
        #expect(decoded.warnings.map(\.code) == ["invalid-utf8", "invalid-utf8"])
        // "Песков: " is 14 bytes; " да " after the bad byte is 6 more.
        #expect(decoded.warnings.map(\.inputByteOffset) == [14, 21])
        // The warning's range covers the replacement character in the decoded text.
        let first = try #require(decoded.warnings.first?.range)
        #expect(String(decoding: decoded.utf8[first.range], as: UTF8.self) == "\u{FFFD}")
    }

    @Test func refusesBinaryAndNulBytes() {
        #expect(throws: IngestError.self) { try decoder.decode(Array("abc".utf8) + [0] + Array("def".utf8), source: "nul.txt") }
        do {
            _ = try decoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], source: "image.png")
            Issue.record("binary input was accepted")
        } catch {
            #expect(error.kind == .notText)
            #expect(error.description.contains("image.png"))
        }
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("text".utf8)
        #expect(throws: IngestError.self) { try decoder.decode(controls, source: "controls.bin") }
    }

    @Test func latinTextIsNotTakenForCyrillic() throws {
        let french = "Le ministre a déclaré que la réforme était nécessaire à Genève.\n"
        let latin1 = french.unicodeScalars.map { UInt8($0.value) }
        let decoded = try decoder.decode(latin1, source: "fr.txt")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == french)
    }
}

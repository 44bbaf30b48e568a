import Testing
@testable import QuoteTrail

@Suite struct MojibakeRepairTests {
    /// What a tool produces when it reads UTF-8 as windows-1251 and saves the result as UTF-8.
    static func mojibake(_ text: String) -> String {
        // windows-1251's upper half, byte 0x80 first (0x98 has no character; tools keep U+0098).
        let upperHalf = Array("ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{98}™љ›њќћџ\u{A0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{AD}®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя".unicodeScalars)
        var result = String.UnicodeScalarView()
        for byte in text.utf8 {
            result.append(byte < 0x80 ? Unicode.Scalar(byte) : upperHalf[Int(byte) - 0x80])
        }
        return String(result)
    }

    @Test func repairsTheClassicPattern() throws {
        let original = "Пресс-секретарь Дмитрий Песков сказал: «Интересно» — и ушёл. Ирина Иванова."
        let garbled = Self.mojibake(original)
        #expect(garbled.hasPrefix("РџСЂРµСЃСЃ"))
        let document = try analyzed(garbled)
        #expect(document.text.string == original)
        let warning = try #require(document.warnings.first { $0.code == "mojibake-repaired" })
        #expect(warning.range.map(document.text.string) == "Пресс")
    }

    @Test func leavesGenuineRussianAlone() throws {
        let genuine = "Россия. Союз. Рост. СССР. Сёла. В «Газпроме» заявили — нет. Рёв толпы."
        #expect(MojibakeRepair.shared.repair(Array(genuine.utf8)) == nil)
        let document = try analyzed(genuine)
        #expect(document.text.string == genuine)
        #expect(!document.warnings.contains { $0.code == "mojibake-repaired" })
    }
}

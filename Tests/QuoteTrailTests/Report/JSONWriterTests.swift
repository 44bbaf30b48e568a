import Foundation
import Testing
@testable import QuoteTrail

@Suite struct JSONWriterTests {
    private func text(pretty: Bool = false, _ body: (inout JSONWriter) -> Void) -> String {
        String(decoding: JSONWriter.bytes(pretty: pretty, body), as: UTF8.self)
    }

    /// Members keep the order they are written in; nested and empty containers, nulls and
    /// escaped strings lay out alike compact and indented.
    @Test func keepsOrderAndNestsContainersInBothLayouts() {
        func write(_ writer: inout JSONWriter) {
            writer.object { writer in
                writer.key("z"); writer.int(1)
                writer.key("a")
                writer.array([1, 2]) { writer, number in writer.int(number) }
                writer.key("b")
                writer.object { writer in
                    writer.key("c"); writer.array { _ in }
                    writer.key("q"); writer.string(utf8: Array("x\ny".utf8)[...])
                }
                writer.key("d"); writer.object { _ in }
                writer.key("e"); writer.string(nil as String?)
                writer.key("n"); writer.double(0.5)
            }
        }
        #expect(text { write(&$0) } == #"{"z":1,"a":[1,2],"b":{"c":[],"q":"x\ny"},"d":{},"e":null,"n":0.5}"#)
        #expect(text(pretty: true) { write(&$0) }
            == "{\n  \"z\": 1,\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": [],\n    \"q\": \"x\\ny\"\n  },\n  \"d\": {},\n  \"e\": null,\n  \"n\": 0.5\n}")
    }

    /// Numbers take a fast path when they are whole thousandths; it must print what Swift's
    /// shortest round-trip form prints, for every rounded value and for values that are not.
    @Test func numbersPrintAsSwiftsShortestForm() {
        func expected(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        var values: [Double] = [0, -0.001, -1.5, 0.1 + 0.2, 1e-7, 123_456.789, 5e8 + 0.001, 2e9 + 0.5, -999.999]
        for thousandths in stride(from: -2500, through: 2500, by: 1) { values.append(Double(thousandths) / 1000) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { values.append(ReportBuilder.rounded(Double.random(in: -5000...5000, using: &generator))) }
        for value in values {
            #expect(text { $0.double(value) } == expected(value), "\(value)")
        }
        #expect(text { $0.int(-9_007) } == "-9007" && text { $0.int(Int.min) } == String(Int.min))
        #expect(text { $0.int(0) } == "0" && text { $0.int(10) } == "10")
    }

    /// Strings given as Strings and as UTF-8 bytes of the text escape alike and parse back.
    @Test func escapesWhatJSONRequiresAndRoundTrips() throws {
        let nasty = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} «Песков» 👩‍🔬 \u{2028}"
        let bytes = JSONWriter.bytes { writer in
            writer.object { writer in
                writer.key("text"); writer.string(nasty)
                writer.key("bytes"); writer.string(utf8: Array(nasty.utf8)[...])
            }
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String])
        #expect(parsed["text"] == nasty && parsed["bytes"] == nasty)
        #expect(!bytes.contains(0x0A))  // one record per line in JSON Lines
    }

    /// Plain text is skipped eight bytes at a time: a character that needs escaping is found
    /// at every position of such a block, next to ASCII, Cyrillic and bytes above 0x7F.
    @Test func escapesAtEveryPositionOfALongRun() throws {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
            for plain in ["abcdefghijklmnopqrs", "абвгдежзий", "\u{7F}ÿ~ !#$%&'()*+,-./"] {
                for position in 0...plain.count {
                    let text = String(plain.prefix(position)) + special + String(plain.dropFirst(position))
                    let bytes = JSONWriter.bytes { writer in writer.array { $0.string(utf8: Array(text.utf8)[...]) } }
                    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String])
                    #expect(parsed == [text], "\(special.debugDescription) at \(position) of \(plain)")
                }
            }
        }
    }

    /// The writer's buffer starts small and grows: records far past its first size, written a
    /// byte, a short key and a long string at a time, come out whole and appended to what the
    /// output already held.
    @Test func recordsLargerThanTheBufferComeOutWhole() throws {
        let long = String(repeating: "Песков сказал да ", count: 400)  // 12 KB with nothing to escape: one append
        var output = Array("prefix\n".utf8)
        JSONWriter.write(into: &output, pretty: false) { writer in
            writer.array(0..<300) { writer, index in
                writer.object { writer in
                    writer.key("index"); writer.int(index)
                    writer.key("text"); writer.string(index % 100 == 0 ? long : "short")
                }
            }
        }
        #expect(output.starts(with: Array("prefix\n".utf8)))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.dropFirst(7))) as? [[String: Any]])
        #expect(parsed.count == 300)
        #expect(parsed.map { $0["index"] as? Int } == (0..<300).map { $0 })
        #expect(parsed[200]["text"] as? String == long && parsed[201]["text"] as? String == "short")
    }

    @Test func reportFollowsTheContractOrder() throws {
        let document = try analyzed("Headline here\n\nBody text.")
        let text = String(decoding: ReportBuilder.report(for: document).serialized(), as: UTF8.self)
        let keys = ["\"schema\"", "\"document\"", "\"segments\"", "\"quotes\"", "\"warnings\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect(text.contains(#""quotes":[]"#) && text.contains(#""warnings":[]"#))
    }
}

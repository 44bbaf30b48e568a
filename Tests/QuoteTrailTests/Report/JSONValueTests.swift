import Foundation
import Testing
@testable import QuoteTrail

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndPrintsNullsAndEmptyLists() {
        let value = JSONValue.object([("z", .int(1)), ("a", .null), ("list", .array([])), ("n", .double(0.5)), ("w", .double(2))])
        #expect(value.serializedString() == #"{"z":1,"a":null,"list":[],"n":0.5,"w":2}"#)
        #expect(value.serializedString(pretty: true) == "{\n  \"z\": 1,\n  \"a\": null,\n  \"list\": [],\n  \"n\": 0.5,\n  \"w\": 2\n}")
    }

    /// Nested and empty containers, written member by member, lay out as a tree would.
    @Test func writerNestsContainersInBothLayouts() {
        func write(_ writer: inout JSONWriter) {
            writer.object { writer in
                writer.key("a")
                writer.array([1, 2]) { writer, number in writer.int(number) }
                writer.key("b")
                writer.object { writer in
                    writer.key("c"); writer.array { _ in }
                    writer.key(named: "q\"k"); writer.string(utf8: Array("x\ny".utf8)[...])
                }
                writer.key("d"); writer.object { _ in }
                writer.key("e"); writer.string(nil as String?)
            }
        }
        let compact = String(decoding: JSONWriter.bytes { write(&$0) }, as: UTF8.self)
        #expect(compact == #"{"a":[1,2],"b":{"c":[],"q\"k":"x\ny"},"d":{},"e":null}"#)
        let pretty = String(decoding: JSONWriter.bytes(pretty: true) { write(&$0) }, as: UTF8.self)
        #expect(pretty == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": [],\n    \"q\\\"k\": \"x\\ny\"\n  },\n  \"d\": {},\n  \"e\": null\n}")
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
            #expect(JSONValue.double(value).serializedString() == expected(value), "\(value)")
        }
        #expect(JSONValue.int(-9_007).serializedString() == "-9007" && JSONValue.int(Int.min).serializedString() == String(Int.min))
        #expect(JSONValue.int(0).serializedString() == "0" && JSONValue.int(10).serializedString() == "10")
    }

    @Test func escapesWhatJSONRequiresAndRoundTrips() throws {
        let nasty = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} «Песков» 👩‍🔬 \u{2028}"
        let bytes = JSONValue.object([("text", .string(nasty))]).serialized()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String])
        #expect(parsed["text"] == nasty)
        #expect(!bytes.contains(0x0A))  // one record per line in JSON Lines
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

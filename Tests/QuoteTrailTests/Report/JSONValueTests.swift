import Foundation
import Testing
@testable import QuoteTrail

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndPrintsNullsAndEmptyLists() {
        let value = JSONValue.object([("z", .int(1)), ("a", .null), ("list", .array([])), ("n", .double(0.5)), ("w", .double(2))])
        #expect(value.serializedString() == #"{"z":1,"a":null,"list":[],"n":0.5,"w":2}"#)
        #expect(value.serializedString(pretty: true) == "{\n  \"z\": 1,\n  \"a\": null,\n  \"list\": [],\n  \"n\": 0.5,\n  \"w\": 2\n}")
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
        let text = ReportBuilder.report(for: document).json.serializedString()
        let keys = ["\"schema\"", "\"document\"", "\"segments\"", "\"quotes\"", "\"warnings\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect(text.contains(#""quotes":[]"#) && text.contains(#""warnings":[]"#))
    }
}

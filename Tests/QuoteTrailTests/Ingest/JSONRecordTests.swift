import Foundation
import Testing
@testable import QuoteTrail

@Suite struct JSONRecordTests {
    func parse(_ line: String) throws(JSONRecord.Failure) -> JSONRecord {
        try JSONRecord(parsing: ArraySlice(line.utf8))
    }

    func text(_ record: JSONRecord, _ name: String) -> String? {
        record.string(name).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func stringsAreUnescapedAsJSONSerializationDoes() throws {
        let line = #"{"text": "«Нет» \"yes\"\n\t\\ \/ \u00e9\u0416 \ud83d\ude00 end", "id": 42, "n": -1.5e+3, "flag": true, "x": null}"#
        let record = try parse(line)
        let reference = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        #expect(text(record, "text") == reference["text"] as? String)
        #expect(text(record, "id") == "42")
        #expect(text(record, "n") == "-1.5e+3")
        #expect(record.string("flag") == nil && record.string("x") == nil && record.string("missing") == nil)
    }

    @Test func nestedValuesAreCheckedButNotKept() throws {
        let record = try parse(#"{"meta": {"tags": ["a", {"b": [1, 2.0, "c\"d"]}], "ok": false}, "text": "t"}"#)
        #expect(text(record, "text") == "t")
        #expect(record.string("meta") == nil)
        #expect(record.string("tags") == nil)  // only the top level's members
    }

    @Test func theFirstNamePresentWinsAndTheLastDuplicateKey() throws {
        let record = try parse(#"{"body": "b", "text": "first", "text": "second"}"#)
        #expect(record.string("text", "body").map { String(decoding: $0, as: UTF8.self) } == "second")
        #expect(record.string("content", "body").map { String(decoding: $0, as: UTF8.self) } == "b")
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        let record = try parse(#"{"text": "a\ud800b\udc00c\ud800\u0041"}"#)
        #expect(text(record, "text") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}A")
    }

    @Test func brokenLinesAreRefusedWithWhereAndWhy() {
        let cases: [(String, String)] = [
            (#"{"text": "cut off"#, "ends early (unclosed string)"),
            (#"{"text": "a", "n": [1, 2"#, "ends early (unclosed array)"),
            (#"{"text": "a" "b"}"#, "expected ',' or '}' at byte 14"),
            ("{\"text\": \"tab\tinside\"}", "control character"),
            (#"{"text": "\x"}"#, "unknown escape"),
            (#"{"text": 01}"#, "expected ',' or '}'"),
            (#"{"text": tru}"#, "unexpected character"),
            (#"{"text": "a"} trailing"#, "text after the value"),
            (#"{text: "a"}"#, "expected a member name"),
            ("", "ends early"),
            (String(repeating: "[", count: 600) + String(repeating: "]", count: 600), "nesting deeper than 512"),
        ]
        for (line, expected) in cases {
            do {
                _ = try parse(line)
                Issue.record("accepted: \(line.prefix(40))")
            } catch .invalid(let message) {
                #expect(message.contains(expected), "\(line.prefix(40)): \(message)")
            } catch {
                Issue.record("\(line.prefix(40)): \(error)")
            }
        }
    }

    @Test func validJSONThatIsNotAnObjectIsSaidSo() {
        for line in [#"["a", 1]"#, #""text""#, "12", "null"] {
            #expect(throws: JSONRecord.Failure.notAnObject) { try parse(line) }
        }
        #expect((try? parse("{}")) != nil)
    }

    @Test func bytesThatAreNotUTF8AreNamed() {
        var bytes = Array(#"{"text": "ab"}"#.utf8)
        bytes.insert(0xFF, at: 11)
        #expect(throws: JSONRecord.Failure.invalid("has bytes that are not UTF-8 at byte 12")) {
            try JSONRecord(parsing: bytes[...])
        }
    }
}

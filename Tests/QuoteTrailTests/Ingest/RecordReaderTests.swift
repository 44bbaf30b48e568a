import Foundation
import Testing
@testable import QuoteTrail

@Suite struct RecordReaderTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotetrail-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func records(_ source: InputSource) -> [Result<InputRecord, IngestError>] {
        var result = [Result<InputRecord, IngestError>]()
        RecordReader().read(source) { result.append($0) }
        return result
    }

    @Test func everyDumpLineGivesOneRecordOrOneError() throws {
        let folder = try temporaryFolder()
        let dump = folder.appendingPathComponent("news.jsonl")
        let lines = [
            #"{"id": "a1", "title": "\u00a0 Заголовок \n", "text": "Текст.", "outlet": "ТАСС", "url": "u", "published": "2024-01-02", "language": "ru"}"#,
            "",
            #"{"id": "a2", "text": "cut off"#,
            #"["not", "an", "object"]"#,
            #"{"id": "a4", "body": "Body field works too."}"#,
            #"{"id": "a5", "title": "no text"}"#,
        ]
        try lines.joined(separator: "\r\n").write(to: dump, atomically: true, encoding: .utf8)
        let found = records(.file(path: dump.path))
        #expect(found.count == 5)  // the blank line is not a record
        let first = try found[0].get()
        #expect(first.metadata.id == "a1" && first.metadata.outlet == "ТАСС" && first.metadata.declaredLanguage == "ru")
        #expect(first.metadata.source == dump.path + ":1")
        guard case .decoded(let text, _) = first.content else { Issue.record("dump text should arrive decoded"); return }
        #expect(String(decoding: text, as: UTF8.self) == "Заголовок\n\nТекст.")
        for (index, line) in [(1, 3), (2, 4), (4, 6)] {
            guard case .failure(let error) = found[index] else { Issue.record("line \(line) should fail"); continue }
            #expect(error.kind == .malformedRecord)
            #expect(error.source == "\(dump.path):\(line)")
        }
        guard case .failure(let noText) = found[4] else { return }
        #expect(noText.documentID == "a5")
        #expect((try found[3].get()).metadata.id == "a4")
    }

    @Test func directoriesAreWalkedInOrderForKnownExtensions() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/nested"), withIntermediateDirectories: true)
        for name in ["b/nested/z.txt", "a.txt", "c.jsonl", "d.html", "notes.md", "image.png"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let sources = InputCollector.collect([folder.path, "-", folder.appendingPathComponent("missing.txt").path])
        let names = sources.compactMap { try? $0.get().name }
        #expect(names.map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == ["a.txt", "b/nested/z.txt", "c.jsonl", "d.html", "-"])
        guard case .failure(let missing) = sources.last else { Issue.record("missing file not reported"); return }
        #expect(missing.kind == .missingInput && missing.source.hasSuffix("missing.txt"))
    }

    @Test func documentIDIsTheFileNameWithoutExtension() {
        #expect(RecordReader.documentID(for: .file(path: "/data/2024/peskov-statement.txt")) == "peskov-statement")
        #expect(RecordReader.documentID(for: .standardInput) == "stdin")
    }

    @Test func standardInputFormatIsSniffed() {
        #expect(RecordReader.format(of: .standardInput, bytes: Array("  {\"text\": 1}".utf8)) == .jsonLines)
        #expect(RecordReader.format(of: .standardInput, bytes: Array("Plain words".utf8)) == .text)
        #expect(RecordReader.format(of: .file(path: "x.jsonl"), bytes: Array("Plain".utf8)) == .jsonLines)
    }
}

import Foundation
import Testing
@testable import QuoteTrail
import QuoteTrailDictionaries

/// The data-file reader: comments, the header, Windows line ends, empty and missing fields.
struct TSVTableTests {
    @Test func rowsByColumnName() throws {
        let text = "# a comment\r\nname\tlanguage\tlatin\r\n\r\nИрина\tru\tIrina\r\nКирилл\t-\t\nShort\n# another comment\nLast\tuk\tLast"
        let table = try TSVTable.parse(text, file: "test.tsv")
        #expect(table.header == ["name", "language", "latin"])
        #expect(table.rows.map { $0["name"] } == ["Ирина", "Кирилл", "Short", "Last"])
        // "\r" is not part of the last field, an empty field stays empty, a short line gives "".
        #expect(table.rows[0]["latin"] == "Irina")
        #expect(table.rows[1]["latin"] == "" && table.rows[1].values.count == 3)
        #expect(table.rows[2]["language"] == "")
        #expect(table.rows.map(\.lineNumber) == [4, 5, 6, 8])
        #expect(table.rows[0]["missing column"] == "")
    }

    /// A row filed twice is a slip of whoever added it (the second copy changes nothing), so no
    /// bundled data file may hold one.
    @Test func noBundledFileListsARowTwice() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: DictionaryResources.directory.path).filter { $0.hasSuffix(".tsv") }
        #expect(files.count > 10)
        for file in files {
            let table = try TSVTable.load(DictionaryResources.url(named: file))
            var seen = Set<[String]>()
            let repeated = table.rows.filter { !seen.insert($0.values).inserted }.map(\.lineNumber)
            #expect(repeated.isEmpty, "\(file) repeats rows at lines \(repeated)")
        }
    }

    /// boilerplate.tsv's scope column takes rest, line or opens; anything else names the line.
    @Test func anUnknownFurnitureScopeIsAnError() throws {
        let table = try TSVTable.parse("language\tphrase\tscope\nen\tRelated\tblock\n", file: "boilerplate.tsv")
        #expect(throws: DataFileError.self) { try FurnitureRules(table: table) }
    }

    @Test func aFileWithoutAHeaderIsAnError() {
        #expect(throws: DataFileError.self) { try TSVTable.parse("# only a comment\n", file: "empty.tsv") }
    }
}

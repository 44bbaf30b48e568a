import Testing
@testable import QuoteTrail

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

    @Test func aFileWithoutAHeaderIsAnError() {
        #expect(throws: DataFileError.self) { try TSVTable.parse("# only a comment\n", file: "empty.tsv") }
    }
}

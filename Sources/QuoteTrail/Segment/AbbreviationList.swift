import Foundation
import QuoteTrailDictionaries

/// Abbreviations after which no sentence ends, per language (`abbreviations.tsv`).
public struct AbbreviationList: Sendable {
    private var byLanguage: [String: [String]]

    public init(byLanguage: [String: [String]]) {
        self.byLanguage = byLanguage
    }

    public func entries(for language: String) -> [String] { byLanguage[language] ?? [] }

    public static func bundled() throws -> AbbreviationList {
        let table = try TSVTable.load(DictionaryResources.url(named: "abbreviations.tsv"))
        var byLanguage = [String: [String]]()
        for row in table.rows {
            byLanguage[row["language"], default: []].append(row["abbreviation"])
        }
        return AbbreviationList(byLanguage: byLanguage)
    }
}

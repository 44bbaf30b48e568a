import Foundation
import QuoteTrailDictionaries

/// Abbreviations after which no sentence ends, per language (`abbreviations.tsv`).
public struct AbbreviationList: Sendable {
    private var byLanguage: [String: [String]]

    public init(byLanguage: [String: [String]]) {
        self.byLanguage = byLanguage
    }

    public func entries(for language: String) -> [String] { byLanguage[language] ?? [] }

    /// Every entry of every language in a stable order, each also with a capital first letter
    /// (an abbreviation that opens a sentence: "Ген. Иванов", "Prof. Lee").
    public var all: [String] {
        var seen = Set<String>()
        var result = [String]()
        for entry in byLanguage.keys.sorted().flatMap({ byLanguage[$0] ?? [] }) {
            for variant in [entry, entry.prefix(1).uppercased() + entry.dropFirst()] where seen.insert(variant).inserted {
                result.append(variant)
            }
        }
        return result
    }

    public static func bundled() throws -> AbbreviationList {
        let table = try TSVTable.load(DictionaryResources.url(named: "abbreviations.tsv"))
        var byLanguage = [String: [String]]()
        for row in table.rows {
            byLanguage[row["language"], default: []].append(row["abbreviation"])
        }
        return AbbreviationList(byLanguage: byLanguage)
    }
}

import Foundation
import QuoteTrailDictionaries

/// Abbreviations after which no sentence ends, per language (`abbreviations.tsv`).
public struct AbbreviationList: Sendable {
    private var byLanguage: [String: [String]]

    public init(byLanguage: [String: [String]]) {
        self.byLanguage = byLanguage
    }

    public func entries(for language: String) -> [String] { byLanguage[language] ?? [] }

    /// Single capital letters with a period, in Latin and Russian Cyrillic: initials as in
    /// "Д. Песков" or "J. Smith", which should not end a sentence.
    public static let initials: [String] = {
        let latin = (UInt32(0x41)...0x5A).compactMap(Unicode.Scalar.init)
        let cyrillic = (UInt32(0x0410)...0x042F).compactMap(Unicode.Scalar.init) + ["\u{0401}"]
        return (latin + cyrillic).map { String($0) + "." }
    }()

    public static func bundled() throws -> AbbreviationList {
        let table = try TSVTable.load(DictionaryResources.url(named: "abbreviations.tsv"))
        var byLanguage = [String: [String]]()
        for row in table.rows {
            byLanguage[row["language"], default: []].append(row["abbreviation"])
        }
        return AbbreviationList(byLanguage: byLanguage)
    }
}

import Foundation
import QuoteTrailDictionaries

/// Abbreviations after which no sentence ends, per language (`abbreviations.tsv`).
///
/// Some abbreviations are units that follow a number ("2025 г.", "95 тыс. руб."): there they
/// may well end the sentence, elsewhere ("г. Казань") they never do. Those are marked
/// `after_number = ends`; `SentenceRules` applies both kinds to whole words.
public struct AbbreviationList: Sendable {
    private var byLanguage: [String: [String]]
    /// Abbreviations that end a sentence freely after a number.
    public private(set) var numberUnits: [String]

    public init(byLanguage: [String: [String]], numberUnits: [String] = []) {
        self.byLanguage = byLanguage
        self.numberUnits = numberUnits
    }

    /// The abbreviations after which no sentence ends anywhere: all but the number units
    /// (each also capitalised, as `all` gives them).
    public var neverEnding: [String] {
        let units = Set(numberUnits)
        return all.filter { !units.contains($0) }
    }

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
        var numberUnits = [String]()
        for row in table.rows {
            byLanguage[row["language"], default: []].append(row["abbreviation"])
            if row["after_number"] == "ends" { numberUnits.append(row["abbreviation"]) }
        }
        return AbbreviationList(byLanguage: byLanguage, numberUnits: numberUnits)
    }
}

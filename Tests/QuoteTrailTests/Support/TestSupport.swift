import Foundation
@testable import QuoteTrail

/// One pipeline for all tests: building it loads dictionaries and opens ICU objects.
let sharedPipeline: Pipeline = {
    do { return try Pipeline() } catch { fatalError("pipeline: \(error)") }
}()

/// Analyses text held in memory and fails loudly if the pipeline refuses it.
func analyzed(_ text: String, id: String = "test") throws -> Document {
    try sharedPipeline.analyze(text: text, id: id).get()
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The seed article in ../shared, or nil when that folder is not beside the checkout.
let seedArticle: URL? = {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/clubhouse-article.txt")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// Random text built from the pieces that break offset arithmetic: combining marks, emoji
/// ZWJ sequences, astral characters, Cyrillic, CRLF, U+FFFD, zero-width and bidi controls,
/// compatibility characters, look-alike letters, quotes and sentence punctuation.
enum RandomUnicode {
    static let pieces: [String] = [
        "a", "Z", " ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "Ж", "ё", "е\u{0308}", "e\u{0301}", "\u{0301}",
        "\u{1F469}\u{200D}\u{1F52C}", "\u{1F1F7}\u{1F1FA}", "\u{1F600}", "𝔘", "\u{FFFD}", "\u{200B}", "\u{00AD}",
        "\u{202E}", "\u{2066}", "«", "»", "„", "“", "”", "—", "–", ".", "!", "?", "…", ",", "ﬁ", "Ａ", "İ", "ß", "ǅ",
        "9", "4,5", "г.", "Mr.", "Д. ", "Рutin", "Путин", "said", "сказал", "\u{2029}", "\u{0085}", "\u{00A0}", "ℌ",
        // Material for the Quotes stage: names, cues, agencies, straight quotes, dialogue.
        "Дмитрий ", "Песков", "Пескова", "Elena Ivanova", "\"", "'", "’", " — ", ", — ", "Q: ", "ТАСС", "Reuters",
        "according to ", "по словам ", "that ", ", что ", "he ", "она ", "translated by ", "в переводе ",
    ]

    static func text(using random: inout SplitMix64, maximumPieces: Int = 80) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &random)
        return (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
    }
}

extension String {
    /// The code points [start, end) of the string, as reports count them.
    func codePoints(_ start: Int, _ end: Int) -> String {
        let scalars = Array(unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}

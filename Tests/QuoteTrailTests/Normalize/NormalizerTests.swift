import Testing
@testable import QuoteTrail

@Suite struct NormalizerTests {
    func layer(_ document: Document) throws -> NormalizationLayer {
        try #require(document.layer(NormalizationLayer.self))
    }

    @Test func matchingKeyFoldsCaseAndCompatibilityButKeepsQuotesAndDashes() throws {
        let document = try analyzed("ПЕСКОВ ﬁnds Ｆｕｌｌ «Кавычки» “quotes” — dash – en")
        #expect(try layer(document).matchingKey?.string == "песков finds full «кавычки» “quotes” — dash – en")
    }

    @Test func matchingKeyDropsZeroWidthAndSoftHyphens() throws {
        let document = try analyzed("Pes\u{200B}kov pre\u{00AD}sident Zak\u{2060}harova\u{FEFF}")
        #expect(try layer(document).matchingKey?.string == "peskov president zakharova")
    }

    @Test func nfcComposesAndMapsBack() throws {
        let document = try analyzed("Сe\u{0301}ance и\u{0306}")
        let nfc = try layer(document).nfc
        #expect(nfc.string == "Сéance й")
        // "й" in the NFC text maps back to both original code points.
        let target = TextRange(start: nfc.utf8.count - 2, end: nfc.utf8.count)
        #expect(document.text.string(nfc.map.sourceRange(of: target)) == "и\u{0306}")
    }

    /// The shortcut that skips ICU's NFC check agrees with ICU on every character it accepts,
    /// alone and after a letter, and leaves to ICU those that change under NFC.
    @Test func plainNFCShortcutAgreesWithICU() throws {
        let accepted = Array(0x01...0xFF) + Array(0x400...0x47F) + Array(0x2002...0x203F)
        for value in accepted {
            let text = "a" + String(Unicode.Scalar(UInt32(value))!) + "Ж"
            #expect(NormalizedText.isPlainlyNFC(Array(text.utf8)), "U+\(String(value, radix: 16))")
            #expect(try ICU.isNormalized(Array(text.utf8), form: .nfc), "U+\(String(value, radix: 16))")
        }
        // U+2000 and U+2001 decompose to U+2002 and U+2003; the rest compose or reorder.
        for text in ["a\u{2000}", "b\u{2001}", "и\u{0306}", "e\u{0301}", "\u{2126}", "\u{0340}", "한", "\u{1E9B}\u{0323}"] {
            #expect(!NormalizedText.isPlainlyNFC(Array(text.utf8)), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func findingsOnTheKeyMapBackToTheExactOriginalSpan() throws {
        let original = "The ﬁle on PUTIN, by Pe\u{200B}skov."
        let document = try analyzed(original)
        let key = try #require(layer(document).matchingKey)
        for (needle, expected) in [("file", "ﬁle"), ("putin", "PUTIN"), ("peskov", "Pe\u{200B}skov"), ("skov", "skov")] {
            let keyBytes = Array(key.utf8)
            let needleBytes = Array(needle.utf8)
            let start = try #require((0...(keyBytes.count - needleBytes.count)).first { Array(keyBytes[$0..<$0 + needleBytes.count]) == needleBytes })
            let source = key.map.sourceRange(of: TextRange(start: start, end: start + needleBytes.count))
            #expect(document.text.string(source) == expected)
        }
    }

    @Test func mixedScriptWordsAreFlaggedWithTheirSkeleton() throws {
        let document = try analyzed("Statement by Рutin and by Putin and by Путин.")
        let words = try layer(document).mixedScriptWords
        #expect(words.count == 1)
        #expect(words.first.map { document.text.string($0.range) } == "Рutin")
        #expect(words.first?.skeleton == (try sharedPipeline.normalizer.skeleton("Putin")))
        #expect(document.warnings.contains { $0.code == "mixed-script" })
    }

    @Test func bidiControlsAreFlagged() throws {
        let document = try analyzed("safe \u{202E}txt.exe\u{202C} name")
        let warnings = document.warnings.filter { $0.code == "bidi-control" }
        #expect(warnings.count == 2)
        #expect(warnings.compactMap { $0.range.map(document.text.string) } == ["\u{202E}", "\u{202C}"])
    }

    @Test func randomTextMapsBackConsistently() throws {
        var random = SplitMix64(seed: 3)
        for _ in 0..<150 {
            let text = RandomUnicode.text(using: &random)
            let document = try analyzed(text)
            let layer = try layer(document)
            for normalized in [layer.nfc, try #require(layer.matchingKey)] {
                // The whole normalized text maps to the whole original, less any characters at
                // the edges that the form deletes (zero-width and bidi controls in the key).
                let whole = normalized.map.sourceRange(of: TextRange(start: 0, end: normalized.utf8.count))
                #expect(document.text.fullRange.contains(whole))
                for edge in [TextRange(start: 0, end: whole.start), TextRange(start: whole.end, end: document.text.byteCount)] {
                    #expect(try NormalizedText.make(Array(document.text.bytes(edge)), form: normalized.form).utf8.isEmpty)
                }
                // Every code point boundary of the normalized text maps to a boundary of the
                // original, in order.
                var previous = 0
                var offset = 0
                for scalar in normalized.string.unicodeScalars {
                    offset += UTF8.width(scalar)
                    let mapped = normalized.map.sourceRange(of: TextRange(start: offset, end: offset))
                    #expect(document.text.isBoundary(mapped.start) && document.text.isBoundary(mapped.end))
                    #expect(mapped.start >= previous)
                    previous = mapped.start
                }
            }
        }
    }
}

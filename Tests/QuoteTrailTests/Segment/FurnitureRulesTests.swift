import Testing
@testable import QuoteTrail

/// Page furniture labelled by the Segment stage (rules in `boilerplate.tsv` and FurnitureRules).
struct FurnitureRulesTests {
    func kinds(_ text: String) throws -> [(String, SegmentKind)] {
        let document = try analyzed(text)
        let layer = try #require(document.layer(SegmentationLayer.self))
        return layer.sentences.map { (document.text.string($0.range), $0.kind) }
    }

    func kind(of line: String, in kinds: [(String, SegmentKind)]) -> SegmentKind? {
        kinds.first { $0.0 == line }?.1
    }

    @Test func creditAndTheCaptionAboveIt() throws {
        let found = try kinds("Title of the story\n\nA crane lifts a bridge section in Perm.\n\nOlga Lis | Example Images\n\nThe bridge opens next year.")
        #expect(kind(of: "Olga Lis | Example Images", in: found) == .credit)
        #expect(kind(of: "A crane lifts a bridge section in Perm.", in: found) == .caption)
        #expect(kind(of: "The bridge opens next year.", in: found) == .text)
    }

    /// A credit that says what its picture shows holds its own caption: the paragraph above
    /// it is the article's ("Baker Tom Reeve said…" was a caption before).
    @Test func aCreditWithItsOwnCaptionLeavesTheTextAbove() throws {
        let found = try kinds("Title of the story\n\nBaker Tom Reeve said he feared losing customers.\n\nPhoto: The High Street on a Saturday morning | Council handout\n\nThe lane opens in May.")
        #expect(kind(of: "Photo: The High Street on a Saturday morning | Council handout", in: found) == .credit)
        #expect(kind(of: "Baker Tom Reeve said he feared losing customers.", in: found) == .text)
        let named = try kinds("Title of the story\n\nA crane lifts a bridge section.\n\nPhoto: Olga Lis\n\nThe bridge opens next year.")
        #expect(kind(of: "A crane lifts a bridge section.", in: named) == .caption)
    }

    /// A paragraph that opens with quoted speech is the article's last quote, not the caption
    /// of a "Фото: …" credit closing the page.
    @Test func quotedSpeechAboveACreditIsNoCaption() throws {
        let found = try kinds("Заголовок новости\n\nСтроители закончили работы.\n\n«Мост откроем весной», — сказал Гончар «Звезде».\n\nФото: Пресс-служба")
        #expect(kind(of: "Фото: Пресс-служба", in: found) == .credit)
        #expect(kind(of: "«Мост откроем весной», — сказал Гончар «Звезде».", in: found) == .text)
        let dialogue = try kinds("Заголовок новости\n\nСтроители закончили работы.\n\n— Мост откроем весной, — сказал Гончар.\n\nФото: Пресс-служба")
        #expect(kind(of: "— Мост откроем весной, — сказал Гончар.", in: dialogue) == .text)
        // (A caption that opens with words stays one.)
        let caption = try kinds("Заголовок новости\n\nСтроители закончили работы.\n\nМост через Каму в среду.\n\nФото: Пресс-служба")
        #expect(kind(of: "Мост через Каму в среду.", in: caption) == .caption)
    }

    /// Nor is a paragraph that holds a quotation closed by a comma further in ("Вона розповіла…
    /// «…», — зазначила вона."), as attributed speech has and captions seldom do.
    @Test func attributedSpeechInsideAParagraphIsNoCaption() throws {
        let line = "Речниця поліції розповіла про атаку. «Ми працюємо на кожній адресі», — зазначила вона."
        let found = try kinds("Заголовок новини\n\nРятувальники працюють.\n\n\(line)\n\nФото: Пресс-служба")
        #expect(found.filter { $0.1 == .caption }.isEmpty)
        #expect(kind(of: "Речниця поліції розповіла про атаку.", in: found) == .text)
    }

    @Test func photoLineAndTheCaptionAfterIt() throws {
        let found = try kinds("Заголовок новости\n\nФото: Пресс-служба\nМост через Каму в среду.\n\nСтроители закончили работы.")
        #expect(kind(of: "Фото: Пресс-служба", in: found) == .credit)
        #expect(kind(of: "Мост через Каму в среду.", in: found) == .caption)
        #expect(kind(of: "Строители закончили работы.", in: found) == .text)
    }

    /// A related-links heading with its links on the same line is one line of furniture, and
    /// the article goes on after it (the heading alone would end the article).
    @Test func aHeadingWithItsLinksOnOneLine() throws {
        let found = try kinds("""
        Ferry fares rise

        Ferry fares will rise by a tenth in May.

        See also: "Ten islands to visit" | "Why fuel costs more"

        Читайте также: «Паром до Выборга: расписание»

        The operator said the rise was unavoidable.
        """)
        #expect(kind(of: "See also: \"Ten islands to visit\" | \"Why fuel costs more\"", in: found) == .boilerplate)
        #expect(found.contains { $0.1 == .boilerplate && $0.0.hasPrefix("Читайте также: «Паром") })
        #expect(kind(of: "The operator said the rise was unavoidable.", in: found) == .text)
        let quotes = try #require(try analyzed("""
        Ferry fares rise

        Related: "Ten islands to visit" | "Why fuel costs more"

        The operator said the rise was unavoidable.
        """).layer(QuoteLayer.self)).quotes
        #expect(quotes.allSatisfy { $0.kind == .indirect })
    }

    @Test func linesAreComparedWithoutSurroundingBlanks() {
        #expect(FurnitureRules.key("  Leave a Reply:: ") == "leave a reply")
        #expect(FurnitureRules.key("\u{200B}Читайте также:\u{00A0}") == "читайте также")
    }

    @Test func datelineOnItsOwn() throws {
        let found = try kinds("Заголовок новости\n\nПЕРМЬ, 2 июня. /ТАСС/. Мост открыли в среду.")
        #expect(found.contains { $0.1 == .dateline && $0.0.hasPrefix("ПЕРМЬ") })
        #expect(kind(of: "Мост открыли в среду.", in: found) == .text)
    }

    @Test func blockHeadingRunsToTheEndButALineDoesNot() throws {
        let found = try kinds("Headline here\n\nShare this article\n\nThe story goes on.\n\nRelated Stories\n\nAnother headline\n\nOne more headline")
        #expect(kind(of: "Share this article", in: found) == .boilerplate)
        #expect(kind(of: "The story goes on.", in: found) == .text)
        #expect(found.drop { $0.0 != "Related Stories" }.allSatisfy { $0.1 == .boilerplate })
        #expect(kind(of: "One more headline", in: found) == .boilerplate)
    }

    /// "Related coverage" heads a block as "Related Stories" does, though the dictionary lists only
    /// its first word as an opener; a longer line that opens so is running text.
    @Test func aHeadingOpenerHeadsABlock() throws {
        let found = try kinds("Headline here\n\nThe bank kept its rate.\n\nRelated coverage\n\n\"Tenge hits a high\" - March 2")
        #expect(kind(of: "The bank kept its rate.", in: found) == .text)
        #expect(found.drop { $0.0 != "Related coverage" }.allSatisfy { $0.1 == .boilerplate })
        // With its links on the same line after a colon, the heading is one line of furniture.
        let inline = try kinds("Headline here\n\nThe bank kept its rate.\n\nRelated coverage: \"Tenge hits a high\" | \"Som steadies\"")
        #expect(inline.last?.1 == .boilerplate)
        let running = try kinds("Headline here\n\nRelated talks with the union went on all night")
        #expect(running.dropFirst().allSatisfy { $0.1 == .text })
    }

    @Test func runningTextIsNeverFurniture() throws {
        // A sentence that happens to contain a bar and ends like running text.
        let found = try kinds("Headline here\n\nThe index rose | fell by turns, analysts said.\n\nComments were closed.")
        #expect(found.dropFirst().allSatisfy { $0.1 == .text })
    }
}

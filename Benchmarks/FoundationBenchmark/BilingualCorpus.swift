import Foundation
import QuoteTrail

/// Generates news-like documents in Russian and English from a small vocabulary of the
/// team's own, deterministic for a seed, with the features real dumps have: quotes in both
/// styles, abbreviations, numbers, headlines and blank-line paragraphs.
enum BilingualCorpus {
    static let russianWords = """
        заявил сообщил отметил добавил пресс-секретарь президент министр правительство Кремль \
        журналистам предложение интересное вопрос решение встреча переговоры экономика рынок \
        инфляция банк ставка процент рубль доллар регион область город жители власти компания \
        проект закон депутаты Госдума сегодня вчера неделе году месяце может будет должен \
        нужно сначала разобраться подробности информация источник агентство сказал ответил
        """.split(separator: " ").map(String.init)
    static let englishWords = """
        said told reporters added spokesperson president minister government Kremlin proposal \
        interesting question decision meeting talks economy market inflation bank rate percent \
        dollar region city residents authorities company project law lawmakers today yesterday \
        week year month could would should need first details information source agency replied
        """.split(separator: " ").map(String.init)
    static let russianFrames = ["«%@», — сказал он.", "По словам министра, %@.", "Г. Песков заявил в 2024 г. что %@.", "%@ — отметил пресс-секретарь."]
    static let englishFrames = ["\u{201C}%@,\u{201D} he said.", "Mr. Smith said that %@.", "According to TASS, %@.", "The U.S. side added: \"%@.\""]

    /// The `.txt` files under `directory` (sorted by path), taken in turn until `target` bytes.
    static func repeating(filesUnder directory: URL, bytes target: Int) throws -> [[UInt8]] {
        let paths = (FileManager.default.subpaths(atPath: directory.path) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let files = try paths.map { [UInt8](try Data(contentsOf: directory.appendingPathComponent($0))) }.filter { !$0.isEmpty }
        guard !files.isEmpty else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path]) }
        var documents = [[UInt8]]()
        var total = 0
        while total < target {
            let next = files[documents.count % files.count]
            documents.append(next)
            total += next.count
        }
        return documents
    }

    static func generate(bytes target: Int, seed: UInt64) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        var documents = [[UInt8]]()
        var total = 0
        while total < target {
            let russian = random.next() % 2 == 0
            let words = russian ? russianWords : englishWords
            let frames = russian ? russianFrames : englishFrames
            var text = ""
            for _ in 0..<(6 + Int(random.next() % 6)) { text += words[Int(random.next() % UInt64(words.count))] + " " }
            text += "\n\n"
            for paragraph in 0..<(8 + Int(random.next() % 10)) {
                for _ in 0..<(2 + Int(random.next() % 4)) {
                    var clause = ""
                    for index in 0..<(6 + Int(random.next() % 14)) {
                        clause += (index > 0 ? " " : "") + words[Int(random.next() % UInt64(words.count))]
                        if random.next() % 17 == 0 { clause += " \(random.next() % 1000)" }
                    }
                    let frame = frames[Int(random.next() % UInt64(frames.count))]
                    text += frame.replacingOccurrences(of: "%@", with: clause) + " "
                }
                text += paragraph % 3 == 2 ? "\r\n\r\n" : "\n\n"
            }
            let bytes = Array(text.utf8)
            total += bytes.count
            documents.append(bytes)
        }
        return documents
    }
}

/// Latin and Cyrillic letters drawn alike in common fonts, for words typed with letters of
/// both ("cлишком" with a Latin c, "предупреждениe" with a Latin e, "Рutin" with a Cyrillic
/// Р): typos from switching keyboard layouts, text recognised from images, or spoofing. Such
/// a word is read as the script most of its letters are in, its other letters swapped for
/// their look-alikes, instead of being left out of the language decision.
///
/// Not the Normalize stage's UTS #39 skeleton (ICU uspoof): that maps both scripts onto shared
/// prototypes of no one script ("cлишком" gives "cлᴎшĸoʍ"), while a word here must come out in
/// the script most of its letters are in, to be scored in that script's languages; and this
/// stays a byte scan, with no ICU call per word.
enum Homoglyphs {
    /// Latin letter -> Cyrillic letter of the same shape (both cases).
    static let cyrillicForLatin: [UInt32: UInt32] = [
        0x61: 0x430, 0x63: 0x441, 0x65: 0x435, 0x6F: 0x43E, 0x70: 0x440, 0x78: 0x445, 0x79: 0x443, 0x69: 0x456,
        0x41: 0x410, 0x42: 0x412, 0x43: 0x421, 0x45: 0x415, 0x48: 0x41D, 0x4B: 0x41A, 0x4D: 0x41C, 0x4F: 0x41E,
        0x50: 0x420, 0x54: 0x422, 0x58: 0x425, 0x59: 0x423, 0x49: 0x406,
    ]
    /// Cyrillic letter -> Latin letter of the same shape.
    static let latinForCyrillic: [UInt32: UInt32] = Dictionary(uniqueKeysWithValues: cyrillicForLatin.map { ($1, $0) })
        .merging([0x455: 0x73, 0x458: 0x6A, 0x405: 0x53, 0x408: 0x4A]) { first, _ in first }  // ѕ ј Ѕ Ј

    /// When `word` (UTF-8 letters of both scripts, as the Language stage scans them) has more
    /// letters of one script than of the other and every letter of the other has a look-alike,
    /// writes the word with those letters swapped into `result` and returns the script bit it is
    /// then written in (`ScriptClass.latin` or `.cyrillic`); otherwise nil.
    static func folded(_ word: UnsafeBufferPointer<UInt8>, into result: inout [UInt8]) -> UInt8? {
        var latin = 0, cyrillic = 0
        var position = 0
        while position < word.count {
            let (scalar, length) = UTF8Scalars.decode(word, at: position)
            switch ScriptClass.of(scalar) {
            case ScriptClass.latin: latin += 1
            case ScriptClass.cyrillic: cyrillic += 1
            default: break
            }
            position += length
        }
        guard latin != cyrillic else { return nil }
        let target = cyrillic > latin ? ScriptClass.cyrillic : ScriptClass.latin
        let lookAlikes = target == ScriptClass.cyrillic ? cyrillicForLatin : latinForCyrillic
        result.removeAll(keepingCapacity: true)
        position = 0
        while position < word.count {
            let (scalar, length) = UTF8Scalars.decode(word, at: position)
            var swapped = scalar
            if ScriptClass.of(scalar) & (ScriptClass.latin | ScriptClass.cyrillic) & ~target != 0 {
                guard let lookAlike = lookAlikes[scalar] else { return nil }
                swapped = lookAlike
            }
            result.append(contentsOf: Unicode.Scalar(swapped)!.utf8)
            position += length
        }
        return target
    }
}

#!/usr/bin/env python3
"""Builds Dictionaries/data/language-model.bin, the Language stage's model.

Sources (installed by this script's caller; see Dictionaries/README.md for licences):
- PyPI `wordfreq` 3.x word frequencies: en ru uk bg mk de fr es it pl cs
- Debian hunspell dictionaries (word forms, expanded by scripts/hunspell_affixes.py and
  hunspell-tools' `unmunch`, which alone misses forms):
  be (hunspell-be), kk (hunspell-kk), sr Cyrillic (hunspell-sr)
- be: the frequent Ukrainian and Russian words that hunspell-be accepts as Belarusian forms
  get the higher of their two frequencies as Belarusian word frequencies
- be: hunspell-be spells the official (academic) orthography; much Belarusian is written in
  the classical one (taraškievica: зьмест, значэньне, сьвет). PyPI `belorthography` (MIT)
  rewrites each form's softness marks classically, and both spellings go into the lexicon and
  the n-gram counts (its loanword spellings, аргумэнт and клявіша, are not rules it knows)
- be and kk have no word frequencies of their own: their n-grams are counted over the dictionary's
  headwords, which look more like running text than a sample of all expanded forms (mostly
  long endings of rare words); their lexicons hold every expanded form
- sr: also wordfreq's Serbo-Croatian list (`sh`, Latin script) in Serbian Cyrillic, letter
  by letter (lj, nj, dž are single letters), which gives Serbian word frequencies
- wordfreq's lists come from web text and hold other languages' words (its Ukrainian and
  Bulgarian lists have much Russian); for ru, uk and bg only the words hunspell accepts are
  kept, and their lexicons are hunspell's forms alone
- ru-Latn: the Russian wordfreq words written in Latin letters by informal schemes (the
  ways people type Russian without a Cyrillic keyboard) and by ICU-like BGN rules.

What the model holds, per language:
  floor  N      log probability given to an unseen n-gram of order N (1...5)
  ngram  TEXT   for one letter, log P(TEXT) among letters; for longer n-grams, log P(last
                letter | the letters before it), over words padded with spaces (a
                conditional model: it tells languages apart far better than the joint
                probability of each n-gram, which mostly measured how common its letters are)
  word   WORD   log frequency of the word (wordfreq languages, and be as borrowed above)
Layout (little-endian): "QTLANG02", u32 language count L, L 16-byte names (NUL padded),
L*6 f32 floors (index language*6 + order), then two tables (n-grams, words), each: u32 entry
count R, R u64 keys (FNV-1a 64 of the UTF-8 text, never 0), then the values, row i belonging
to key i (rows in hash-table order, see table_order): for n-grams R*L u8, -log P in steps of 1/8 nat (0...254; 255: not seen); for
words R*L f32 (-inf: not seen). The reader builds its own hash table over the keys.
`--tsv PATH` also writes the rows as text for people to read.

It also writes Dictionaries/data/language-lexicon.bloom: for each language, a Bloom filter of
every known word form (hunspell forms expanded from their affix rules for ru uk be bg sr kk; wordfreq's
full lists for mk and the Latin-script languages; ru-Latn: transliterations of Russian
wordfreq words). Whether a word is a valid form of a language is the strongest single-word
evidence, and every language gets it alike. Layout (little-endian):
  "QTBLOOM2", u32 language count, then per language: 16-byte name (NUL padded),
  u64 bit count m (a multiple of 512), u32 probe count k, u32 entry count, and the m/8 bytes
  of bits. The filter is blocked: a word's k bits all lie in one 512-bit block (one cache
  line), block h1 mod (m/512), bits (h2 >> 9i) & 511 of it for i < k, with h1 = FNV-1a 64
  of its lower-case UTF-8 and h2 = splitmix64(h1).

Usage: scripts/build_language_model.py [--tsv PATH]   (deterministic for the same inputs)
"""
import collections
import functools
import math
import struct
import random
import re
import sys

import wordfreq
from belorthography.converters.translit_cyr_nar_to_cyr_taras import convert as classical_belarusian

import hunspell_affixes

OUTPUT = "Dictionaries/data/language-model.bin"
LEXICON_OUTPUT = "Dictionaries/data/language-lexicon.bloom"
TSV = sys.argv[sys.argv.index("--tsv") + 1] if "--tsv" in sys.argv else None
WORDFREQ_LANGUAGES = ["en", "ru", "uk", "bg", "mk", "de", "fr", "es", "it", "pl", "cs"]
HUNSPELL = {
    "be": ("/usr/share/hunspell/be_BY.dic", "/usr/share/hunspell/be_BY.aff"),
    "kk": ("/usr/share/hunspell/kk_KZ.dic", "/usr/share/hunspell/kk_KZ.aff"),
    "sr": ("/usr/share/hunspell/sr_RS.dic", None),  # already full forms
}
TYPES_PER_LANGUAGE = 40000     # word types the n-gram counts are taken from
WORDS_PER_LANGUAGE = 6000      # frequent words kept as whole-word evidence
NGRAMS_PER_ORDER = {1: 10**9, 2: 10**9, 3: 20000, 4: 20000, 5: 20000}
LETTERS = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")

# Informal Russian-in-Latin spellings (one letter may have several); the first is BGN-like.
TRANSLIT = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "д": ["d"], "е": ["e", "ye"], "ё": ["yo", "e"],
    "ж": ["zh"], "з": ["z"], "и": ["i"], "й": ["y", "i", "j"], "к": ["k"], "л": ["l"], "м": ["m"],
    "н": ["n"], "о": ["o"], "п": ["p"], "р": ["r"], "с": ["s"], "т": ["t"], "у": ["u"], "ф": ["f"],
    "х": ["kh", "h"], "ц": ["ts", "c"], "ч": ["ch"], "ш": ["sh"], "щ": ["shch", "sch"], "ъ": ["", "'"],
    "ы": ["y", "i"], "ь": ["", "'"], "э": ["e"], "ю": ["yu", "iu"], "я": ["ya", "ia"],
}


# Languages whose hunspell forms can be expanded (fr, it, pl, cs expand to millions: not here).
# Only where it helped on the dev split: filtering en, de and es through hunspell lowered their
# accuracy (hunspell lacks the technical vocabulary of real text).
CHECKED_BY_HUNSPELL = {"ru", "uk", "bg"}


@functools.cache
def hunspell_forms(language, common_only=False):
    """Every form a language's hunspell dictionary accepts, its affix rules expanded (cached:
    the wordfreq filter, the n-gram vocabulary and the lexicon all read it, and expanding the
    Ukrainian dictionary takes most of a minute). With common_only, proper names' forms are
    left out: see `lexicon`."""
    dic, aff = HUNSPELL_LEXICONS[language]
    return frozenset(hunspell_affixes.all_forms(dic, aff, common_only) if aff else headwords(dic, common_only))


def headwords(dic, common_only=False):
    """The entries of a hunspell .dic file, without their affix flags."""
    entries = (line.split("/")[0].strip().lstrip("\ufeff")
               for line in open(dic, encoding="utf-8", errors="replace").read().splitlines()[1:])
    return {entry.lower() for entry in entries if entry and (not common_only or hunspell_affixes.is_common(entry))}


def wordfreq_words(language, limit=TYPES_PER_LANGUAGE):
    words = []
    accepted = hunspell_forms(language) if language in CHECKED_BY_HUNSPELL else None
    for word in wordfreq.iter_wordlist(language, wordlist="best"):
        if LETTERS.match(word) and (accepted is None or word in accepted):
            words.append((word, wordfreq.zipf_frequency(word, language, wordlist="best")))
        if limit and len(words) >= limit:
            break
    return words


def hunspell_words(language, limit=TYPES_PER_LANGUAGE, headwords_only=False, common_only=False):
    listed = headwords(HUNSPELL_LEXICONS[language][0]) if headwords_only else hunspell_forms(language, common_only)
    forms = set()
    for word in listed:
        if LETTERS.match(word) and (language != "sr" or re.search("[а-яђјљњћџ]", word)):
            forms.add(word)
    ordered = sorted(forms)
    random.Random(language).shuffle(ordered)
    chosen = ordered[:limit] if limit else ordered
    if language == "be":
        # Each form, then its classical spelling where that differs (after the sample is
        # drawn, so the official forms chosen are the same as without it).
        chosen = [spelling for word in chosen for spelling in dict.fromkeys([word, classical_belarusian(word)])]
    return [(word, None) for word in chosen]


SERBIAN_CYRILLIC = {"lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д",
                    "đ": "ђ", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л",
                    "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
                    "v": "в", "z": "з", "ž": "ж"}


def serbian_cyrillic(word):
    """Serbian Latin to Cyrillic, or None for letters Serbian does not use (q, w, x, y...)."""
    result, index = "", 0
    while index < len(word):
        pair = word[index:index + 2]
        if pair in SERBIAN_CYRILLIC:
            result += SERBIAN_CYRILLIC[pair]
            index += 2
        elif word[index] in SERBIAN_CYRILLIC:
            result += SERBIAN_CYRILLIC[word[index]]
            index += 1
        else:
            return None
    return result


def serbian_words(limit=TYPES_PER_LANGUAGE):
    words, seen = [], set()
    for word, zipf in wordfreq_words("sh", limit=None):
        cyrillic = serbian_cyrillic(word)
        if cyrillic and cyrillic not in seen:
            seen.add(cyrillic)
            words.append((cyrillic, zipf))
            if limit and len(words) >= limit:
                break
    return words


def transliterations(word, generator):
    """The BGN-like spelling and one informal variant chosen at random, in that order (a
    list, not a set: a set's order changes with Python's string hashing from run to run,
    and with it which spellings the n-gram counts took)."""
    plain = "".join(TRANSLIT.get(letter, [letter])[0] for letter in word)
    informal = "".join(generator.choice(TRANSLIT.get(letter, [letter])) for letter in word)
    return [plain] if informal == plain else [plain, informal]


HUNSPELL_LEXICONS = {
    "ru": ("/usr/share/hunspell/ru_RU.dic", "/usr/share/hunspell/ru_RU.aff"),
    "uk": ("/usr/share/hunspell/uk_UA.dic", "/usr/share/hunspell/uk_UA.aff"),
    "bg": ("/usr/share/hunspell/bg_BG.dic", "/usr/share/hunspell/bg_BG.aff"),
    **HUNSPELL,
}
BITS_PER_ENTRY = 10
PROBES = 6
MASK = (1 << 64) - 1


def fnv1a(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & MASK
    return value


def splitmix(value):
    value = (value + 0x9E3779B97F4A7C15) & MASK
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & MASK
    return value ^ (value >> 31)


def lexicon(language):
    """A language's known forms. Hunspell dictionaries also list proper names, and a name's
    forms in lower case are often common words of a neighbour (uk_UA's Ліст, Liszt, gives
    Belarusian ліста; its place Окни gives Russian окнах), so their forms are left out: names
    are little evidence of the language around them."""
    if language in HUNSPELL_LEXICONS:
        forms = {word for word, _ in hunspell_words(language, limit=None, common_only=True)}
        if language == "sr":
            forms.update(word for word, _ in serbian_words(limit=None))
        return forms
    return {word for word, _ in wordfreq_words(language, limit=None)}


def write_bloom(path, lexicons):
    with open(path, "wb") as output:
        output.write(b"QTBLOOM2" + struct.pack("<I", len(lexicons)))
        for language, words in lexicons.items():
            blocks = max(1, -(-len(words) * BITS_PER_ENTRY // 512))
            array = bytearray(blocks * 64)
            for word in words:
                first = fnv1a(word.encode("utf-8"))
                second = splitmix(first)
                base = (first % blocks) * 512
                for probe in range(PROBES):
                    position = base + ((second >> (9 * probe)) & 511)
                    array[position >> 3] |= 1 << (position & 7)
            output.write(language.encode().ljust(16, b"\0") + struct.pack("<QII", blocks * 512, PROBES, len(words)))
            output.write(bytes(array))
            print(f"  lexicon {language}: {len(words)} forms, {blocks * 64 // 1024} KiB")


def eighths(log_probability):
    """-log P in 1/8-nat steps, rounded half up, capped at 254 (255 marks an unseen n-gram)."""
    return 255 if log_probability == float("-inf") else min(254, math.floor(-log_probability * 8 + 0.5))


def table_order(key):
    """Rows go in the order of the slots the reader's hash table files them in (Fibonacci
    hashing, FibonacciSlots in HashedKeyTable.swift: the high bits of key * 0x9E3779B97F4A7C15,
    whatever the table's size), so that
    loading fills the table front to back instead of at random (a tenth of langid's start)."""
    return (key * 0x9E3779B97F4A7C15) & (2**64 - 1)


def write_table(output, entries, languages, quantized):
    """entries: {text: {language: value}} as keys and rows of per-language values."""
    rows = sorted((fnv1a(text.encode("utf-8")) or 1, by_language) for text, by_language in entries.items())
    rows.sort(key=lambda row: table_order(row[0]))
    keys, values = [], []
    for key, by_language in rows:
        keys.append(key)
        values.extend(by_language.get(language, float("-inf")) for language in languages)
    output.write(struct.pack("<I", len(keys)))
    output.write(struct.pack(f"<{len(keys)}Q", *keys))
    if quantized:
        output.write(bytes(eighths(value) for value in values))
    else:
        output.write(struct.pack(f"<{len(values)}f", *values))


def write_model(path, languages, rows):
    floors = [-20.0] * (len(languages) * 6)
    tables = {"ngram": collections.defaultdict(dict), "word": collections.defaultdict(dict)}
    for kind, language, item, value in rows:
        index = languages.index(language)
        if kind == "floor":
            floors[index * 6 + int(item)] = float(value)
        else:
            tables[kind][item][language] = float(value)
    with open(path, "wb") as output:
        output.write(b"QTLANG02" + struct.pack("<I", len(languages)))
        for language in languages:
            output.write(language.encode().ljust(16, b"\0"))
        output.write(struct.pack(f"<{len(floors)}f", *floors))
        write_table(output, tables["ngram"], languages, quantized=True)
        write_table(output, tables["word"], languages, quantized=False)


def ngrams(word):
    padded = f" {word} "
    for order in range(1, 6):
        for start in range(len(padded) - order + 1):
            gram = padded[start:start + order]
            if gram.strip():
                yield order, gram


def borrowed_belarusian_frequencies(vocabularies):
    """Belarusian has no frequency list, so its common words (у, на, файл) lost to every
    language that has one. A form hunspell-be accepts that is among the frequent words of
    Ukrainian or Russian, its closest relatives, gets the higher of their frequencies."""
    forms = {word for word, _ in hunspell_words("be", limit=None)}
    borrowed = {}
    for language in ("uk", "ru"):
        for word, zipf in vocabularies[language][:WORDS_PER_LANGUAGE]:
            if word in forms:
                borrowed[word] = max(borrowed.get(word, zipf), zipf)
    return [("word", "be", word, f"{(zipf - 9) * math.log(10):.3f}") for word, zipf in sorted(borrowed.items())]


def main():
    vocabularies = {language: wordfreq_words(language) for language in WORDFREQ_LANGUAGES}
    for language in HUNSPELL:
        vocabularies[language] = serbian_words() if language == "sr" else hunspell_words(language, headwords_only=True)
    generator = random.Random(1)
    latin = {}
    for word, zipf in vocabularies["ru"]:
        for spelling in transliterations(word, generator):
            if spelling.isascii() and spelling not in latin:
                latin[spelling] = zipf
    vocabularies["ru-Latn"] = list(latin.items())[:TYPES_PER_LANGUAGE]

    rows = []
    for language, words in vocabularies.items():
        counts = {order: collections.Counter() for order in range(1, 6)}
        for word, _ in words:
            for order, gram in ngrams(word):
                counts[order][gram] += 1
        for order in range(1, 6):
            total = sum(counts[order].values())
            # How often each (order-1)-letter context is followed by a letter: the denominator
            # of the conditional probabilities (single letters: all letters).
            contexts = collections.Counter()
            for gram, count in counts[order].items():
                contexts[gram[:-1]] += count
            # An unseen n-gram gets half a count in a context of average size.
            rows.append(("floor", language, str(order), f"{math.log(0.5 * len(contexts) / total):.3f}"))
            for gram, count in counts[order].most_common(NGRAMS_PER_ORDER[order]):
                rows.append(("ngram", language, gram, f"{math.log(count / contexts[gram[:-1]]):.3f}"))
        if words and words[0][1] is not None:
            for word, zipf in words[:WORDS_PER_LANGUAGE]:
                # Zipf is log10 of frequency per billion words: turn it into a natural log probability.
                rows.append(("word", language, word, f"{(zipf - 9) * math.log(10):.3f}"))
    rows += borrowed_belarusian_frequencies(vocabularies)
    write_model(OUTPUT, list(vocabularies), rows)
    if TSV:
        with open(TSV, "w", encoding="utf-8") as output:
            output.write("kind\tlanguage\titem\tvalue\n")
            for row in rows:
                output.write("\t".join(row) + "\n")
    print(f"{OUTPUT}: {len(rows)} rows, languages: {' '.join(vocabularies)}")
    lexicons = {language: lexicon(language) for language in vocabularies if language != "ru-Latn"}
    generator = random.Random(2)
    lexicons["ru-Latn"] = {spelling for word, _ in wordfreq_words("ru", limit=100000)
                           for spelling in transliterations(word, generator) if spelling.isascii()}
    write_bloom(LEXICON_OUTPUT, lexicons)


if __name__ == "__main__":
    main()

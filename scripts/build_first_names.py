#!/usr/bin/env python3
"""Regenerates the generated first-name lists in Dictionaries/data/.

first-names-census.tsv: English given names with their gender.

Source: the 1990 US Census given-name lists (public domain) as shipped in the PyPI package
`names` 0.3.0 (files dist.male.first and dist.female.first: name, percent of the population,
cumulative percent, rank). A name in both lists takes the gender that is at least four times
as frequent, else none. Names that Debian's hunspell-en-us dictionary also lists as ordinary
lower-case words (Will, May, Grant, Mark, Rose) are left out: at the start of a sentence they
would anchor false names.

first-names-opencorpora.tsv: Russian given names (and foreign ones as Russian writes them) with
their gender, from the OpenCorpora dictionary (CC BY-SA 3.0) as shipped in the PyPI package
`pymorphy3-dicts-ru`: every lemma tagged Name, singular nominative, whose wordfreq (PyPI) Zipf
frequency in Russian is at least 2.5 (about 2,100 names: rarer ones cost load time and match
little).

first-names-ukrainian.tsv: Ukrainian given names (Ніна, Мирослава, Остап) from the Ukrainian
dictionary of the PyPI package `pymorphy3-dicts-uk` 2.4.1 (GPLv3): lemmas tagged Name, singular
nominative, Zipf frequency in Ukrainian at least 2.5, less the names the other lists file.

first-names-international.tsv: given names of Europe and beyond (Liam, Joost, Jonas, Amira), from
nam_dict.txt by Jörg Michael (GNU Free Documentation License 1.2 or later) as shipped in the PyPI
package `gender-guesser` 0.4.0: names written in Latin letters (no special-character markup),
frequency at least 5 of 13 in some country (a larger list slowed the look-up every
capitalised word makes for little gain), with their gender (M, 1M, ?M: m; F, 1F, ?F: f; ?: -),
less the words hunspell-en-us lists in lower case and the names the other lists already file.
The derived list is under the same licence.

Usage: scripts/build_first_names.py NAMES_PACKAGE_DIR [--hunspell /usr/share/hunspell/en_US.dic]
(NAMES_PACKAGE_DIR: the unpacked sdist, e.g. from `pip download names==0.3.0 --no-deps`;
`pip install pymorphy3 pymorphy3-dicts-ru pymorphy3-dicts-uk wordfreq` for the Russian and Ukrainian lists)
       scripts/build_first_names.py --international NAM_DICT [--hunspell …]
(NAM_DICT: gender_guesser/data/nam_dict.txt from the unpacked wheel of
`pip download gender-guesser==0.4.0 --no-deps`; writes only the international list)
"""
import argparse
import os

import wordfreq

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Dictionaries", "data")
OUTPUT = os.path.join(DATA, "first-names-census.tsv")
RUSSIAN_OUTPUT = os.path.join(DATA, "first-names-opencorpora.tsv")
UKRAINIAN_OUTPUT = os.path.join(DATA, "first-names-ukrainian.tsv")
INTERNATIONAL_OUTPUT = os.path.join(DATA, "first-names-international.tsv")
NAM_DICT_GENDERS = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "-"}
MIN_FREQUENCY = 5  # of nam_dict's 1 (rare) to 13 (extremely common), in at least one country
COMMON_ZIPF = 4.6  # wordfreq: about 40 per million words
NAME_PERCENT = 0.05  # of the census population: a frequent given name though hunspell lists the word
NAME_FREQUENCY = 8  # of nam_dict's 13, in some country: the same
# Nouns that the name lists file as given names and that open names of firms and places in
# title case ("Asset Management", "Gang Violence"): never read as given names.
NOT_NAMES = {"asset", "slave", "edit", "bang", "harm", "tone", "gang", "mate", "chin", "bent", "mentor", "semen",
             "berry", "kitty", "sang", "wolf", "hung", "thong", "dung", "jihad", "sultan", "hamlet", "marine",
             "angel", "crystal", "dawn", "olive", "amber", "ruby", "holly", "heather", "violet", "iris", "flora",
             "aurora", "hazel", "viola", "basil", "sherry", "ascension", "tuba", "bilge", "gentian", "manana", "panto",
             "roar", "tore", "pier", "lone", "boo", "woo", "bum", "sup", "bun", "mane", "mare", "mart", "lama", "rein",
             "peep", "kook", "tamer", "rosette", "carmine", "primo", "franc", "mite", "tome", "maxim", "stein", "ling",
             "ping", "ding", "dang", "dong", "bong", "tong", "cong", "ting", "yang", "yin", "yuan", "yen", "wan", "lap",
             "earl", "sandy", "randy", "chad", "troy", "dale", "roman", "joy", "victoria", "grace", "tiny", "urban",
             "pearl", "opal", "misty", "melody", "daisy", "penny", "tea", "hat", "odd", "tin", "tan", "pal", "ave", "cam",
             "owe", "ram", "bin", "mar", "ton", "sin", "ban", "mall", "gun", "sun", "fan", "van", "sub", "era", "tho",
             "hong", "franklin"}
HEADER = "name\tlanguage\tgender\tlatin\n"


def census(path):
    """name (title case) -> percent of the population."""
    frequencies = {}
    with open(path, encoding="ascii") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2:
                frequencies[fields[0].title()] = float(fields[1])
    return frequencies


def ordinary_words(path):
    """The words hunspell lists in lower case: (all of them, the common ones). Common: wordfreq
    Zipf COMMON_ZIPF or more in English (will, may, grant, mark, rose) or a name only by
    accident (NOT_NAMES). A listed word that is not common and is a
    frequent given name (maria, anna, timothy: NAME_PERCENT, NAME_FREQUENCY) is kept as a name."""
    words, common = set(), set()
    with open(path, encoding="utf-8", errors="replace") as lines:
        next(lines)  # the entry count
        for line in lines:
            word = line.split("/")[0].strip()
            if word and word[0].islower():
                words.add(word)
                if wordfreq.zipf_frequency(word, "en") >= COMMON_ZIPF or word in NOT_NAMES:
                    common.add(word)
    return words, common


def filed_names():
    """Names the hand-made, census and OpenCorpora lists already file."""
    names = set()
    for file in ("first-names.tsv", "first-names-census.tsv", "first-names-opencorpora.tsv"):
        with open(os.path.join(DATA, file), encoding="utf-8") as lines:
            names.update(line.split("\t")[0] for line in lines if not line.startswith("#"))
    return names


def international(nam_dict, skip):
    """nam_dict.txt: gender code in columns 0-1, the name in 3-28, '+' in column 29 for the
    duplicate lines with expanded umlauts, one frequency digit per country from column 30."""
    filed = filed_names()
    genders = {}
    with open(nam_dict, encoding="iso-8859-1") as lines:
        for line in lines:
            if line.startswith("#") or len(line) < 31 or line[29] == "+":
                continue
            code, name = line[0:2].strip(), line[3:29].strip()
            if code not in NAM_DICT_GENDERS or "<" in name or " " in name or len(name) < 3 or not name[0].isupper():
                continue
            frequency = max((int(digit, 16) for digit in line[30:86] if digit in "0123456789ABCDEF"), default=0)
            listed, common = skip
            if frequency < MIN_FREQUENCY or name.lower() in common or (name.lower() in listed and frequency < NAME_FREQUENCY) or name in filed:
                continue
            genders.setdefault(name, set()).add(NAM_DICT_GENDERS[code])
    rows = [f"{name}\t-\t{next(iter(found)) if len(found) == 1 else '-'}\t{name}" for name, found in sorted(genders.items())]
    write(INTERNATIONAL_OUTPUT, rows, [
        "Given names of many countries, from nam_dict.txt by Jörg Michael (GNU Free Documentation License 1.2 or later;",
        "PyPI gender-guesser 0.4.0), frequency 5 or more of 13 in some country, without the common words hunspell-en-us",
        "lists in lower case (see ordinary_words) and the names the other lists file. This list is under the same licence. Regenerate with",
        "scripts/build_first_names.py --international. Columns as in first-names.tsv; language -, gender - when unisex."])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("package", nargs="?")
    parser.add_argument("--hunspell", default="/usr/share/hunspell/en_US.dic")
    parser.add_argument("--international", metavar="NAM_DICT")
    options = parser.parse_args()
    if options.international:
        international(options.international, ordinary_words(options.hunspell))
        return
    data = os.path.join(options.package, "names")
    male = census(os.path.join(data, "dist.male.first"))
    female = census(os.path.join(data, "dist.female.first"))
    listed, common = ordinary_words(options.hunspell)
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if name.lower() in common or (name.lower() in listed and max(m, f) < NAME_PERCENT) or len(name) < 3:
            continue
        gender = "m" if m >= 4 * f else "f" if f >= 4 * m else "-"
        rows.append(f"{name}\t-\t{gender}\t{name}")
    write(OUTPUT, rows, [
        "English given names from the 1990 US Census lists (public domain; PyPI `names` 0.3.0), without the common",
        "words hunspell-en-us lists in lower case (see ordinary_words). Regenerate with scripts/build_first_names.py. Columns as in",
        "first-names.tsv; language - (a given name alone does not tell what language its bearer speaks), gender - when both."])
    russian()
    ukrainian()


def write(path, rows, comments):
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(f"# {line}\n" for line in comments)
        out.write(HEADER)
        out.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {path}")


def russian():
    import pymorphy3
    import wordfreq
    analyzer = pymorphy3.MorphAnalyzer(lang="ru")
    genders = {}
    for word, tag, normal, _, _ in analyzer.dictionary.iter_known_words():
        if word == normal and "Name" in tag and "sing" in tag and "nomn" in tag:
            genders.setdefault(word, set()).add("m" if "masc" in tag else "f" if "femn" in tag else "-")
    rows = []
    for name in sorted(genders):
        if len(name) < 3 or wordfreq.zipf_frequency(name, "ru") < 2.5:
            continue
        gender = next(iter(genders[name])) if len(genders[name]) == 1 else "-"
        written = "-".join(part[:1].upper() + part[1:] for part in name.split("-"))
        rows.append(f"{written}\t-\t{gender}\t")
    write(RUSSIAN_OUTPUT, rows, [
        "Given names as Russian writes them, from the OpenCorpora dictionary (CC BY-SA 3.0; PyPI pymorphy3-dicts-ru),",
        "the lemmas tagged Name with a wordfreq Zipf frequency of 2.5 or more. Regenerate with scripts/build_first_names.py.",
        "Columns as in first-names.tsv; language - (the name does not tell), latin empty (transliterated in code)."])


def ukrainian():
    import pymorphy3
    import wordfreq
    analyzer = pymorphy3.MorphAnalyzer(lang="uk")
    genders = {}
    for word, tag, normal, _, _ in analyzer.dictionary.iter_known_words():
        if word == normal and "Name" in tag and "nomn" in tag and "plur" not in tag:
            genders.setdefault(word, set()).add("m" if "masc" in tag else "f" if "femn" in tag else "-")
    filed = filed_names()
    rows = []
    for name in sorted(genders):
        written = "-".join(part[:1].upper() + part[1:] for part in name.split("-"))
        if len(name) < 3 or wordfreq.zipf_frequency(name, "uk") < 2.5 or written in filed:
            continue
        gender = next(iter(genders[name])) if len(genders[name]) == 1 else "-"
        rows.append(f"{written}\t-\t{gender}\t")
    write(UKRAINIAN_OUTPUT, rows, [
        "Given names as Ukrainian writes them, from the Ukrainian dictionary of PyPI pymorphy3-dicts-uk 2.4.1 (GPLv3, which",
        "this derived list keeps): the lemmas tagged Name with a wordfreq Zipf frequency in Ukrainian of 2.5 or more, less the",
        "names the other lists file. Regenerate with scripts/build_first_names.py. Columns as in first-names.tsv; language -,",
        "latin empty (transliterated in code)."])


if __name__ == "__main__":
    main()

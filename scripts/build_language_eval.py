#!/usr/bin/env python3
"""Builds the language-identification evaluation set from gettext catalogs.

The model trains on word lists (wordfreq, hunspell); these are sentences translators wrote
for Debian packages' user interfaces, a different source. For each language the script reads
every /usr/share/locale/LANG/LC_MESSAGES/*.mo (msgunfmt from gettext), cleans the messages
(format directives, markup, accelerators), and samples sentences, word pairs from them and
single words from them. English comes from the messages' msgids.

Only the catalogs named in Tests/Gold/language/catalogs.txt are read (those of the machine
the set was first built on), so installing a package later does not change the sample.
A word, and each word of a pair, must be written mostly in the language's script: catalogs
leave some English untranslated ("XOR" among Russian messages), and such a token is not a
word of the language. A word with a look-alike letter of the other script ("cлишком" with a
Latin c) stays: it is the language's word, mistyped.

Output: Tests/Gold/language/catalog.tsv with columns
  split (dev or test), class (word, pair, sentence), language, text, source (catalog file)
600 items per class and language where the catalogs have enough: the first 300 dev, the
next 300 test. Deterministic for the same installed catalogs.
"""
import glob
import os
import random
import re
import subprocess

LANGUAGES = ["en", "ru", "uk", "be", "bg", "sr", "mk", "kk", "de", "fr", "es", "it", "pl", "cs"]
PER_CLASS = 600
SKIP = re.compile(r"^(iso_|iso-|libc\.mo|xkeyboard)")  # name lists and locale tables, not prose
DIRECTIVE = re.compile(r"%(\d+\$)?[-#0 +']*\d*(\.\d+)?[hlLqjzt]*[a-zA-Z%]|\{[^}]*\}|<[^>]*>|\$\{?\w+\}?|\\[nt]|[_&](?=\w)")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
WORD = re.compile(r"^[^\W\d_]{3,}$")
CATALOGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Gold", "language", "catalogs.txt")


def messages(path):
    try:
        po = subprocess.run(["msgunfmt", "--no-wrap", path], capture_output=True, timeout=60).stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return []
    pairs = []
    for block in po.split("\n\n"):
        msgid = re.findall(r'^msgid "(.*)"$', block, re.M)
        msgstr = re.findall(r'^msgstr(?:\[0\])? "(.*)"$', block, re.M)
        if msgid and msgstr and msgid[0] and msgstr[0]:
            pairs.append((msgid[0].encode().decode("unicode_escape", "ignore").encode("latin-1", "ignore").decode("utf-8", "ignore"),
                          msgstr[0].encode().decode("unicode_escape", "ignore").encode("latin-1", "ignore").decode("utf-8", "ignore")))
    return pairs


def clean(text):
    text = DIRECTIVE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" :")


def script_of(language):
    return CYRILLIC if language in ("ru", "uk", "be", "bg", "sr", "mk", "kk") else LATIN


def written_in(word, language):
    """Whether most letters of a word are of the language's script."""
    letters = [c for c in word if c.isalpha()]
    return 2 * sum(1 for c in letters if script_of(language).match(c)) > len(letters)


def fits(text, language):
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 0.7 * len(text.replace(" ", "")):
        return False
    return sum(1 for c in letters if script_of(language).match(c)) >= 0.95 * len(letters)


def main():
    catalogs = set(open(CATALOGS, encoding="utf-8").read().split())
    rows = []
    for language in LANGUAGES:
        folder = "ru" if language == "en" else language
        texts = {}
        for path in sorted(glob.glob(f"/usr/share/locale/{folder}/LC_MESSAGES/*.mo")):
            name = os.path.basename(path)
            if SKIP.match(name) or name not in catalogs:
                continue
            for msgid, msgstr in messages(path):
                text = clean(msgid if language == "en" else msgstr)
                if text and fits(text, language):
                    texts.setdefault(text, name)
        generator = random.Random(language)
        ordered = sorted(texts)
        generator.shuffle(ordered)
        sentences = [t for t in ordered if 4 <= len(t.split()) <= 25][:PER_CLASS]
        words, pairs = {}, {}
        for text in ordered:
            tokens = [token.strip(".,;:!?()\"'«»„“”") for token in text.split()]
            for first, second in zip(tokens, tokens[1:]):
                if WORD.match(first) and WORD.match(second):
                    pairs.setdefault(f"{first} {second}", texts[text])
            for token in tokens:
                if WORD.match(token):
                    words.setdefault(token, texts[text])
        word_list = sorted(words)
        pair_list = sorted(pairs)
        generator.shuffle(word_list)
        generator.shuffle(pair_list)
        # Filtered after the shuffle, so the items that pass keep their order (and split).
        word_list = [word for word in word_list if written_in(word, language)]
        pair_list = [pair for pair in pair_list if all(written_in(word, language) for word in pair.split())]
        for kind, items, sources in (("sentence", sentences, texts), ("pair", pair_list[:PER_CLASS], pairs), ("word", word_list[:PER_CLASS], words)):
            for index, item in enumerate(items):
                rows.append(("dev" if index < PER_CLASS // 2 else "test", kind, language, item, sources[item]))
        print(language, {kind: sum(1 for r in rows if r[1] == kind and r[2] == language) for kind in ("word", "pair", "sentence")})
    with open("Tests/Gold/language/catalog.tsv", "w", encoding="utf-8") as output:
        output.write("split\tclass\tlanguage\ttext\tsource\n")
        for row in rows:
            output.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()

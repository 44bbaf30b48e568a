#!/usr/bin/env python3
"""Evaluates `quotetrail langid` on Tests/Gold/language, side by side with lingua.

- catalog.tsv: words, word pairs and sentences per language (dev and test splits)
- translit.txt: Russian in Latin letters (first half dev, second test); English catalog
  sentences measure how often English is wrongly called ru-Latn
- mixed.txt: lines with marked switches; a switch is found when at least 80% of its letters
  lie in predicted spans of the marked language

lingua (`pip install lingua-language-detector`) is restricted to the same languages and run on
the same items in the same process run; throughput is segments per second on one core, each
tool timing itself after its model is built (ours: `langid --timing`, reading, identifying,
finding the spans inside each line and writing JSON, in a fresh process; lingua: its detect
calls in this process, warm); each tool's time is the best of five runs. The like-for-like
figure is printed too when `quotetrail-bench` sits next to the binary: our identification
alone, in its process, best of five warm passes each with an empty word cache, as lingua's is.

With --languages en,ru,uk,be,bg both tools are restricted to those languages (lingua's
published accuracy figures are for such a setting) and only items of those languages are
scored; transliterated Russian is then left out unless ru-Latn is listed.

Usage: scripts/evaluate_language.py [--binary PATH] [--split dev|test|all] [--no-lingua] [--languages CODES]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "Tests", "Gold", "language")
CORE = ["en", "ru", "uk", "be", "bg"]
ALL = ["en", "ru", "uk", "be", "bg", "sr", "mk", "kk", "de", "fr", "es", "it", "pl", "cs"]
ALL_WITH_LATN = ALL + ["ru-Latn"]
RUNS = 5  # timings are the best of this many runs, start-up included, for both tools


def load_catalog(split):
    items = []
    with open(os.path.join(GOLD, "catalog.tsv"), encoding="utf-8") as source:
        next(source)
        for line in source:
            part, kind, language, text, _ = line.rstrip("\n").split("\t")
            if split in ("all", part):
                items.append((kind, language, text))
    return items


def halves(path, split):
    lines = [line.rstrip("\n") for line in open(path, encoding="utf-8") if line.strip() and not line.startswith("#")]
    middle = len(lines) // 2
    return {"dev": lines[:middle], "test": lines[middle:], "all": lines}[split]


def run_ours(binary, lines, settings, languages):
    command = [binary, "langid", "--timing", *[f"--set={setting}" for setting in settings],
               *([f"--languages={','.join(languages)}"] if languages != ALL_WITH_LATN else []), "-"]
    elapsed = float("inf")
    for _ in range(RUNS):  # best of RUNS runs, each a fresh process timing itself after loading the model
        process = subprocess.run(command, input="\n".join(lines).encode("utf-8") + b"\n", capture_output=True, check=True)
        timing = re.search(rb"(\d+) lines in ([0-9.e-]+) s", process.stderr)
        assert timing and int(timing.group(1)) == len(lines), process.stderr
        elapsed = min(elapsed, float(timing.group(2)))
    results = [json.loads(line) for line in process.stdout.decode("utf-8").splitlines()]
    assert len(results) == len(lines), (len(results), len(lines))
    return results, len(lines) / max(elapsed, 1e-9)


def run_ours_identification_only(binary, lines, languages):
    """Segments per second of identification alone (`quotetrail-bench --lines`), or None."""
    bench = os.path.join(os.path.dirname(binary), "quotetrail-bench")
    if not os.path.exists(bench):
        return None
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as file:
        file.write("\n".join(lines) + "\n")
    try:
        restriction = ["--languages", ",".join(languages)] if languages != ALL_WITH_LATN else []
        output = subprocess.run([bench, "--lines", file.name, *restriction], capture_output=True, check=True).stdout
    finally:
        os.unlink(file.name)
    found = re.search(rb"(\d+) lines in [0-9.]+ ms, (\d+) lines/s", output)
    assert found and int(found.group(1)) == len(lines), output
    return float(found.group(2))


def run_lingua(lines, languages):
    from lingua import Language, LanguageDetectorBuilder
    names = {"en": Language.ENGLISH, "ru": Language.RUSSIAN, "uk": Language.UKRAINIAN, "be": Language.BELARUSIAN,
             "bg": Language.BULGARIAN, "sr": Language.SERBIAN, "mk": Language.MACEDONIAN, "kk": Language.KAZAKH,
             "de": Language.GERMAN, "fr": Language.FRENCH, "es": Language.SPANISH, "it": Language.ITALIAN,
             "pl": Language.POLISH, "cs": Language.CZECH}
    names = {code: name for code, name in names.items() if code in languages}
    codes = {value: key for key, value in names.items()}
    detector = LanguageDetectorBuilder.from_languages(*names.values()).build()
    detector.detect_language_of("warm up")
    elapsed = float("inf")
    for _ in range(RUNS):  # best of RUNS, like ours
        start = time.perf_counter()
        results = []
        for line in lines:
            found = detector.detect_language_of(line)
            results.append(codes.get(found, "und"))
        elapsed = min(elapsed, time.perf_counter() - start)
    return results, len(lines) / max(elapsed, 1e-9)


MARK = re.compile(r"\{([a-zA-Z-]+):([^}]*)\}")


def parse_mixed(marked):
    text, expected, cursor = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[cursor:match.start()]
        start = len(text)
        text += match.group(2)
        expected.append((match.group(1), start, len(text)))
        cursor = match.end()
    return text + marked[cursor:], expected


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "quotetrail"))
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--no-lingua", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="scoring setting for langid, name=value")
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    parser.add_argument("--languages", help="comma-separated codes both tools are restricted to")
    options = parser.parse_args()
    languages = options.languages.split(",") if options.languages else ALL_WITH_LATN

    catalog = [item for item in load_catalog(options.split) if item[1] in languages]
    translit = halves(os.path.join(GOLD, "translit.txt"), options.split) if "ru-Latn" in languages else []
    mixed = [line.split("\t", 1) for line in halves(os.path.join(GOLD, "mixed.txt"), options.split)]
    # Mixed lines whose switches all fall inside the restriction.
    mixed = [(main, marked) for main, marked in mixed
             if main in languages and all(match.group(1) in languages for match in MARK.finditer(marked))]
    english = [text for kind, language, text in catalog if kind == "sentence" and language == "en"]
    mixed_texts = [parse_mixed(marked) for _, marked in mixed]
    lines = [text for _, _, text in catalog] + translit + [text for text, _ in mixed_texts]

    ours, our_rate = run_ours(options.binary, lines, options.set, languages)
    identification_rate = run_ours_identification_only(options.binary, lines, languages) if not options.set else None
    theirs, their_rate = (None, None) if options.no_lingua else run_lingua(lines, languages)

    print(f"split: {options.split}; languages: {','.join(languages)}; {len(lines)} segments")
    print(f"{'class':9}{'lang':6}{'n':>5}{'ours':>9}{'lingua':>9}")
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for kind in ("word", "pair", "sentence"):
        for language in ALL:
            indices = [i for i, item in enumerate(catalog) if item[0] == kind and item[1] == language]
            if not indices:
                continue
            ours_right = sum(1 for i in indices if ours[i]["language"] == language)
            lingua_right = sum(1 for i in indices if theirs and theirs[i] == language)
            mark = "*" if language in CORE else " "
            lingua_text = f"{lingua_right / len(indices):9.3f}" if theirs else "        -"
            if not options.quiet or language in CORE:
                print(f"{kind:9}{language + mark:6}{len(indices):5}{ours_right / len(indices):9.3f}{lingua_text}")
            totals[kind][0] += ours_right
            totals[kind][1] += lingua_right
            totals[kind][2] += len(indices)
    for kind, (right, lingua_right, count) in totals.items():
        print(f"{kind:9}{'all':6}{count:5}{right / count:9.3f}" + (f"{lingua_right / count:9.3f}" if theirs else ""))

    offset = len(catalog)
    translit_right = sum(1 for i in range(len(translit)) if ours[offset + i]["language"] == "ru-Latn")
    english_indices = [i for i, item in enumerate(catalog) if item[0] == "sentence" and item[1] == "en"]
    english_false = sum(1 for i in english_indices if ours[i]["language"] == "ru-Latn")
    print(f"transliterated Russian: {translit_right}/{len(translit)} = {translit_right / max(1, len(translit)):.3f} called ru-Latn; "
          f"English sentences called ru-Latn: {english_false}/{len(english_indices)} = {english_false / max(1, len(english_indices)):.3f}")

    offset += len(translit)
    found = total = spurious = 0
    for index, ((main_language, _), (text, expected)) in enumerate(zip(mixed, mixed_texts)):
        spans = ours[offset + index]["spans"]
        labels = ["und"] * len(text)
        for span in spans:
            for position in range(span["start"], min(span["end"], len(text))):
                labels[position] = span["language"]
        inside = set()
        for language, start, end in expected:
            letters = [p for p in range(start, end) if text[p].isalpha()]
            inside.update(letters)
            total += 1
            hit = sum(1 for p in letters if labels[p] == language) >= 0.8 * len(letters)
            found += hit
            if not hit and not options.quiet:
                print(f"  missed switch to {language}: {text[start:end]!r} in {text!r} -> {spans}")
        if any(labels[p] not in (main_language, "und") for p in range(len(text)) if text[p].isalpha() and p not in inside):
            spurious += 1
    print(f"mixed lines: {found}/{total} switches found; {spurious} of {len(mixed)} lines with a spurious switch")
    print(f"throughput: ours {our_rate:,.0f} segments/s" +
          (f"; lingua {their_rate:,.0f} segments/s; ratio {our_rate / their_rate:.1f}x" if theirs else ""))
    if identification_rate:
        print(f"identification alone, warm, in process as lingua's: ours {identification_rate:,.0f} segments/s" +
              (f"; ratio {identification_rate / their_rate:.1f}x" if theirs else ""))


if __name__ == "__main__":
    main()

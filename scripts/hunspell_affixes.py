"""Expands a hunspell dictionary (.dic + .aff) into every word form it accepts.

hunspell-tools' `unmunch` silently drops forms: on Debian's ru_RU it produces no present
tense for verbs like "контролировать" (flag U has 163 rules), about 180,000 forms in all, and
about 480,000 on uk_UA. This reads the affix rules itself: single suffixes and prefixes,
prefix-suffix cross products, flag syntaxes (single characters, `FLAG long`, `FLAG num`) and
`AF` flag aliases. It does not apply compounding rules or continuation classes (none of the
dictionaries used here has affixes with continuation flags), so the model build takes the
union of these forms and unmunch's.
"""
import re
import subprocess


def _flags(text, syntax):
    if syntax == "long":
        return [text[index:index + 2] for index in range(0, len(text), 2)]
    if syntax == "num":
        return [flag for flag in text.split(",") if flag]
    return list(text)


def _read_affixes(path):
    """(flag syntax, {flag: (is_suffix, cross_product, [(strip, add, condition)])}, aliases)."""
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    syntax, rules, aliases = None, {}, []
    index = 0
    while index < len(lines):
        fields = lines[index].split()
        if fields[:1] == ["FLAG"] and len(fields) > 1:
            syntax = fields[1]
        elif fields[:1] == ["AF"] and len(fields) == 2 and fields[1].isdigit() and not aliases:
            count = int(fields[1])
            aliases = [lines[index + 1 + offset].split()[1] for offset in range(count)]
            index += count
        elif fields[:1] in (["SFX"], ["PFX"]) and len(fields) >= 4 and fields[2] in ("Y", "N") and fields[3].isdigit():
            is_suffix, count = fields[0] == "SFX", int(fields[3])
            entries = []
            for offset in range(count):
                rule = lines[index + 1 + offset].split()
                strip = "" if rule[2] == "0" else rule[2]
                add = rule[3].split("/")[0]
                add = "" if add == "0" else add
                condition = rule[4] if len(rule) > 4 else "."
                entries.append((strip, add, re.compile(condition + "$" if is_suffix else "^" + condition)))
            rules[fields[1]] = (is_suffix, fields[2] == "Y", entries)
            index += count
        index += 1
    return syntax, rules, aliases


def expand(dic_path, aff_path):
    """Every form of every entry of the dictionary, as written (case kept)."""
    syntax, rules, aliases = _read_affixes(aff_path)
    forms = set()
    with open(dic_path, encoding="utf-8", errors="replace") as dictionary:
        next(dictionary)  # the entry count
        for line in dictionary:
            fields = line.strip().lstrip("\ufeff").split()
            if not fields:
                continue
            word, _, flag_text = fields[0].partition("/")
            if aliases and flag_text.isdigit():
                flag_text = aliases[int(flag_text) - 1]
            forms.add(word)
            suffixed, prefixes = [], []
            for flag in _flags(flag_text, syntax):
                if flag not in rules:
                    continue
                is_suffix, cross, entries = rules[flag]
                for strip, add, condition in entries:
                    if not condition.search(word):
                        continue
                    if is_suffix and word.endswith(strip):
                        form = word[:len(word) - len(strip)] + add
                        forms.add(form)
                        if cross:
                            suffixed.append(form)
                    elif not is_suffix and word.startswith(strip):
                        forms.add(add + word[len(strip):])
                        if cross:
                            prefixes.append((strip, add))
            for strip, add in prefixes:
                forms.update(add + form[len(strip):] for form in suffixed if form.startswith(strip))
    return forms


def unmunch(dic_path, aff_path):
    """The forms hunspell-tools' unmunch prints (empty when it is not installed)."""
    try:
        output = subprocess.run(["unmunch", dic_path, aff_path], capture_output=True).stdout
    except FileNotFoundError:
        return set()
    return {line.split("/")[0].strip().lstrip("\ufeff") for line in output.decode("utf-8", "replace").splitlines()[1:]}


def all_forms(dic_path, aff_path, common_only=False):
    """Lower-case forms from both expansions; with common_only, proper names (forms written
    with a capital and then small letters) are left out, abbreviations (США) kept."""
    return {form.lower() for form in expand(dic_path, aff_path) | unmunch(dic_path, aff_path)
            if form and (not common_only or is_common(form))}


def is_common(form):
    """False for a proper name as a dictionary writes it: Ліст, Окни (not США, not нічого)."""
    return not form[0].isupper() or form.isupper()

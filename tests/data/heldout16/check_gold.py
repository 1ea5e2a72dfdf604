#!/usr/bin/env python3
"""Validate the heldout16 gold files (Python 3 standard library only).

Usage:
    python3 check_gold.py [DIR] [--corpus [CORPUS_DIR]]

DIR defaults to the directory of this script.  With --corpus (default
/work/shared/corpus) the script also checks that no invented name of this set
(persons, films, series, characters; organisations are real and exempt)
occurs in the shared corpus, and that none occurs in two articles of this set.

Checks, per NAME.txt / NAME.gold.json pair:
  * the text is a headline line, one blank line, then the body, 500-650 words
    (whitespace-separated tokens, as `wc -w` counts them);
  * the gold file has exactly the keys article, entities, facts, optional,
    notes; `article` names the text file;
  * entities are {type, aliases, year?} with a known type; every canonical
    name and every alias occurs in the text as a whole-word sequence after
    diacritics are dropped (NFKD plus a small transliteration table for
    letters that do not decompose, e.g. o-slash, eth, l-stroke).  A canonical
    name may carry a " (YYYY)" disambiguator (two films with the same bare
    title); the bare title must occur, the year must occur and equal `year`;
  * no two entities share a normalised name or alias, except films of the
    same title kept apart by different years, or entities of different types
    (a film and the character it is named after);
  * every fact has s, p, o (+ character on starred_in, + note in optional);
    the predicate is known; s and o are declared entities of a suitable type;
    `said` objects are quote strings that occur verbatim in the text;
    `character` is a declared Character entity; no duplicates and no fact is
    both required and optional.
"""
import json
import os
import re
import sys
import unicodedata

CORE = ["directed", "starred_in", "sequel_of", "said"]
EXTENDED = ["wrote", "produced", "edited", "shot", "showrunner_of",
            "reboot_of", "remake_of", "distributed_by"]
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
WORK = {"Film", "TVSeries"}
RULES = {  # predicate -> (allowed subject types, allowed object types or None for a quote)
    "directed": ({"Person"}, {"Film", "TVSeries", "FilmSeries"}),
    "starred_in": ({"Person"}, WORK),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person", "Organization"}, None),
    "wrote": ({"Person"}, WORK),
    "produced": ({"Person", "Organization"}, WORK),
    "edited": ({"Person"}, WORK),
    "shot": ({"Person"}, WORK),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film"}, {"Film", "FilmSeries"}),
    "remake_of": (WORK, WORK),
    "distributed_by": (WORK, {"Organization"}),
}
GOLD_KEYS = {"article", "entities", "facts", "optional", "notes"}
MIN_WORDS, MAX_WORDS = 500, 650
DEFAULT_CORPUS = "/work/shared/corpus"
YEAR_SUFFIX = re.compile(r"^(.*\S) \((\d{4})\)$")

TRANSLIT = str.maketrans({
    "ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th",
    "ı": "i", "’": "'", "‘": "'", "“": '"', "”": '"',
})


def fold(s):
    """Drop diacritics (NFKD + transliteration), keep case and punctuation."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(TRANSLIT)


def norm(s):
    """The scorer's name normalisation: fold, casefold, drop a leading 'the ',
    drop punctuation, collapse spaces."""
    s = fold(s).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def occurs(name, text_folded):
    """Whole-word, case-sensitive occurrence of fold(name) in folded text."""
    pat = r"(?<![\w])" + re.escape(fold(name)) + r"(?![\w])"
    return re.search(pat, text_folded) is not None


def bare(name):
    m = YEAR_SUFFIX.match(name)
    return (m.group(1), int(m.group(2))) if m else (name, None)


def surface_forms(name, ent):
    forms = [bare(name)[0]]
    forms += list(ent.get("aliases", []))
    return forms


def check_pair(stem, d, errors):
    txt_path = os.path.join(d, stem + ".txt")
    gold_path = os.path.join(d, stem + ".gold.json")
    err = lambda m: errors.append("%s: %s" % (stem, m))
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
        err("text must be: headline line, blank line, body")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err("word count %d outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        err("cannot read gold: %s" % e)
        return None
    if set(gold) != GOLD_KEYS:
        err("gold keys %s != %s" % (sorted(gold), sorted(GOLD_KEYS)))
        return None
    if gold["article"] != stem + ".txt":
        err("article field %r" % gold["article"])
    notes = gold["notes"]
    if not (isinstance(notes, str) and notes.strip()) and not (
            isinstance(notes, list) and notes and all(isinstance(n, str) for n in notes)):
        err("notes must be a non-empty string or list of strings")
    ents = gold["entities"]
    if not isinstance(ents, dict) or not ents:
        err("entities must be a non-empty object")
        return None
    tf = fold(text)
    seen = {}  # normalised form -> list of (canonical, type, year)
    for name, e in ents.items():
        if not isinstance(e, dict) or not {"type", "aliases"} <= set(e) or set(e) - {"type", "aliases", "year"}:
            err("entity %r: keys must be type, aliases, year?" % name)
            continue
        if e["type"] not in TYPES:
            err("entity %r: bad type %r" % (name, e["type"]))
        if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
            err("entity %r: aliases must be a list of strings" % name)
            continue
        if "year" in e and not isinstance(e["year"], int):
            err("entity %r: year must be an integer" % name)
        b, y = bare(name)
        if y is not None:
            if e.get("year") != y:
                err("entity %r: disambiguating year differs from year field" % name)
            if not occurs(str(y), tf):
                err("entity %r: year %d not in text" % (name, y))
        if len(set(e["aliases"])) != len(e["aliases"]):
            err("entity %r: duplicate alias" % name)
        if y is None and b in e["aliases"]:
            err("entity %r: alias repeats the canonical name" % name)
        if y is not None and b not in e["aliases"]:
            err("entity %r: the bare title %r must be an alias" % (name, b))
        for form in surface_forms(name, e):
            if not occurs(form, tf):
                err("entity %r: surface form %r not found in text" % (name, form))
            seen.setdefault(norm(form), []).append((name, e["type"], e.get("year")))
    for n, owners in seen.items():
        names = {o[0] for o in owners}
        if len(names) < 2:
            continue
        by_type = {}
        for o in owners:
            by_type.setdefault(o[1], set()).add((o[0], o[2]))
        for t, group in by_type.items():
            if len(group) > 1:
                years = [g[1] for g in group]
                if None in years or len(set(years)) != len(years):
                    err("normalised form %r shared by %s" % (n, sorted(g[0] for g in group)))

    def check_fact(fa, where, need_note):
        allowed = {"s", "p", "o", "character", "note"}
        if not isinstance(fa, dict) or not {"s", "p", "o"} <= set(fa) or set(fa) - allowed:
            err("%s: malformed fact %r" % (where, fa))
            return None
        if need_note and not fa.get("note"):
            err("%s: optional fact needs a note: %r" % (where, fa))
        if not need_note and "note" in fa:
            err("%s: required fact has a note: %r" % (where, fa))
        p = fa["p"]
        if p not in RULES:
            err("%s: unknown predicate %r" % (where, p))
            return None
        stypes, otypes = RULES[p]
        s, o = fa["s"], fa["o"]
        if s not in ents:
            err("%s: subject %r not a declared entity" % (where, s))
        elif ents[s]["type"] not in stypes:
            err("%s: subject %r of type %s not allowed for %s" % (where, s, ents[s]["type"], p))
        if otypes is None:
            if not isinstance(o, str) or len(o.split()) < 1:
                err("%s: said object must be a quote string" % where)
            elif o not in text:
                err("%s: quote not found verbatim in text: %r" % (where, o))
        elif o not in ents:
            err("%s: object %r not a declared entity" % (where, o))
        elif ents[o]["type"] not in otypes:
            err("%s: object %r of type %s not allowed for %s" % (where, o, ents[o]["type"], p))
        if s == o:
            err("%s: subject equals object: %r" % (where, fa))
        if "character" in fa:
            if p != "starred_in":
                err("%s: character only on starred_in: %r" % (where, fa))
            c = fa["character"]
            if c not in ents or ents[c]["type"] != "Character":
                err("%s: character %r is not a declared Character" % (where, c))
        return (s, p, o)

    keys = []
    for i, fa in enumerate(gold["facts"]):
        k = check_fact(fa, "facts[%d]" % i, False)
        if k:
            if k in keys:
                err("duplicate fact %r" % (k,))
            keys.append(k)
    okeys = []
    for i, fa in enumerate(gold["optional"]):
        k = check_fact(fa, "optional[%d]" % i, True)
        if k:
            if k in keys or k in okeys:
                err("optional fact duplicates another fact %r" % (k,))
            okeys.append(k)
    core = sum(1 for k in keys if k[1] in CORE)
    ext = sum(1 for k in keys if k[1] in EXTENDED)
    invented = {}
    for name, e in ents.items():
        if e.get("type") == "Organization":
            continue
        for form in surface_forms(name, e):
            invented[form] = name
    return {"stem": stem, "words": words, "core": core, "ext": ext,
            "optional": len(okeys), "entities": len(ents), "text": text,
            "invented": invented,
            "by_pred": {p: sum(1 for k in keys if k[1] == p) for p in CORE + EXTENDED}}


def corpus_names(cdir):
    names, texts = set(), {}
    for fn in sorted(os.listdir(cdir)):
        path = os.path.join(cdir, fn)
        if fn.endswith(".gold.json"):
            with open(path, encoding="utf-8") as f:
                g = json.load(f)
            for name, e in g.get("entities", {}).items():
                if e.get("type") == "Organization":
                    continue
                for form in [name] + list(e.get("aliases", [])):
                    names.add(form)
            for fa in g.get("facts", []) + g.get("optional", []):
                if "character" in fa:
                    names.add(fa["character"])
        elif fn.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                texts[fn] = fold(f.read())
    return names, texts


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    corpus = None
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = argv[i + 1] if i + 1 < len(argv) and not argv[i + 1].startswith("--") else DEFAULT_CORPUS
        if corpus in args:
            args.remove(corpus)
    d = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    errors = []
    stems_txt = {f[:-4] for f in os.listdir(d) if f.endswith(".txt")}
    stems_gold = {f[:-10] for f in os.listdir(d) if f.endswith(".gold.json")}
    for s in sorted(stems_txt ^ stems_gold):
        errors.append("%s: text and gold files must come in pairs" % s)
    results = []
    for stem in sorted(stems_txt & stems_gold):
        r = check_pair(stem, d, errors)
        if r:
            results.append(r)

    if corpus is not None:
        cnames, ctexts = corpus_names(corpus)
        cnorm = {norm(n): n for n in cnames}
        for r in results:
            for form, canon in r["invented"].items():
                if norm(form) in cnorm:
                    errors.append("%s: %r (%s) equals corpus name %r" % (r["stem"], form, canon, cnorm[norm(form)]))
                for fn, ct in ctexts.items():
                    if occurs(form, ct):
                        errors.append("%s: %r (%s) occurs in corpus text %s" % (r["stem"], form, canon, fn))
                for other in results:
                    if other is r:
                        continue
                    if occurs(form, fold(other["text"])):
                        errors.append("%s: %r (%s) also occurs in %s" % (r["stem"], form, canon, other["stem"]))
                    if norm(form) in {norm(x) for x in other["invented"]}:
                        errors.append("%s: %r (%s) also declared in %s" % (r["stem"], form, canon, other["stem"]))
            tf = fold(r["text"])
            for cn in sorted(cnames):
                if occurs(cn, tf):
                    errors.append("%s: corpus name %r occurs in this article" % (r["stem"], cn))

    print("%-40s %6s %5s %5s %5s %5s" % ("article", "words", "ents", "core", "ext", "opt"))
    for r in results:
        print("%-40s %6d %5d %5d %5d %5d" % (r["stem"], r["words"], r["entities"], r["core"], r["ext"], r["optional"]))
    tot = lambda k: sum(r[k] for r in results)
    print("%-40s %6d %5d %5d %5d %5d" % ("TOTAL (%d articles)" % len(results), tot("words"),
                                         tot("entities"), tot("core"), tot("ext"), tot("optional")))
    print("by predicate: " + ", ".join("%s=%d" % (p, sum(r["by_pred"][p] for r in results)) for p in CORE + EXTENDED))
    if corpus is not None:
        print("corpus check against %s: %s" % (corpus, "done"))
    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all gold files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

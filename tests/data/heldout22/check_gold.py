#!/usr/bin/env python3
"""Validate gold files (NAME.gold.json beside NAME.txt) against the corpus gold format.

Usage:
    python3 check_gold.py                 # check every *.gold.json in this script's directory
    python3 check_gold.py --corpus        # ... and also the reference corpus (/work/shared/corpus)
    python3 check_gold.py --corpus-dir D  # use D as the reference corpus instead
    python3 check_gold.py -q              # errors and summary only (no warnings)

Checks (errors make the exit status non-zero):
  * schema: top-level keys, entity records (type / aliases / year), fact records
    (s / p / o, `character` only on starred_in, `note` only in `optional`);
  * predicates are known (core: directed, starred_in, sequel_of, said;
    extended: wrote, produced, edited, shot, showrunner_of, reboot_of, remake_of, distributed_by);
  * subjects/objects are canonical entity names with types that fit the predicate;
  * every `said` quote in `facts` occurs verbatim in the article text (typographic quotes
    and whitespace normalised); `said` quotes in `optional` (indirect speech) must occur
    after the matcher's name normalisation;
  * every entity has at least one surface form (canonical name, canonical name without a
    trailing parenthetical disambiguator such as "(1958)" or "(film series)", or an alias)
    in the article text, compared after the README's name normalisation;
  * every `character` value (or one of its entity aliases) appears in the text;
  * no duplicate facts, no fact both required and optional, no self-relations,
    no normalised-name collision between two entities of the same type.
Warnings (not failures): aliases absent from the text, entities not used in any fact,
quoted passages of 4+ words in the text that no `said` fact covers.

Files in this script's own directory (the held-out set) must also carry a non-empty `notes`
field; the reference corpus is checked with exactly the same schema otherwise (`notes` is
optional there because one reference file omits it).
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of",
            "remake_of", "distributed_by"}
PREDICATES = CORE | EXTENDED
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
WORKS = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types); None = free text (said)
SIGNATURES = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, WORKS),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person", "Organization"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person", "Organization"}, WORKS),
    "edited": ({"Person"}, WORKS),
    "shot": ({"Person"}, WORKS),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film", "TVSeries"}, WORKS),
    "distributed_by": (WORKS, {"Organization"}),
}
TOP_REQUIRED = {"article", "entities", "facts", "optional"}
TOP_ALLOWED = TOP_REQUIRED | {"notes"}
ENTITY_REQUIRED = {"type", "aliases"}
ENTITY_ALLOWED = ENTITY_REQUIRED | {"year"}
FACT_REQUIRED = {"s", "p", "o"}
FACT_ALLOWED = FACT_REQUIRED | {"character"}
OPTIONAL_ALLOWED = FACT_ALLOWED | {"note"}

DEFAULT_CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))

QUOTE_MAP = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
                           "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'"})


def strip_diacritics(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _norm_core(s):
    s = strip_diacritics(s.translate(QUOTE_MAP)).casefold()
    s = re.sub(r"'s\b", "", s)                     # possessives: Okonjo-Banks's -> okonjo-banks
    s = re.sub(r"[\u2014\u2013/]", " ", s)         # dashes and slashes separate words
    s = re.sub(r"[^\w\s]", "", s)                  # other punctuation dropped (README)
    s = s.replace("_", " ")
    return re.sub(r"\s+", " ", s).strip()


def norm_name(s):
    """README name normalisation: NFKD, diacritics dropped, casefold, leading 'the ' dropped,
    punctuation dropped, spaces collapsed."""
    s = _norm_core(s)
    if s.startswith("the "):
        s = s[4:]
    return s


def norm_text(s):
    return " " + _norm_core(s) + " "


def ws(s):
    return re.sub(r"\s+", " ", s.translate(QUOTE_MAP)).strip()


def surface_forms(name, rec):
    forms = [name]
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    if base and base != name:
        forms.append(base)
    forms.extend(a for a in rec.get("aliases", []) if isinstance(a, str))
    return forms


def in_text(form, ntext):
    n = norm_name(form)
    return bool(n) and (" " + n + " ") in ntext


def quoted_segments(text):
    """Double-quoted passages, paragraph by paragraph; a paragraph with an unclosed quote
    (a quote continuing into the next paragraph) contributes its tail as a segment."""
    segs = []
    for para in re.split(r"\n\s*\n", text.translate(QUOTE_MAP)):
        parts = para.split('"')
        for i in range(1, len(parts), 2):
            segs.append(parts[i])
    return [ws(s) for s in segs if s.strip()]


class Report:
    def __init__(self, quiet=False):
        self.errors = []
        self.warnings = []
        self.quiet = quiet

    def err(self, where, msg):
        self.errors.append(f"ERROR   {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warning {where}: {msg}")


def check_fact(fact, idx, section, ents, text, ntext, where, rep, stats):
    loc = f"{where} {section}[{idx}]"
    if not isinstance(fact, dict):
        rep.err(loc, "fact is not an object")
        return None
    allowed = OPTIONAL_ALLOWED if section == "optional" else FACT_ALLOWED
    missing = FACT_REQUIRED - fact.keys()
    extra = set(fact) - allowed
    if missing:
        rep.err(loc, f"missing keys {sorted(missing)}")
        return None
    if extra:
        rep.err(loc, f"unexpected keys {sorted(extra)}")
    s, p, o = fact["s"], fact["p"], fact["o"]
    for k in ("s", "p", "o"):
        if not isinstance(fact[k], str) or not fact[k].strip():
            rep.err(loc, f"'{k}' must be a non-empty string")
            return None
    if "note" in fact and (not isinstance(fact["note"], str) or not fact["note"].strip()):
        rep.err(loc, "'note' must be a non-empty string")
    if p not in PREDICATES:
        rep.err(loc, f"unknown predicate {p!r}")
        return None
    if section == "facts":
        stats["core" if p in CORE else "extended"] += 1
    else:
        stats["optional"] += 1
    subj_types, obj_types = SIGNATURES[p]
    if s not in ents:
        rep.err(loc, f"subject {s!r} is not a canonical entity name")
    elif ents[s].get("type") not in subj_types:
        rep.err(loc, f"subject {s!r} has type {ents[s].get('type')} (expected {sorted(subj_types)} for {p})")
    if p == "said":
        if "character" in fact:
            rep.err(loc, "'character' is only allowed on starred_in")
        if section == "facts":
            if ws(o) not in ws(text):
                rep.err(loc, f"said quote not found verbatim in the article: {o!r}")
        else:
            if norm_text(o).strip() not in ntext:
                rep.err(loc, f"optional said text not found (normalised) in the article: {o!r}")
    else:
        if o not in ents:
            rep.err(loc, f"object {o!r} is not a canonical entity name")
        elif obj_types is not None and ents[o].get("type") not in obj_types:
            rep.err(loc, f"object {o!r} has type {ents[o].get('type')} (expected {sorted(obj_types)} for {p})")
        if p in {"sequel_of", "remake_of", "reboot_of"} and s == o:
            rep.err(loc, f"{p} relates {s!r} to itself")
    if "character" in fact:
        c = fact["character"]
        if p != "starred_in":
            rep.err(loc, "'character' is only allowed on starred_in")
        elif not isinstance(c, str) or not c.strip():
            rep.err(loc, "'character' must be a non-empty string")
        else:
            forms = surface_forms(c, ents[c]) if c in ents else [c]
            if not any(in_text(f_, ntext) for f_ in forms):
                rep.err(loc, f"character {c!r} (or an alias) does not appear in the article")
    key = (s, p, ws(o) if p == "said" else o)
    return key


def check_file(path, rep, require_notes, stats_total):
    where = os.path.relpath(path)
    try:
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as e:  # noqa: BLE001
        rep.err(where, f"not valid JSON: {e}")
        return
    if not isinstance(gold, dict):
        rep.err(where, "top level is not an object")
        return
    missing = TOP_REQUIRED - gold.keys()
    extra = set(gold) - TOP_ALLOWED
    if missing:
        rep.err(where, f"missing top-level keys {sorted(missing)}")
        return
    if extra:
        rep.err(where, f"unexpected top-level keys {sorted(extra)}")
    stem = os.path.basename(path)[: -len(".gold.json")]
    if gold["article"] != stem + ".txt":
        rep.err(where, f"'article' is {gold['article']!r}, expected {stem + '.txt'!r}")
    art = os.path.join(os.path.dirname(path), stem + ".txt")
    if not os.path.exists(art):
        rep.err(where, f"article file {art} missing")
        return
    with open(art, encoding="utf-8") as fh:
        text = fh.read()
    ntext = norm_text(text)
    notes = gold.get("notes")
    if notes is not None:
        ok = (isinstance(notes, str) and notes.strip()) or (
            isinstance(notes, list) and notes and all(isinstance(n, str) and n.strip() for n in notes))
        if not ok:
            rep.err(where, "'notes' must be a non-empty string (or list of strings)")
    elif require_notes:
        rep.err(where, "held-out gold files must have a 'notes' field listing the traps")

    ents = gold["entities"]
    if not isinstance(ents, dict) or not ents:
        rep.err(where, "'entities' must be a non-empty object")
        return
    seen_forms = {}
    for name, rec in ents.items():
        loc = f"{where} entity {name!r}"
        if not isinstance(rec, dict):
            rep.err(loc, "record is not an object")
            continue
        if ENTITY_REQUIRED - rec.keys():
            rep.err(loc, f"missing keys {sorted(ENTITY_REQUIRED - rec.keys())}")
            continue
        if set(rec) - ENTITY_ALLOWED:
            rep.err(loc, f"unexpected keys {sorted(set(rec) - ENTITY_ALLOWED)}")
        if rec["type"] not in TYPES:
            rep.err(loc, f"unknown type {rec['type']!r}")
        if not isinstance(rec["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in rec["aliases"]):
            rep.err(loc, "'aliases' must be a list of non-empty strings")
            continue
        if "year" in rec and (not isinstance(rec["year"], int) or isinstance(rec["year"], bool)
                              or not 1870 <= rec["year"] <= 2100):
            rep.err(loc, f"bad year {rec['year']!r}")
        forms = surface_forms(name, rec)
        if not any(in_text(f_, ntext) for f_ in forms):
            rep.err(loc, "no surface form (name or alias) appears in the article")
        for a in rec["aliases"]:
            if not in_text(a, ntext):
                rep.warn(loc, f"alias {a!r} not in the article text")
        for f_ in {norm_name(x) for x in [name] + rec["aliases"]}:
            other = seen_forms.get((rec["type"], f_))
            if other and other != name:
                rep.err(loc, f"normalised form {f_!r} also names {other!r} (same type {rec['type']})")
            seen_forms[(rec["type"], f_)] = name

    stats = {"core": 0, "extended": 0, "optional": 0}
    keys = {}
    used = set()
    for section in ("facts", "optional"):
        lst = gold[section]
        if not isinstance(lst, list):
            rep.err(where, f"'{section}' must be a list")
            continue
        if section == "facts" and not lst:
            rep.err(where, "'facts' is empty")
        for i, fact in enumerate(lst):
            key = check_fact(fact, i, section, ents, text, ntext, where, rep, stats)
            if key is None:
                continue
            used.add(key[0])
            if key[1] != "said":
                used.add(key[2])
            if isinstance(fact.get("character"), str):
                used.add(fact["character"])
            if key in keys:
                rep.err(f"{where} {section}[{i}]", f"duplicate of {keys[key]}: {key}")
            else:
                keys[key] = f"{section}[{i}]"

    for name, rec in ents.items():
        if name not in used and isinstance(rec, dict) and rec.get("type") != "Character":
            rep.warn(f"{where} entity {name!r}", "not used in any fact (mentioned only)")

    said = [ws(f["o"]) for f in gold["facts"] + gold["optional"]
            if isinstance(f, dict) and f.get("p") == "said" and isinstance(f.get("o"), str)]
    all_forms = {norm_name(x) for n, r in ents.items() if isinstance(r, dict)
                 for x in surface_forms(n, r)}
    for seg in quoted_segments(text):
        if len(seg.split()) < 4 or norm_name(seg) in all_forms:
            continue
        nseg = norm_name(seg)
        if not any(nseg in norm_name(q) or norm_name(q) in nseg for q in said):
            rep.warn(where, f"quoted passage not covered by any said fact: {seg[:70]!r}")

    words = len(text.split())
    stats_total["articles"] += 1
    stats_total["words"] += words
    for k in ("core", "extended", "optional"):
        stats_total[k] += stats[k]
    print(f"  {os.path.basename(path):45s} words={words:4d} core={stats['core']:3d} "
          f"extended={stats['extended']:3d} optional={stats['optional']:3d}")


def check_dir(d, rep, require_notes, label):
    files = sorted(glob.glob(os.path.join(d, "*.gold.json")))
    totals = {"articles": 0, "words": 0, "core": 0, "extended": 0, "optional": 0}
    print(f"[{label}] {d}")
    if not files:
        rep.err(d, "no *.gold.json files found")
    txts = {os.path.basename(t)[:-4] for t in glob.glob(os.path.join(d, "*.txt"))}
    golds = {os.path.basename(g)[: -len('.gold.json')] for g in files}
    for orphan in sorted(txts - golds):
        rep.err(d, f"article {orphan}.txt has no gold file")
    for path in files:
        check_file(path, rep, require_notes, totals)
    print(f"  total: articles={totals['articles']} words={totals['words']} core={totals['core']} "
          f"extended={totals['extended']} optional={totals['optional']}")
    return totals


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="store_true", help="also validate the reference corpus gold files")
    ap.add_argument("--corpus-dir", default=None, help=f"reference corpus directory (default {DEFAULT_CORPUS})")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args(argv)
    rep = Report(args.quiet)
    check_dir(HERE, rep, True, "held-out")
    if args.corpus or args.corpus_dir:
        check_dir(args.corpus_dir or DEFAULT_CORPUS, rep, False, "corpus")
    if not args.quiet:
        for w in rep.warnings:
            print(w)
    for e in rep.errors:
        print(e)
    print(f"{'FAIL' if rep.errors else 'PASS'}: {len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())

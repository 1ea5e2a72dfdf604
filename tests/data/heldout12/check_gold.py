#!/usr/bin/env python3
"""Validate the held-out gold files in this directory (standard library only).

Usage:
    python3 check_gold.py [DIR] [--corpus /work/shared/corpus] [--stats]

Checks, per NAME.gold.json:
  * exactly the keys article, entities, facts, optional, notes; article == NAME.txt and exists;
  * entity types are Person, Film, FilmSeries, TVSeries, Character, Organization; aliases a list
    of strings; year (if any) an int; no normalised surface form shared by two entities;
  * facts and optional facts use declared entities, one of the twelve predicates, compatible
    types; `character` only on starred_in; every optional fact carries a non-empty note;
  * every entity name and alias, every `said` quote and every character string occurs in the
    article (loose matching: NFKD, diacritics dropped, casefolded, possessive 's ignored,
    punctuation dropped, spaces collapsed, a leading "the" ignored);
  * no duplicate facts; nothing both required and optional; notes is a non-empty string;
  * article layout: headline line, blank line, body; whole text and body 500-650 words;
Across files:
  * no invented (non-Organization) name, alias or character string is shared by two gold files
    or occurs in another file's article;
With --corpus DIR:
  * no invented name occurs in the corpus (gold names or article text), and no corpus entity
    name, alias or character occurs in these articles (one-word names case-sensitive, longer
    names casefolded).
Prints OK and exits 0 when everything passes.
"""
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = ["directed", "starred_in", "sequel_of", "said"]
EXT = ["wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of", "remake_of",
       "distributed_by"]
PREDICATES = CORE + EXT
WORKS = {"Film", "FilmSeries", "TVSeries"}
SIGNATURES = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, WORKS),
    "sequel_of": (WORKS, WORKS),
    "said": ({"Person", "Organization"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person"}, WORKS),
    "edited": ({"Person"}, WORKS),
    "shot": ({"Person"}, WORKS),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film", "TVSeries"}, WORKS),
    "distributed_by": (WORKS, {"Organization"}),
}
KEYS = {"article", "entities", "facts", "optional", "notes"}
WMIN, WMAX = 500, 650


def norm(text, drop_the=True):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.casefold()
    t = re.sub(r"['\u2019]s\b", "", t)
    t = re.sub(r"[^\w\s]|_", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    if drop_the and t.startswith("the ") and len(t) > 4:
        t = t[4:]
    return t


def occurs_loose(needle, haystack_norm):
    n = norm(needle)
    return bool(n) and (" " + n + " ") in (" " + haystack_norm + " ")


def occurs_strict(name, raw_text, text_norm):
    """One-word names: case-sensitive whole word in the raw text; longer names: casefolded."""
    words = name.split()
    if len(words) == 1:
        return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", raw_text) is not None
    n = norm(name, drop_the=False)
    if n.startswith("the ") and len(n.split()) >= 3:
        n = n[4:]
    return (" " + n + " ") in (" " + text_norm + " ")


def fact_key(f):
    return (f.get("s"), f.get("p"), f.get("o"))


def invented_names(gold):
    names = set()
    for name, ent in gold["entities"].items():
        if ent.get("type") == "Organization":
            continue
        names.add(name)
        names.update(ent.get("aliases", []))
    for f in gold["facts"] + gold["optional"]:
        if f.get("character"):
            names.add(f["character"])
    return names


def corpus_names(gold):
    names = set()
    for name, ent in gold.get("entities", {}).items():
        names.add(name)
        names.update(ent.get("aliases", []))
    for f in gold.get("facts", []) + gold.get("optional", []):
        if f.get("character"):
            names.add(f["character"])
    return names


def check_file(path, errors, stats):
    stem = os.path.basename(path)[: -len(".gold.json")]
    err = lambda msg: errors.append(f"{stem}: {msg}")
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"cannot load JSON: {e}")
        return None, None
    if set(gold) != KEYS:
        err(f"keys {sorted(gold)} != {sorted(KEYS)}")
        return None, None
    if gold["article"] != stem + ".txt":
        err(f"article {gold['article']!r} does not name its own article")
    apath = os.path.join(os.path.dirname(path), stem + ".txt")
    if not os.path.exists(apath):
        err("article file missing")
        return None, None
    raw = open(apath, encoding="utf-8").read()
    text_norm = norm(raw, drop_the=False)

    # layout and length
    lines = raw.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "" or not lines[2].strip():
        err("layout must be headline, blank line, body")
    whole = len(raw.split())
    body = len("\n".join(lines[2:]).split())
    if not (WMIN <= whole <= WMAX):
        err(f"whole text has {whole} words")
    if not (WMIN <= body <= WMAX):
        err(f"body has {body} words")

    if not isinstance(gold["notes"], str) or not gold["notes"].strip():
        err("notes must be a non-empty string")

    # entities
    ents = gold["entities"]
    surface = {}
    for name, ent in ents.items():
        if not isinstance(ent, dict) or not set(ent) <= {"type", "aliases", "year"} or "type" not in ent:
            err(f"entity {name!r}: bad record {ent}")
            continue
        if ent["type"] not in TYPES:
            err(f"entity {name!r}: bad type {ent['type']}")
        al = ent.get("aliases", [])
        if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
            err(f"entity {name!r}: aliases must be a list of strings")
            al = []
        if "year" in ent and not isinstance(ent["year"], int):
            err(f"entity {name!r}: year must be an int")
        for form in [name] + al:
            n = norm(form)
            if n in surface and surface[n] != name:
                err(f"surface form {form!r} in both {surface[n]!r} and {name!r}")
            surface[n] = name
            if not occurs_loose(form, text_norm):
                err(f"entity form {form!r} ({name}) not found in article")

    def check_fact(f, where):
        if not isinstance(f, dict):
            err(f"{where}: not an object")
            return
        allowed = {"s", "p", "o", "character"} | ({"note"} if where == "optional" else set())
        if not set(f) <= allowed or not {"s", "p", "o"} <= set(f):
            err(f"{where}: bad keys {sorted(f)} in {f}")
            return
        p = f["p"]
        if p not in PREDICATES:
            err(f"{where}: unknown predicate {p!r}")
            return
        stypes, otypes = SIGNATURES[p]
        if f["s"] not in ents:
            err(f"{where}: undeclared subject {f['s']!r}")
        elif ents[f["s"]]["type"] not in stypes:
            err(f"{where}: {f['s']!r} ({ents[f['s']]['type']}) cannot be subject of {p}")
        if p == "said":
            if not isinstance(f["o"], str) or not f["o"].strip():
                err(f"{where}: empty quote")
            elif not occurs_loose(f["o"], text_norm):
                err(f"{where}: quote not in article: {f['o']!r}")
        elif f["o"] not in ents:
            err(f"{where}: undeclared object {f['o']!r}")
        elif ents[f["o"]]["type"] not in otypes:
            err(f"{where}: {f['o']!r} ({ents[f['o']]['type']}) cannot be object of {p}")
        if "character" in f:
            if p != "starred_in":
                err(f"{where}: character on {p}")
            elif not isinstance(f["character"], str) or not occurs_loose(f["character"], text_norm):
                err(f"{where}: character {f.get('character')!r} not in article")
        if where == "optional" and not str(f.get("note", "")).strip():
            err(f"optional fact without note: {f}")

    req_keys = Counter()
    for f in gold["facts"]:
        check_fact(f, "facts")
        req_keys[fact_key(f)] += 1
    opt_keys = Counter()
    for f in gold["optional"]:
        check_fact(f, "optional")
        opt_keys[fact_key(f)] += 1
    for k, c in list(req_keys.items()) + list(opt_keys.items()):
        if c > 1:
            err(f"duplicate fact {k}")
    for k in set(req_keys) & set(opt_keys):
        err(f"fact both required and optional: {k}")

    per_pred = Counter(f["p"] for f in gold["facts"] if isinstance(f, dict) and "p" in f)
    opt_pred = Counter(f["p"] for f in gold["optional"] if isinstance(f, dict) and "p" in f)
    stats[stem] = {
        "whole": whole, "body": body, "per_pred": per_pred, "opt_pred": opt_pred,
        "core": sum(per_pred[p] for p in CORE), "ext": sum(per_pred[p] for p in EXT),
        "optional": len(gold["optional"]), "headline": lines[0] if lines else "",
    }
    return gold, raw


def main(argv):
    args = [a for a in argv[1:]]
    corpus = None
    show_stats = False
    if "--stats" in args:
        show_stats = True
        args.remove("--stats")
    if "--corpus" in args:
        i = args.index("--corpus")
        corpus = args[i + 1]
        del args[i:i + 2]
    root = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    errors, stats = [], {}
    golds = {}
    paths = sorted(glob.glob(os.path.join(root, "*.gold.json")))
    if not paths:
        print("no gold files found")
        return 1
    for path in paths:
        gold, raw = check_file(path, errors, stats)
        if gold is not None:
            golds[os.path.basename(path)[: -len(".gold.json")]] = (gold, raw)
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(root, "*.txt"))}
    for t in sorted(txts - set(golds) - {os.path.basename(p)[: -len(".gold.json")] for p in paths}):
        errors.append(f"{t}: article without gold file")

    # cross-file uniqueness of invented names
    owners = defaultdict(set)
    inv = {}
    for stem, (gold, raw) in golds.items():
        inv[stem] = invented_names(gold)
        for n in inv[stem]:
            owners[norm(n)].add(stem)
    for n, files in sorted(owners.items()):
        if len(files) > 1:
            errors.append(f"invented name {n!r} shared by {sorted(files)}")
    for stem, names in inv.items():
        for other, (g2, raw2) in golds.items():
            if other == stem:
                continue
            t2 = norm(raw2, drop_the=False)
            for n in names:
                if occurs_strict(n, raw2, t2):
                    errors.append(f"invented name {n!r} of {stem} occurs in article {other}")

    if corpus:
        cnames, ctexts = set(), {}
        for cp in sorted(glob.glob(os.path.join(corpus, "*.gold.json"))):
            cnames |= corpus_names(json.load(open(cp, encoding="utf-8")))
        for ct in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
            ctexts[os.path.basename(ct)] = open(ct, encoding="utf-8").read()
        if not cnames or not ctexts:
            errors.append(f"corpus at {corpus} is empty")
        cnorm = {norm(n) for n in cnames}
        for stem, names in inv.items():
            for n in names:
                if norm(n) in cnorm:
                    errors.append(f"{stem}: invented name {n!r} is a corpus name")
                for cname, craw in ctexts.items():
                    if occurs_strict(n, craw, norm(craw, drop_the=False)):
                        errors.append(f"{stem}: invented name {n!r} occurs in corpus article {cname}")
        for stem, (gold, raw) in golds.items():
            t = norm(raw, drop_the=False)
            for cn in sorted(cnames):
                if occurs_strict(cn, raw, t):
                    errors.append(f"{stem}: corpus name {cn!r} occurs in the article")

    if show_stats:
        print("| file | whole/body words | core | ext | optional |")
        print("|---|---|---|---|---|")
        for stem, s in stats.items():
            print(f"| {stem} | {s['whole']}/{s['body']} | {s['core']} | {s['ext']} | {s['optional']} |")
        tot, otot = Counter(), Counter()
        for s in stats.values():
            tot.update(s["per_pred"])
            otot.update(s["opt_pred"])
        print()
        print("| predicate | required | optional |")
        print("|---|---|---|")
        for p in PREDICATES:
            print(f"| {p} | {tot[p]} | {otot[p]} |")
        print()
        for stem, s in stats.items():
            print(stem, dict(s["per_pred"]))

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    core = sum(s["core"] for s in stats.values())
    ext = sum(s["ext"] for s in stats.values())
    opt = sum(s["optional"] for s in stats.values())
    print(f"OK: {len(stats)} gold files, {core} required core facts, {ext} required extended facts, "
          f"{opt} optional facts" + (" (corpus checks passed)" if corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

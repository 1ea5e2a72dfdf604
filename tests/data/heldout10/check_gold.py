#!/usr/bin/env python3
"""Consistency checker for the held-out gold set (standard library only).

Usage:
    python3 check_gold.py [DIR] [--corpus CORPUS_DIR]

DIR defaults to the directory of this script. Every NAME.gold.json in DIR is
checked against NAME.txt beside it. Exits 1 if any problem is found.

Checks
  * every gold file loads and has exactly the corpus keys
    (article, entities, facts, optional, notes) and names its own article;
  * entities: known type, list of aliases, integer year if present;
  * facts: only the twelve predicates, subject/object declared entities of a
    compatible type (said: person subject, quote string object);
    `character` only on starred_in; every optional fact has a note;
  * every entity name or one of its aliases occurs in the article;
  * every `said` quote and every `character` occurs in the article;
  * no duplicate fact, and no fact both required and optional;
  * each article (headline + body, and body alone) is 500-650 words;
  * invented names (all non-Organization entity names and aliases) are not
    shared between two gold files and do not occur in another article;
  * with --corpus DIR: no invented name occurs in the sample corpus (its texts
    and its gold entity names), and no corpus name occurs in these articles.
Name occurrence in other texts is tested case-sensitively on whole words
(after removing diacritics), so ordinary lower-case words do not count.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata

KEYS = {"article", "entities", "facts", "optional", "notes"}
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = ["directed", "starred_in", "sequel_of", "said"]
EXTENDED = ["wrote", "produced", "edited", "shot", "showrunner_of",
            "reboot_of", "remake_of", "distributed_by"]
PREDICATES = CORE + EXTENDED
FILMLIKE = {"Film", "FilmSeries", "TVSeries"}
PERSON_PREDS = {"directed", "starred_in", "said", "wrote", "produced", "edited",
                "shot", "showrunner_of"}
SIG = {  # predicate -> (subject types, object types or None for a quote)
    "directed": ({"Person"}, FILMLIKE),
    "starred_in": ({"Person"}, FILMLIKE),
    "wrote": ({"Person"}, FILMLIKE),
    "produced": ({"Person"}, FILMLIKE),
    "edited": ({"Person"}, FILMLIKE),
    "shot": ({"Person"}, FILMLIKE),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "said": ({"Person"}, None),
    "sequel_of": (FILMLIKE, FILMLIKE),
    "reboot_of": (FILMLIKE, FILMLIKE),
    "remake_of": (FILMLIKE, FILMLIKE),
    "distributed_by": (FILMLIKE, {"Organization"}),
}
MIN_WORDS, MAX_WORDS = 500, 650


def strip_marks(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def norm(s):
    """Loose form for occurrence tests: no diacritics, casefolded, possessive
    's and other apostrophes removed, other punctuation turned into spaces,
    spaces collapsed."""
    s = strip_marks(s).casefold()
    s = re.sub(r"['\u2019\u02bc]s(?!\w)", "", s)  # possessive: "Talbot's" ~ "Talbot"
    s = re.sub(r"['\u2018\u2019\u02bc`]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def occurs(needle, haystack_norm):
    n = norm(needle)
    return bool(n) and (" " + n + " ") in (" " + haystack_norm + " ")


def occurs_cased(name, text):
    """Whole-word, case-sensitive occurrence (diacritics removed)."""
    n = strip_marks(name).strip()
    if not n:
        return False
    return re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", strip_marks(text)) is not None


def fact_key(f):
    o = norm(f["o"]) if f.get("p") == "said" else f.get("o")
    return (f.get("s"), f.get("p"), o)


def invented_names(gold):
    out = set()
    for name, e in gold.get("entities", {}).items():
        if isinstance(e, dict) and e.get("type") != "Organization":
            out.add(name)
            out.update(a for a in e.get("aliases", []) if isinstance(a, str))
    return out


def check_file(path, problems):
    base = os.path.basename(path)[: -len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(path), base + ".txt")
    err = lambda msg: problems.append(f"{base}: {msg}")
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"cannot load gold: {exc}")
        return None, None
    if set(gold) != KEYS:
        err(f"keys {sorted(gold)} != {sorted(KEYS)}")
    if gold.get("article") != base + ".txt":
        err(f"'article' is {gold.get('article')!r}, expected {base + '.txt'!r}")
    if not os.path.exists(txt_path):
        err("article file missing")
        return gold, None
    text = open(txt_path, encoding="utf-8").read()
    tnorm = norm(text)
    if not isinstance(gold.get("notes"), str) or not gold.get("notes", "").strip():
        err("'notes' must be a non-empty string")

    # words
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        err("article must be a headline line, a blank line, then the body")
    n_all = len(text.split())
    n_body = len("\n".join(lines[2:]).split())
    for label, n in (("article", n_all), ("body", n_body)):
        if not MIN_WORDS <= n <= MAX_WORDS:
            err(f"{label} has {n} words (want {MIN_WORDS}-{MAX_WORDS})")

    # entities
    ents = gold.get("entities", {})
    if not isinstance(ents, dict):
        err("entities is not an object")
        ents = {}
    for name, e in ents.items():
        if not isinstance(e, dict) or set(e) - {"type", "aliases", "year"} or "type" not in e or "aliases" not in e:
            err(f"entity {name!r}: bad record {e!r}")
            continue
        if e["type"] not in TYPES:
            err(f"entity {name!r}: unknown type {e['type']!r}")
        if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
            err(f"entity {name!r}: aliases must be a list of strings")
            continue
        if "year" in e and not isinstance(e["year"], int):
            err(f"entity {name!r}: year must be an integer")
        if name in e["aliases"]:
            err(f"entity {name!r}: alias repeats the canonical name")
        if not any(occurs(x, tnorm) for x in [name] + e["aliases"]):
            err(f"entity {name!r}: neither name nor any alias occurs in the article")
    # an alias should not point at two entities
    seen_alias = {}
    for name, e in ents.items():
        if not isinstance(e, dict):
            continue
        for x in [name] + list(e.get("aliases", [])):
            k = norm(x)
            if k in seen_alias and seen_alias[k] != name:
                err(f"surface form {x!r} belongs to both {seen_alias[k]!r} and {name!r}")
            seen_alias[k] = name

    # facts
    keys_req, keys_opt = collections.Counter(), collections.Counter()
    for kind, facts, keys in (("facts", gold.get("facts", []), keys_req),
                              ("optional", gold.get("optional", []), keys_opt)):
        if not isinstance(facts, list):
            err(f"{kind} is not a list")
            continue
        for f in facts:
            if not isinstance(f, dict):
                err(f"{kind}: not an object: {f!r}")
                continue
            allowed = {"s", "p", "o", "character"} | ({"note"} if kind == "optional" else set())
            if set(f) - allowed or not {"s", "p", "o"} <= set(f):
                err(f"{kind}: bad keys {sorted(f)} in {f}")
                continue
            if kind == "optional" and not (isinstance(f.get("note"), str) and f["note"].strip()):
                err(f"optional fact without a note: {f}")
            p = f["p"]
            if p not in PREDICATES:
                err(f"{kind}: unknown predicate {p!r}")
                continue
            stypes, otypes = SIG[p]
            s_ent = ents.get(f["s"])
            if s_ent is None:
                err(f"{kind}: subject {f['s']!r} is not a declared entity ({p})")
            elif s_ent.get("type") not in stypes:
                err(f"{kind}: subject {f['s']!r} of {p} has type {s_ent.get('type')}")
            if otypes is None:
                if not isinstance(f["o"], str) or len(f["o"].split()) < 1:
                    err(f"{kind}: empty said quote")
                elif not occurs(f["o"], tnorm):
                    err(f"{kind}: said quote not found in article: {f['o']!r}")
            else:
                o_ent = ents.get(f["o"])
                if o_ent is None:
                    err(f"{kind}: object {f['o']!r} is not a declared entity ({p})")
                elif o_ent.get("type") not in otypes:
                    err(f"{kind}: object {f['o']!r} of {p} has type {o_ent.get('type')}")
            if "character" in f:
                if p != "starred_in":
                    err(f"{kind}: 'character' on a {p} fact")
                elif not isinstance(f["character"], str) or not occurs(f["character"], tnorm):
                    err(f"{kind}: character {f.get('character')!r} not found in article")
            if p in ("sequel_of", "reboot_of", "remake_of") and f["s"] == f["o"]:
                err(f"{kind}: {p} of itself: {f}")
            keys[fact_key(f)] += 1
    for k, n in list(keys_req.items()) + list(keys_opt.items()):
        if n > 1:
            err(f"duplicate fact {k}")
    for k in set(keys_req) & set(keys_opt):
        err(f"fact both required and optional: {k}")
    return gold, text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--corpus", help="sample corpus directory; invented names must not occur in it")
    args = ap.parse_args()

    problems = []
    paths = sorted(glob.glob(os.path.join(args.dir, "*.gold.json")))
    txts = sorted(glob.glob(os.path.join(args.dir, "*.txt")))
    if not paths:
        print("no gold files found", file=sys.stderr)
        return 1
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            problems.append(f"{os.path.basename(t)}: article without gold file")

    loaded = {}
    for p in paths:
        gold, text = check_file(p, problems)
        if gold is not None and text is not None:
            loaded[os.path.basename(p)[: -len(".gold.json")]] = (gold, text)

    # invented names: unique across files, absent from other articles
    owner = collections.defaultdict(set)
    for base, (gold, _) in loaded.items():
        for n in invented_names(gold):
            owner[norm(n)].add(base)
    for n, bases in owner.items():
        if len(bases) > 1:
            problems.append(f"invented name {n!r} declared in several files: {sorted(bases)}")
    for base, (gold, _) in loaded.items():
        for n in sorted(invented_names(gold)):
            for other, (_, otext) in loaded.items():
                if other != base and occurs_cased(n, otext):
                    problems.append(f"{base}: invented name {n!r} also occurs in {other}.txt")

    # sample corpus
    if args.corpus:
        ctexts, cnames, cnames_invented = {}, set(), set()
        for t in sorted(glob.glob(os.path.join(args.corpus, "*.txt"))):
            ctexts[os.path.basename(t)] = open(t, encoding="utf-8").read()
        for g in sorted(glob.glob(os.path.join(args.corpus, "*.gold.json"))):
            try:
                cg = json.load(open(g, encoding="utf-8"))
            except Exception as exc:  # noqa: BLE001
                problems.append(f"corpus {os.path.basename(g)}: cannot load: {exc}")
                continue
            for name, e in cg.get("entities", {}).items():
                cnames.add(name)
                cnames.update(e.get("aliases", []))
            cnames_invented |= invented_names(cg)
        if not ctexts:
            problems.append(f"--corpus {args.corpus}: no .txt files found")
        cnorm_names = {norm(n) for n in cnames}
        for base, (gold, text) in loaded.items():
            for n in sorted(invented_names(gold)):
                if norm(n) in cnorm_names:
                    problems.append(f"{base}: invented name {n!r} is a corpus entity name")
                for cb, ctext in ctexts.items():
                    if occurs_cased(n, ctext):
                        problems.append(f"{base}: invented name {n!r} occurs in corpus {cb}")
            for cn in sorted(cnames_invented):
                if occurs_cased(cn, text):
                    problems.append(f"{base}: corpus name {cn!r} occurs in the article")

    # report
    per_pred = collections.OrderedDict((p, [0, 0]) for p in PREDICATES)
    print(f"{'file':44s} {'words':>5s} {'req':>4s} {'core':>4s} {'ext':>4s} {'opt':>4s} {'ents':>4s}")
    tot = [0, 0, 0, 0, 0, 0]
    for base, (gold, text) in sorted(loaded.items()):
        req = gold.get("facts", [])
        opt = gold.get("optional", [])
        core = sum(1 for f in req if f.get("p") in CORE)
        ext = sum(1 for f in req if f.get("p") in EXTENDED)
        words = len(text.split())
        for f in req:
            if f.get("p") in per_pred:
                per_pred[f["p"]][0] += 1
        for f in opt:
            if f.get("p") in per_pred:
                per_pred[f["p"]][1] += 1
        row = [words, len(req), core, ext, len(opt), len(gold.get("entities", {}))]
        tot = [a + b for a, b in zip(tot, row)]
        print(f"{base:44s} {row[0]:5d} {row[1]:4d} {row[2]:4d} {row[3]:4d} {row[4]:4d} {row[5]:4d}")
    print(f"{'TOTAL (' + str(len(loaded)) + ' files)':44s} {tot[0]:5d} {tot[1]:4d} {tot[2]:4d} {tot[3]:4d} {tot[4]:4d} {tot[5]:4d}")
    print()
    print(f"{'predicate':16s} {'required':>8s} {'optional':>8s}")
    for group, preds in (("core", CORE), ("extended", EXTENDED)):
        for p in preds:
            print(f"{p:16s} {per_pred[p][0]:8d} {per_pred[p][1]:8d}")
        print(f"{'  ' + group + ' total':16s} {sum(per_pred[p][0] for p in preds):8d} {sum(per_pred[p][1] for p in preds):8d}")
    print()
    if problems:
        print(f"{len(problems)} problem(s):")
        for pr in problems:
            print("  - " + pr)
        return 1
    print("OK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the held-out gold files in this directory (standard library only).

Usage:
    python3 check_gold.py [DIR] [--corpus CORPUS_DIR]

DIR defaults to the directory holding this script. Every NAME.txt must have a
NAME.gold.json beside it and vice versa. The script prints per-file and
per-predicate counts and exits 1 if any problem is found, 0 otherwise.

Checks
  * every gold file loads as JSON, has exactly the keys
    article/entities/facts/optional/notes, and "article" names its own .txt;
  * entities have a known type, a list of aliases and an optional integer year;
    no normalised name or alias belongs to two entities of one file;
  * facts use only the twelve predicates, declared entities and compatible
    types; "character" appears only on starred_in; optional facts carry a note;
  * every entity name and alias, every said quote and every character occurs in
    the article (loose matching: NFKD without diacritics, casefolded,
    punctuation dropped, possessive 's ignored, leading "the " ignored for names);
  * no duplicate facts; no fact both required and optional;
  * the article is a headline line, a blank line and a body, and both the whole
    text and the body are 500-650 words (whitespace tokens, as wc -w);
  * no invented name (entity names and aliases other than organisations,
    plus undeclared character strings) is shared between two gold files or
    occurs in another held-out article;
  * with --corpus DIR: no invented name occurs in a sample-corpus article or
    gold file, and no corpus entity name or alias occurs in these articles.
    Multi-word names are matched casefolded; single-word names are matched
    case-sensitively (so that e.g. the corpus alias "Heat" does not fire on the
    word "heat").
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

KEYS = {"article", "entities", "facts", "optional", "notes"}
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = ["directed", "starred_in", "sequel_of", "said"]
EXTENDED = ["wrote", "produced", "edited", "shot", "showrunner_of",
            "reboot_of", "remake_of", "distributed_by"]
PREDICATES = CORE + EXTENDED
WORK = {"Film", "TVSeries", "FilmSeries"}
SCREEN = {"Film", "TVSeries"}
# predicate -> (allowed subject types, allowed object types or None for a string)
SIGNATURE = {
    "directed": ({"Person"}, WORK),
    "starred_in": ({"Person"}, SCREEN),
    "sequel_of": (SCREEN, SCREEN),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, WORK),
    "produced": ({"Person", "Organization"}, WORK),
    "edited": ({"Person"}, SCREEN),
    "shot": ({"Person"}, SCREEN),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": (SCREEN, WORK),
    "remake_of": (SCREEN, SCREEN),
    "distributed_by": (WORK, {"Organization"}),
}
MIN_WORDS, MAX_WORDS = 500, 650


def norm(text, fold=True, name=False):
    """Loose normal form: NFKD, no diacritics, no punctuation, no possessive 's."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"(\w)'s\b", r"\1", s)          # possessive 's
    s = s.replace("'", "")                      # contractions, quote marks
    s = re.sub(r"[^\w\s]|_", " ", s)            # other punctuation -> space
    if fold:
        s = s.casefold()
    s = " ".join(s.split())
    if name and s.casefold().startswith("the "):
        s = s[4:]
    return s


def occurs(needle, hay):
    return bool(needle) and (" " + needle + " ") in (" " + hay + " ")


def name_in_text(name, raw_text, folded=None, cased=None):
    """Name occurrence for the cross-set checks (single words case-sensitive)."""
    n = norm(name, fold=True, name=True)
    if not n:
        return False
    if len(n.split()) == 1:
        cased = cased if cased is not None else norm(raw_text, fold=False)
        return occurs(norm(name, fold=False, name=True), cased)
    folded = folded if folded is not None else norm(raw_text)
    return occurs(n, folded)


def word_counts(text):
    lines = text.split("\n")
    body = "\n".join(lines[2:]) if len(lines) > 2 else ""
    return len(text.split()), len(body.split())


def fact_key(f):
    o = f.get("o", "")
    return (f.get("s"), f.get("p"), norm(o) if isinstance(o, str) else repr(o))


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    # ------------------------------------------------------------------ one file
    def check_file(self, gold_path, txt_path):
        name = os.path.basename(gold_path)
        try:
            with open(gold_path, encoding="utf-8") as fh:
                gold = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            self.err(name, f"does not load: {exc}")
            return None
        try:
            with open(txt_path, encoding="utf-8") as fh:
                text = fh.read()
        except Exception as exc:  # noqa: BLE001
            self.err(name, f"article unreadable: {exc}")
            return None
        if not isinstance(gold, dict):
            self.err(name, "top level is not an object")
            return None
        keys = set(gold)
        if keys != KEYS:
            self.err(name, f"keys {sorted(keys)} != {sorted(KEYS)}")
        if gold.get("article") != os.path.basename(txt_path):
            self.err(name, f"article field {gold.get('article')!r} does not name "
                           f"{os.path.basename(txt_path)!r}")
        if not isinstance(gold.get("notes"), str) or not gold.get("notes", "").strip():
            self.err(name, "notes must be a non-empty string")

        # article layout and length
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip() or not lines[2].strip():
            self.err(name, "article is not headline line + blank line + body")
        total, body = word_counts(text)
        for label, n in (("words", total), ("body words", body)):
            if not MIN_WORDS <= n <= MAX_WORDS:
                self.err(name, f"{label} {n} outside {MIN_WORDS}-{MAX_WORDS}")

        hay = norm(text)
        ents = gold.get("entities", {})
        if not isinstance(ents, dict) or not ents:
            self.err(name, "entities must be a non-empty object")
            ents = {}
        owner = {}
        for ename, e in ents.items():
            where = f"{name} entity {ename!r}"
            if not isinstance(e, dict):
                self.err(where, "is not an object")
                continue
            extra = set(e) - {"type", "aliases", "year"}
            if extra:
                self.err(where, f"unexpected keys {sorted(extra)}")
            if e.get("type") not in TYPES:
                self.err(where, f"bad type {e.get('type')!r}")
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                self.err(where, "aliases must be a list of strings")
                aliases = []
            if "year" in e and not isinstance(e["year"], int):
                self.err(where, "year must be an integer")
            for form in [ename] + aliases:
                n = norm(form, name=True)
                if not occurs(n, hay):
                    self.err(where, f"form {form!r} does not occur in the article")
                if n in owner and owner[n] != ename:
                    self.err(where, f"form {form!r} also belongs to {owner[n]!r}")
                owner.setdefault(n, ename)

        facts = gold.get("facts", [])
        optional = gold.get("optional", [])
        if not isinstance(facts, list) or not isinstance(optional, list):
            self.err(name, "facts and optional must be lists")
            facts, optional = [], []
        seen = Counter()
        for kind, lst in (("fact", facts), ("optional", optional)):
            for i, f in enumerate(lst):
                where = f"{name} {kind}[{i}]"
                if not isinstance(f, dict):
                    self.err(where, "is not an object")
                    continue
                allowed = {"s", "p", "o", "character"} | ({"note"} if kind == "optional" else set())
                extra = set(f) - allowed
                if extra:
                    self.err(where, f"unexpected keys {sorted(extra)}")
                if kind == "optional" and not (isinstance(f.get("note"), str) and f["note"].strip()):
                    self.err(where, "optional fact without a note")
                p, s, o = f.get("p"), f.get("s"), f.get("o")
                if p not in PREDICATES:
                    self.err(where, f"unknown predicate {p!r}")
                    continue
                stypes, otypes = SIGNATURE[p]
                if s not in ents:
                    self.err(where, f"subject {s!r} is not a declared entity")
                elif ents[s].get("type") not in stypes:
                    self.err(where, f"subject {s!r} has type {ents[s].get('type')} for {p}")
                if otypes is None:
                    if not isinstance(o, str) or not o.strip():
                        self.err(where, "said needs a non-empty quote")
                    elif not occurs(norm(o), hay):
                        self.err(where, f"quote not in article: {o!r}")
                else:
                    if o not in ents:
                        self.err(where, f"object {o!r} is not a declared entity")
                    elif ents[o].get("type") not in otypes:
                        self.err(where, f"object {o!r} has type {ents[o].get('type')} for {p}")
                    if o == s:
                        self.err(where, "subject equals object")
                if "character" in f:
                    c = f["character"]
                    if p != "starred_in":
                        self.err(where, "character only allowed on starred_in")
                    elif not isinstance(c, str) or not c.strip():
                        self.err(where, "character must be a non-empty string")
                    else:
                        if c in ents and ents[c].get("type") != "Character":
                            self.err(where, f"character {c!r} is declared as {ents[c].get('type')}")
                        if not occurs(norm(c, name=True), hay):
                            self.err(where, f"character {c!r} not in article")
                dkey = fact_key(f) + (norm(f.get("character", "")),)
                seen[dkey] += 1
                if seen[dkey] == 2:
                    self.err(where, f"duplicate fact {s!r} {p} {o!r}")
        req_keys = {fact_key(f) for f in facts if isinstance(f, dict)}
        for f in optional:
            if isinstance(f, dict) and fact_key(f) in req_keys:
                self.err(name, f"fact both required and optional: {f.get('s')!r} {f.get('p')} {f.get('o')!r}")

        invented = set()
        for ename, e in ents.items():
            if isinstance(e, dict) and e.get("type") != "Organization":
                invented.add(ename)
                invented.update(a for a in e.get("aliases", []) if isinstance(a, str))
        for f in facts + optional:
            if isinstance(f, dict) and isinstance(f.get("character"), str) and f["character"] not in ents:
                invented.add(f["character"])
        return {"name": name, "text": text, "gold": gold, "invented": invented,
                "words": (total, body)}


def load_corpus(corpus_dir, chk):
    names, texts = set(), {}
    for gp in sorted(glob.glob(os.path.join(corpus_dir, "*.gold.json"))):
        try:
            with open(gp, encoding="utf-8") as fh:
                g = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            chk.err(gp, f"corpus gold does not load: {exc}")
            continue
        for ename, e in g.get("entities", {}).items():
            names.add(ename)
            names.update(e.get("aliases", []))
            for f in g.get("facts", []) + g.get("optional", []):
                if isinstance(f.get("character"), str):
                    names.add(f["character"])
        with open(gp, encoding="utf-8") as fh:
            texts[os.path.basename(gp)] = fh.read()
    for tp in sorted(glob.glob(os.path.join(corpus_dir, "*.txt"))):
        with open(tp, encoding="utf-8") as fh:
            texts[os.path.basename(tp)] = fh.read()
    return names, texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--corpus", help="sample corpus directory to check name overlap against")
    args = ap.parse_args()

    chk = Checker()
    golds = sorted(glob.glob(os.path.join(args.dir, "*.gold.json")))
    txts = sorted(glob.glob(os.path.join(args.dir, "*.txt")))
    gold_stems = {os.path.basename(g)[:-len(".gold.json")] for g in golds}
    txt_stems = {os.path.basename(t)[:-len(".txt")] for t in txts}
    for stem in sorted(txt_stems - gold_stems):
        chk.err(stem + ".txt", "has no gold file")
    for stem in sorted(gold_stems - txt_stems):
        chk.err(stem + ".gold.json", "has no article")
    if not golds:
        chk.err(args.dir, "no gold files found")

    results = []
    for g in golds:
        stem = os.path.basename(g)[:-len(".gold.json")]
        t = os.path.join(args.dir, stem + ".txt")
        if os.path.exists(t):
            r = chk.check_file(g, t)
            if r:
                results.append(r)

    # cross-file: invented names shared between files or used in another article
    holders = defaultdict(set)
    for r in results:
        for n in r["invented"]:
            holders[norm(n, name=True)].add(r["name"])
    for n, files in sorted(holders.items()):
        if len(files) > 1:
            chk.err("cross-file", f"invented name {n!r} in {sorted(files)}")
    for r in results:
        for other in results:
            if other is r:
                continue
            folded, cased = norm(other["text"]), norm(other["text"], fold=False)
            for n in sorted(r["invented"]):
                if name_in_text(n, other["text"], folded, cased):
                    chk.err("cross-file", f"{r['name']} name {n!r} occurs in "
                                          f"{other['gold']['article']}")

    if args.corpus:
        corpus_names, corpus_texts = load_corpus(args.corpus, chk)
        if not corpus_texts:
            chk.err(args.corpus, "no corpus files found")
        mine = {os.path.basename(p) for p in golds + txts}
        for fn in sorted(mine & set(corpus_texts)):
            chk.err("corpus", f"file name {fn} also in corpus")
        for fn, ctext in corpus_texts.items():
            folded, cased = norm(ctext), norm(ctext, fold=False)
            for r in results:
                for n in sorted(r["invented"]):
                    if name_in_text(n, ctext, folded, cased):
                        chk.err("corpus", f"{r['name']} name {n!r} occurs in corpus {fn}")
        for r in results:
            folded, cased = norm(r["text"]), norm(r["text"], fold=False)
            for n in sorted(corpus_names):
                if name_in_text(n, r["text"], folded, cased):
                    chk.err("corpus", f"corpus name {n!r} occurs in {r['gold']['article']}")

    # report
    per_pred = {p: [0, 0] for p in PREDICATES}
    print(f"{'file':44} {'words':>5} {'body':>5} {'ents':>4} {'core':>4} {'ext':>4} {'opt':>4}")
    tot = Counter()
    for r in results:
        g = r["gold"]
        facts = [f for f in g.get("facts", []) if isinstance(f, dict)]
        opt = [f for f in g.get("optional", []) if isinstance(f, dict)]
        core = sum(f.get("p") in CORE for f in facts)
        ext = sum(f.get("p") in EXTENDED for f in facts)
        for f in facts:
            if f.get("p") in per_pred:
                per_pred[f["p"]][0] += 1
        for f in opt:
            if f.get("p") in per_pred:
                per_pred[f["p"]][1] += 1
        tot.update(core=core, ext=ext, opt=len(opt), ents=len(g.get("entities", {})))
        print(f"{g.get('article', r['name']):44} {r['words'][0]:5} {r['words'][1]:5} "
              f"{len(g.get('entities', {})):4} {core:4} {ext:4} {len(opt):4}")
    print(f"{'TOTAL':44} {'':5} {'':5} {tot['ents']:4} {tot['core']:4} {tot['ext']:4} {tot['opt']:4}")
    print()
    print(f"{'predicate':16} {'required':>8} {'optional':>8}")
    for p in PREDICATES:
        tag = "core" if p in CORE else "ext"
        print(f"{p:16} {per_pred[p][0]:8} {per_pred[p][1]:8}   ({tag})")
    print()
    if chk.problems:
        for pr in chk.problems:
            print("PROBLEM", pr)
        print(f"FAILED: {len(chk.problems)} problem(s) in {len(results)} file(s)")
        return 1
    print(f"OK: {len(results)} files, {tot['core'] + tot['ext']} required facts "
          f"({tot['core']} core, {tot['ext']} extended), {tot['opt']} optional"
          + (", corpus overlap checked" if args.corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

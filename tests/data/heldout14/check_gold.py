#!/usr/bin/env python3
"""Validate the heldout14 articles and their gold files (Python 3.11 stdlib only).

Usage:
    python3 check_gold.py                      # structural checks on this directory
    python3 check_gold.py --corpus /work/shared/corpus   # + overlap checks against the corpus
    python3 check_gold.py --table              # + per-file fact counts

Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

KEYS = {"article", "entities", "facts", "optional", "notes"}
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of",
            "reboot_of", "remake_of", "distributed_by"}
WORKS = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types); None = free text
SIG = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, WORKS),
    "sequel_of": ({"Film"}, {"Film", "FilmSeries"}),
    "said": ({"Person", "Organization"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person"}, WORKS),
    "edited": ({"Person"}, WORKS),
    "shot": ({"Person"}, WORKS),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film"}, {"Film", "TVSeries"}),
    "distributed_by": (WORKS, {"Organization"}),
}
# a character may be a Character entity, or a work whose title is the title role
CHARACTER_TYPES = {"Character"} | WORKS
WORD_MIN, WORD_MAX = 500, 650

QUOTE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                           "\u00a0": " "})


def fold(text):
    """Diacritics dropped, casefolded, curly quotes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.translate(QUOTE_MAP))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold()).strip()


def quote_norm(text):
    """Curly/straight quotes unified and whitespace collapsed (case and accents kept)."""
    return re.sub(r"\s+", " ", text.translate(QUOTE_MAP)).strip()


def occurs(name, folded_text):
    """Whole-word occurrence of a name in already folded text."""
    n = fold(name)
    if not n:
        return False
    pat = r"(?<![0-9a-z])" + re.escape(n) + r"(?![0-9a-z])"
    return re.search(pat, folded_text) is not None


def body_words(raw):
    lines = raw.split("\n")
    return len(raw.split()), len("\n".join(lines[2:]).split())


class Article:
    def __init__(self, gold_path):
        self.gold_path = gold_path
        self.name = gold_path.name[: -len(".gold.json")]
        self.txt_path = gold_path.with_name(self.name + ".txt")
        self.raw = self.txt_path.read_text(encoding="utf-8") if self.txt_path.exists() else ""
        self.folded = fold(self.raw)
        self.qtext = quote_norm(self.raw)
        self.gold = json.loads(gold_path.read_text(encoding="utf-8"))

    def invented_names(self):
        """(name, entity) for every non-Organization canonical name and alias."""
        out = []
        for canon, rec in self.gold.get("entities", {}).items():
            if isinstance(rec, dict) and rec.get("type") != "Organization":
                for n in [canon] + list(rec.get("aliases", [])):
                    out.append((n, canon))
        return out


def check_article(a, errors):
    def err(msg):
        errors.append(f"{a.name}: {msg}")

    g = a.gold
    if not a.raw:
        err(f"missing article text {a.txt_path.name}")
        return
    if set(g) != KEYS:
        err(f"keys are {sorted(g)}, expected {sorted(KEYS)}")
    if g.get("article") != a.txt_path.name:
        err(f"'article' is {g.get('article')!r}, expected {a.txt_path.name!r}")

    # text layout and length
    lines = a.raw.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        err("text must be: headline line, blank line, body")
    total, body = body_words(a.raw)
    if not (WORD_MIN <= body <= WORD_MAX):
        err(f"body has {body} words, outside {WORD_MIN}-{WORD_MAX}")
    if total > WORD_MAX:
        err(f"file has {total} words (wc -w), above {WORD_MAX}")

    # entities
    ents = g.get("entities", {})
    if not isinstance(ents, dict) or not ents:
        err("entities must be a non-empty object")
        ents = {}
    index = {}  # folded name -> list of canonical names
    for canon, rec in ents.items():
        if not isinstance(rec, dict):
            err(f"entity {canon!r} is not an object")
            continue
        extra = set(rec) - {"type", "aliases", "year"}
        if extra or "type" not in rec or "aliases" not in rec:
            err(f"entity {canon!r} has keys {sorted(rec)}")
        if rec.get("type") not in TYPES:
            err(f"entity {canon!r} has bad type {rec.get('type')!r}")
        if not isinstance(rec.get("aliases"), list) or not all(isinstance(x, str) for x in rec.get("aliases", [])):
            err(f"entity {canon!r} aliases must be a list of strings")
            continue
        if "year" in rec and not (isinstance(rec["year"], int) and 1880 <= rec["year"] <= 2035):
            err(f"entity {canon!r} has bad year {rec['year']!r}")
        # exact duplicates only: an ASCII spelling of a diacritic name is a wanted alias
        if len(set(rec["aliases"])) != len(rec["aliases"]) or canon in rec["aliases"]:
            err(f"entity {canon!r} has duplicate aliases")
        for n in [canon] + rec["aliases"]:
            if not occurs(n, a.folded):
                err(f"entity name/alias {n!r} ({canon}) does not occur in the text")
            index.setdefault(fold(n), []).append(canon)

    def resolve(name, allowed, role, where):
        if not isinstance(name, str) or not name:
            err(f"{where}: {role} missing")
            return None
        if name in ents:
            cands = [name]
        else:
            cands = index.get(fold(name), [])
        if not cands:
            err(f"{where}: {role} {name!r} is not an entity name or alias")
            return None
        good = [c for c in cands if ents[c].get("type") in allowed]
        if not good:
            err(f"{where}: {role} {name!r} has type {[ents[c].get('type') for c in cands]}, expected {sorted(allowed)}")
            return None
        if not occurs(name, a.folded):
            err(f"{where}: {role} {name!r} does not occur in the text")
        return good[0]

    seen = {}
    for section in ("facts", "optional"):
        items = g.get(section, [])
        if not isinstance(items, list):
            err(f"{section} must be a list")
            continue
        for i, f in enumerate(items):
            where = f"{section}[{i}]"
            if not isinstance(f, dict):
                err(f"{where} is not an object")
                continue
            allowed_keys = {"s", "p", "o", "character"} | ({"note"} if section == "optional" else set())
            if set(f) - allowed_keys or not {"s", "p", "o"} <= set(f):
                err(f"{where} has keys {sorted(f)}")
            if section == "optional" and not (isinstance(f.get("note"), str) and f["note"].strip()):
                err(f"{where} needs a non-empty note")
            p = f.get("p")
            if p not in SIG:
                err(f"{where}: unknown predicate {p!r}")
                continue
            if "character" in f and p != "starred_in":
                err(f"{where}: character only allowed on starred_in")
            stypes, otypes = SIG[p]
            s = resolve(f.get("s"), stypes, "subject", where)
            if otypes is None:
                o = f.get("o")
                if not isinstance(o, str) or len(o.split()) < 1:
                    err(f"{where}: said object must be a string")
                elif quote_norm(o) not in a.qtext:
                    err(f"{where}: quote not found verbatim: {o!r}")
                else:
                    q = quote_norm(o)
                    if q.endswith(",") and not q.endswith(",'"):
                        err(f"{where}: quote keeps the comma before the attribution: {o!r}")
            else:
                o = resolve(f.get("o"), otypes, "object", where)
            if "character" in f:
                resolve(f["character"], CHARACTER_TYPES, "character", where)
            key = (fold(str(s or f.get("s"))), p,
                   quote_norm(f.get("o", "")) if p == "said" else fold(str(o or f.get("o"))))
            if key in seen:
                err(f"{where}: duplicates {seen[key]}")
            else:
                seen[key] = where

    notes = g.get("notes")
    if not (isinstance(notes, list) and notes and all(isinstance(n, str) and n.strip() for n in notes)):
        err("notes must be a non-empty list of strings")


def counts(a):
    facts = a.gold.get("facts", [])
    core = sum(1 for f in facts if f.get("p") in CORE)
    ext = sum(1 for f in facts if f.get("p") in EXTENDED)
    per = {}
    for f in facts:
        per[f.get("p")] = per.get(f.get("p"), 0) + 1
    return core, ext, len(a.gold.get("optional", [])), per


def load_corpus(corpus_dir):
    texts, names = {}, []
    for gp in sorted(Path(corpus_dir).glob("*.gold.json")):
        stem = gp.name[: -len(".gold.json")]
        tp = gp.with_name(stem + ".txt")
        texts[stem] = fold(tp.read_text(encoding="utf-8")) if tp.exists() else ""
        gold = json.loads(gp.read_text(encoding="utf-8"))
        for canon, rec in gold.get("entities", {}).items():
            if rec.get("type") != "Organization":
                names += [canon] + list(rec.get("aliases", []))
        for f in gold.get("facts", []) + gold.get("optional", []):
            if f.get("character"):
                names.append(f["character"])
    return texts, sorted(set(names))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=str(HERE), help="directory with NAME.txt / NAME.gold.json")
    ap.add_argument("--corpus", help="corpus directory: check no name overlap with it")
    ap.add_argument("--table", action="store_true", help="print per-file fact counts")
    args = ap.parse_args()

    gold_paths = sorted(Path(args.dir).glob("*.gold.json"))
    errors = []
    if not gold_paths:
        errors.append("no *.gold.json files found")
    txts = {p.name[: -len(".txt")] for p in Path(args.dir).glob("*.txt")}
    golds = {p.name[: -len(".gold.json")] for p in gold_paths}
    for orphan in sorted(txts - golds):
        errors.append(f"{orphan}.txt has no gold file")

    arts = []
    for gp in gold_paths:
        try:
            arts.append(Article(gp))
        except (json.JSONDecodeError, OSError) as e:
            errors.append(f"{gp.name}: cannot load: {e}")
    for a in arts:
        check_article(a, errors)

    # no invented name shared between two articles
    for a in arts:
        for name, canon in a.invented_names():
            for b in arts:
                if b is not a and occurs(name, b.folded):
                    errors.append(f"{a.name}: invented name {name!r} ({canon}) also occurs in {b.name}")

    if args.corpus:
        ctexts, cnames = load_corpus(args.corpus)
        for a in arts:
            for name, canon in a.invented_names():
                for stem, t in ctexts.items():
                    if occurs(name, t):
                        errors.append(f"{a.name}: invented name {name!r} ({canon}) occurs in corpus {stem}")
            for cn in cnames:
                if occurs(cn, a.folded):
                    errors.append(f"{a.name}: corpus entity name {cn!r} occurs in the article")

    if args.table:
        print(f"{'file':38} {'words':>5} {'core':>5} {'ext':>4} {'opt':>4}  per predicate")
        tc = te = to = 0
        for a in arts:
            c, e, o, per = counts(a)
            tc, te, to = tc + c, te + e, to + o
            per_s = " ".join(f"{k}={v}" for k, v in sorted(per.items()))
            print(f"{a.name:38} {body_words(a.raw)[0]:>5} {c:>5} {e:>4} {o:>4}  {per_s}")
        print(f"{'TOTAL':38} {'':>5} {tc:>5} {te:>4} {to:>4}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} problem(s) in {len(arts)} article(s)")
        return 1
    print(f"OK: {len(arts)} article(s) pass" + (" (with corpus checks)" if args.corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the *.gold.json files in this directory against the corpus gold format.

Usage:
    python check_gold.py            # validate this directory (held-out set, strict)
    python check_gold.py --corpus   # also validate /work/shared/corpus the same way
                                    # and check that no corpus name leaked into this set
    python check_gold.py -v         # also print warnings

The format (see /work/shared/corpus/README.md):
  {"article": "NAME.txt",
   "entities": {canonical: {"type": T, "aliases": [...], "year"?: int}},
   "facts":    [{"s", "p", "o", "character"?}],
   "optional": [{"s", "p", "o", "character"?, "note"}],
   "notes":    "..."}
There are no character offsets/spans in this format; instead the checker verifies that
every entity and character is mentioned in the article, and that every required `said`
quote occurs verbatim inside quotation marks in the article.

Stdlib only; Python 3.11.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")

ENTITY_TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of",
            "remake_of", "distributed_by"}
PREDICATES = CORE | EXTENDED

WORKS = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types); said objects are quote strings
SIGNATURES = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, WORKS),
    "sequel_of": ({"Film", "TVSeries"}, {"Film", "TVSeries"}),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person"}, WORKS),
    "edited": ({"Person"}, WORKS),
    "shot": ({"Person"}, WORKS),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film", "TVSeries"}, {"Film", "TVSeries"}),
    "distributed_by": (WORKS, {"Organization"}),
}
# optional facts may be looser (e.g. a company as producer, a character "saying" a line)
OPTIONAL_EXTRA_SUBJECTS = {
    "produced": {"Organization"},
    "said": {"Character"},
    "distributed_by": set(),
}

TOP_KEYS_REQUIRED = {"article", "entities", "facts", "optional"}
TOP_KEYS_ALLOWED = TOP_KEYS_REQUIRED | {"notes"}
ENTITY_KEYS_ALLOWED = {"type", "aliases", "year"}
FACT_KEYS_ALLOWED = {"s", "p", "o", "character"}
OPTIONAL_KEYS_ALLOWED = FACT_KEYS_ALLOWED | {"note"}

HELDOUT_FILES = [
    "01-casting-news", "02-film-review", "03-obituary", "04-anniversary-retrospective",
    "05-director-interview", "06-sequel-announcement", "07-actor-profile",
    "08-box-office-report", "09-festival-premiere", "10-streaming-series",
]
WORD_RANGE = (500, 650)

QUOTE_CHARS = "\"\u201c\u201d"


def norm(s: str, drop_the: bool = True) -> str:
    """README name normalisation: NFKD, drop diacritics, casefold, drop a leading
    'the ', drop punctuation, collapse spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    s = "".join(c for c in s if not unicodedata.category(c).startswith("P") and
                unicodedata.category(c) not in ("Sk", "Sm", "So"))
    s = re.sub(r"\s+", " ", s).strip()
    if drop_the and s.startswith("the "):
        s = s[4:]
    return s


def loose(s: str) -> str:
    """Looser text form for indirect-speech checks: no quote marks, collapsed spaces."""
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = "".join(c for c in s if c not in QUOTE_CHARS)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_text(text: str) -> str:
    """Normalise running text for mention checks; possessive 's is stripped so that
    "Santangelo's" mentions "Santangelo"."""
    stripped = re.sub(r"(\w)['\u2019]s\b", r"\1", text)
    # keep both forms (joined by a paragraph-like separator) so that titles that
    # themselves contain 's ("The Driver's Wife") are still found
    return norm(text, drop_the=False) + " | " + norm(stripped, drop_the=False)


def mentioned(surface: str, norm_article: str) -> bool:
    n = norm(surface)
    return bool(n) and f" {n} " in f" {norm_article} "


def inside_quotes(text: str, start: int) -> bool:
    """True if position `start` lies inside a double-quoted span of its paragraph.
    Paragraph-based parity also handles quotes continued across paragraphs, where
    each continued paragraph reopens with a quotation mark."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start
    seg = text[para_start:start]
    straight_open = seg.count('"') % 2 == 1
    curly_depth = seg.count("\u201c") - seg.count("\u201d")
    return straight_open or curly_depth > 0


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def check_fact(rep: Report, where: str, fact, ents: dict, article: str, norm_article: str,
               optional: bool) -> tuple | None:
    if not isinstance(fact, dict):
        rep.err(where, "fact is not an object")
        return None
    allowed = OPTIONAL_KEYS_ALLOWED if optional else FACT_KEYS_ALLOWED
    extra = set(fact) - allowed
    if extra:
        rep.err(where, f"unknown keys {sorted(extra)}")
    for k in ("s", "p", "o"):
        if not isinstance(fact.get(k), str) or not fact.get(k).strip():
            rep.err(where, f"missing or empty '{k}'")
            return None
    if optional and not (isinstance(fact.get("note"), str) and fact["note"].strip()):
        rep.err(where, "optional fact without a 'note'")
    s, p, o = fact["s"], fact["p"], fact["o"]
    if p not in PREDICATES:
        rep.err(where, f"unknown predicate {p!r}")
        return None
    subj_types, obj_types = SIGNATURES[p]
    if optional:
        subj_types = subj_types | OPTIONAL_EXTRA_SUBJECTS.get(p, set())
    if s not in ents:
        rep.err(where, f"subject {s!r} is not a declared entity")
    elif ents[s].get("type") not in subj_types:
        rep.err(where, f"subject {s!r} has type {ents[s].get('type')}, {p} needs {sorted(subj_types)}")
    if p == "said":
        q = o
        if "\n" in q:
            rep.err(where, "quote spans a line break; give one fact per contiguous segment")
        if optional:
            if loose(q) not in loose(article):
                rep.err(where, f"optional said text not found in article (even loosely): {q!r}")
        else:
            if len(q.split()) < 2:
                rep.err(where, f"required quote has fewer than two words: {q!r}")
            if '"' in q or "\u201c" in q or "\u201d" in q:
                rep.err(where, f"quote contains a double quotation mark (split it into segments): {q!r}")
            titles = {norm(n) for n, e in ents.items() if isinstance(e, dict) and e.get("type") in WORKS}
            titles |= {norm(a) for n, e in ents.items() if isinstance(e, dict) and e.get("type") in WORKS
                       for a in e.get("aliases", []) if isinstance(a, str)}
            if norm(q) in titles:
                rep.err(where, f"quote is a declared title, not speech: {q!r}")
            positions = [m.start() for m in re.finditer(re.escape(q), article)]
            if not positions:
                rep.err(where, f"quote not found verbatim in article: {q!r}")
            elif not any(inside_quotes(article, pos) for pos in positions):
                rep.err(where, f"quote is not inside quotation marks in the article: {q!r}")
        if "character" in fact:
            rep.err(where, "'character' only belongs on starred_in")
    else:
        if o not in ents:
            rep.err(where, f"object {o!r} is not a declared entity")
        elif ents[o].get("type") not in obj_types:
            rep.err(where, f"object {o!r} has type {ents[o].get('type')}, {p} needs {sorted(obj_types)}")
        if s == o:
            rep.err(where, f"subject and object are the same entity {s!r}")
    if "character" in fact:
        c = fact["character"]
        if p != "starred_in":
            rep.err(where, "'character' only belongs on starred_in")
        elif not isinstance(c, str) or not c.strip():
            rep.err(where, "empty 'character'")
        else:
            ent = ents.get(c)
            if ent is not None and ent.get("type") == "Character":
                forms = [c] + list(ent.get("aliases", []))
            else:
                forms = [c]
            if not any(mentioned(f, norm_article) for f in forms):
                rep.err(where, f"character {c!r} is not mentioned in the article")
    key = (s, p, o if p != "said" else norm(o), fact.get("character") if p == "starred_in" else None)
    return key


def check_file(rep: Report, gold_path: Path, strict: bool) -> dict:
    stats = {"facts": {}, "optional": 0, "entities": 0, "words": 0}
    where0 = gold_path.name
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        rep.err(where0, f"cannot load JSON: {e}")
        return stats
    if not isinstance(data, dict):
        rep.err(where0, "top level is not an object")
        return stats
    missing = TOP_KEYS_REQUIRED - set(data)
    if missing:
        rep.err(where0, f"missing keys {sorted(missing)}")
        return stats
    extra = set(data) - TOP_KEYS_ALLOWED
    if extra:
        rep.err(where0, f"unknown top-level keys {sorted(extra)}")
    if "notes" in data:
        notes = data["notes"]
        ok = (isinstance(notes, str) and notes.strip()) or (
            isinstance(notes, list) and notes and all(isinstance(n, str) and n.strip() for n in notes))
        if not ok:
            rep.err(where0, "'notes' must be a non-empty string or list of strings")
    elif strict:
        rep.err(where0, "missing 'notes' (required for the held-out set)")
    else:
        rep.warn(where0, "no 'notes' key")

    stem = gold_path.name[: -len(".gold.json")]
    if data["article"] != stem + ".txt":
        rep.err(where0, f"'article' is {data['article']!r}, expected {stem + '.txt'!r}")
    art_path = gold_path.with_name(stem + ".txt")
    if not art_path.exists():
        rep.err(where0, f"article file {art_path.name} missing")
        return stats
    article = art_path.read_text(encoding="utf-8")
    norm_article = norm_text(article)
    stats["words"] = len(article.split())
    if strict and not (WORD_RANGE[0] <= stats["words"] <= WORD_RANGE[1]):
        rep.err(where0, f"article has {stats['words']} words, outside {WORD_RANGE}")

    ents = data["entities"]
    if not isinstance(ents, dict) or not ents:
        rep.err(where0, "'entities' must be a non-empty object")
        return stats
    stats["entities"] = len(ents)
    surface_owner: dict[str, list[str]] = {}
    for name, ent in ents.items():
        where = f"{where0} entity {name!r}"
        if not isinstance(ent, dict):
            rep.err(where, "not an object")
            continue
        extra = set(ent) - ENTITY_KEYS_ALLOWED
        if extra:
            rep.err(where, f"unknown keys {sorted(extra)}")
        if ent.get("type") not in ENTITY_TYPES:
            rep.err(where, f"bad type {ent.get('type')!r}")
        aliases = ent.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            rep.err(where, "'aliases' must be a list of non-empty strings")
            aliases = []
        if len(set(aliases)) != len(aliases):
            rep.err(where, "duplicate alias")
        if name in aliases:
            rep.err(where, "alias repeats the canonical name")
        if "year" in ent and (not isinstance(ent["year"], int) or isinstance(ent["year"], bool)
                              or not 1870 <= ent["year"] <= 2100):
            rep.err(where, f"bad year {ent.get('year')!r}")
        if "year" in ent and ent.get("type") in ("Person", "Character", "Organization"):
            rep.warn(where, "year on a non-work entity")
        forms = [name] + aliases
        if not any(mentioned(f, norm_article) for f in forms):
            rep.err(where, "neither the name nor any alias is mentioned in the article")
        for f in forms:
            surface_owner.setdefault(norm(f), []).append(name)
    for surf, owners in surface_owner.items():
        if len(set(owners)) > 1:
            rep.warn(where0, f"surface form {surf!r} is shared by {sorted(set(owners))}")

    seen = set()
    required_triples = set()
    used = set()
    for section, optional in (("facts", False), ("optional", True)):
        items = data[section]
        if not isinstance(items, list):
            rep.err(where0, f"'{section}' must be a list")
            continue
        for i, fact in enumerate(items):
            where = f"{where0} {section}[{i}]"
            key = check_fact(rep, where, fact, ents, article, norm_article, optional)
            if key is None:
                continue
            used.add(fact["s"])
            if fact["p"] != "said":
                used.add(fact["o"])
            if isinstance(fact.get("character"), str):
                used.add(fact["character"])
            if not optional:
                stats["facts"][fact["p"]] = stats["facts"].get(fact["p"], 0) + 1
            else:
                stats["optional"] += 1
            if key in seen:
                rep.err(where, f"duplicate fact {key[:3]}")
            elif optional and key[:3] in required_triples:
                rep.err(where, f"optional fact repeats a required fact {key[:3]}")
            seen.add(key)
            if not optional:
                required_triples.add(key[:3])
    # a sequel/remake/reboot relation must not run in both directions
    rel = {(k[0], k[1], k[2]) for k in seen}
    for s, p, o in rel:
        if p in ("sequel_of", "remake_of", "reboot_of") and (o, p, s) in rel:
            rep.err(where0, f"{p} asserted in both directions between {s!r} and {o!r}")
    for name in ents:
        if name not in used:
            rep.warn(where0, f"entity {name!r} appears in no fact")
    return stats


def leak_check(rep: Report, heldout: list[Path], corpus: list[Path]) -> None:
    """No name, alias or title from the corpus may be reused in the held-out set."""
    corpus_forms: set[str] = set()
    for g in corpus:
        try:
            ents = json.loads(g.read_text(encoding="utf-8")).get("entities", {})
        except (OSError, json.JSONDecodeError):
            continue
        for name, ent in ents.items():
            for f in [name] + list(ent.get("aliases", []) if isinstance(ent, dict) else []):
                n = norm(f)
                if n:
                    corpus_forms.add(n)
    for g in heldout:
        data = json.loads(g.read_text(encoding="utf-8"))
        for name, ent in data.get("entities", {}).items():
            for f in [name] + list(ent.get("aliases", [])):
                if norm(f) in corpus_forms:
                    rep.err(g.name, f"entity form {f!r} also occurs as a corpus name")
        art = g.with_name(g.name[: -len(".gold.json")] + ".txt")
        if art.exists():
            text = f" {norm_text(art.read_text(encoding='utf-8'))} "
            for n in corpus_forms:
                if len(n.split()) >= 2 and f" {n} " in text:
                    rep.err(art.name, f"article mentions corpus name {n!r}")


def run(directory: Path, strict: bool, rep: Report) -> dict:
    golds = sorted(directory.glob("*.gold.json"))
    total = {"files": 0, "words": 0, "facts": {}, "optional": 0, "entities": 0}
    if not golds:
        rep.err(str(directory), "no *.gold.json files")
    if strict:
        have = {g.name[: -len(".gold.json")] for g in golds}
        for stem in HELDOUT_FILES:
            if stem not in have:
                rep.err(str(directory), f"missing {stem}.gold.json")
        for txt in directory.glob("*.txt"):
            if not txt.with_name(txt.stem + ".gold.json").exists():
                rep.err(str(directory), f"{txt.name} has no gold file")
    for g in golds:
        st = check_file(rep, g, strict)
        total["files"] += 1
        total["words"] += st["words"]
        total["optional"] += st["optional"]
        total["entities"] += st["entities"]
        for p, n in st["facts"].items():
            total["facts"][p] = total["facts"].get(p, 0) + n
    return total


def summary(label: str, t: dict) -> str:
    core = {p: t["facts"].get(p, 0) for p in sorted(CORE)}
    ext = {p: t["facts"].get(p, 0) for p in sorted(EXTENDED)}
    return (f"{label}: {t['files']} gold files, {t['words']} words, "
            f"{t['entities']} entities, core {sum(core.values())} {core}, "
            f"extended {sum(ext.values())} {ext}, optional {t['optional']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="store_true",
                    help=f"also validate {CORPUS} and check for names leaked from it")
    ap.add_argument("-v", "--verbose", action="store_true", help="print warnings")
    args = ap.parse_args()

    rep = Report()
    lines = [summary(f"heldout ({HERE})", run(HERE, strict=True, rep=rep))]
    if args.corpus:
        if not CORPUS.is_dir():
            rep.err(str(CORPUS), "corpus directory not found")
        else:
            lines.append(summary(f"corpus ({CORPUS})", run(CORPUS, strict=False, rep=rep)))
            leak_check(rep, sorted(HERE.glob("*.gold.json")), sorted(CORPUS.glob("*.gold.json")))
    for line in lines:
        print(line)
    if args.verbose:
        for w in rep.warnings:
            print("WARNING", w)
    for e in rep.errors:
        print("ERROR", e)
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    print("PASS" if not rep.errors else "FAIL")
    return 0 if not rep.errors else 1


if __name__ == "__main__":
    sys.exit(main())

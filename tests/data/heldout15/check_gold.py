#!/usr/bin/env python3
"""Validate the heldout15 gold files (Python 3.11 standard library only).

Usage:
    python3 check_gold.py [DIR] [--corpus CORPUS_DIR] [--table]

DIR defaults to the directory holding this script. Checks, per NAME.txt / NAME.gold.json pair:
  * the gold file has exactly the keys article, entities, facts, optional, notes, with the right types;
  * entity types, aliases (list of strings) and optional integer year;
  * predicate signatures (subject/object entity types, `character` only on starred_in and naming a
    Character entity, `note` on every optional fact and on no required fact);
  * every canonical name and alias occurs in the text (diacritics dropped, case and punctuation
    ignored, whole words; a trailing parenthetical such as "(film series)" is ignored);
  * every `said` quote occurs in the text after quote normalisation (curly -> straight quotes,
    whitespace collapsed);
  * no duplicate facts, no fact both required and optional;
  * the text is headline, blank line, body, and 500-650 words by `wc -w` counting;
  * no invented name (entity of any type but Organization) occurs in the text of another article;
  * with --corpus DIR: no invented name occurs in the corpus texts or among the corpus gold entities.
Exit status 0 when everything passes, 1 otherwise. --table prints per-file counts.
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of", "remake_of",
            "distributed_by"}
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
KEYS = {"article", "entities", "facts", "optional", "notes"}
WORK = {"Film", "TVSeries"}

# predicate -> (allowed subject types, allowed object types) for required facts
SIGNATURES = {
    "directed": ({"Person"}, {"Film"}),
    "starred_in": ({"Person"}, WORK),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, WORK),
    "produced": ({"Person"}, WORK),
    "edited": ({"Person"}, WORK),
    "shot": ({"Person"}, WORK),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film"}, {"Film", "FilmSeries"}),
    "remake_of": ({"Film"}, {"Film"}),
    "distributed_by": (WORK, {"Organization"}),
}
# optional facts may be looser (e.g. an episode director of a TV series, a quote from a newspaper)
OPTIONAL_SIGNATURES = dict(SIGNATURES)
OPTIONAL_SIGNATURES.update({
    "directed": ({"Person"}, {"Film", "FilmSeries", "TVSeries"}),
    "said": ({"Person", "Organization", "Character"}, None),
    "sequel_of": (WORK, WORK),
})

# letters that NFKD does not decompose
FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                      "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
                      "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                        "\u00ab": '"', "\u00bb": '"', "\u2032": "'", "\u2033": '"'})

WORD_MIN, WORD_MAX = 500, 650


def strip_marks(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def loose(s: str) -> str:
    """Scorer-like normalisation: diacritics dropped, casefolded, punctuation -> space."""
    s = strip_marks(s.translate(QUOTES)).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def quote_norm(s: str) -> str:
    return " ".join(s.translate(QUOTES).split())


def surface(name: str) -> str:
    """Canonical names may carry a disambiguating parenthetical not found in the text."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name)


def occurs(name: str, text_loose: str) -> bool:
    n = loose(surface(name))
    if not n:
        return False
    return re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text_loose) is not None


def word_count(text: str) -> int:
    return len(text.split())


def check_pair(txt_path: Path, gold_path: Path, errors: list) -> dict:
    name = txt_path.stem
    err = lambda msg: errors.append(f"{name}: {msg}")  # noqa: E731
    text = txt_path.read_text(encoding="utf-8")
    text_loose = loose(text)
    text_quotes = quote_norm(text)
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() or not lines[2].strip():
        err("text must be: headline line, blank line, body")
    wc = word_count(text)
    if not WORD_MIN <= wc <= WORD_MAX:
        err(f"word count {wc} outside {WORD_MIN}-{WORD_MAX}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"invalid JSON: {e}")
        return {"name": name, "words": wc}
    if not isinstance(gold, dict) or set(gold) != KEYS:
        err(f"keys must be exactly {sorted(KEYS)}, got {sorted(gold) if isinstance(gold, dict) else type(gold)}")
        return {"name": name, "words": wc}
    if gold["article"] != txt_path.name:
        err(f"article field {gold['article']!r} != {txt_path.name!r}")
    if not isinstance(gold["notes"], str) or not gold["notes"].strip():
        err("notes must be a non-empty string")

    ents = gold["entities"]
    if not isinstance(ents, dict) or not ents:
        err("entities must be a non-empty object")
        ents = {}
    etype = {}
    for ename, e in ents.items():
        if not isinstance(e, dict):
            err(f"entity {ename!r} must be an object")
            continue
        extra = set(e) - {"type", "aliases", "year"}
        if extra:
            err(f"entity {ename!r} has unknown keys {sorted(extra)}")
        if e.get("type") not in TYPES:
            err(f"entity {ename!r} has bad type {e.get('type')!r}")
        etype[ename] = e.get("type")
        aliases = e.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            err(f"entity {ename!r} aliases must be a list of non-empty strings")
            aliases = []
        if len(set(aliases)) != len(aliases) or ename in aliases:
            err(f"entity {ename!r} has duplicate aliases")
        if "year" in e and (not isinstance(e["year"], int) or not 1880 <= e["year"] <= 2035):
            err(f"entity {ename!r} has bad year {e['year']!r}")
        for form in [ename] + aliases:
            if not occurs(form, text_loose):
                err(f"name {form!r} (entity {ename!r}) does not occur in the text")

    counts = {"name": name, "words": wc, "core": 0, "extended": 0, "optional": 0,
              "entities": len(ents)}
    seen = set()

    def check_fact(f, optional: bool):
        where = "optional" if optional else "facts"
        if not isinstance(f, dict):
            err(f"{where}: fact must be an object: {f!r}")
            return
        allowed = {"s", "p", "o", "character"} | ({"note"} if optional else set())
        if set(f) - allowed or not {"s", "p", "o"} <= set(f):
            err(f"{where}: bad keys {sorted(f)} in {f!r}")
            return
        if optional and not (isinstance(f.get("note"), str) and f["note"].strip()):
            err(f"optional: missing note in {f!r}")
        s, p, o = f["s"], f["p"], f["o"]
        if p not in CORE | EXTENDED:
            err(f"{where}: unknown predicate {p!r}")
            return
        sig = (OPTIONAL_SIGNATURES if optional else SIGNATURES)[p]
        if s not in etype:
            err(f"{where}: subject {s!r} is not a canonical entity ({p})")
        elif etype[s] not in sig[0]:
            err(f"{where}: subject {s!r} has type {etype[s]} not allowed for {p}")
        if p == "said":
            if not isinstance(o, str) or len(o.split()) < 1:
                err(f"{where}: said object must be a string")
            elif quote_norm(o) not in text_quotes:
                err(f"{where}: quote not found in text: {o!r}")
        else:
            if o not in etype:
                err(f"{where}: object {o!r} is not a canonical entity ({p})")
            elif etype[o] not in sig[1]:
                err(f"{where}: object {o!r} has type {etype[o]} not allowed for {p}")
            if s == o:
                err(f"{where}: subject equals object in {f!r}")
        if "character" in f:
            if p != "starred_in":
                err(f"{where}: character only allowed on starred_in: {f!r}")
            elif etype.get(f["character"]) != "Character":
                err(f"{where}: character {f['character']!r} is not a Character entity")
        key = (s, p, o if p != "said" else quote_norm(o))
        if key in seen:
            err(f"duplicate fact (required or optional): {key}")
        seen.add(key)

    if not isinstance(gold["facts"], list) or not isinstance(gold["optional"], list):
        err("facts and optional must be lists")
        return counts
    for f in gold["facts"]:
        check_fact(f, optional=False)
        if isinstance(f, dict):
            if f.get("p") in CORE:
                counts["core"] += 1
            elif f.get("p") in EXTENDED:
                counts["extended"] += 1
    for f in gold["optional"]:
        check_fact(f, optional=True)
        counts["optional"] += 1
    counts["_invented"] = {n: [n] + e.get("aliases", []) for n, e in ents.items()
                           if isinstance(e, dict) and e.get("type") != "Organization"}
    counts["_text_loose"] = text_loose
    counts["_entity_forms"] = {loose(surface(n)) for n in counts["_invented"]} | \
        {loose(a) for forms in counts["_invented"].values() for a in forms[1:]}
    return counts


def corpus_names(corpus: Path):
    texts, names = [], set()
    for p in sorted(corpus.glob("*.txt")):
        texts.append((p.name, loose(p.read_text(encoding="utf-8"))))
    for p in sorted(corpus.glob("*.gold.json")):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        for n, e in g.get("entities", {}).items():
            names.add(loose(surface(n)))
            for a in e.get("aliases", []):
                names.add(loose(a))
    return texts, names


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=str(Path(__file__).resolve().parent))
    ap.add_argument("--corpus", help="directory of the sample corpus to check names against")
    ap.add_argument("--table", action="store_true", help="print per-file counts")
    args = ap.parse_args()
    d = Path(args.dir)
    errors: list = []
    txts = sorted(p for p in d.glob("*.txt"))
    if not txts:
        print(f"no .txt files in {d}")
        return 1
    results = []
    for t in txts:
        g = t.with_name(t.stem + ".gold.json")
        if not g.exists():
            errors.append(f"{t.stem}: missing {g.name}")
            continue
        results.append(check_pair(t, g, errors))
    for g in sorted(d.glob("*.gold.json")):
        if not g.with_name(g.name[: -len(".gold.json")] + ".txt").exists():
            errors.append(f"{g.name}: no matching .txt")

    # an invented name may not occur in another article of the set
    for r in results:
        for ename, forms in r.get("_invented", {}).items():
            for form in forms:
                n = loose(surface(form))
                for other in results:
                    if other is r or "_text_loose" not in other:
                        continue
                    if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", other["_text_loose"]):
                        errors.append(f"{r['name']}: invented name {form!r} also occurs in {other['name']}")

    if args.corpus:
        ctexts, cnames = corpus_names(Path(args.corpus))
        if not ctexts:
            errors.append(f"no corpus texts found in {args.corpus}")
        for r in results:
            for ename, forms in r.get("_invented", {}).items():
                for form in forms:
                    n = loose(surface(form))
                    if n in cnames:
                        errors.append(f"{r['name']}: invented name {form!r} is a corpus entity name")
                    for cname, ctext in ctexts:
                        if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", ctext):
                            errors.append(f"{r['name']}: invented name {form!r} occurs in corpus {cname}")

    if args.table:
        hdr = f"{'file':44} {'words':>5} {'core':>5} {'ext':>4} {'opt':>4} {'ents':>5}"
        print(hdr)
        print("-" * len(hdr))
        tot = {"words": 0, "core": 0, "extended": 0, "optional": 0, "entities": 0}
        for r in results:
            if "core" not in r:
                continue
            print(f"{r['name']:44} {r['words']:>5} {r['core']:>5} {r['extended']:>4} "
                  f"{r['optional']:>4} {r['entities']:>5}")
            for k in tot:
                tot[k] += r[k]
        print("-" * len(hdr))
        print(f"{'TOTAL':44} {tot['words']:>5} {tot['core']:>5} {tot['extended']:>4} "
              f"{tot['optional']:>4} {tot['entities']:>5}")

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"OK: {len(results)} article(s) checked" + (f", corpus {args.corpus} clean" if args.corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

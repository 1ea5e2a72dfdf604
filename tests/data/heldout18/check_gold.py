#!/usr/bin/env python3
"""Validate the heldout18 evaluation set (Python 3.11, standard library only).

Usage:
    python3 check_gold.py            # structure, names, quotes, types, layout, word count
    python3 check_gold.py --corpus   # also: invented names vs the shared corpus and across articles
    python3 check_gold.py --stats    # also print the per-article / per-predicate tables

Exit status 0 when every check passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path("/work/shared/corpus")

GOLD_KEYS = {"article", "entities", "facts", "optional", "notes"}
ENTITY_TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
ENTITY_KEYS = {"type", "aliases", "year"}
CORE = ["directed", "starred_in", "sequel_of", "said"]
EXTENDED = ["wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of", "remake_of",
            "distributed_by"]
WORKS = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types); None = free string (said)
SIGNATURES = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, {"Film", "TVSeries"}),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person"}, WORKS),
    "edited": ({"Person"}, {"Film", "TVSeries"}),
    "shot": ({"Person"}, {"Film", "TVSeries"}),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film"}, {"Film"}),
    "distributed_by": ({"Film", "TVSeries"}, {"Organization"}),
}
MIN_WORDS, MAX_WORDS = 500, 650
PAREN_SUFFIX = re.compile(r"\s*\([^()]*\)\s*$")


# --------------------------------------------------------------------------- normalisation
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def norm_variants(s: str, drop_article: bool = False) -> set[str]:
    """Both readings of 'punctuation dropped': deleted, or turned into a space."""
    f = _fold(s)
    out = set()
    for repl in ("", " "):
        t = "".join(repl if _is_punct(ch) else ch for ch in f)
        t = " ".join(t.split())
        if drop_article and t.startswith("the "):
            t = t[4:]
        out.add(t)
    return out


def name_key(s: str) -> str:
    """Matching key of a name, as in the corpus README (punctuation deleted)."""
    t = "".join("" if _is_punct(ch) else ch for ch in _fold(s))
    t = " ".join(t.split())
    return t[4:] if t.startswith("the ") else t


def occurs(phrase: str, text_variants: set[str], drop_article: bool = True) -> bool:
    for p in norm_variants(phrase, drop_article=drop_article):
        if not p:
            continue
        for t in text_variants:
            if f" {p} " in f" {t} ":
                return True
    return False


def surface_forms(name: str, ent: dict) -> list[str]:
    forms = [PAREN_SUFFIX.sub("", name)]
    forms += [a for a in ent.get("aliases", [])]
    return forms


# --------------------------------------------------------------------------- quotes
def quoted_segments(body: str) -> list[str]:
    """Double-quoted segments, one per contiguous run; a quote left open at the end of a
    paragraph (continued in the next) ends there. A trailing comma is dropped."""
    segs = []
    for para in body.split("\n"):
        inside, cur = False, []
        for ch in para:
            if ch in "\"\u201c\u201d":
                if inside:
                    segs.append("".join(cur))
                    cur = []
                inside = not inside
            elif inside:
                cur.append(ch)
        if inside and cur:
            segs.append("".join(cur))
    out = []
    for s in segs:
        s = s.strip()
        if s.endswith(","):
            s = s[:-1].rstrip()
        if s:
            out.append(s)
    return out


# --------------------------------------------------------------------------- checks
class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


def check_layout(name: str, raw: str, rep: Report) -> int:
    if "\r" in raw:
        rep.err(name, "CR characters in text")
    if not raw.endswith("\n"):
        rep.err(name, "text does not end with a newline")
    lines = raw.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
        rep.err(name, "layout must be: headline line, one blank line, body")
    if lines[0] != lines[0].strip():
        rep.err(name, "headline has leading/trailing whitespace")
    if "\n\n\n" in raw:
        rep.err(name, "more than one consecutive blank line")
    words = len(raw.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        rep.err(name, f"word count {words} outside {MIN_WORDS}-{MAX_WORDS}")
    return words


def check_fact(where: str, f: dict, ents: dict, rep: Report, optional: bool,
               text_variants: set[str], segments: list[str]) -> None:
    allowed = {"s", "p", "o", "character"} | ({"note"} if optional else set())
    extra = set(f) - allowed
    if extra:
        rep.err(where, f"unexpected keys {sorted(extra)} in {f}")
    for k in ("s", "p", "o"):
        if not isinstance(f.get(k), str) or not f.get(k):
            rep.err(where, f"missing/empty '{k}' in {f}")
            return
    if optional and not (isinstance(f.get("note"), str) and f["note"].strip()):
        rep.err(where, f"optional fact without a note: {f}")
    p = f["p"]
    if p not in SIGNATURES:
        rep.err(where, f"unknown predicate {p!r}")
        return
    stypes, otypes = SIGNATURES[p]
    s_ent = ents.get(f["s"])
    if s_ent is None:
        rep.err(where, f"subject {f['s']!r} is not an entity")
    elif s_ent["type"] not in stypes:
        rep.err(where, f"{p}: subject {f['s']!r} has type {s_ent['type']}")
    if otypes is None:  # said
        q = f["o"]
        if not occurs(q, text_variants, drop_article=False):
            rep.err(where, f"quote not found in text: {q!r}")
        if not optional and q not in segments:
            rep.err(where, f"required quote is not exactly one contiguous quoted segment: {q!r}")
    else:
        o_ent = ents.get(f["o"])
        if o_ent is None:
            rep.err(where, f"object {f['o']!r} is not an entity")
        elif o_ent["type"] not in otypes:
            rep.err(where, f"{p}: object {f['o']!r} has type {o_ent['type']}")
        if f["s"] == f["o"]:
            rep.err(where, f"{p}: subject equals object")
    if "character" in f:
        if p != "starred_in":
            rep.err(where, f"'character' only allowed on starred_in: {f}")
        c = ents.get(f["character"])
        if c is None or c["type"] != "Character":
            rep.err(where, f"character {f['character']!r} is not a Character entity")


def check_article(txt: Path, rep: Report) -> dict | None:
    name = txt.name
    gold_path = txt.with_name(txt.stem + ".gold.json")
    raw = txt.read_text(encoding="utf-8")
    words = check_layout(name, raw, rep)
    if not gold_path.exists():
        rep.err(name, "missing gold file")
        return None
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        rep.err(gold_path.name, f"invalid JSON: {e}")
        return None
    g = gold_path.name
    if set(gold) != GOLD_KEYS:
        rep.err(g, f"keys must be exactly {sorted(GOLD_KEYS)}, got {sorted(gold)}")
        return None
    if gold["article"] != name:
        rep.err(g, f"'article' is {gold['article']!r}, expected {name!r}")
    if not isinstance(gold["notes"], str) or not gold["notes"].strip():
        rep.err(g, "'notes' must be a non-empty string")
    ents = gold["entities"]
    if not isinstance(ents, dict) or not ents:
        rep.err(g, "'entities' must be a non-empty object")
        return None
    if not isinstance(gold["facts"], list) or not isinstance(gold["optional"], list):
        rep.err(g, "'facts' and 'optional' must be lists")
        return None

    text_variants = norm_variants(raw)
    segments = quoted_segments(raw)

    # entities ----------------------------------------------------------------
    key_owner: dict[str, list[str]] = {}
    for en, e in ents.items():
        if not isinstance(e, dict) or set(e) - ENTITY_KEYS or "type" not in e or "aliases" not in e:
            rep.err(g, f"entity {en!r} must have type, aliases and optional year only")
            continue
        if e["type"] not in ENTITY_TYPES:
            rep.err(g, f"entity {en!r} has unknown type {e['type']!r}")
        if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
            rep.err(g, f"entity {en!r}: aliases must be a list of non-empty strings")
            continue
        if len(set(e["aliases"])) != len(e["aliases"]) or en in e["aliases"]:
            rep.err(g, f"entity {en!r}: duplicate alias")
        if "year" in e:
            if e["type"] not in WORKS or not isinstance(e["year"], int) or not 1890 <= e["year"] <= 2035:
                rep.err(g, f"entity {en!r}: bad year {e.get('year')!r}")
        for form in surface_forms(en, e):
            if not occurs(form, text_variants):
                rep.err(g, f"name/alias {form!r} of {en!r} does not occur in the text")
            key_owner.setdefault(name_key(form), []).append(en)
        if PAREN_SUFFIX.search(en) and e["type"] == "Film" and "year" not in e:
            rep.err(g, f"disambiguated film {en!r} needs a year")
    for key, owners in key_owner.items():
        owners = sorted(set(owners))
        if len(owners) < 2:
            continue
        types = [ents[o]["type"] for o in owners]
        films = [o for o in owners if ents[o]["type"] == "Film"]
        years = [ents[o].get("year") for o in films]
        if len(films) > 1 and (None in years or len(set(years)) != len(years)):
            rep.err(g, f"surface form {key!r} shared by films not kept apart by year: {films}")
        same_type_non_film = Counter(t for t in types if t != "Film")
        if any(c > 1 for c in same_type_non_film.values()):
            rep.err(g, f"surface form {key!r} shared by same-type entities {owners}")

    # facts -------------------------------------------------------------------
    seen = set()
    for i, f in enumerate(gold["facts"]):
        check_fact(f"{g} facts[{i}]", f, ents, rep, False, text_variants, segments)
        k = (f.get("s"), f.get("p"), f.get("o"))
        if k in seen:
            rep.err(g, f"duplicate fact {k}")
        seen.add(k)
    for i, f in enumerate(gold["optional"]):
        check_fact(f"{g} optional[{i}]", f, ents, rep, True, text_variants, segments)
        k = (f.get("s"), f.get("p"), f.get("o"))
        if k in seen:
            rep.err(g, f"optional fact duplicates another fact {k}")
        seen.add(k)

    # every double-quoted segment is speech (said), a title/name, or explained in notes
    said_quotes = {f["o"] for f in gold["facts"] + gold["optional"] if f.get("p") == "said"}
    name_keys = set(key_owner)
    notes_variants = norm_variants(gold["notes"])
    for seg in segments:
        if seg in said_quotes or name_key(seg) in name_keys:
            continue
        if any(q in seg or seg in q for q in said_quotes):
            continue
        if occurs(seg, notes_variants, drop_article=False):
            continue
        rep.err(name, f"quoted segment is neither a said fact, a name, nor explained in notes: {seg!r}")

    # entities mentioned in no fact are allowed (distractors), but a person must be in the text
    counts = Counter(f["p"] for f in gold["facts"])
    return {
        "name": txt.stem, "words": words, "entities": len(ents), "counts": counts,
        "core": sum(counts[p] for p in CORE), "extended": sum(counts[p] for p in EXTENDED),
        "optional": len(gold["optional"]), "gold": gold, "raw": raw,
        "text_variants": text_variants,
    }


def invented_forms(gold: dict) -> list[tuple[str, str]]:
    out = []
    for en, e in gold["entities"].items():
        if e.get("type") == "Organization":
            continue
        for form in surface_forms(en, e):
            out.append((en, form))
    return out


NAME_TOKEN_STOP = {"sir", "dr", "dci", "detective", "inspector", "sergeant", "captain", "admiral",
                   "madame", "lady", "lord", "old", "the", "van", "de", "del", "da", "di", "le", "la",
                   "mac", "el", "ni", "ap", "ama"}


def name_tokens(gold: dict) -> set[str]:
    """Word tokens of invented person and character names (first names, surnames)."""
    out = set()
    for en, e in gold["entities"].items():
        if e.get("type") not in ("Person", "Character"):
            continue
        for form in surface_forms(en, e):
            for tok in re.findall(r"[^\W\d_]+", _fold(form)):
                if len(tok) >= 3 and tok not in NAME_TOKEN_STOP:
                    out.add(tok)
    return out


def check_corpus(results: list[dict], corpus_dir: Path, rep: Report) -> None:
    corpus_texts, corpus_keys, corpus_tokens = {}, set(), set()
    for p in sorted(corpus_dir.glob("*.txt")):
        corpus_texts[p.name] = norm_variants(p.read_text(encoding="utf-8"))
    for p in sorted(corpus_dir.glob("*.gold.json")):
        cg = json.loads(p.read_text(encoding="utf-8"))
        for en, e in cg.get("entities", {}).items():
            for form in [en, PAREN_SUFFIX.sub("", en)] + list(e.get("aliases", [])):
                corpus_keys.add(name_key(form))
        corpus_tokens |= name_tokens(cg)
    if not corpus_texts:
        rep.err("corpus", f"no corpus texts found in {corpus_dir}")
        return
    for r in results:
        for en, form in invented_forms(r["gold"]):
            if name_key(form) in corpus_keys:
                rep.err(r["name"], f"invented name {form!r} ({en}) is a shared-corpus entity name")
            for cname, tv in corpus_texts.items():
                if occurs(form, tv):
                    rep.err(r["name"], f"invented name {form!r} ({en}) occurs in corpus {cname}")
    # no first name or surname of an invented person/character is a corpus person/character token
    for r in results:
        for tok in sorted(name_tokens(r["gold"]) & corpus_tokens):
            rep.err(r["name"], f"name token {tok!r} is also part of a shared-corpus person/character name")
    # across articles: no first name or surname reused
    for i, a in enumerate(results):
        for b in results[i + 1:]:
            for tok in sorted(name_tokens(a["gold"]) & name_tokens(b["gold"])):
                rep.err(a["name"], f"name token {tok!r} reused in {b['name']}")
    # across articles: no invented name of one article in another article's text or gold
    for a in results:
        for b in results:
            if a is b:
                continue
            b_keys = {name_key(f) for _, f in invented_forms(b["gold"])}
            for en, form in invented_forms(a["gold"]):
                if occurs(form, b["text_variants"]):
                    rep.err(a["name"], f"invented name {form!r} ({en}) reappears in {b['name']}.txt")
                elif name_key(form) in b_keys:
                    rep.err(a["name"], f"invented name {form!r} ({en}) reused in {b['name']} gold")


def print_stats(results: list[dict]) -> None:
    print(f"{'article':45} {'words':>5} {'ents':>4} {'core':>4} {'ext':>4} {'opt':>4}")
    tot = Counter()
    for r in results:
        print(f"{r['name']:45} {r['words']:5} {r['entities']:4} {r['core']:4} {r['extended']:4} "
              f"{r['optional']:4}")
        tot["words"] += r["words"]; tot["entities"] += r["entities"]
        tot["core"] += r["core"]; tot["extended"] += r["extended"]; tot["optional"] += r["optional"]
    print(f"{'TOTAL':45} {tot['words']:5} {tot['entities']:4} {tot['core']:4} {tot['extended']:4} "
          f"{tot['optional']:4}")
    preds = Counter()
    opt = Counter()
    for r in results:
        preds.update(r["counts"])
        opt.update(f["p"] for f in r["gold"]["optional"])
    print()
    print(f"{'predicate':15} {'required':>8} {'optional':>8}")
    for group, plist in (("core", CORE), ("extended", EXTENDED)):
        for p in plist:
            print(f"{p:15} {preds[p]:8} {opt[p]:8}")
        print(f"{'  ' + group + ' total':15} {sum(preds[p] for p in plist):8} "
              f"{sum(opt[p] for p in plist):8}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="store_true",
                    help="also check invented names against the shared corpus and across articles")
    ap.add_argument("--corpus-dir", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--stats", action="store_true", help="print count tables")
    ap.add_argument("--dir", type=Path, default=HERE)
    args = ap.parse_args()

    rep = Report()
    txts = sorted(args.dir.glob("*.txt"))
    golds = sorted(args.dir.glob("*.gold.json"))
    for gp in golds:
        if not gp.with_name(gp.name[: -len(".gold.json")] + ".txt").exists():
            rep.err(gp.name, "gold file without article")
    results = [r for r in (check_article(t, rep) for t in txts) if r]
    if args.corpus:
        check_corpus(results, args.corpus_dir, rep)
    if args.stats:
        print_stats(results)
        print()
    for e in rep.errors:
        print("ERROR", e)
    n_core = sum(r["core"] for r in results)
    n_ext = sum(r["extended"] for r in results)
    status = "FAIL" if rep.errors else "OK"
    print(f"{status}: {len(results)} articles, {n_core} core + {n_ext} extended required facts, "
          f"{sum(r['optional'] for r in results)} optional"
          + (f"; corpus checked against {args.corpus_dir}" if args.corpus else "")
          + (f"; {len(rep.errors)} error(s)" if rep.errors else ""))
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the heldout21 gold files and check them for leakage.

Usage:
    python3 check_gold.py             # validate every NAME.gold.json next to this script
    python3 check_gold.py --corpus    # ... and check the no-leakage rules against the
                                      #     shared corpus (default /work/shared/corpus)
    python3 check_gold.py --corpus --corpus-dir PATH

Checks (see README.md in this folder):
  * schema: top-level keys, entity records, fact records, allowed types and predicates;
  * every entity name (minus a "(year)" / "(film series)" disambiguator) and every alias
    occurs verbatim in its article; disambiguated names carry a matching year;
  * every subject / object / character resolves to an entity of a suitable type;
  * every required `said` quote is exactly one contiguous quoted segment of the article
    (a trailing comma before the attribution dropped); optional `said` quotes occur
    verbatim; every double-quoted segment of the article is accounted for (a `said`
    quote, an entity name, or mentioned in the gold's notes);
  * no duplicate facts, no fact both required and optional, articles 500-650 words;
  * --corpus: no invented name (full, first or surname) or title occurs in the shared
    corpus after Unicode NFKD folding, diacritic removal and casefolding; no corpus
    person/work name occurs in an article; no invented name token or title is reused
    across articles, and within one article only a shared surname between two people
    is allowed.
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of",
            "reboot_of", "remake_of", "distributed_by"}
WORKS = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types; None = quoted text)
SIGNATURES = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, WORKS),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person"}, WORKS),
    "edited": ({"Person"}, WORKS),
    "shot": ({"Person"}, WORKS),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film", "TVSeries"}, WORKS),
    "distributed_by": (WORKS, {"Organization"}),
}
INVENTED = {"Person", "Character", "Film", "FilmSeries", "TVSeries"}
# honorifics / role words that may appear in character names and are not names
NAME_STOPWORDS = {"dr", "mr", "mrs", "ms", "sister", "inspector", "dona", "lt"}
DISAMBIG = re.compile(r"^(.*\S) \((\d{4}|film series|film|TV series|series)\)$")
WORDS_MIN, WORDS_MAX = 500, 650


# ---------------------------------------------------------------- normalisation
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def norm_phrase(s):
    """Folded, punctuation -> space, collapsed, leading 'the ' dropped."""
    s = fold(s)
    s = re.sub(r"[^\w]+|_", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def tokens(s):
    return [t for t in re.split(r"[^\w]+|_", fold(s)) if t]


def contains_phrase(haystack_norm, phrase_norm):
    if not phrase_norm:
        return False
    return re.search(r"(?<!\w)" + re.escape(phrase_norm) + r"(?!\w)", haystack_norm) is not None


def occurs(text, s):
    """Verbatim occurrence with word boundaries at word-character edges."""
    left = r"(?<!\w)" if s[:1].isalnum() else ""
    right = r"(?!\w)" if s[-1:].isalnum() else ""
    return re.search(left + re.escape(s) + right, text) is not None


def base_name(name):
    m = DISAMBIG.match(name)
    return (m.group(1), m.group(2)) if m else (name, None)


def word_count(text):
    return len(re.findall(r"[^\W_][\w'’.,-]*", text))


# ---------------------------------------------------------------- quoted segments
def quoted_segments(text):
    """Contiguous double-quoted segments; a quote left open at a paragraph end
    (journalistic continuation) closes there."""
    segs = []
    for para in re.split(r"\n\s*\n", text):
        pos, start = 0, None
        for m in re.finditer(r'"', para):
            if start is None:
                start = m.end()
            else:
                segs.append(para[start:m.start()])
                start = None
        if start is not None:
            segs.append(para[start:].rstrip())
    return segs


def clean_segment(seg):
    return seg.strip().rstrip(",").strip()


# ---------------------------------------------------------------- validation
class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def validate_record(rep, where, rec, entities, text, segments, required):
    keys = set(rec)
    allowed = {"s", "p", "o", "character"} | (set() if required else {"note"})
    if not {"s", "p", "o"} <= keys:
        rep.err(where, f"missing s/p/o in {rec}")
        return None
    if keys - allowed:
        rep.err(where, f"unexpected keys {sorted(keys - allowed)} in {rec}")
    if not required and not isinstance(rec.get("note"), str):
        rep.err(where, f"optional fact without a note: {rec}")
    p = rec["p"]
    if p not in SIGNATURES:
        rep.err(where, f"invalid predicate {p!r}")
        return None
    s_types, o_types = SIGNATURES[p]
    s, o = rec["s"], rec["o"]
    if not isinstance(s, str) or not isinstance(o, str):
        rep.err(where, f"s and o must be strings: {rec}")
        return None
    if s not in entities:
        rep.err(where, f"subject {s!r} is not an entity")
    elif entities[s]["type"] not in s_types:
        rep.err(where, f"subject {s!r} has type {entities[s]['type']}, {p} needs {sorted(s_types)}")
    if o_types is None:
        if not o.strip():
            rep.err(where, "empty quote")
        elif not occurs(text, o) and o not in text:
            rep.err(where, f"quote does not occur verbatim: {o!r}")
        elif required and o not in segments:
            rep.err(where, f"quote is not exactly one contiguous quoted segment: {o!r}")
    else:
        if o not in entities:
            rep.err(where, f"object {o!r} is not an entity")
        elif entities[o]["type"] not in o_types:
            rep.err(where, f"object {o!r} has type {entities[o]['type']}, {p} needs {sorted(o_types)}")
        if s == o:
            rep.err(where, f"self relation {rec}")
    if "character" in rec:
        c = rec["character"]
        if p != "starred_in":
            rep.err(where, f"character on a {p} fact")
        elif c not in entities or entities[c]["type"] != "Character":
            rep.err(where, f"character {c!r} is not a Character entity")
    key = (s, p, o)
    return key


def validate_gold(rep, gold_path, txt_path):
    where = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        rep.err(where, f"cannot read JSON: {e}")
        return None
    text = txt_path.read_text(encoding="utf-8")
    if not isinstance(gold, dict):
        rep.err(where, "top level is not an object")
        return None
    expected = {"article", "entities", "facts", "optional", "notes"}
    if set(gold) != expected:
        rep.err(where, f"top-level keys {sorted(gold)} != {sorted(expected)}")
    if gold.get("article") != txt_path.name:
        rep.err(where, f"article {gold.get('article')!r} != {txt_path.name!r}")
    if not isinstance(gold.get("notes"), str) or not gold.get("notes", "").strip():
        rep.err(where, "notes must be a non-empty string")
    entities = gold.get("entities")
    if not isinstance(entities, dict) or not entities:
        rep.err(where, "entities must be a non-empty object")
        return None

    n = word_count(text)
    if not WORDS_MIN <= n <= WORDS_MAX:
        rep.err(where, f"article has {n} words (want {WORDS_MIN}-{WORDS_MAX})")

    # entities
    surface_owner = defaultdict(set)
    for name, rec in entities.items():
        ew = f"{where} entity {name!r}"
        if not isinstance(rec, dict):
            rep.err(ew, "record is not an object")
            continue
        if set(rec) - {"type", "aliases", "year"} or not {"type", "aliases"} <= set(rec):
            rep.err(ew, f"bad keys {sorted(rec)}")
        if rec.get("type") not in TYPES:
            rep.err(ew, f"bad type {rec.get('type')!r}")
        aliases = rec.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            rep.err(ew, "aliases must be a list of non-empty strings")
            aliases = []
        if len(set(aliases)) != len(aliases):
            rep.err(ew, "duplicate aliases")
        if "year" in rec and (not isinstance(rec["year"], int) or not 1880 <= rec["year"] <= 2100):
            rep.err(ew, f"bad year {rec['year']!r}")
        base, dis = base_name(name)
        if dis and dis.isdigit() and rec.get("year") != int(dis):
            rep.err(ew, f"disambiguator year {dis} != year {rec.get('year')}")
        if not occurs(text, base):
            rep.err(ew, f"name {base!r} does not occur verbatim in the article")
        for a in aliases:
            if not occurs(text, a):
                rep.err(ew, f"alias {a!r} does not occur verbatim in the article")
            if a == name:
                rep.err(ew, "alias repeats the canonical name")
        for surf in {base, *aliases}:
            surface_owner[surf].add(name)
    for surf, owners in surface_owner.items():
        if len(owners) > 1:
            # allowed only between entities whose canonical names are disambiguated
            # (e.g. 'Title (1964)' / 'Title (2019)', 'Title' / 'Title (film series)')
            undis = [o for o in owners if not base_name(o)[1]]
            if len(undis) > 1:
                rep.err(where, f"surface form {surf!r} shared by {sorted(owners)}")

    segments_raw = quoted_segments(text)
    segments = {clean_segment(s) for s in segments_raw}

    facts = gold.get("facts")
    optional = gold.get("optional")
    if not isinstance(facts, list) or not facts:
        rep.err(where, "facts must be a non-empty list")
        facts = []
    if not isinstance(optional, list):
        rep.err(where, "optional must be a list")
        optional = []
    seen = {}
    for i, rec in enumerate(facts):
        if not isinstance(rec, dict):
            rep.err(where, f"fact {i} is not an object")
            continue
        key = validate_record(rep, f"{where} fact {i}", rec, entities, text, segments, True)
        if key:
            if key in seen:
                rep.err(where, f"duplicate fact {key}")
            seen[key] = "fact"
    for i, rec in enumerate(optional):
        if not isinstance(rec, dict):
            rep.err(where, f"optional {i} is not an object")
            continue
        key = validate_record(rep, f"{where} optional {i}", rec, entities, text, segments, False)
        if key:
            if key in seen:
                rep.err(where, f"{key} listed twice (facts/optional)")
            seen[key] = "optional"

    # every quoted segment must be accounted for
    said_quotes = {r["o"] for r in facts + optional if isinstance(r, dict) and r.get("p") == "said"}
    names_norm = set()
    for name, rec in entities.items():
        names_norm.add(norm_phrase(base_name(name)[0]))
        for a in rec.get("aliases", []):
            names_norm.add(norm_phrase(a))
    notes = gold.get("notes", "") or ""
    notes_all = notes + " " + " ".join(r.get("note", "") for r in optional if isinstance(r, dict))
    for seg in segments_raw:
        c = clean_segment(seg)
        if not c:
            continue
        if c in said_quotes or any(c in q or q in c for q in said_quotes if len(q.split()) >= 2):
            continue
        if norm_phrase(c) in names_norm:
            continue
        if norm_phrase(c) and norm_phrase(c) in norm_phrase(notes_all):
            continue
        rep.err(where, f"quoted segment not accounted for (not said, not a name, not in notes): {c!r}")

    return {"gold": gold, "text": text, "facts": facts, "optional": optional, "words": n}


# ---------------------------------------------------------------- leakage
def load_corpus(corpus_dir):
    texts, names = [], []
    for p in sorted(corpus_dir.iterdir()):
        if p.name.endswith(".gold.json"):
            raw = p.read_text(encoding="utf-8")
            texts.append(raw)
            try:
                g = json.loads(raw)
            except json.JSONDecodeError:
                continue
            for name, rec in g.get("entities", {}).items():
                if rec.get("type") == "Organization":
                    continue
                for surf in [base_name(name)[0], *rec.get("aliases", [])]:
                    names.append((surf, rec.get("type")))
        elif p.suffix in {".txt", ".md"}:
            texts.append(p.read_text(encoding="utf-8"))
    blob = "\n".join(texts)
    return set(tokens(blob)), norm_phrase(blob), names


def name_tokens(surface):
    """Name tokens split at hyphens/apostrophes, plus the joined form of each
    hyphenated or apostrophised word (README normalisation drops punctuation)."""
    out = [t for t in tokens(surface) if t not in NAME_STOPWORDS]
    for w in fold(surface).split():
        joined = re.sub(r"[^\w]+|_", "", w)
        if joined and joined not in out and joined not in NAME_STOPWORDS:
            out.append(joined)
    return out


def check_leakage(rep, results, corpus_dir):
    if not corpus_dir.is_dir():
        rep.err("corpus", f"{corpus_dir} is not a directory")
        return
    ctoks, cnorm, cnames = load_corpus(corpus_dir)
    token_articles = defaultdict(set)
    title_articles = defaultdict(set)
    for art, res in results.items():
        entities = res["gold"]["entities"]
        per_entity_tokens = {}
        for name, rec in entities.items():
            typ = rec.get("type")
            if typ not in INVENTED:
                continue
            surfaces = {base_name(name)[0], *rec.get("aliases", [])}
            if typ in {"Person", "Character"}:
                toks = set()
                for surf in surfaces:
                    if contains_phrase(cnorm, norm_phrase(surf)):
                        rep.err(art, f"{typ} name {surf!r} occurs in the shared corpus")
                    for t in name_tokens(surf):
                        toks.add(t)
                        if t in ctoks:
                            rep.err(art, f"{typ} name token {t!r} (from {surf!r}) occurs in the shared corpus")
                per_entity_tokens[name] = toks
                for t in toks:
                    token_articles[t].add(art)
            else:
                for surf in surfaces:
                    ns = norm_phrase(surf)
                    if contains_phrase(cnorm, ns):
                        rep.err(art, f"title {surf!r} occurs in the shared corpus")
                    title_articles[ns].add(art)
        # within one article: different people/characters may share only a surname
        items = list(per_entity_tokens.items())
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                (a, ta), (b, tb) = items[i], items[j]
                shared = ta & tb
                if not shared:
                    continue
                la, lb = name_tokens(a)[-1:], name_tokens(b)[-1:]
                both_people = entities[a]["type"] == entities[b]["type"] == "Person"
                if not (both_people and shared == set(la) == set(lb)):
                    rep.err(art, f"{a!r} and {b!r} share name tokens {sorted(shared)} (only a surname shared by two people is allowed)")
        # corpus people / works must not appear in the article
        tnorm = norm_phrase(res["text"])
        for surf, typ in cnames:
            ns = norm_phrase(surf)
            if " " in ns:
                if contains_phrase(tnorm, ns):
                    rep.err(art, f"corpus {typ} name {surf!r} occurs in the article")
            elif typ == "Person" and occurs(res["text"], surf):
                rep.err(art, f"corpus person name {surf!r} occurs in the article")
    for t, arts in sorted(token_articles.items()):
        if len(arts) > 1:
            rep.err("cross-article", f"name token {t!r} reused in {sorted(arts)}")
    for t, arts in sorted(title_articles.items()):
        if len(arts) > 1:
            rep.err("cross-article", f"title {t!r} reused in {sorted(arts)}")


# ---------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="store_true", help="also check no-leakage rules against the shared corpus")
    ap.add_argument("--corpus-dir", default="/work/shared/corpus", type=Path)
    ap.add_argument("--dir", default=HERE, type=Path, help="folder holding NAME.txt / NAME.gold.json")
    args = ap.parse_args(argv)

    rep = Report()
    golds = sorted(args.dir.glob("*.gold.json"))
    txts = sorted(p for p in args.dir.glob("*.txt"))
    gold_stems = {p.name[:-len(".gold.json")] for p in golds}
    txt_stems = {p.stem for p in txts}
    for s in sorted(txt_stems - gold_stems):
        rep.err(s, "article without gold file")
    for s in sorted(gold_stems - txt_stems):
        rep.err(s, "gold file without article")

    results = {}
    for g in golds:
        stem = g.name[:-len(".gold.json")]
        t = args.dir / f"{stem}.txt"
        if not t.exists():
            continue
        res = validate_gold(rep, g, t)
        if res:
            results[stem] = res

    if args.corpus:
        check_leakage(rep, results, args.corpus_dir)

    tot_core = tot_ext = tot_opt = 0
    print(f"{'article':34} {'words':>5} {'core':>5} {'ext':>5} {'opt':>5}")
    for stem, res in results.items():
        core = sum(1 for f in res["facts"] if isinstance(f, dict) and f.get("p") in CORE)
        ext = sum(1 for f in res["facts"] if isinstance(f, dict) and f.get("p") in EXTENDED)
        opt = len(res["optional"])
        tot_core, tot_ext, tot_opt = tot_core + core, tot_ext + ext, tot_opt + opt
        print(f"{stem:34} {res['words']:>5} {core:>5} {ext:>5} {opt:>5}")
    print(f"{'TOTAL':34} {'':>5} {tot_core:>5} {tot_ext:>5} {tot_opt:>5}")

    if rep.errors:
        print(f"\nFAIL: {len(rep.errors)} problem(s)")
        for e in rep.errors:
            print("  -", e)
        return 1
    print("\nPASS" + (" (including corpus leakage checks)" if args.corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

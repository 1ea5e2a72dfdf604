#!/usr/bin/env python3
"""Validate the heldout19 blind evaluation set (standalone, stdlib only).

Usage:
    python check_gold.py                 # format, text-occurrence, word-count and cross-article checks
    python check_gold.py --corpus        # ... plus the no-leakage check against the shared corpus
    python check_gold.py --corpus --corpus-dir /path/to/corpus --dir /path/to/heldout19

Checks
  * every NAME.txt has a NAME.gold.json beside it and vice versa;
  * article layout: one headline line, one blank line, then the body; 500-650 words
    (whitespace-separated tokens, as `wc -w`, headline included);
  * gold format: top-level keys article/entities/facts/optional/notes, "article" names the
    .txt file, entity types and predicates from the corpus README, facts refer to entity keys
    of the right types, `character` only on starred_in and naming a Character entity,
    optional facts carry a note, no duplicate facts;
  * every canonical entity name (a trailing disambiguator such as " (1999)" or
    " (film series)" is ignored) and every alias occurs in the article text (case-sensitive,
    whole words); every quote of a `said` fact (required or optional) occurs verbatim;
  * no invented name (anything but an Organization) or alias is reused across articles, and no
    Person/Character name token (first name, surname, ...) is reused across articles;
  * with --corpus: no Person/Character full name, alias or name token occurs in the shared
    corpus texts or among the corpus gold entity names/aliases, and no invented title
    (Film/FilmSeries/TVSeries) occurs there either.

Name tokens are compared after Unicode folding (NFKD, diacritics dropped, casefolded);
honorifics, role words and particles (see STOP_TOKENS) are not treated as names. Hyphenated
names are compared whole and, for parts of four letters or more, part by part.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of", "remake_of",
            "distributed_by"}
PREDICATES = CORE | EXTENDED
TITLE_TYPES = {"Film", "FilmSeries", "TVSeries"}

# Required facts: (allowed subject types, allowed object types); None = free text (quotes).
REQUIRED_SIG = {
    "directed": ({"Person"}, {"Film"}),
    "starred_in": ({"Person"}, {"Film"}),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, {"Film"}),
    "produced": ({"Person", "Organization"}, {"Film"}),
    "edited": ({"Person"}, {"Film"}),
    "shot": ({"Person"}, {"Film"}),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film"}, {"Film", "FilmSeries"}),
    "remake_of": ({"Film"}, {"Film"}),
    "distributed_by": ({"Film", "TVSeries"}, {"Organization"}),
}
# Optional facts may be looser (TV credits, series, quotes attributed to a studio).
OPTIONAL_SIG = {
    "directed": ({"Person"}, TITLE_TYPES),
    "starred_in": ({"Person"}, TITLE_TYPES),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person", "Organization"}, None),
    "wrote": ({"Person"}, TITLE_TYPES),
    "produced": ({"Person", "Organization"}, TITLE_TYPES),
    "edited": ({"Person"}, TITLE_TYPES),
    "shot": ({"Person"}, TITLE_TYPES),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film"}, {"Film", "FilmSeries"}),
    "remake_of": ({"Film"}, {"Film"}),
    "distributed_by": ({"Film", "TVSeries"}, {"Organization"}),
}

STOP_TOKENS = {
    "the", "a", "an", "of", "and", "van", "von", "de", "du", "da", "di", "del", "der", "le", "la",
    "el", "al", "o", "ni", "mr", "mrs", "ms", "dr", "lt", "sir", "lady", "lord", "father",
    "mother", "sister", "brother", "queen", "king", "prince", "princess", "reverend", "deacon",
    "abbess", "bishop", "inspector", "detective", "commander", "captain", "mang", "jr", "sr",
}

EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                            "ł": "l", "Ł": "L", "ß": "ss", "œ": "oe", "Œ": "OE",
                            "’": "'", "‘": "'"})

MIN_WORDS, MAX_WORDS = 500, 650


def fold(s: str) -> str:
    s = s.translate(EXTRA_FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def norm_name(s: str) -> str:
    """Scorer-style normalisation: fold, drop leading 'the ', drop punctuation, collapse spaces."""
    s = fold(s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def strip_disambiguator(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", name)


def name_tokens(name: str) -> set[str]:
    """Folded name tokens; hyphenated tokens whole, plus hyphen parts of >= 4 letters."""
    out = set()
    for raw in fold(name).split():
        tok = raw.strip(".,;:!?\"'()[]")
        tok = re.sub(r"'s$", "", tok)
        if not tok or tok in STOP_TOKENS:
            continue
        out.add(tok)
        if "-" in tok:
            for part in tok.split("-"):
                if len(part) >= 4 and part not in STOP_TOKENS:
                    out.add(part)
    return out


def text_words(text: str) -> set[str]:
    """Folded words of a text, split like name_tokens (so names can be looked up)."""
    words = set()
    for raw in fold(text).split():
        tok = raw.strip(".,;:!?\"'()[]—–-")
        tok = re.sub(r"'s$", "", tok)
        if not tok:
            continue
        words.add(tok)
        for part in re.split(r"[-/]", tok):
            part = part.strip("'")
            if part:
                words.add(part)
    return words


def occurs(needle: str, text: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.search(pattern, text) is not None


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


def check_article_text(ck: Checker, path: Path, text: str) -> None:
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() or not lines[2].strip():
        ck.err(path.name, "layout must be: headline line, blank line, body")
    n = len(text.split())
    if not (MIN_WORDS <= n <= MAX_WORDS):
        ck.err(path.name, f"word count {n} outside {MIN_WORDS}-{MAX_WORDS}")


def fact_key(f: dict) -> tuple:
    return (f.get("s"), f.get("p"), f.get("o"), f.get("character"))


def check_fact(ck: Checker, where: str, f: object, ents: dict, text: str, optional: bool) -> None:
    if not isinstance(f, dict):
        ck.err(where, "fact is not an object")
        return
    allowed = {"s", "p", "o", "character"} | ({"note"} if optional else set())
    extra = set(f) - allowed
    if extra:
        ck.err(where, f"unexpected keys {sorted(extra)}")
    for k in ("s", "p", "o"):
        if not isinstance(f.get(k), str) or not f.get(k):
            ck.err(where, f"missing or empty '{k}'")
            return
    if optional and (not isinstance(f.get("note"), str) or not f["note"].strip()):
        ck.err(where, "optional fact without a note")
    p = f["p"]
    if p not in PREDICATES:
        ck.err(where, f"unknown predicate {p!r}")
        return
    subj_types, obj_types = (OPTIONAL_SIG if optional else REQUIRED_SIG)[p]
    s = f["s"]
    if s not in ents:
        ck.err(where, f"subject {s!r} is not an entity")
    elif ents[s]["type"] not in subj_types:
        ck.err(where, f"subject {s!r} has type {ents[s]['type']}, expected {sorted(subj_types)}")
    o = f["o"]
    if obj_types is None:
        if o not in text:
            ck.err(where, f"quote not found verbatim in article: {o!r}")
    elif o not in ents:
        ck.err(where, f"object {o!r} is not an entity")
    elif ents[o]["type"] not in obj_types:
        ck.err(where, f"object {o!r} has type {ents[o]['type']}, expected {sorted(obj_types)}")
    if "character" in f:
        c = f["character"]
        if p != "starred_in":
            ck.err(where, "character given on a non-starred_in fact")
        elif c not in ents or ents[c]["type"] != "Character":
            ck.err(where, f"character {c!r} is not a Character entity")


def check_gold(ck: Checker, gpath: Path, gold: object, txt_name: str, text: str) -> None:
    w = gpath.name
    if not isinstance(gold, dict):
        ck.err(w, "top level is not an object")
        return
    keys = set(gold)
    want = {"article", "entities", "facts", "optional", "notes"}
    if keys != want:
        ck.err(w, f"top-level keys {sorted(keys)} != {sorted(want)}")
    if gold.get("article") != txt_name:
        ck.err(w, f"'article' is {gold.get('article')!r}, expected {txt_name!r}")
    if not isinstance(gold.get("notes"), str) or not gold["notes"].strip():
        ck.err(w, "'notes' must be a non-empty string")
    ents = gold.get("entities")
    if not isinstance(ents, dict) or not ents:
        ck.err(w, "'entities' must be a non-empty object")
        return
    norm_owner: dict[str, str] = {}
    for name, e in ents.items():
        we = f"{w} entity {name!r}"
        if not isinstance(e, dict):
            ck.err(we, "not an object")
            continue
        extra = set(e) - {"type", "aliases", "year"}
        if extra:
            ck.err(we, f"unexpected keys {sorted(extra)}")
        if e.get("type") not in TYPES:
            ck.err(we, f"bad type {e.get('type')!r}")
        al = e.get("aliases")
        if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
            ck.err(we, "'aliases' must be a list of non-empty strings")
            al = []
        if "year" in e and (not isinstance(e["year"], int) or not 1880 <= e["year"] <= 2035):
            ck.err(we, f"bad year {e['year']!r}")
        if "year" in e and e.get("type") not in {"Film"}:
            ck.err(we, "year given on a non-Film entity")
        if len(set(al)) != len(al) or name in al:
            ck.err(we, "duplicate alias")
        base = strip_disambiguator(name)
        if not occurs(base, text):
            ck.err(we, f"name {base!r} does not occur in the article")
        for a in al:
            if not occurs(a, text):
                ck.err(we, f"alias {a!r} does not occur in the article")
        # within an article a normalised surface form may belong to one entity only,
        # except films that share a title and are kept apart by year, and real
        # organisations whose names differ only in punctuation (e.g. a studio and its streamer)
        for form in {norm_name(base)} | {norm_name(a) for a in al}:
            other = norm_owner.get(form)
            if other and other != name:
                both_dated = "year" in e and "year" in ents.get(other, {})
                both_orgs = e.get("type") == ents.get(other, {}).get("type") == "Organization"
                if not (both_dated or both_orgs):
                    ck.err(we, f"surface form {form!r} also belongs to {other!r}")
            norm_owner.setdefault(form, name)
    seen: set[tuple] = set()
    for section, optional in (("facts", False), ("optional", True)):
        facts = gold.get(section)
        if not isinstance(facts, list):
            ck.err(w, f"'{section}' must be a list")
            continue
        for i, f in enumerate(facts):
            where = f"{w} {section}[{i}]"
            check_fact(ck, where, f, ents, text, optional)
            if isinstance(f, dict):
                k = fact_key(f)
                if k in seen:
                    ck.err(where, f"duplicate fact {k}")
                seen.add(k)
    if not gold.get("facts"):
        ck.err(w, "no required facts")


def load_corpus(corpus_dir: Path, ck: Checker) -> tuple[set[str], str, set[str], set[str]]:
    words: set[str] = set()
    full_text = ""
    ent_forms: set[str] = set()
    ent_tokens: set[str] = set()
    txts = sorted(corpus_dir.glob("*.txt"))
    golds = sorted(corpus_dir.glob("*.gold.json"))
    if not txts or not golds:
        ck.err(str(corpus_dir), "no corpus articles or gold files found")
    for t in txts:
        s = t.read_text(encoding="utf-8")
        words |= text_words(s)
        full_text += "\n" + s
    for g in golds:
        try:
            d = json.loads(g.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            ck.err(g.name, f"corpus gold unreadable: {exc}")
            continue
        for name, e in d.get("entities", {}).items():
            for form in [name, *e.get("aliases", [])]:
                ent_forms.add(norm_name(strip_disambiguator(form)))
                ent_tokens |= name_tokens(strip_disambiguator(form))
    return words, full_text, ent_forms, ent_tokens


def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=here, help="directory of the evaluation set")
    ap.add_argument("--corpus", action="store_true", help="also check for leakage against the shared corpus")
    ap.add_argument("--corpus-dir", type=Path, default=Path("/work/shared/corpus"))
    args = ap.parse_args()

    ck = Checker()
    d: Path = args.dir
    txts = sorted(p for p in d.glob("*.txt"))
    golds = sorted(d.glob("*.gold.json"))
    stems_t = {p.stem for p in txts}
    stems_g = {p.name[: -len(".gold.json")] for p in golds}
    for s in sorted(stems_t - stems_g):
        ck.err(s, "article without gold file")
    for s in sorted(stems_g - stems_t):
        ck.err(s, "gold file without article")

    per_article: dict[str, dict] = {}
    counts: dict[str, tuple[int, int, int, int]] = {}
    for stem in sorted(stems_t & stems_g):
        tpath, gpath = d / f"{stem}.txt", d / f"{stem}.gold.json"
        text = tpath.read_text(encoding="utf-8")
        check_article_text(ck, tpath, text)
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            ck.err(gpath.name, f"invalid JSON: {exc}")
            continue
        check_gold(ck, gpath, gold, tpath.name, text)
        per_article[stem] = gold
        facts = gold.get("facts", []) if isinstance(gold, dict) else []
        core = sum(1 for f in facts if isinstance(f, dict) and f.get("p") in CORE)
        ext = sum(1 for f in facts if isinstance(f, dict) and f.get("p") in EXTENDED)
        opt = len(gold.get("optional", [])) if isinstance(gold, dict) else 0
        counts[stem] = (len(text.split()), core, ext, opt)

    # cross-article reuse of invented names / aliases / person-character tokens
    form_owner: dict[str, str] = {}
    token_owner: dict[str, str] = {}
    for stem, gold in per_article.items():
        ents = gold.get("entities", {}) if isinstance(gold, dict) else {}
        forms_here: set[str] = set()
        tokens_here: set[str] = set()
        for name, e in ents.items():
            if not isinstance(e, dict) or e.get("type") == "Organization":
                continue
            for form in [strip_disambiguator(name), *e.get("aliases", [])]:
                forms_here.add(norm_name(form))
                if e.get("type") in {"Person", "Character"}:
                    tokens_here |= name_tokens(form)
        for form in forms_here:
            if form in form_owner:
                ck.err(stem, f"name/alias {form!r} reused (also in {form_owner[form]})")
            else:
                form_owner[form] = stem
        for tok in tokens_here:
            if tok in token_owner:
                ck.err(stem, f"person/character name token {tok!r} reused (also in {token_owner[tok]})")
            else:
                token_owner[tok] = stem

    if args.corpus:
        cwords, ctext, cforms, ctokens = load_corpus(args.corpus_dir, ck)
        ctext_norm = " " + norm_name(ctext) + " "
        for stem, gold in per_article.items():
            ents = gold.get("entities", {}) if isinstance(gold, dict) else {}
            for name, e in ents.items():
                if not isinstance(e, dict):
                    continue
                typ = e.get("type")
                if typ == "Organization":
                    continue
                for form in [strip_disambiguator(name), *e.get("aliases", [])]:
                    nf = norm_name(form)
                    if nf in cforms:
                        ck.err(stem, f"{typ} name {form!r} is a corpus gold entity name/alias")
                    if f" {nf} " in ctext_norm:
                        ck.err(stem, f"{typ} name {form!r} occurs in the corpus texts")
                    if typ in {"Person", "Character"}:
                        for tok in name_tokens(form):
                            if tok in cwords:
                                ck.err(stem, f"name token {tok!r} of {form!r} occurs in the corpus texts")
                            if tok in ctokens:
                                ck.err(stem, f"name token {tok!r} of {form!r} occurs in corpus gold entities")

    print(f"{'article':28} {'words':>5} {'core':>5} {'ext':>4} {'opt':>4}")
    tw = tc = te = to = 0
    for stem, (nw, c, e, o) in counts.items():
        print(f"{stem:28} {nw:5d} {c:5d} {e:4d} {o:4d}")
        tw, tc, te, to = tw + nw, tc + c, te + e, to + o
    print(f"{'TOTAL':28} {tw:5d} {tc:5d} {te:4d} {to:4d}")
    if ck.errors:
        print(f"\nFAIL: {len(ck.errors)} problem(s)")
        for e in ck.errors:
            print("  - " + e)
        return 1
    checks = "format, text occurrence, word counts, cross-article reuse"
    if args.corpus:
        checks += ", corpus leakage"
    print(f"\nOK: {len(per_article)} articles pass ({checks})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check the heldout20 gold files.

Usage:
    python3 check_gold.py                 # structural + verbatim checks
    python3 check_gold.py --corpus        # ... plus no-leakage checks against /work/shared/corpus
    python3 check_gold.py --corpus DIR    # ... against another copy of the shared corpus

Checks for every NAME.gold.json in this directory:
  * valid JSON in the shared corpus's gold format (keys, entity types, predicates,
    `character` only on starred_in, `note` on optional facts, no unknown keys);
  * `article` names an existing NAME.txt laid out as headline / blank line / body,
    500-650 words (wc -w);
  * every entity referenced by a fact exists and has a type allowed for the predicate;
  * every `said` quote, every alias, every canonical name (a trailing disambiguator such
    as " (1964)" or " (film series)" removed) and every `character` occurs verbatim in the
    article; no duplicate facts.
With --corpus additionally:
  * no invented name (every entity that is not an Organization), alias, first name or
    surname occurs in the shared corpus (article texts or gold entity names/aliases);
  * no invented name, alias, first name or surname is reused across the ten articles.
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = "/work/shared/corpus"

ENTITY_TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of",
            "remake_of", "distributed_by"}
PREDICATES = CORE | EXTENDED

WORKS = {"Film", "TVSeries", "FilmSeries"}
# predicate -> (allowed subject types, allowed object types or None for a quote)
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
    "remake_of": ({"Film", "TVSeries"}, {"Film", "TVSeries"}),
    "distributed_by": (WORKS, {"Organization"}),
}

MIN_WORDS, MAX_WORDS = 500, 650

# Particles, honorifics and role words that are not names in their own right.
NAME_STOP = {
    "the", "of", "and", "a", "an", "de", "la", "le", "du", "des", "d", "l", "van", "von",
    "der", "den", "al", "el", "da", "do", "dos", "y", "s", "lord", "lady", "captain",
    "old", "sir", "dr", "mr", "mrs", "ms", "queen", "king", "father", "lt", "jr",
}

EXTRA_FOLD = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-",
})


def fold(text, casefold=True):
    """NFKD, diacritics dropped, a few non-decomposing letters mapped, optionally casefolded."""
    text = text.translate(EXTRA_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold() if casefold else text


def tokens(text, casefold=True):
    return re.findall(r"[^\W_]+", fold(text, casefold))


def phrase_in(phrase_tokens, text_tokens_joined):
    if not phrase_tokens:
        return False
    return (" " + " ".join(phrase_tokens) + " ") in text_tokens_joined


def strip_disambiguator(name):
    return re.sub(r"\s+\([^()]*\)$", "", name)


def name_parts(name, casefold=True):
    """First name, surname and every other name token of a person/character name."""
    parts = []
    for tok in tokens(name, casefold):
        if tok.casefold() in NAME_STOP or tok.isdigit() or len(tok) < 2:
            continue
        parts.append(tok)
    return parts


class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def check_fact(rep, where, fact, entities, text, optional, verbatim=True):
    allowed = {"s", "p", "o", "character"} | ({"note"} if optional else set())
    unknown = set(fact) - allowed
    if unknown:
        rep.err(where, f"unknown keys {sorted(unknown)}")
    for key in ("s", "p", "o"):
        if not isinstance(fact.get(key), str) or not fact.get(key):
            rep.err(where, f"missing or empty '{key}'")
            return
    if optional and not isinstance(fact.get("note"), str):
        rep.err(where, "optional fact without a string 'note'")
    p = fact["p"]
    if p not in PREDICATES:
        rep.err(where, f"unknown predicate {p!r}")
        return
    if "character" in fact:
        if p != "starred_in":
            rep.err(where, "'character' only allowed on starred_in")
        elif not isinstance(fact["character"], str) or not fact["character"]:
            rep.err(where, "empty character")
        elif verbatim and fact["character"] not in text:
            rep.err(where, f"character {fact['character']!r} not verbatim in article")
    subj_types, obj_types = SIGNATURES[p]
    s_ent = entities.get(fact["s"])
    if s_ent is None:
        rep.err(where, f"subject {fact['s']!r} is not an entity")
    elif s_ent.get("type") not in subj_types:
        rep.err(where, f"subject {fact['s']!r} has type {s_ent.get('type')} for {p}")
    if obj_types is None:
        if verbatim and fact["o"] not in text:
            rep.err(where, f"quote not verbatim in article: {fact['o']!r}")
    else:
        o_ent = entities.get(fact["o"])
        if o_ent is None:
            rep.err(where, f"object {fact['o']!r} is not an entity")
        elif o_ent.get("type") not in obj_types:
            rep.err(where, f"object {fact['o']!r} has type {o_ent.get('type')} for {p}")
        if fact["s"] == fact["o"]:
            rep.err(where, "subject equals object")


def check_gold(rep, gold_path, strict=True):
    """Format checks; with strict=True also the heldout20 verbatim/layout rules."""
    name = os.path.basename(gold_path)
    try:
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        rep.err(name, f"invalid JSON: {exc}")
        return None
    if not isinstance(gold, dict):
        rep.err(name, "top level is not an object")
        return None
    required = {"article", "entities", "facts", "optional"} | ({"notes"} if strict else set())
    missing = required - set(gold)
    if missing:
        rep.err(name, f"missing keys {sorted(missing)}")
        return None
    unknown = set(gold) - {"article", "entities", "facts", "optional", "notes"}
    if unknown:
        rep.err(name, f"unknown keys {sorted(unknown)}")
    stem = name[: -len(".gold.json")]
    if gold["article"] != stem + ".txt":
        rep.err(name, f"article is {gold['article']!r}, expected {stem + '.txt'!r}")
    txt_path = os.path.join(os.path.dirname(gold_path), gold["article"])
    try:
        with open(txt_path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        rep.err(name, f"cannot read article: {exc}")
        return None
    if "notes" in gold and (not isinstance(gold["notes"], str) or not gold["notes"].strip()):
        rep.err(name, "notes must be a non-empty string")

    if strict:
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
            rep.err(name, "article must be: headline line, blank line, body")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            rep.err(name, f"article has {words} words (wc -w), expected {MIN_WORDS}-{MAX_WORDS}")

    entities = gold["entities"]
    if not isinstance(entities, dict) or not entities:
        rep.err(name, "entities must be a non-empty object")
        return None
    for ename, ent in entities.items():
        where = f"{name} entity {ename!r}"
        if not isinstance(ent, dict):
            rep.err(where, "not an object")
            continue
        unknown = set(ent) - {"type", "aliases", "year"}
        if unknown:
            rep.err(where, f"unknown keys {sorted(unknown)}")
        if ent.get("type") not in ENTITY_TYPES:
            rep.err(where, f"bad type {ent.get('type')!r}")
        if not isinstance(ent.get("aliases"), list) or not all(
                isinstance(a, str) and a for a in ent.get("aliases", [None])):
            rep.err(where, "aliases must be a list of non-empty strings")
            continue
        if "year" in ent and not (isinstance(ent["year"], int) and 1880 <= ent["year"] <= 2100):
            rep.err(where, f"bad year {ent['year']!r}")
        if len(set(ent["aliases"])) != len(ent["aliases"]):
            rep.err(where, "duplicate alias")
        if ename in ent["aliases"]:
            rep.err(where, "alias repeats the canonical name")
        if strict:
            if strip_disambiguator(ename) not in text:
                rep.err(where, "canonical name not verbatim in article")
            for alias in ent["aliases"]:
                if alias not in text:
                    rep.err(where, f"alias {alias!r} not verbatim in article")

    seen = set()
    for section in ("facts", "optional"):
        facts = gold[section]
        if not isinstance(facts, list):
            rep.err(name, f"{section} must be a list")
            continue
        for i, fact in enumerate(facts):
            where = f"{name} {section}[{i}]"
            if not isinstance(fact, dict):
                rep.err(where, "not an object")
                continue
            check_fact(rep, where, fact, entities, text, section == "optional", verbatim=strict)
            key = (fact.get("s"), fact.get("p"), fact.get("o"))
            if key in seen:
                rep.err(where, f"duplicate fact {key}")
            seen.add(key)
    if strict and not gold["facts"]:
        rep.err(name, "no required facts")
    return {"name": name, "gold": gold, "text": text}


def invented_strings(gold):
    """(full names/titles/aliases, name parts) of every non-Organization entity."""
    fulls, parts = set(), set()
    for ename, ent in gold["entities"].items():
        if ent.get("type") == "Organization":
            continue
        surfaces = [strip_disambiguator(ename)] + list(ent.get("aliases", []))
        for surf in surfaces:
            fulls.add(surf)
            if ent.get("type") in {"Person", "Character"}:
                parts.update(name_parts(surf))
    return fulls, parts


def load_corpus(corpus_dir, rep):
    texts, names = [], set()
    txts = sorted(glob.glob(os.path.join(corpus_dir, "*.txt")))
    if not txts:
        rep.err("corpus", f"no *.txt found in {corpus_dir}")
    for path in txts:
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read())
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*.gold.json"))):
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
        for ename, ent in gold.get("entities", {}).items():
            names.add(ename)
            names.update(ent.get("aliases", []))
            for fact in gold.get("facts", []) + gold.get("optional", []):
                if fact.get("character"):
                    names.add(fact["character"])
    return texts, names


def leakage_checks(rep, checked, corpus_dir):
    corpus_texts, corpus_names = load_corpus(corpus_dir, rep)
    corpus_joined = " " + " ".join(" ".join(tokens(t)) for t in corpus_texts) + " "
    corpus_words = set(corpus_joined.split())
    corpus_name_phrases = {" ".join(tokens(n)) for n in corpus_names}
    corpus_name_words = set()
    for n in corpus_names:
        corpus_name_words.update(tokens(n))

    per_article = []
    for item in checked:
        fulls, parts = invented_strings(item["gold"])
        per_article.append((item, fulls, parts))
        name = item["name"]
        for full in sorted(fulls):
            toks = tokens(full)
            if phrase_in(toks, corpus_joined):
                rep.err(name, f"invented name {full!r} occurs in a corpus text")
            if " ".join(toks) in corpus_name_phrases:
                rep.err(name, f"invented name {full!r} is a corpus gold entity")
        for part in sorted(parts):
            if part in corpus_words:
                rep.err(name, f"name part {part!r} occurs in a corpus text")
            if part in corpus_name_words:
                rep.err(name, f"name part {part!r} occurs in a corpus gold entity name")

    # No reuse across the ten articles.
    for i, (item_a, fulls_a, parts_a) in enumerate(per_article):
        for j, (item_b, fulls_b, parts_b) in enumerate(per_article):
            if i == j:
                continue
            text_b = " " + " ".join(tokens(item_b["text"])) + " "
            words_b_cased = set(tokens(item_b["text"], casefold=False))
            if i < j:
                for shared in sorted(parts_a & parts_b):
                    rep.err(item_a["name"], f"name part {shared!r} reused in {item_b['name']}")
                folded_b = {" ".join(tokens(f)) for f in fulls_b}
                for full in sorted(fulls_a):
                    if " ".join(tokens(full)) in folded_b:
                        rep.err(item_a["name"], f"name {full!r} reused in {item_b['name']}")
            for full in sorted(fulls_a):
                if phrase_in(tokens(full), text_b):
                    rep.err(item_a["name"], f"name {full!r} occurs in the text of {item_b['gold']['article']}")
            cased_parts_a = set()
            for ename, ent in item_a["gold"]["entities"].items():
                if ent.get("type") in {"Person", "Character"}:
                    for surf in [ename] + ent.get("aliases", []):
                        cased_parts_a.update(name_parts(surf, casefold=False))
            for part in sorted(cased_parts_a & words_b_cased):
                rep.err(item_a["name"], f"name part {part!r} occurs in the text of {item_b['gold']['article']}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="?", const=DEFAULT_CORPUS, default=None, metavar="DIR",
                    help=f"also run the no-leakage checks against the shared corpus (default {DEFAULT_CORPUS})")
    ap.add_argument("--dir", default=HERE, help="directory holding the gold files (default: this one)")
    args = ap.parse_args(argv)

    rep = Report()
    gold_paths = sorted(glob.glob(os.path.join(args.dir, "*.gold.json")))
    if not gold_paths:
        rep.err(args.dir, "no *.gold.json files")
    stems = {os.path.basename(p)[: -len(".gold.json")] for p in gold_paths}
    for txt in sorted(glob.glob(os.path.join(args.dir, "*.txt"))):
        if os.path.basename(txt)[:-4] not in stems:
            rep.err(os.path.basename(txt), "article without a gold file")

    checked = []
    totals = {"core": 0, "extended": 0, "optional": 0}
    for path in gold_paths:
        item = check_gold(rep, path, strict=True)
        if item is None:
            continue
        checked.append(item)
        gold = item["gold"]
        core = sum(1 for f in gold["facts"] if f.get("p") in CORE)
        ext = sum(1 for f in gold["facts"] if f.get("p") in EXTENDED)
        totals["core"] += core
        totals["extended"] += ext
        totals["optional"] += len(gold["optional"])
        print(f"{gold['article']:<36} words={len(item['text'].split()):>4} "
              f"core={core:>3} extended={ext:>3} optional={len(gold['optional']):>2}")
    print(f"{'TOTAL':<36} {'':>10} core={totals['core']:>3} extended={totals['extended']:>3} "
          f"optional={totals['optional']:>2}")

    if args.corpus:
        # The shared corpus's own gold files must pass the format checks (not the verbatim
        # rules, which are specific to this set) - keeps the validator faithful to the format.
        for path in sorted(glob.glob(os.path.join(args.corpus, "*.gold.json"))):
            check_gold(rep, path, strict=False)
        leakage_checks(rep, checked, args.corpus)

    if rep.errors:
        for e in rep.errors:
            print("ERROR", e)
        print(f"FAILED: {len(rep.errors)} problem(s)")
        return 1
    print("OK: all gold files pass" + (" (with --corpus leakage checks)" if args.corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
